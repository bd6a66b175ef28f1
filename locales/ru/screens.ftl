# The set-up and configuration screens in Discord: /setup, /config, /category, /panel and
# the /kb add|edit|list|test forms, the settings' validation messages and the transcripts'
# headings.
# People are mentions (`$member`, `$role`: "<@123>", "<@&456>"), channels too (`$channel`:
# "<#789>") unless a message puts a `#` before a bare name. Where a text names a slash
# command, write the name your commands.ftl gives it. Texts shown in Discord's menus and
# forms are short: a button's label, a form's title and its fields' labels at most 45
# characters.

## /setup: three steps and a summary, in one message that changes in place.

# `$tier1`, `$tier2`, `$tier3` are each tier's role or setup-none; `$more` is empty, or
# " " and setup-roles-more-tiers.
setup-roles = **Настройка Concierge: шаг 1 из 3, роли агентов**
    Агенты работают с тикетами. Уровень 1 отвечает первым; уровни 2 и 3 берут то, что эскалировано к ним (для небольшой команды хватит одного уровня). Выберите роль для каждого уровня или позвольте мне создать их.
    Сейчас: уровень 1 { $tier1 }, уровень 2 { $tier2 }, уровень 3 { $tier3 }{ $more }
# A server with more than three tiers (set with /config): they are kept. `$count` is a number.
setup-roles-more-tiers = { $count ->
        [one] (и ещё { $count } уровень, он сохранится)
        [few] (и ещё { $count } уровня, они сохранятся)
        [many] (и ещё { $count } уровней, они сохранятся)
       *[other] (и ещё { $count } уровня, они сохранятся)
    }
# The menus' placeholders; `$tier` is 1, 2 or 3.
setup-menu-tier = Роль агентов уровня { $tier }
setup-menu-tier-optional = Роль агентов уровня { $tier } (необязательно)
setup-button-create-tier-roles = Создать недостающие роли уровней
setup-button-next-people = Далее: модераторы и дежурные
setup-people = **Настройка Concierge: шаг 2 из 3, модераторы и дежурные** (оба пункта необязательны)
    Модераторы правят базу знаний (`/база добавить`) и смотрят показатели (`/поддержка статистика`), не будучи агентами. Дежурную роль упоминают при срочных тикетах.
    Сейчас: модераторы { $moderators }, дежурные { $on_call }
setup-menu-moderators = Роли модераторов (необязательно)
setup-menu-on-call = Дежурная роль (необязательно)
setup-button-create-on-call = Создать дежурную роль
setup-button-back = Назад
setup-button-next-channels = Далее: каналы
setup-channels = **Настройка Concierge: шаг 3 из 3, каналы**
    Я отвечаю на вопросы в отслеживаемых каналах, открываю приватные ветки тикетов в канале тикетов и публикую транскрипты в канале логов (скройте его от участников: в транскриптах то, что они писали приватно).
    Сейчас: отслеживаемые { $watched }, тикеты { $tickets }, логи { $log }
setup-menu-watched = Каналы, где спрашивают участники (отслеживаемые)
setup-menu-ticket-channel = Канал тикетов (в нём создаются приватные ветки тикетов)
setup-menu-log-channel = Канал логов (транскрипты, скрыт от участников)
# `$channel` is the channel's name (help, tickets or support-log), the same in every language.
setup-button-create-channel = Создать #{ $channel }
setup-button-finish = Готово
# The summary. `$missing` is roles (no tier 1 role), channel (no ticket channel) or both.
setup-summary-set-up = **Concierge настроен.**
setup-summary-not-set-up = **Ещё не настроен:** { $missing ->
        [roles] не хватает роли уровня 1
        [channel] не хватает канала тикетов
       *[both] не хватает роли уровня 1 и канала тикетов
    }.
# `$state` is setup-summary-set-up or setup-summary-not-set-up; each list is mentions, or
# setup-none.
setup-summary = { $state }
    - Агенты: { $agents }
    - Модераторы: { $moderators }
    - Дежурные: { $on_call }
    - Отслеживаемые каналы: { $watched }
    - Канал тикетов: { $tickets }
    - Канал логов: { $log }
