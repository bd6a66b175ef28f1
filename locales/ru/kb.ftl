# Проблемы, найденные в файлах ответов базы знаний и в изменениях, которые в них вносят
# (см. locales/en/kb.ftl). Имена полей в обратных кавычках и таблицы вроде [[response]]
# остаются такими, как они написаны в файлах; `$error` — слова системы, разборщика TOML или
# библиотеки регулярных выражений (по-английски).

## Папка и её файлы.

kbfile-no-such-folder = такой папки нет
kbfile-cannot-read-responses-folder = не удалось прочитать папку ответов: { $error }
kbfile-not-a-folder = это не папка (укажите папку, в которой лежат файлы ответов)
kbfile-cannot-read-folder = не удалось прочитать папку: { $error }
kbfile-cannot-read-file = не удалось прочитать файл: { $error }
kbfile-cannot-write-file = не удалось записать файл: { $error }
kbfile-too-many-folders = слишком много папок (больше { $limit }); дальше чтение не идёт
kbfile-not-a-regular-file = это не обычный файл ({ $kind ->
        [fifo] а FIFO
        [socket] а сокет
        [device] а устройство
       *[other] а что-то другое
    }); читаются только обычные файлы
kbfile-file-too-large = файл слишком большой ({ $size } МБ, а предел — { $limit } МБ)
kbfile-folder-too-large = файлы ответов вместе слишком большие ({ $size } МБ, а предел — { $limit } МБ)
kbfile-too-slow = чтение ответов заняло больше { $seconds } с; оно остановлено здесь
kbfile-reload-failed = чтение ответов неожиданно завершилось сбоем; продолжает отвечать прежняя база знаний

## Текст файла.

kbfile-not-utf8 = файл не в кодировке UTF-8 (неверный байт по смещению { $offset }); сохраните его в UTF-8
kbfile-toml-syntax = синтаксис TOML: { $error }
kbfile-unknown-top-level = { $error } (в файле ответов бывают только `language = "<code>"` и таблицы [[response]])
kbfile-unknown-language = в `{ $field }` указан `{ $code }`, а такого языка Concierge не знает; используйте один из: { $languages }

## Поля записи.

kbfile-unknown-field = неизвестное поле `{ $field }` в [[response]]; ожидается одно из: { $fields }
kbfile-missing-field = нет обязательного поля `{ $field }` (строка)
kbfile-missing-patterns = нет обязательного поля `patterns` (список примеров вопросов)
kbfile-not-a-string = поле `{ $field }` должно быть строкой, а это { $found ->
        [integer] целое число
        [float] дробное число
        [boolean] логическое значение
        [datetime] дата
        [array] массив
        [table] таблица
       *[other] значение типа { $found }
    }
kbfile-not-a-list = поле `{ $field }` должно быть списком строк, например ["a", "b"]
kbfile-bad-id = ID `{ $id }` может состоять только из строчных латинских букв, цифр и дефисов ([a-z0-9-]+)
kbfile-id-too-long = ID `{ $id }` слишком длинный ({ $chars ->
        [one] { $chars } символ
        [few] { $chars } символа
        [many] { $chars } символов
       *[other] { $chars } символа
    }, а можно не больше { $limit })
kbfile-empty-patterns = поле `patterns` пустое: укажите хотя бы один пример вопроса
kbfile-empty-pattern = в поле `patterns` есть пустой шаблон
kbfile-empty-answer = поле `answer` пустое
kbfile-answer-too-long = в поле `answer` { $chars ->
        [one] { $chars } символ
        [few] { $chars } символа
        [many] { $chars } символов
       *[other] { $chars } символа
    }, а встраивание (embed) Discord вмещает не больше { $limit }
kbfile-title-too-long = поле `title` длиннее { $limit ->
        [one] { $limit } символа
        [few] { $limit } символов
        [many] { $limit } символов
       *[other] { $limit } символа
    }
kbfile-bad-regex = неверное регулярное выражение `{ $regex }`: { $error }
kbfile-bad-regex-block = неверное регулярное выражение `{ $regex }`:
kbfile-regex-too-large = регулярное выражение `{ $regex }` слишком велико (после компиляции больше { $limit ->
        [one] { $limit } байта
        [few] { $limit } байт
        [many] { $limit } байт
       *[other] { $limit } байта
    }); упростите его
