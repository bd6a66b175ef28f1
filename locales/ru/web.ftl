# The dashboard's pages (src/web/): the page shell and its language menu, signing in, the
# overview, the tickets, the knowledge base and its gaps, categories, settings, the audit
# log and the error pages. Counts are numbers (a select on them picks the plural form;
# they are written the language's way); `$ticket` is a ticket's number ("12"), shown
# without grouping. Dates and times stay as the pages write them (2024-05-04 09:30 UTC).
# Where a message names a variable in backticks, the page shows it as code.

## Numbers, shares and durations.

web-number = { $value }
web-percent = { $value } %
web-share = { $value } %
web-duration-seconds = { $seconds } с
web-duration-minutes = { $minutes } мин { $seconds } с
web-duration-hours = { $hours } ч { $minutes } мин
web-minutes = { $minutes } мин

## The page shell: the top bar, the navigation, the language menu.

web-nav-label = Разделы
web-nav-overview = Обзор
web-nav-tickets = Тикеты
web-nav-kb = База знаний
web-nav-gaps = Пробелы
web-nav-categories = Категории
web-nav-settings = Настройки
web-nav-audit = Журнал изменений
web-access-title = Что вам здесь доступно
web-access-agent = агент
web-access-moderator = модератор
web-access-manager = управляющий
web-local-admin = локальный администратор
web-sign-out = Выйти
web-language-label = Язык
web-language-change = Сменить
web-server-fallback = Сервер { $id }
web-user-fallback = пользователь { $id }

## Error pages.

web-error-title = { $status ->
    [400] Неверный запрос
    [403] Доступ запрещён
    [404] Не найдено
    [502] Ошибка шлюза
    [503] Сервис недоступен
   *[other] Ошибка
}
web-error-back = Назад к вашим серверам
web-error-no-page = Такой страницы нет.
web-error-no-such-page = Такой страницы нет.
web-error-no-such-server = Такого сервера нет.
web-error-unknown-server = Этот сервер вам здесь недоступен: либо бота на нём нет, либо вы не его агент, модератор или управляющий.
web-error-not-staff = Вы участник этого сервера, но не его агент, модератор или управляющий, поэтому его служба поддержки вам недоступна.
web-error-csrf = Эта форма отправлена не со страницы текущего сеанса (её токен безопасности отсутствует или устарел). Вернитесь назад, обновите страницу и отправьте форму ещё раз.
web-error-database = Сбой базы данных, поэтому страницу показать нельзя: { $error }. Попробуйте чуть позже.
web-error-discord = Не удалось узнать у Discord, кто вы на этом сервере: { $error }. Попробуйте чуть позже.
web-error-kb-editors-only = Изменять базу знаний могут только модераторы и участники с правом «Управлять сервером».
web-error-settings-managers-only = Изменять настройки сервера могут только участники с правом «Управлять сервером».
web-error-language = `{ $code }` — не язык этой панели. Выберите один из: { $known }.
web-error-form-unreadable = Не удалось прочитать форму: { $error }
web-error-days = Период `days={ $value }` — не целое число дней от 1 до 365.
web-error-sort = Сортировка `sort={ $value }` — ни `used`, ни `helpful`.

## Signing in.

web-login-title = Вход
web-login-why-signin = Войдите, чтобы увидеть службу поддержки своих серверов.
web-login-why-expired = Ваш сеанс завершён. Войдите снова.
web-login-why-signed-out = Вы вышли.
web-login-why-denied = Вход через Discord отменён.
web-login-discord = Войти через Discord
web-login-discord-who = Вы увидите общие с ботом серверы, на которых вы агент, модератор или у вас есть право «Управлять сервером».
web-login-discord-off = Вход через Discord на этой панели не настроен (DISCORD_CLIENT_ID и DISCORD_CLIENT_SECRET).
web-login-link-heading = Вход по ссылке
web-login-link-how = Администратор с доступом к командной строке сервера может выпустить одноразовую ссылку для входа: { $command }
web-link-title = Вход по одноразовой ссылке
web-link-intro = Эта одноразовая ссылка открывает вход от имени локального администратора сервера. Она сработает только один раз.
web-link-submit = Войти
web-error-link-spent = Эта ссылка для входа неизвестна, уже использована или устарела. Выпустите новую командой `concierge dashboard link --guild ID`.
web-error-discord-login-off = Вход через Discord на этой панели не настроен (DISCORD_CLIENT_ID и DISCORD_CLIENT_SECRET). Войдите по ссылке.
web-error-oauth-state = Этот вход начался не на этой панели или длился дольше десяти минут (его состояние не совпадает). Начните заново со страницы входа.
web-error-oauth-no-code = Discord не вернул код входа. Начните заново.
web-error-oauth-failed = { $error }. Начните заново со страницы входа.
web-oauth-refused-code = Discord отклонил код входа: { $why }
web-oauth-refused-me = Discord отказался сообщить, кто вы: { $why }
web-oauth-refused-guilds = Discord отказался перечислить ваши серверы: { $why }
web-oauth-unreachable = Discord недоступен: { $error }
web-oauth-bad-id = Discord прислал идентификатор пользователя `{ $id }`, который не является числом

