# Slash commands: names and descriptions as Discord shows them in the command picker.
# One message per command, subcommand group, subcommand and option; its id is `cmd-` and
# the path of English names joined by `-`; choices add `-choice-` and the choice's value.
# Names follow Discord's rules in every language: 1 to 32 lowercase letters, digits, `-`
# or `_`, no spaces (the message command "Answer with knowledge base" excepted); sibling
# options must have different names. Descriptions: 1 to 100 characters.


## /ticket
cmd-ticket = тикет
    .description = Тикеты поддержки: откройте свой или работайте с ними как агент
cmd-ticket-open = открыть
    .description = Открыть приватный тикет в службу поддержки
cmd-ticket-open-topic = тема
    .description = С чем вам нужна помощь?
cmd-ticket-open-member = участник
    .description = Для агентов: открыть тикет от имени этого участника
cmd-ticket-open-category = категория
    .description = О чём тикет (ответит команда этой категории)
cmd-ticket-claim = взять
    .description = Для агентов: взять этот тикет себе
cmd-ticket-unclaim = вернуть
    .description = Для агентов: вернуть этот тикет в очередь
cmd-ticket-escalate = эскалировать
    .description = Для агентов: передать этот тикет на уровень выше
cmd-ticket-escalate-reason = причина
    .description = Почему нужен более высокий уровень
cmd-ticket-escalate-tier = уровень
    .description = Сразу передать на этот уровень
cmd-ticket-close = закрыть
    .description = Закрыть этот тикет
cmd-ticket-close-resolution = решение
    .description = Как вопрос был решён
cmd-ticket-reopen = переоткрыть
    .description = Снова открыть этот закрытый тикет
cmd-ticket-queue = очередь
    .description = Для агентов: открытые тикеты по приоритету (сначала срочные), затем по давности
cmd-ticket-queue-tag = тег
    .description = Только тикеты с этим тегом
cmd-ticket-queue-category = категория
    .description = Только тикеты из этой категории
cmd-ticket-move = перенести
    .description = Для агентов: перенести этот тикет в другую категорию
cmd-ticket-move-category = категория
    .description = Категория (тикет перейдёт к её команде)
cmd-ticket-tag = тег
    .description = Для агентов: теги этого тикета
cmd-ticket-tag-add = добавить
    .description = Поставить тег на этот тикет
cmd-ticket-tag-add-tag = тег
    .description = Тег (список — в /тег список)
cmd-ticket-tag-remove = убрать
    .description = Снять тег с этого тикета
cmd-ticket-tag-remove-tag = тег
    .description = Тег
cmd-ticket-add = добавить
    .description = Добавить кого-нибудь в ветку этого тикета
cmd-ticket-add-user = пользователь
    .description = Кого добавить
cmd-ticket-transfer = передать
    .description = Для агентов: передать этот взятый тикет другому агенту
cmd-ticket-transfer-agent = агент
    .description = Агент, который возьмёт тикет
cmd-ticket-priority = приоритет
    .description = Для агентов: задать приоритет этого тикета
cmd-ticket-priority-level = уровень
    .description = Низкий, обычный, высокий или срочный
cmd-ticket-priority-level-choice-low = низкий
cmd-ticket-priority-level-choice-normal = обычный
cmd-ticket-priority-level-choice-high = высокий
cmd-ticket-priority-level-choice-urgent = срочный
cmd-ticket-note = заметка
    .description = Для агентов: заметка, которую видят только агенты, но не участник
cmd-ticket-note-text = текст
    .description = Текст заметки
cmd-ticket-close-request = запрос-закрытия
    .description = Для агентов: спросить участника, можно ли закрыть этот тикет
cmd-ticket-close-request-reason = решение
    .description = Что было сделано (станет решением тикета)
cmd-ticket-notes = заметки
    .description = Для агентов: служебные заметки этого тикета
cmd-ticket-history = история
    .description = Для агентов: всё, что происходило с этим тикетом

## /kb
cmd-kb = база
    .description = База знаний: готовые ответы и их настройка
cmd-kb-send = отправить
    .description = Для агентов: отправить сюда готовый ответ (в тикет или любой канал)
cmd-kb-send-entry = запись
    .description = Запись (id или заголовок)
cmd-kb-test = проверить
    .description = Для модераторов: что ответил бы бот и почему
cmd-kb-test-question = вопрос
    .description = Вопрос — так, как его задал бы участник
cmd-kb-reload = перезагрузить
    .description = Для модераторов: перезагрузить файлы ответов прямо сейчас
cmd-kb-gaps = пробелы
    .description = Для модераторов: вопросы без ответа, которые стали тикетами
cmd-kb-add = добавить
    .description = Для модераторов: новая запись для этого сервера
cmd-kb-edit = изменить
    .description = Для модераторов: изменить запись этого сервера
cmd-kb-edit-entry = запись
    .description = Запись (id или заголовок)
cmd-kb-remove = удалить
    .description = Для модераторов: удалить одну из записей этого сервера
cmd-kb-remove-entry = запись
    .description = Запись (id или заголовок)
cmd-kb-list = список
    .description = Для модераторов: записи, по которым отвечает этот сервер
cmd-kb-list-page = страница
    .description = Страница (по 20 записей)

## /support
cmd-support = поддержка
    .description = Показатели команды поддержки
cmd-support-stats = статистика
    .description = KPI с графиком
cmd-support-stats-days = дни
    .description = За сколько последних дней (по умолчанию 30)
cmd-support-stats-category = категория
    .description = Показатели только этой категории