# After the summary, once set up: one of the first two, then the third.
setup-summary-try = Попробуйте: спросите меня о чём-нибудь в { $channel }, как спросил бы участник («как сбросить пароль?»), или откройте тикет командой `/тикет открыть`.
setup-summary-no-watched = Нет отслеживаемого канала: участники открывают тикеты командой `/тикет открыть`; выберите канал, где они задают вопросы, и я буду отвечать и там.
setup-summary-give-roles = Выдайте роли уровней своим агентам. Лимиты, целевые сроки SLA и рабочие часы: `/настройки показать`.
setup-button-change = Что-то изменить
# Nothing chosen yet.
setup-none = (нет)
# In the summary's list of agents' roles.
setup-tier-role = уровень { $tier } { $role }
# A role picked for a tier while it is another tier's.
setup-tier-taken = { $role } уже роль уровня { $tier }: одна роль принадлежит только одному уровню.

## /setup's "create it for me" buttons. `$new` is yes (made now) or no (one of that name
## was there already and is used).

# `$what` is a role's name ("Support tier 1") or a channel's ("#help"); `$error` is Discord's
# words (English).
setup-create-failed = Не удалось создать { $what }: Discord ответил «{ $error }». Выберите что-нибудь из существующего или попробуйте ещё раз.
# `$role` is the role's name ("Support on call").
setup-create-needs-manage-roles = Чтобы создать роль { $role }, мне нужно право **Управлять ролями**. Выдайте его мне или выберите существующую роль.
# `$channel` is the channel's name without its # ("tickets").
setup-create-needs-manage-channels = Чтобы создать #{ $channel }, мне нужно право **Управлять каналами**. Выдайте его мне или выберите существующий канал.
# One role in setup-made-tier-roles' list.
setup-made-role = { $new ->
        [yes] { $role } — создана
       *[no] { $role } — взята существующая
    }
# `$roles` is a list of setup-made-role, comma-separated.
setup-made-tier-roles = Роли уровней: { $roles }.
setup-every-tier-has-a-role = У каждого уровня уже есть роль.
setup-cannot-show-channel = Не удалось открыть роли { $role } доступ к { $channel } («{ $error }»): выдайте ей там права «Просматривать каналы» и «Управлять ветками».
setup-give-tier-roles = Выдайте их своим агентам (Настройки сервера → Участники).
setup-made-on-call = Дежурная роль: { $role } — { $new ->
        [yes] создана
       *[no] взята существующая
    }.
setup-already-watched = { $channel } уже отслеживается.
setup-made-help = Отслеживаемый канал: { $channel } — { $new ->
        [yes] создан
       *[no] взят существующий
    }.
setup-made-tickets = Канал тикетов: { $channel } — { $new ->
        [yes] создан (участники его видят, но пишут только в своих ветках тикетов; агенты видят все тикеты)
       *[no] взят существующий
    }.
setup-made-log = Канал логов: { $channel } — { $new ->
        [yes] создан (скрыт от участников; агенты и модераторы его видят)
       *[no] взят существующий
    }.
# The topics of the channels made, in the server's language.
setup-topic-help = Задавайте вопросы здесь: Concierge отвечает на частые и открывает тикет для остальных.
setup-topic-tickets = Приватные тикеты поддержки: откройте тикет командой /тикет открыть. Ваш тикет видите только вы и команда поддержки.
setup-topic-log = Лог Concierge: транскрипты, эскалации и изменения настроек. Держите его скрытым от участников.

## Settings that name the wrong channel or role, checked when the bot connects, in /setup's
## summary and when /config changes them. `$key` is the setting's .env key and /config name
## ("LOG_CHANNEL_ID (log_channel)"), `$id` the id it holds, `$name` a channel's name, `$error`
## Discord's words (English).