## Your servers.

web-home-title = Ваши серверы
web-home-none = Ни на одном из ваших серверов, где работает этот бот, вы не агент, не модератор и не участник с правом «Управлять сервером». Попросите управляющих сервера выдать вам роль поддержки и войдите снова.
web-home-access = Ваша роль: { $access }

## The period of a page.

web-period-label = Период:
web-period-last-days = { $days ->
    [one] последний { $days } день
    [few] последние { $days } дня
    [many] последние { $days } дней
   *[other] последние { $days } дня
}

## Overview.

web-overview-opened-per-day = Открыто тикетов по дням
web-overview-frt-per-day = Медиана первого ответа по дням
web-overview-csat-per-day = CSAT по дням (средняя оценка в звёздах)
web-overview-ratings = Оценки
web-overview-backlog-by-age = Очередь по возрасту
web-overview-agents = Агенты
web-overview-categories = Категории
web-card-opened = Открыто тикетов
web-card-opened-sub = закрыто: { $closed }, открыто повторно: { $reopened }
web-card-frt = Первый ответ (медиана)
web-card-frt-sub = 90-й процентиль: { $p90 }
web-card-fcr = Решено с первого обращения
web-card-fcr-sub = ответов до решения: { $responses }
web-card-csat = CSAT
web-card-csat-value = { $mean } ★
web-card-csat-sub = { $count ->
    [one] { $count } оценка, { $share } — 4–5 звёзд
    [few] { $count } оценки, { $share } — 4–5 звёзд
    [many] { $count } оценок, { $share } — 4–5 звёзд
   *[other] { $count } оценки, { $share } — 4–5 звёзд
}
web-card-sla = Соблюдение SLA
web-card-sla-sub = первые ответы в пределах целевого срока
web-card-deflection = Самообслуживание
web-card-deflection-sub = { $auto ->
    [one] { $auto } автоответ
    [few] { $auto } автоответа
    [many] { $auto } автоответов
   *[other] { $auto } автоответа
}, подтверждено: { $confirmed }, предположительно: { $assumed }
web-card-backlog = В очереди
web-card-backlog-tier = уровень { $tier }: { $count }
web-chart-csat = Средняя оценка по дням
web-chart-stars = Оценки авторов тикетов по звёздам
web-chart-backlog = Открытые тикеты по возрасту
web-chart-day = { $day } { $month ->
    [1] янв.
    [2] февр.
    [3] мар.
    [4] апр.
    [5] мая
    [6] июн.
    [7] июл.
    [8] авг.
    [9] сент.
    [10] окт.
    [11] нояб.
   *[12] дек.
}
web-age-under-1h = < 1 ч
web-age-1h-4h = 1–4 ч
web-age-4h-24h = 4–24 ч
web-age-over-24h = > 24 ч
web-overview-no-agents = За этот период ни один агент не ответил на тикет и не закрыл его.
web-col-agent = Агент
web-col-first-responses = Первые ответы
web-col-median-frt = Медиана первого ответа
web-col-tickets-closed = Закрыто
web-col-fcr = FCR
web-col-csat = CSAT
web-col-ratings = Оценки
web-col-category = Категория
web-col-tickets-opened = Открыто

## A ticket's status, priority, and who wrote a message.

web-status-open = открыт
web-status-claimed = в работе
web-status-closed = закрыт
web-priority-low = низкий
web-priority-normal = обычный
web-priority-high = высокий
web-priority-urgent = срочный
web-author-member = участник
web-author-agent = агент
web-author-bot = бот
web-stars-title = { $score } из 5

## The tickets list.