cmd-support-block = заблокировать
    .description = Для модераторов: запретить участнику открывать тикеты
cmd-support-block-member = участник
    .description = Участник
cmd-support-block-reason = причина
    .description = Почему (видят только модераторы; участнику не сообщается)
cmd-support-block-days = дни
    .description = На сколько дней (по умолчанию — пока не снимут через /поддержка разблокировать)
cmd-support-unblock = разблокировать
    .description = Для модераторов: снова разрешить заблокированному участнику открывать тикеты
cmd-support-unblock-member = участник
    .description = Участник
cmd-support-blocks = блокировки
    .description = Для модераторов: участники, которым запрещено открывать тикеты

## /config
cmd-config = настройки
    .description = Настройки Concierge для этого сервера
cmd-config-show = показать
    .description = Все настройки; значения по умолчанию отмечены
cmd-config-set = задать
    .description = Изменить настройку
cmd-config-set-key = параметр
    .description = Настройка
cmd-config-set-value = значение
    .description = Новое значение (id, #каналы или @роли через запятую)
cmd-config-reset = сбросить
    .description = Вернуть настройке значение по умолчанию
cmd-config-reset-key = параметр
    .description = Настройка
cmd-config-delete-data = удалить-данные
    .description = Для владельца сервера: удалить всё, что Concierge хранит об этом сервере

## /setup
cmd-setup = установка
    .description = Настроить Concierge здесь: роли агентов, каналы помощи, каналы тикетов и логов

## /tag
cmd-tag = тег
    .description = Теги тикетов на этом сервере
cmd-tag-add = добавить
    .description = Для модераторов: добавить тег, который агенты смогут ставить на тикеты
cmd-tag-add-name = название
    .description = Строчные латинские буквы, цифры и дефисы
cmd-tag-add-description = описание
    .description = Для чего он нужен
cmd-tag-remove = удалить
    .description = Для модераторов: удалить тег (он будет снят со всех тикетов)
cmd-tag-remove-name = название
    .description = Тег
cmd-tag-list = список
    .description = Теги и сколько тикетов отмечено каждым из них

## /category
cmd-category = категория
    .description = Категории тикетов на этом сервере (отделы)
cmd-category-add = добавить
    .description = Для модераторов: добавить категорию (название и вопросы спросит форма)
cmd-category-add-team = команда
    .description = Команда, которую оповещают о её тикетах; может работать с ними на уровне 1
cmd-category-add-first-response = первый-ответ
    .description = Целевое время первого ответа в минутах на уровне 1 (0 — как на сервере)
cmd-category-add-priority = приоритет
    .description = Приоритет, с которым создаются её тикеты
cmd-category-add-priority-choice-low = низкий
cmd-category-add-priority-choice-normal = обычный
cmd-category-add-priority-choice-high = высокий
cmd-category-add-priority-choice-urgent = срочный
cmd-category-add-inactivity = неактивность
    .description = Спрашивать участников «Вопрос решён?», если они замолчали (по умолчанию: да)
cmd-category-edit = изменить
    .description = Для модераторов: изменить категорию
cmd-category-edit-name = название
    .description = Категория
cmd-category-edit-team = команда
    .description = Команда, которую оповещают о её тикетах; может работать с ними на уровне 1
cmd-category-edit-first-response = первый-ответ
    .description = Целевое время первого ответа в минутах на уровне 1 (0 — как на сервере)
cmd-category-edit-priority = приоритет
    .description = Приоритет, с которым создаются её тикеты
cmd-category-edit-priority-choice-low = низкий
cmd-category-edit-priority-choice-normal = обычный
cmd-category-edit-priority-choice-high = высокий
cmd-category-edit-priority-choice-urgent = срочный
cmd-category-edit-inactivity = неактивность
    .description = Спрашивать участников «Вопрос решён?», если они замолчали (по умолчанию: да)
cmd-category-edit-no-team = без-команды
    .description = True: своей команды нет (оповещается роль уровня 1)
cmd-category-remove = удалить
    .description = Для модераторов: удалить категорию (у её тикетов она сохранится)
cmd-category-remove-name = название
    .description = Категория
cmd-category-list = список
    .description = Категории и для чего каждая из них

## /panel
cmd-panel = панель
    .description = Панели тикетов: сообщение, из которого участники открывают тикеты
cmd-panel-post = разместить
    .description = Для модераторов: разместить панель тикетов в канале
cmd-panel-post-channel = канал
    .description = Где её разместить
cmd-panel-post-style = вид
    .description = Кнопки, меню или авто (кнопки, если категорий не больше 5)
cmd-panel-post-style-choice-auto = авто
cmd-panel-post-style-choice-buttons = кнопки
cmd-panel-post-style-choice-menu = меню
cmd-panel-edit = изменить
    .description = Для модераторов: изменить текст или вид панели, не публикуя её заново
cmd-panel-edit-panel = панель
    .description = Панель
cmd-panel-edit-style = вид
    .description = Кнопки, меню или авто (кнопки, если категорий не больше 5)
cmd-panel-edit-style-choice-auto = авто
cmd-panel-edit-style-choice-buttons = кнопки
cmd-panel-edit-style-choice-menu = меню
cmd-panel-remove = удалить
    .description = Для модераторов: удалить панель
cmd-panel-remove-panel = панель
    .description = Панель
cmd-panel-list = список
    .description = Для модераторов: панели этого сервера

## Answer with knowledge base
cmd-answer-with-knowledge-base = Ответить из базы знаний