setup-check-other-server = { $key }: { $id } — это #{ $name } на другом сервере
# `$kind` is Discord's name of the channel's type (Voice, Category, Forum…).
setup-check-not-text = { $key }: { $id } — это #{ $name }, канал типа { $kind }; нужен текстовый канал
setup-check-not-in-server = { $key }: { $id } — не канал сервера
setup-check-no-channel = { $key }: бот не видит канала { $id } ({ $error }); скопируйте ID через Режим разработчика → Копировать ID канала
# `$guild` is the server's id.
setup-check-roles-unreadable = { $key }: не удалось прочитать роли сервера { $guild } ({ $error })
setup-check-no-role = { $key }: на сервере нет роли { $id }; скопируйте ID через Режим разработчика → Копировать ID роли
setup-check-log-readable = { $key }: #{ $name } может читать кто угодно, а в публикуемых там транскриптах — то, что участники писали приватно, и заметки команды: запретите там @everyone право «Просматривать каналы»
# `$role` is the role's name.
setup-check-tier-blind = { $key }: роль { $role } не видит приватные ветки тикетов в #{ $name }: выдайте ей там право «Управлять ветками»
# In the log channel; `$problems` is one "- problem" a line.
setup-check-report =
    Некоторые настройки указывают на неверные каналы или роли:
    { $problems }

## /config show|set|reset. `$key` is a setting's name as /config spells it (max_open_tickets),
## `$value` and `$was` a value as shown (a mention, `3`, or config-not-set).

config-show-title = Настройки Concierge для этого сервера
config-show-footer = Изменить: /настройки задать, вернуть значение по умолчанию: /настройки сбросить.
# `$key` is what was typed.
config-no-such-setting = Настройки `{ $key }` нет; список всех — в `/настройки показать`.
# `$problems` is one config-problem a line.
config-not-changed = Ничего не изменено. { $problems }
config-problem = `{ $key }`: { $problem }
config-already = У `{ $key }` уже значение { $value }.
config-changed = У `{ $key }` теперь значение { $value } (было: { $was }).
config-not-set = (не задано)
config-default = { $value } (по умолчанию)
# In the log channel; `$change` is config-changed, `$command` the command used ("/setup").
config-changed-log = { $member } изменил(а) настройку: { $change }
config-changed-log-via = { $member } изменил(а) настройку через { $command }: { $change }
# /config delete-data's button.
config-delete-button = Удалить всё

## What each setting is for, shown while choosing one in /config set and /config reset.

config-help-support-channels = каналы, где участники задают вопросы и отвечает бот
config-help-ticket-channel = канал, в котором создаются приватные ветки тикетов
config-help-log-channel = транскрипты, отчёты о перезагрузке, изменения настроек (скройте его от участников)
config-help-tier-roles = роли агентов, начиная с уровня 1
config-help-moderator-roles = кто может пользоваться инструментами базы знаний и статистики, не будучи агентом
config-help-on-call-role = упоминается при срочных тикетах
config-help-max-open-tickets = сколько тикетов один участник может держать открытыми одновременно
config-help-max-tickets-per-hour = сколько тикетов участник может сам открыть за час (0: без ограничений)
config-help-on-call-ping-window-minutes = дежурных упоминают из-за срочных тикетов одного участника не чаще раза в столько минут
config-help-reopen-window-days = сколько дней после закрытия тикет можно открыть снова
config-help-sla-first-response-minutes = целевой срок первого ответа, для каждого уровня
config-help-sla-urgent-first-response-minutes = целевой срок первого ответа для срочных тикетов
config-help-sla-high-first-response-minutes = целевой срок первого ответа для тикетов с высоким приоритетом
config-help-sla-low-first-response-minutes = целевой срок первого ответа для тикетов с низким приоритетом
config-help-close-request-hours = сколько часов участник может ответить на запрос о закрытии, прежде чем тикет закроется сам
config-help-inactivity-hours = сколько часов молчания участника после последнего ответа агента проходит, прежде чем бот спросит, решён ли вопрос (0: никогда)
config-help-inactivity-close-hours = сколько часов бот затем ждёт ответа, прежде чем закрыть тикет из-за неактивности
config-help-urgent-keywords = слова, которые делают тикет срочным (пусто: встроенный список)
config-help-business-hours = когда работает команда, например `mon-fri 09:00-17:00` (пусто: всегда)
config-help-business-timezone = часовой пояс рабочих часов, например `Europe/Moscow` (пусто: UTC)
config-help-language = язык сообщений бота в каналах: en, de, fr, es, pt-BR или ru (пусто: язык сервера в Discord)
config-help-rating-grace-hours = сколько часов закрытый тикет ждёт оценки, прежде чем его заблокируют
config-help-rating-change-minutes = сколько минут автор может изменить оценку, прежде чем ветку заблокируют
config-help-member-answers-per-minute = сколько автоответов участник может получить в минуту (0: без ограничений)
config-help-repeat-window-seconds = тот же ответ в канале в пределах этого времени даётся ссылкой на прежний
config-help-agent-quiet-minutes = бот молчит в канале, где агент писал в пределах этого времени