web-tickets-found = { $count ->
    [one] тикет
    [few] тикета
    [many] тикетов
   *[other] тикета
}
# The CSV file itself keeps its column headings in English: they are machine headings for
# spreadsheets and scripts.
web-tickets-csv = Скачать CSV
web-tickets-none = Нет тикетов, подходящих под эти фильтры.
web-filter-status = Статус
web-filter-any = Любой
web-filter-active = Открыт или в работе
web-filter-open = Открыт
web-filter-claimed = В работе
web-filter-closed = Закрыт
web-filter-tier = Уровень
web-filter-category = Категория
web-filter-no-category = Без категории
web-filter-removed-category = категория { $id }
web-filter-tag = Тег
web-filter-agent = Агент (ID пользователя)
web-filter-priority = Приоритет
web-filter-from = Открыт с
web-filter-to = по (UTC)
web-filter-text = Текст в теме или сообщениях
web-filter-per-page = На странице
web-filter-submit = Фильтровать
web-filter-clear = Сбросить
web-col-number = №
web-col-topic = Тема
web-col-status = Статус
web-col-tier = Уровень
web-col-priority = Приоритет
web-col-tags = Теги
web-col-owner = Автор
web-col-holder = Исполнитель
web-col-opened = Открыт
web-col-closed = Закрыт
web-col-rating = Оценка
web-pager-label = Страницы
web-pager-previous = ← Назад
web-pager-next = Вперёд →
web-pager-page = Страница { $page } из { $pages } · всего { $total }
web-query-unreadable = Не удаётся разобрать адрес этой страницы.
web-query-bad-status = `{ $given }` — не статус: open, claimed, closed или active (открыт или в работе).
web-query-bad-tier = `{ $given }` — не уровень: целое число от 1 до 255.
web-query-bad-category = `{ $given }` — не категория: её номер или `none`.
web-query-bad-tag = `{ $given }` — не имя тега: от 1 до 32 латинских букв a–z, цифр и дефисов.
web-query-bad-agent = `{ $given }` — не ID пользователя Discord.
web-query-bad-priority = `{ $given }` — не приоритет: low, normal, high или urgent.
web-query-bad-date = `{ $given }` — не дата в формате ГГГГ-ММ-ДД.
web-query-bad-to = `{ $given }` — раньше даты в `from`.
web-query-bad-page = `{ $given }` — не номер страницы: целое число от 1.
web-query-bad-per = `{ $given }` — не число тикетов на странице: целое число от 1 до 100.

## One ticket.

web-error-no-such-ticket = На этом сервере нет такого тикета.
web-ticket-title = Тикет { $ticket }: { $topic }
web-ticket-all = ← Все тикеты
web-ticket-download-html = Скачать переписку (HTML)
web-ticket-download-md = Скачать переписку (Markdown)
web-ticket-form = Анкета
web-ticket-history = История
web-ticket-messages = Сообщения
web-ticket-notes = Заметки для сотрудников
web-ticket-closed-inactive = (закрыт из-за неактивности)
web-ticket-none = нет
web-ticket-opened-by = Кем открыт
web-ticket-nobody-yet = пока никто
web-ticket-first-response = Первый ответ
web-ticket-first-response-after = через { $after } после открытия
web-ticket-none-yet = пока нет
web-ticket-closed-by = (кто закрыл: { $name })
web-ticket-resolution = Решение
web-ticket-reopened = Открыт повторно
web-ticket-reopened-times = { $count ->
    [one] { $count } раз
    [few] { $count } раза
    [many] { $count } раз
   *[other] { $count } раза
}
web-ticket-rating-from-owner = { $score }/5 от автора
web-ticket-not-rated = без оценки
web-ticket-no-history = Ничего не записано.
web-ticket-no-messages = Сообщений нет.
web-ticket-no-notes = Заметок для сотрудников нет.
web-ticket-note-chip = заметка для сотрудников

## A ticket's history, one line per event.

