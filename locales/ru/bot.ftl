# The rest of what the bot says in Discord (src/bot/render.rs): a ticket's changes in its
# thread, the pings for the agents, why nothing changed, errors, set-up and the knowledge
# base's small replies. `$ticket` is the ticket's number ("12") and `$tier` a tier's
# ("2"); people are mentions (`$agent`, `$by`, `$member`: "<@123>"); times are Discord
# timestamps (seconds). `$priority` and `$was` are a priority's key, which is also its
# English name: low, normal, high or urgent; other languages select on it
# ({ $priority -> [low] … [high] … [urgent] … *[normal] … }).

## A ticket's changes, said in its thread.

# `$reason` is empty, or " Reason: …" (ticket-escalated-reason, its space added by the bot).
ticket-escalated-by = Агент { $agent } эскалировал тикет { $ticket } на уровень { $tier }.{ $reason }
ticket-escalated-automatically = Тикет { $ticket } автоматически эскалирован на уровень { $tier }: ни один агент не ответил в течение целевого времени первого ответа.{ $reason }
# Escalated with no one named (not sent today).
ticket-escalated = Тикет { $ticket } эскалирован на уровень { $tier }.{ $reason }
# `$reason` is the agent's text, already made inert.
ticket-escalated-reason = Причина: { $reason }
# The SLA clock, for a ticket already at the top tier: nowhere higher to go.
ticket-sla-breached = По тикету { $ticket } превышено целевое время первого ответа: ни один агент не ответил вовремя, а тикет уже на самом высоком уровне (уровень { $tier }). Он остаётся в очереди уровня { $tier } с новым сроком.
ticket-reopened = Пользователь { $agent } переоткрыл тикет { $ticket }. Тикет снова в очереди уровня { $tier }.
ticket-released = Агент { $agent } вернул тикет { $ticket } в очередь уровня { $tier }.
ticket-transferred = Тикетом { $ticket } теперь занимается { $agent }.
# `$due` is empty, or " A first answer …" (ticket-priority-due, its space added by the bot)
# while the ticket waits for its first answer.
ticket-priority-set = Агент { $agent } изменил приоритет тикета { $ticket } на **{ $priority ->
        [low] низкий
        [high] высокий
        [urgent] срочный
       *[normal] обычный
    }** (был { $was ->
        [low] низкий
        [high] высокий
        [urgent] срочный
       *[normal] обычный
    }).{ $due }
ticket-priority-due = Первый ответ ожидается до <t:{ $due }:f>.
# `$category` is the category's emoji and name.
ticket-moved = Агент { $agent } перенёс тикет { $ticket } в категорию **{ $category }**; тикет снова в очереди — теперь у команды этой категории.
ticket-moved-elsewhere = Агент { $agent } перенёс тикет { $ticket } в другую категорию; тикет снова в очереди — теперь у команды той категории.
# `$by` added `$member` to the thread.
ticket-member-added = Пользователь { $by } добавил { $member } в этот тикет.
# The agent who closed a ticket is told (the thread hears ticket-closed-rate).
ticket-closed-reply = Тикет { $ticket } закрыт.
# The line in the intro of a ticket opened from an automatic answer's "Talk to a human"
# button; `$entry` is the answer's title.
ticket-note-answer-did-not-help = Автоматический ответ «{ $entry }» не помог.

## The pings for the agents, in the ticket's thread (their role mentions follow).

ticket-needs-tier = Агенты уровня { $tier }: тикету { $ticket } нужна ваша помощь.
# `$team` is the category's name: its team works its tickets at tier 1.
ticket-needs-team = Команда «{ $team }»: тикету { $ticket } нужна ваша помощь.
ticket-needs-an-agent-again = Этому тикету снова нужен агент.
ticket-urgent-on-call = Приоритет тикета { $ticket } теперь **срочный**; дежурная команда оповещена.
ticket-urgent-tier = Приоритет тикета { $ticket } теперь **срочный**; агенты уровня { $tier } оповещены.

## Why nothing changed: the ticket is already as asked.

ticket-already-yours = Вы уже занимаетесь тикетом { $ticket }.
ticket-already-claimed = Тикетом { $ticket } уже занимаются.
ticket-already-unclaimed = Тикетом { $ticket } никто не занимается; он в очереди уровня { $tier }.
ticket-already-handled-by = Тикетом { $ticket } уже занимается { $agent }.
ticket-already-at-tier = Тикет { $ticket } уже на уровне { $tier }.
ticket-already-closed = Тикет { $ticket } уже закрыт.
ticket-already-open = Тикет { $ticket } уже открыт.
ticket-already-priority = У тикета { $ticket } уже { $priority ->
        [low] низкий
        [high] высокий
        [urgent] срочный
       *[normal] обычный
    } приоритет.

## When a ticket cannot be opened.

open-thread-failed = Не удалось создать ветку для вашего тикета (Discord вернул ошибку), поэтому тикет не открыт. Пожалуйста, попробуйте ещё раз чуть позже.
open-form-changed = Пока вы заполняли форму, её в этой категории изменили, так что ваши ответы могут больше не подходить к вопросам. Тикет не открыт: пожалуйста, откройте форму ещё раз.
open-category-gone = Этой категории на сервере больше нет; пожалуйста, выберите другую или воспользуйтесь командой `/тикет открыть`.