## What is wrong with a setting's value (/config, /setup; the dashboard and the command line
## say it in English). `$value` is what was given; the day names (mon-fri) and times are the
## format business hours are written in, the same in every language.

config-problem-no-such-setting = такой настройки нет
config-problem-not-an-id = `{ $value }` — не ID Discord (число вроде 123456789012345678)
config-problem-not-an-id-list = `{ $value }` — не ID Discord (ожидается список ID через запятую)
config-problem-not-a-number = `{ $value }` — не целое число от { $min } до { $max }
# `$languages` is the list of codes ("en, de, fr, es, pt-BR, ru").
config-problem-not-a-language = `{ $value }` — не язык, на котором говорит Concierge (один из: { $languages })
config-problem-bad-timezone = `{ $value }` — не название часового пояса (например, Europe/Moscow или America/New_York)
config-problem-bad-hours = `{ $value }` не в формате `mon-fri 09:00-17:00`
config-problem-bad-day = `{ $value }` — не день недели (mon, tue, wed, thu, fri, sat, sun)
config-problem-bad-window = `{ $value }` — не интервал времени вида 09:00-17:00 (начало раньше конца, не позже 24:00)
config-problem-never-open = рабочие часы должны приходиться хотя бы на один день

## /category add|edit|remove|list. `$category` is a category's emoji and name, `$name` its
## name (both written by the moderators, shown as they are).

category-removed = Категория **{ $name }** удалена: новые тикеты в ней больше не открываются; её тикеты остаются в ней. Панели сервера её больше не предлагают.
category-removed-log = { $member } удалил(а) категорию тикетов **{ $name }**.
# A category in a line: `$details` is a comma-separated list of the next messages.
category-described = **{ $category }**: { $description } ({ $details })
category-described-plain = **{ $category }** ({ $details })
category-team = команда { $role }
category-tier-1-role = роль уровня 1
category-first-response = первый ответ в течение { $minutes } мин
# `$priority` is low, high or urgent (its English name).
category-starts = начальный приоритет — { $priority ->
        [low] низкий
        [high] высокий
        [urgent] срочный
       *[normal] обычный
    }
category-never-asked = никогда не спрашивает «Вопрос решён?»
category-form = { $count ->
        [0] без формы
        [one] форма из { $count } вопроса
        [few] форма из { $count } вопросов
        [many] форма из { $count } вопросов
       *[other] форма из { $count } вопроса
    }
category-none = На этом сервере нет категорий тикетов; все тикеты идут роли уровня 1. Модераторы добавляют категории командой `/категория добавить`.
# `$categories` is one category-described a line (and its questions).
category-list = **Категории** ({ $count } из { $max } возможных):
    { $categories }
category-added = Категория добавлена: { $category }
    Участники выбирают её в `/тикет открыть категория:` или на панели (`/панель разместить`).