web-event-opened = открыт
web-event-opened-by = открыт: { $by }
web-event-thread = создана ветка
web-event-claimed = взят в работу
web-event-claimed-by = взят в работу: { $by }
web-event-unclaimed = возвращён в очередь
web-event-unclaimed-by = возвращён в очередь: { $by }
web-event-transferred = передан
web-event-transferred-by = передан: { $by }
web-event-escalated = эскалирован
web-event-escalated-by = эскалирован: { $by }
web-event-escalated-tiers = эскалирован с уровня { $from } на уровень { $to }
web-event-escalated-tiers-by = эскалирован с уровня { $from } на уровень { $to }: { $by }
web-event-escalated-at = эскалирован на уровне { $tier }
web-event-escalated-at-by = эскалирован на уровне { $tier }: { $by }
web-event-priority-raised = помечен как срочный
web-event-priority-raised-by = помечен как срочный: { $by }
web-event-priority-changed = приоритет { $reason }
web-event-priority-changed-by = приоритет { $reason }: { $by }
web-event-note = добавлена заметка для сотрудников
web-event-note-by = добавлена заметка для сотрудников: { $by }
web-event-close-requested = предложено закрыть
web-event-close-requested-by = предложено закрыть: { $by }
web-event-close-declined = оставлен открытым (ответ на запрос о закрытии)
web-event-close-declined-by = оставлен открытым: { $by } (ответ на запрос о закрытии)
web-event-tagged = добавлен тег { $reason }
web-event-tagged-by = добавлен тег { $reason }: { $by }
web-event-untagged = снят тег { $reason }
web-event-untagged-by = снят тег { $reason }: { $by }
web-event-moved = перемещён
web-event-moved-by = перемещён: { $by }
web-event-inactivity-asked = участника спросили, решён ли вопрос (он не отвечал)
web-event-sla-breached = пропущен целевой срок первого ответа
web-event-sla-breached-tiers = пропущен целевой срок первого ответа, с уровня { $from } на уровень { $to }
web-event-sla-breached-at = пропущен целевой срок первого ответа на уровне { $tier }
web-event-closed = закрыт
web-event-closed-by = закрыт: { $by }
web-event-reopened = открыт повторно
web-event-reopened-by = открыт повторно: { $by }
web-event-rated = оценён
web-event-rated-by = оценён: { $by }
web-event-unrated = оценка удалена
web-event-unrated-by = оценка удалена: { $by }
web-event-automatic = (автоматически)

## Knowledge base.

web-kb-test-heading = Проверить вопрос
web-kb-entries = { $count ->
    [one] { $count } запись
    [few] { $count } записи
    [many] { $count } записей
   *[other] { $count } записи
}
web-kb-order = Сортировка:
web-kb-most-used = самые используемые
web-kb-most-helpful = самые полезные
web-kb-own = этого сервера
web-kb-shared = общая
web-kb-added = Запись `{ $entry }` добавлена; бот уже отвечает ею.
web-kb-patterns-added = { $count ->
    [one] К записи `{ $entry }` добавлен { $count } шаблон; бот уже отвечает на него.
    [few] К записи `{ $entry }` добавлено { $count } шаблона; бот уже отвечает на них.
    [many] К записи `{ $entry }` добавлено { $count } шаблонов; бот уже отвечает на них.
   *[other] К записи `{ $entry }` добавлено { $count } шаблона; бот уже отвечает на них.
}
web-col-entry = Запись
web-col-from = Источник
web-col-auto-answers = Автоответы
web-col-agent-sends = Отправлено агентами
web-col-helpful = Полезно
web-col-solved = Решено
web-col-talked-to-human = Обратились к человеку
web-col-assumed-resolved = Предположительно решено
web-kb-gone = больше нет в файлах
web-kb-votes = { $count ->
    [one] ({ $count } голос)
    [few] ({ $count } голоса)
    [many] ({ $count } голосов)
   *[other] ({ $count } голоса)
}

## The knowledge base's test box.

web-test-label = Вопрос в том виде, в каком участник задал бы его в канале поддержки
web-test-submit = Проверить
web-test-too-long = Вопрос может быть длиной не более { $max } символов.
web-test-would-answer = Бот ответил бы записью { $entry } ({ $id }): уверенность { $confidence }, порог { $threshold }.
web-test-would-answer-own = Бот ответил бы записью { $entry } ({ $id }) из собственных записей этого сервера: уверенность { $confidence }, порог { $threshold }.
web-test-its-answer = Её ответ
web-test-not-question = Бот не ответил бы: это похоже на болтовню или в нём нет слов по теме.
web-test-no-candidate = Бот не ответил бы: ни в одной записи нет общих слов с этим вопросом.
web-test-below-threshold = Бот не ответил бы: уверенность лучшей записи ({ $confidence }) ниже её порога ({ $threshold }).
web-test-no-fit = Бот не ответил бы: ни одна запись не подходит.
web-col-rank = Место
web-col-share = Доля вероятности
web-test-answers-chip = отвечает
web-test-why = Почему: объяснение, которое даёт { $command }

## Knowledge gaps.