## Automatic answers and ratings.

# An answer's buttons, pressed by someone else than the asker.
answer-not-yours = Эти кнопки — для того, кто задал вопрос. Если у вас такой же вопрос, задайте его сами или откройте тикет командой `/тикет открыть`.
answer-solved-thanks = Рады, что помогло! Вопрос отмечен как решённый.
# After the rater's mention and a comma.
rating-not-saved = сейчас не получилось сохранить вашу оценку (проблема на нашей стороне). Пожалуйста, уберите реакцию и поставьте её снова чуть позже.

## Errors. `$reference` is the code of the log line ("3f2a9c1e").

error-database-unavailable = База данных службы поддержки сейчас недоступна, поэтому ничего не изменилось. Пожалуйста, попробуйте ещё раз через минуту. Код ошибки: { $reference }
error-internal = Что-то пошло не так на нашей стороне; команда уже в курсе. Код ошибки: { $reference }
error-too-slow = Подготовка ответа заняла слишком много времени; пожалуйста, попробуйте ещё раз.
error-stale-button = Эта кнопка или форма больше не действует; пожалуйста, повторите запрос или воспользуйтесь командой `/тикет открыть`.

## Setting Concierge up.

# The one message a server that is not set up gets when the bot joins it; `$server` is
# the server's name.
setup-welcome = Привет, { $server }! Я Concierge: отвечаю на повторяющиеся вопросы, а для всего остального открываю приватные тикеты. Здесь пока ничего не настроено, поэтому до настройки я буду молчать. Настроить меня может участник с правом **«Управлять сервером»** — командой `/установка` (несколько меню: роли агентов, каналы помощи, канал тикетов; всё недостающее я могу создать сам).
setup-not-set-up = Concierge ещё не настроен на этом сервере: нужны канал для тикетов и роли агентов. Настроить его может участник с правом «Управлять сервером» — командой `/установка`.
setup-manage-server-only = Просматривать и изменять настройки Concierge могут только участники с правом «Управлять сервером».

## Deleting a server's data (/config delete-data).

config-delete-owner-only = Удалить данные Concierge для этого сервера может только его владелец.
config-delete-warning = Это удалит **всё**, что Concierge хранит для этого сервера, — сразу и безвозвратно: тикеты, их сообщения, транскрипты и оценки, ответы и голоса за них, вопросы без ответа, настройки и их историю, а также собственные записи базы знаний этого сервера. Нажмите кнопку, чтобы продолжить; скройте это сообщение, чтобы всё сохранить.
# `$tickets` and `$other` are counts (plurals may select on them).
config-deleted = Удалено: { $tickets ->
        [one] { $tickets } тикет
        [few] { $tickets } тикета
        [many] { $tickets } тикетов
       *[other] { $tickets } тикета
    } и { $other ->
        [one] { $other } другая запись
        [few] { $other } другие записи
        [many] { $other } других записей
       *[other] { $other } другой записи
    }. Concierge остаётся на сервере, но уже не настроен; если хотите убрать его совсем, удалите его в разделе «Настройки сервера» → «Интеграция».

## The knowledge base.

kb-edit-moderators-only = Изменять базу знаний этого сервера могут только его модераторы (и участники с правом «Управлять сервером»).
# "Answer with knowledge base" on a message that is not a member's.
kb-pick-a-message = Выберите сообщение участника, на которое нужно ответить (не сообщение этого или другого бота).
kb-no-entries = В базе знаний нет записей, которыми можно было бы ответить.
# Above the entry picker; the member's message follows, quoted, on the next line.
kb-pick-an-entry = Какой записью ответить на это сообщение? Сначала — самые подходящие.
# `$entry` is what was asked for, as inline code.
kb-no-such-entry = Запись { $entry } не найдена.

## The log channel.

# `$opened_by` is ticket-opened-by or ticket-opened-by-for; `$category` the category's name.
log-ticket-opened = Тикет { $ticket } { $opened_by } (приоритет: { $priority ->
        [low] низкий
        [high] высокий
        [urgent] срочный
       *[normal] обычный
    }).
log-ticket-opened-in = Тикет { $ticket } { $opened_by } в категории { $category } (приоритет: { $priority ->
        [low] низкий
        [high] высокий
        [urgent] срочный
       *[normal] обычный
    }).

## /support block|unblock|blocks

block-self = Нельзя заблокировать самого себя.
block-until-time = до { $time }
block-until-lifted = до снятия блокировки
block-reason = (причина: { $reason })
block-blocked = { $member } больше не может открывать тикеты { $until }{ $reason }. Участнику сообщается только, что он не может открывать тикеты здесь { $until }.
block-blocked-log = { $by } запретил { $member } открывать тикеты { $until }{ $reason }
block-lifted = { $member } снова может открывать тикеты.
block-lifted-log = { $by } снял блокировку с { $member }: тикеты снова доступны.
block-not-blocked = { $member } не заблокирован.
block-none = Никому не запрещено открывать тикеты.
block-list-header = Запрещено открывать тикеты:
block-list-line = - { $member } { $until }, заблокировал { $by } { $when }{ $reason }
ticket-urgent-notice = Этот тикет теперь **срочный** ({ $why }); дежурная команда оповещена.
answer-with-placeholder = Выберите ответ для отправки