category-changed = Категория изменена: { $category }
    Участники выбирают её в `/тикет открыть категория:` или на панели (`/панель разместить`).
category-added-log = { $member } добавил(а) категорию тикетов { $category }.
category-changed-log = { $member } изменил(а) категорию тикетов { $category }.
# The form.
category-form-title-new = Новая категория тикетов
category-form-title-edit = Изменить { $name }
category-form-name = Название
category-form-emoji = Эмодзи (необязательно)
category-form-description = Описание (необязательно)
# `$max` is the most questions a form has (5).
category-form-questions = Форма: до { $max } вопросов, по одному в строке
# An example of two questions: a question's label, then short or paragraph, then its length
# or optional. Translate the labels only: short, paragraph and optional are the format.
category-form-questions-example = Номер заказа | short | 3-20
    Что случилось? | paragraph | optional

## /panel post|edit|remove|list. `$panel` is a panel's number; `$error` Discord's words
## (English).

# The words a new panel is offered with (the moderator may change them): in the server's
# language, as the panel is.
panel-default-title = Связаться с командой поддержки
panel-default-description = Выберите, о чём ваш вопрос: откроется приватный тикет, который видите только вы и команда поддержки.
panel-form-title = Панель тикетов
panel-form-field-title = Заголовок
panel-form-field-description = Описание
panel-deleted = Панель { $panel } в { $channel } удалена.
panel-forgotten = Панель { $panel } в { $channel } забыта (Discord не дал мне удалить её сообщение; удалите его вручную).
panel-removed-log = { $member } удалил(а) панель тикетов { $panel } в { $channel }.
panel-none = На этом сервере нет панелей тикетов; разместите панель командой `/панель разместить`.
# `$panels` is one panel-list-line a line.
panel-list = **Панели тикетов**:
    { $panels }
# `$style` is auto, buttons or menu; `$link` the message's address; `$title` its title.
panel-list-line = - **{ $panel }** `{ $style ->
        [buttons] кнопки
        [menu] меню
       *[auto] авто
    }` в { $channel } ({ $link }): { $title }
panel-edit-failed = Discord не дал мне изменить панель { $panel } в { $channel } ({ $error }); ничего не изменено. Если её сообщение удалили, уберите панель командой `/панель удалить` и разместите новую.
panel-edited-log = { $member } изменил(а) панель тикетов { $panel } в { $channel }.
panel-updated = Панель { $panel } в { $channel } обновлена.
panel-post-failed = Discord не дал мне написать в { $channel } ({ $error }); проверьте, что я вижу этот канал и могу отправлять в нём сообщения и встраивать ссылки.
panel-posted-log = { $member } разместил(а) панель тикетов { $panel } в { $channel }.
# `$button` is panel-button-open as the panel shows it (in the server's language).
panel-posted-button = Панель { $panel } размещена в { $channel } с одной кнопкой **{ $button }** (добавьте категории командой `/категория добавить`, и панель их покажет). `/панель изменить панель:{ $panel }` меняет её на месте.
panel-posted-categories = Панель { $panel } размещена в { $channel } с категориями сервера. `/панель изменить панель:{ $panel }` меняет её на месте.
# On the panel, in the server's language.
panel-button-open = Открыть тикет
panel-menu-placeholder = Выберите, о чём ваш тикет
# In the log channel.
panel-update-failed-log = Не удалось обновить панель тикетов { $panel } в { $channel } под текущие категории ({ $error }). Измените её командой `/панель изменить панель:{ $panel }` или удалите командой `/панель удалить`.

## /kb add|edit|remove|list|test. `$entry` is an entry's id, `$file` the file it is in.