web-gaps-title = Пробелы в базе знаний
web-gaps-intro = Вопросы из каналов поддержки, на которые база знаний не ответила, сгруппированные по темам; сначала те, из которых появились тикеты.
web-gaps-intro-editors = Модераторы и управляющие могут здесь превратить группу в запись.
web-gaps-none = За этот период неотвеченных вопросов нет.
web-gaps-questions = { $count ->
    [one] вопрос
    [few] вопроса
    [many] вопросов
   *[other] вопроса
}
web-gaps-became-tickets = { $count ->
    [one] стал тикетом
    [few] стали тикетами
    [many] стали тикетами
   *[other] стали тикетами
}
web-gaps-latest = последний — { $when }.
web-gaps-the-questions = Вопросы
web-gaps-ticket = тикет
web-gaps-more = и ещё { $count }
web-gaps-back = Назад к пробелам
web-gaps-for = Для вопросов вроде: { $question }
web-gaps-create-title = Создать запись
web-gaps-patterns-title = Добавить шаблоны к записи

## The two forms under a gap.

web-form-create-heading = Создать запись
web-form-id = ID (a–z, 0–9 и -)
web-form-title = Заголовок (необязательно)
web-form-answer = Ответ (Markdown; { "{user}" } упоминает спросившего)
web-form-patterns = Шаблоны: примеры вопросов, по одному на строку
web-form-create-submit = Создать запись
web-form-add-heading = Добавить как шаблоны к существующей записи
web-form-patterns-to-add = Шаблоны для добавления (снимите отметку с лишних)
web-form-no-patterns = Эта группа не предлагает шаблонов.
web-form-add-to = Добавить к
web-form-add-submit = Добавить шаблоны
web-form-problems = Ничего не сохранено. Исправьте это и отправьте форму ещё раз:
web-field-id = ID
web-field-title = Заголовок
web-field-answer = Ответ
web-field-patterns = Шаблоны
web-field-entry = Запись

## Categories.

web-categories-intro = Модераторы и участники с правом «Управлять сервером» меняют категории командой { $command } в Discord — она же обновляет все панели тикетов.
web-categories-none = Категорий нет: все тикеты одинаковы. Добавьте категорию командой { $command }.
web-col-team = Команда
web-col-first-response = Первый ответ
web-col-asks-solved = Спрашивает «Вопрос решён?»
web-col-form = Анкета
web-categories-tier-1-role = роль уровня 1
web-categories-role = роль { $id }
web-categories-servers = как у сервера
web-yes = да
web-no = нет
web-categories-topic-only = (только тема)
web-form-paragraph = абзац
web-form-short = короткий
web-form-required = обязательный
web-form-optional = необязательный

## Settings.

web-settings-unchanged = Ничего не изменилось: все значения уже были такими.
web-settings-saved = { $count ->
    [one] Сохранена { $count } настройка.
    [few] Сохранено { $count } настройки.
    [many] Сохранено { $count } настроек.
   *[other] Сохранено { $count } настройки.
}
web-settings-invalid = { $count ->
    [one] Ничего не сохранено: { $count } настройку нужно исправить (отмечена ниже).
    [few] Ничего не сохранено: { $count } настройки нужно исправить (отмечены ниже).
    [many] Ничего не сохранено: { $count } настроек нужно исправить (отмечены ниже).
   *[other] Ничего не сохранено: { $count } настройки нужно исправить (отмечены ниже).
}
web-settings-managers-only = Изменять их могут только участники с правом «Управлять сервером».
web-col-setting = Настройка
web-col-value = Значение
web-col-default = По умолчанию
web-settings-save = Сохранить изменения
web-settings-empty-default = Пустое значение возвращает значение по умолчанию.
web-settings-not-set = (не задано)
web-settings-not-in-server = { $id } (нет на сервере)
web-settings-ids = Роли и каналы сервера с их ID
web-settings-roles = Роли
web-settings-channels = Каналы

## Audit log.

web-audit-none = Пока ничего не менялось.
web-col-when-utc = Когда (UTC)
web-col-who = Кто
web-col-through = Откуда
web-col-what = Что
web-audit-default = (по умолчанию)
web-audit-operator = оператор
web-audit-via-env = .env
web-audit-via-discord = Discord
web-audit-via-import = импорт
web-audit-via-dashboard = панель
web-audit-via-kb = база знаний
web-audit-entry = { $action ->
    [added] запись { $entry } добавлена в { $file }
    [updated] запись { $entry } изменена в { $file }
    [overrode] запись { $entry } переопределена для этого сервера в { $file }
    [removed] запись { $entry } удалена из { $file }
   *[other] запись { $entry }: { $action } ({ $file })
}