kbfile-bad-channels = поле `channels` должно быть списком ID каналов, например ["123456789012345678"]
kbfile-bad-threshold = поле `threshold` должно быть числом от 0 до 1
kbfile-bad-cooldown = поле `cooldown` должно быть целым числом секунд (0 или больше)
kbfile-bad-offer-ticket = поле `offer_ticket` должно быть true или false
kbfile-duplicate-id = повторяющийся ID `{ $id }`: он уже используется в { $first }

## Переводы записи: таблицы [response.lang.<code>].

kbfile-lang-not-tables = поле `lang` должно содержать по таблице на каждый язык, например [response.lang.de]
kbfile-own-language = [response.lang.{ $code }] — это собственный язык файла: впишите этот текст в поля самой записи (или задайте `language` в начале файла)
kbfile-translation-twice = [response.lang.{ $code }] указана дважды
kbfile-translation-not-a-table = `lang.{ $code }` должно быть таблицей с patterns, answer, title и keywords
kbfile-translation-unknown-field = неизвестное поле `{ $field }` в [response.lang.{ $code }]; ожидается одно из: { $fields }
kbfile-translation-not-a-string = поле `{ $field }` в [response.lang.{ $code }] должно быть строкой, а это { $found ->
        [integer] целое число
        [float] дробное число
        [boolean] логическое значение
        [datetime] дата
        [array] массив
        [table] таблица
       *[other] значение типа { $found }
    }
kbfile-translation-not-a-list = поле `{ $field }` в [response.lang.{ $code }] должно быть списком строк, например ["a", "b"]
kbfile-translation-empty-pattern = в поле `patterns` в [response.lang.{ $code }] есть пустой шаблон
kbfile-translation-empty-patterns = поле `patterns` в [response.lang.{ $code }] пустое: укажите хотя бы один пример вопроса или уберите это поле
kbfile-translation-empty-answer = поле `answer` в [response.lang.{ $code }] пустое
kbfile-translation-answer-too-long = в поле `answer` в [response.lang.{ $code }] { $chars ->
        [one] { $chars } символ
        [few] { $chars } символа
        [many] { $chars } символов
       *[other] { $chars } символа
    }, а встраивание (embed) Discord вмещает не больше { $limit }
kbfile-translation-title-too-long = поле `title` в [response.lang.{ $code }] длиннее { $limit ->
        [one] { $limit } символа
        [few] { $limit } символов
        [many] { $limit } символов
       *[other] { $limit } символа
    }
kbfile-translation-empty = в [response.lang.{ $code }] нет ни `patterns`, ни `answer`: укажите примеры вопросов записи или её ответ на этом языке

## Изменение записей сервера (/база добавить, /база изменить, /база удалить, формы пробелов на панели управления).

kbfile-not-response-tables = `response` — не список таблиц [[response]]
kbfile-toml-unreadable = файл не читается как TOML: { $error }
kbfile-id-twice-in-file = ID `{ $id }` встретился бы в этом файле дважды (ещё в { $first })
kbfile-id-used-in = ID `{ $id }` уже используется в { $at }
kbfile-id-used-edit-instead = ID `{ $id }` уже используется в { $at }; измените лучше ту запись
kbfile-shared-entry-edit = `{ $id }` — общая запись; измените её, чтобы у этого сервера появилась своя версия
kbfile-shared-entry-remove = `{ $id }` — общая запись: она служит всем серверам, и изменить её может только тот, кто запускает бота (вместо этого дайте этому серверу свою версию через /база изменить)
kbfile-no-such-entry = записи `{ $id }` нет
kbfile-entry-gone = записи `{ $id }` больше нет в этом файле
kbfile-save-failed = сохранение неожиданно не удалось ({ $error }); проверьте файлы сервера
kbfile-no-pattern-chosen = `patterns`: выберите хотя бы один шаблон для добавления
kbfile-has-every-pattern = `patterns`: у `{ $id }` уже есть все эти шаблоны