# Under /kb test's explanation when the answer is one of the server's own entries.
kb-test-own-entries = (из собственных записей этого сервера)
kb-form-title-new = Новая запись базы знаний
kb-form-title-edit = Изменить { $entry }
kb-form-field-id = ID (a-z, 0-9 и -)
kb-form-field-title = Заголовок (необязательно)
kb-form-field-patterns = Примеры вопросов, по одному в строке
# {"{"}user{"}"} is written as is: the answer's placeholder for the asker.
kb-form-field-answer = Ответ (Markdown; {"{"}user{"}"} — упоминание автора)
kb-form-field-keywords = Ключевые слова через запятую (необязательно)
# `$problems` is one "- problem" a line (in English, from the files' checks).
kb-not-changed = Ничего не изменено:
    { $problems }
kb-added = Запись `{ $entry }` добавлена (в `{ $file }`); она уже отвечает.
kb-updated = Запись `{ $entry }` обновлена (в `{ $file }`); она уже отвечает.
kb-overridden = Теперь у этого сервера своя версия `{ $entry }` (в `{ $file }`); она уже отвечает.
kb-added-log = { $member } добавил(а) запись базы знаний `{ $entry }` (`{ $file }`).
kb-updated-log = { $member } обновил(а) запись базы знаний `{ $entry }` (`{ $file }`).
kb-overridden-log = { $member } заменил(а) запись базы знаний `{ $entry }` собственной версией (`{ $file }`).
kb-removed-log = { $member } удалил(а) запись базы знаний `{ $entry }` (`{ $file }`).
kb-removed-own = Собственная версия `{ $entry }` этого сервера удалена; снова отвечает общая запись `{ $entry }`.
kb-removed = Запись `{ $entry }` удалена; она больше не отвечает.
# `$count` entries in all, `$entries` one a line.
kb-list = **База знаний: { $count ->
        [one] { $count } запись
        [few] { $count } записи
        [many] { $count } записей
       *[other] { $count } записи
    }** (страница { $page } из { $pages })
    { $entries }
# After an entry of the list that is the server's own.
kb-list-own = {"*"}(запись этого сервера){"*"}

## A slash command the bot cannot read. `$command` is the command as typed ("ticket open"),
## `$option` an option's name, `$expected` one of the option-expected- messages.

option-unknown-command = Я не знаю команды `/{ $command }`; возможно, Discord ещё показывает старую версию моих команд, попробуйте через минуту.
option-needs-subcommand = Команде `/{ $command }` нужна подкоманда; возможно, Discord ещё показывает её старую версию, попробуйте через минуту.
option-unknown-subcommand = Я не знаю команды `/{ $command } { $sub }`; возможно, Discord ещё показывает старую версию команды, попробуйте через минуту.
option-missing = Команде `/{ $command }` нужен параметр `{ $option }`.
option-invalid = `/{ $command }`: в параметре `{ $option }` нужно указать { $expected }.
option-expected-text = текст
option-expected-member = участника этого сервера
option-expected-channel = канал этого сервера
option-expected-role = роль этого сервера
option-expected-true-or-false = да или нет
# The choices' names as your commands.ftl gives them.
option-expected-priority = низкий, обычный, высокий или срочный
option-expected-panel-style = авто, кнопки или меню
option-expected-first-response = число минут от { $min } до { $max } (неделя)
option-expected-page = номер страницы от { $min } до { $max }
option-expected-days = число дней от { $min } до { $max }
option-expected-tier = уровень от { $min } до { $max }

## The form a member opens a ticket with (/ticket open, a panel's buttons).

open-form-title = Открыть тикет в поддержку
# `$category` is the category's name.
open-form-title-category = Открыть тикет: { $category }
open-form-topic = С чем вам нужна помощь?

## Transcripts: the message they are posted with in the log channel (the server's language)
## and the headings of the files (the ticket owner's). `$ticket` is a ticket's number.

