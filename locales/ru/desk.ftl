# The desk's words in Discord that came last to the catalogues: the automatic answers'
# footer, buttons and pointers, the close requests, the queue, the knowledge-base gaps and
# reload reports. `$ticket` is a ticket's number ("12") and `$tier` a tier's ("2"); people
# are mentions (`$owner`, `$agent`, `$member`: "<@123>"); times are Discord timestamps
# (seconds); counts are numbers.

## An automatic answer, in the asker's language.

# The footer under the answer; `$percent` is how sure the match was, a whole number ("87").
answer-footer = Автоматический ответ (уверенность { $percent }%). Не то, что вам нужно? Спросите человека.
answer-button-solved = Вопрос решён
answer-button-human = Поговорить с человеком
# The same question answered a moment ago: a link to that answer instead of a second copy.
# `$entry` is the entry's title in bold, or its id as code; `$link` the earlier answer's URL.
answer-pointer-earlier = На этот вопрос только что ответили: { $entry }, см. { $link }
answer-pointer-above = На этот вопрос ответили чуть выше: { $entry }.
# The topic of a ticket opened with "Talk to a human" when the question cannot be found.
answer-ticket-topic = Помощь с автоматическим ответом
# Stands for an answer without a title in ticket-note-answer-did-not-help.
answer-untitled = без названия
answer-other-language = Этого ответа пока нет на языке «{ $wanted }», вот он на языке «{ $given }».

## A close request: an agent asks the member, in the thread, whether the ticket may close.

# `$what` is empty, or a new line and close-request-what-was-done (added by the bot).
close-request-ask = { $owner }, агент { $agent } считает, что ваш вопрос решён.{ $what }
    Можно закрыть тикет? Если вы не ответите, он закроется автоматически <t:{ $due }:R>.
# `$what` is the agent's text, already made inert.
close-request-what-was-done = **Что было сделано:** { $what }
close-request-button-close = Закрыть
close-request-button-keep-open = Оставить открытым
# The agent who asked is told.
close-request-asked = Участнику { $owner } отправлен вопрос, можно ли закрыть тикет { $ticket }.
# The member's answer, replacing the question.
close-request-closed = Участник { $member } закрыл тикет.
close-request-kept-open = Участник { $member } оставил тикет открытым.
# Then the agent who asked is pinged.
close-request-kept-open-ping = Участник { $member } оставил тикет открытым. { $agent }, участнику всё ещё нужна помощь.
# Unanswered in time (said in the thread).
close-request-closed-unanswered = Тикет { $ticket } закрыт: на запрос о закрытии вовремя не ответили.

## The inactivity question: the member has been silent since an agent's last word.

# `$said` is when the agent last answered, `$due` when the ticket closes.
close-request-inactive-ask = { $owner }, ваш вопрос решён? Агент { $agent } ответил <t:{ $said }:R>, и с тех пор от вас не было вестей. Если вы не ответите, тикет закроется <t:{ $due }:R>.
close-request-button-yes = Да, закрыть
close-request-button-still-need-help = Мне всё ещё нужна помощь
# Write the name `/ticket reopen` has in your commands.ftl.
close-request-closed-inactive = Тикет { $ticket } закрыт из-за неактивности: мы не дождались вашего ответа. Если вам всё ещё нужна помощь, `/тикет переоткрыть` вернёт тикет.

## `/ticket queue`: up to 20 tickets, urgent first then oldest.

queue-empty = Очередь пуста. 🎉
queue-header = **Очередь** ({ $count ->
        [one] { $count } открытый тикет
        [few] { $count } открытых тикета
        [many] { $count } открытых тикетов
       *[other] { $count } открытого тикета
    }):
# One ticket (its priority's emoji goes before it). `$topic` is its topic, `$tags` its tags
# as code, each after a space (or empty), `$agent` its holder (or queue-unclaimed),
# `$waited` minutes, `$left` queue-minutes-left, queue-minutes-over or queue-answered,
# `$thread` its thread's id.
queue-line = #{ $ticket } { $topic }{ $tags } · уровень { $tier } · { $agent } · ждёт { $waited } мин · { $left } · <#{ $thread }>
queue-unclaimed = никто не взял
queue-answered = есть ответ
# Until the first-response target, or past it.
queue-minutes-left = осталось { $minutes } мин
queue-minutes-over = просрочен на { $minutes } мин

## `/kb gaps`: questions nothing answered that became tickets.

gaps-none = За последние 30 дней пробелов в базе знаний нет.
gaps-header = **Вопросы без ответа, ставшие тикетами** (за последние 30 дней):
# `$question` is the member's text, already made inert; `$channel` the channel's id.
gaps-line = - «{ $question }» (<#{ $channel }>, тикет { $ticket })

## Reloading the knowledge base: `/kb reload`'s answer, and the log channel's notice when a
## file changed. A failure is followed by its problems, one a line.

kb-reload-done = Перезагружено: { $entries ->
        [one] { $entries } запись
        [few] { $entries } записи
        [many] { $entries } записей
       *[other] { $entries } записи
    }, { $patterns ->
        [one] { $patterns } шаблон
        [few] { $patterns } шаблона
        [many] { $patterns } шаблонов
       *[other] { $patterns } шаблона
    }.
kb-reload-failed = Не перезагружено: { $problems ->
        [one] { $problems } проблема
        [few] { $problems } проблемы
        [many] { $problems } проблем
       *[other] { $problems } проблемы
    }; пока отвечает прежняя версия базы знаний.
kb-reload-done-watcher = База знаний перезагружена: { $entries ->
        [one] { $entries } запись
        [few] { $entries } записи
        [many] { $entries } записей
       *[other] { $entries } записи
    }, { $patterns ->
        [one] { $patterns } шаблон
        [few] { $patterns } шаблона
        [many] { $patterns } шаблонов
       *[other] { $patterns } шаблона
    }.
kb-reload-failed-watcher = База знаний НЕ перезагружена: { $problems ->
        [one] { $problems } проблема
        [few] { $problems } проблемы
        [many] { $problems } проблем
       *[other] { $problems } проблемы
    }; пока отвечает прежняя версия базы знаний.
