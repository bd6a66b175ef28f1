# The desk saying "no" to a person (src/tickets/refusal.rs). Ticket numbers come as
# `$ticket` ("#12"), people as mentions (`$by`, `$holder`, `$owner`, `$target`: "<@123>"),
# times as Discord timestamps (`$again`, `$until`: seconds since 1970, shown by Discord in
# the reader's own time zone). `$action` is one of the `action-` messages below.

refusal-too-many-open = У вас уже { $count ->
        [one] { $count } открытый тикет
        [few] { $count } открытых тикета
        [many] { $count } открытых тикетов
       *[other] { $count } открытого тикета
    } ({ $open }) — это максимум для одного участника ({ $max }). Пожалуйста, продолжите общение в одном из них или сначала закройте какой-нибудь.
refusal-opening-too-fast = За { $minutes ->
        [1] последнюю минуту
        [one] последнюю { $minutes } минуту
        [few] последние { $minutes } минуты
        [many] последние { $minutes } минут
       *[other] последние { $minutes } минуты
    } вы открыли { $max ->
        [one] { $max } тикет
        [few] { $max } тикета
        [many] { $max } тикетов
       *[other] { $max } тикета
    } — это максимум для одного участника. Следующий можно будет открыть <t:{ $again }:R>, а пока, пожалуйста, продолжите общение в одном из своих тикетов.
refusal-empty-topic = Пожалуйста, укажите короткую тему тикета.
refusal-no-such-ticket = Тикет { $ticket } не найден.
refusal-not-a-ticket = Этот канал — не тикет.
refusal-agents-only = Только агенты поддержки могут { $action }.
refusal-moderators-only = Это могут делать только модераторы и агенты поддержки.
refusal-tier-too-low = Только агенты уровня { $tier } (или выше) могут { $action }.
refusal-already-claimed = Тикетом { $ticket } уже занимается { $by }.
refusal-not-claimed = Тикетом { $ticket } пока никто не занимается.
refusal-not-the-holder = Только агент, который занимается тикетом { $ticket } ({ $holder }), или агент более высокого уровня может { $action }.
refusal-owner-or-agent-only = Только автор тикета { $ticket } или агент поддержки может { $action }.
refusal-closed = Тикет { $ticket } закрыт.
refusal-at-top-tier = Тикет { $ticket } уже на самом высоком уровне (уровень { $tier }); эскалировать его дальше некуда.
refusal-not-higher = Тикет { $ticket } на уровне { $tier }; эскалировать его можно только на более высокий уровень.
refusal-no-such-tier = Уровня { $tier } нет: уровни идут от 1 до { $max }.
refusal-target-tier-too-low = { $target } не может взять тикет { $ticket }: для него нужен агент уровня { $tier } (или выше).
refusal-blocked = Вы не можете открывать тикеты на этом сервере. Если вы считаете, что это ошибка, обратитесь к модераторам сервера.
refusal-blocked-until = Вы не можете открывать тикеты на этом сервере до <t:{ $until }:f>. Если вы считаете, что это ошибка, обратитесь к модераторам сервера.
refusal-owner-answers-close-request = Ответить на это может только { $owner } — автор тикета.
refusal-no-close-request = У тикета { $ticket } нет запроса на закрытие, который ждёт ответа (на него уже ответили, или он больше не действует).
refusal-no-such-tag = На этом сервере нет тега `{ $tag }`; список тегов — в `/тег список`.
refusal-bad-tag-name = `{ $tag }` не подходит как название тега: используйте от 1 до 32 строчных латинских букв, цифр и дефисов, например `billing` или `bug-report`.
refusal-tag-exists = На этом сервере уже есть тег `{ $tag }`.
refusal-too-many-tags = На этом сервере уже { $count ->
        [one] { $count } тег
        [few] { $count } тега
        [many] { $count } тегов
       *[other] { $count } тега
    } — это максимум; сначала удалите какой-нибудь.
refusal-tags-moderators-only = Изменять теги этого сервера могут только его модераторы (и участники с правом «Управлять сервером»).
refusal-no-such-category = На этом сервере нет категории `{ $category }`; список категорий — в `/категория список`.
refusal-bad-category = Эту категорию нельзя сохранить:
    { $problems }
refusal-category-exists = На этом сервере уже есть категория `{ $category }`.
refusal-too-many-categories = На этом сервере уже { $count ->
        [one] { $count } категория
        [few] { $count } категории
        [many] { $count } категорий
       *[other] { $count } категории
    } — это максимум; сначала удалите какую-нибудь.
refusal-categories-moderators-only = Изменять категории и панели этого сервера могут только его модераторы (и участники с правом «Управлять сервером»).
refusal-same-category = Тикет { $ticket } уже в категории { $category }.
refusal-no-such-panel = На этом сервере нет такой панели; список панелей — в `/панель список`.
refusal-bad-panel = Эту панель нельзя сохранить:
    { $problems }
refusal-empty-note = В заметке должен быть текст.
refusal-blocks-moderators-only = Запрещать участникам открывать тикеты могут только модераторы этого сервера (и участники с правом «Управлять сервером»).
refusal-not-closed-yet = Оценить тикет { $ticket } можно будет после того, как его закроют.
refusal-not-answered = Тикет { $ticket } закрыли раньше, чем на него ответил агент, так что оценивать нечего.
refusal-bad-score = Оценка ставится от 1 до 5 (получено: { $score }).
refusal-reopen-window-passed = Тикет { $ticket } был закрыт больше { $days ->
        [one] { $days } дня
        [few] { $days } дней
        [many] { $days } дней
       *[other] { $days } дня
    } назад, и переоткрыть его уже нельзя. Пожалуйста, откройте новый тикет.

## What only some people may do, completing the refusals above.

action-claim-tickets = брать тикеты
action-claim = взять этот тикет
action-unclaim-tickets = возвращать тикеты в очередь
action-unclaim = вернуть этот тикет в очередь
action-change-priority = изменить приоритет этого тикета
action-move = перенести этот тикет
action-propose-closing = предложить закрыть этот тикет
action-tag-tickets = ставить теги на тикеты
action-staff-notes = просматривать и писать служебные заметки
action-transfer = передать этот тикет
action-escalate = эскалировать этот тикет
action-close = закрыть этот тикет
action-reopen = переоткрыть этот тикет
action-add-people = добавлять людей в этот тикет
action-answer = отвечать в этом тикете
action-see-queue = просматривать очередь
action-send-canned = отправлять готовые ответы
action-open-for-others = открыть тикет за другого участника