# `$topic` is the ticket's topic, `$agent` who closed it.
transcript-posted = Транскрипт тикета { $ticket } ({ $topic }); тикет закрыл(а) { $agent }.
# The files' title; `$ticket` is "#12".
transcript-title = Тикет { $ticket }: { $topic }
transcript-field-topic = Тема
transcript-field-category = Категория
transcript-field-owner = Автор
transcript-field-opened-by = Открыл(а)
transcript-field-status = Статус
transcript-field-priority = Приоритет
transcript-field-tier = Уровень
transcript-field-opened = Открыт
transcript-field-tags = Теги
transcript-field-handled-by = Работал(а)
transcript-field-closed = Закрыт
transcript-field-resolution = Решение
transcript-field-rating = Оценка
transcript-field-reopened = Открыт повторно
# `$status` is open, claimed or closed.
transcript-status = { $status ->
        [open] открыт
        [claimed] взят в работу
       *[closed] закрыт
    }
# `$priority` is low, normal, high or urgent.
transcript-priority = { $priority ->
        [low] низкий
        [high] высокий
        [urgent] срочный
       *[normal] обычный
    }
# `$at` is a date ("2024-05-01 14:00 UTC"), `$who` a name.
transcript-closed-by = { $at }, закрыл(а): { $who }
transcript-rating = { $score }/5 (от автора)
transcript-not-rated = без оценки
transcript-reopened-times = { $count ->
        [one] { $count } раз
        [few] { $count } раза
        [many] { $count } раз
       *[other] { $count } раза
    }
# Someone whose name is not known; `$id` is their Discord id.
transcript-user = пользователь { $id }
# After an author's name: " (agent)", " (bot)".
transcript-role-agent = агент
transcript-role-bot = бот
transcript-form = Форма
transcript-no-messages = Сообщений нет.
transcript-staff-notes = Заметки команды
transcript-history = История

## The explanation of a match, for moderators: /kb test, the dashboard's test box and
## `concierge kb match` (in English there). It is shown in a fixed-width block, one line per
## message: pad your labels ("question:", "answer:") with spaces to one width so that the
## values line up. `$entry` is an entry's id, `$confidence`, `$threshold` and `$bm25` are
## numbers with two decimals, `$words` are the question's words as written, comma-separated.

kb-explain-question = вопрос:  { $question }
kb-explain-answer = ответ:   { $entry } (уверенность { $confidence })
kb-explain-not-a-question = ответ:   нет: это похоже на болтовню или в нём нет слов по теме
kb-explain-no-candidate = ответ:   нет: ни в одной записи нет общих слов с этим вопросом
kb-explain-below-threshold = ответ:   нет: лучшая уверенность ({ $confidence }) ниже порога ({ $threshold })
kb-explain-language = язык:    { $language }
kb-explain-words = слова:   { $words }
kb-explain-why = почему:  лучшей записи достаётся { $best } % вероятности, следующей — { $runner_up } %; совпадение слов (BM25) { $bm25 }
kb-explain-regex = сработало регулярное выражение лучшей записи
kb-explain-keywords = { $count ->
        [one] найдено { $count } ключевое слово лучшей записи
        [few] найдено { $count } ключевых слова лучшей записи
        [many] найдено { $count } ключевых слов лучшей записи
       *[other] найдено { $count } ключевого слова лучшей записи
    }
kb-explain-and = {"; "}
kb-explain-candidate = { $rank }. { $entry } ({ $share } %) { $source }
kb-explain-shared = общие слова: { $words }
kb-explain-shared-none = общие слова: нет
kb-explain-closest = ближайший шаблон: «{ $pattern }»
kb-explain-no-topical = нет слов по теме
kb-explain-known = база знаний знает { $known } из { $total } { $total ->
        [one] слова
        [few] слов
        [many] слов
       *[other] слова
    }: { $words }
kb-explain-none-known = база знаний не знает ни одного из { $total } { $total ->
        [one] слова
        [few] слов
        [many] слов
       *[other] слова
    }: { $words }
kb-explain-unknown = (но не: { $words })
kb-explain-read = прочитано: { $corrections }
kb-explain-read-as = «{ $written }» как «{ $read }»
kb-explain-common = { $count } { $count ->
        [one] слишком частое слово не учитывается
        [few] слишком частых слова не учитываются
        [many] слишком частых слов не учитываются
       *[other] слишком частого слова не учитываются
    }: { $words }
