# The problems found in the knowledge base's response files (`responses/**/*.toml`) and in a
# change to them (`/kb add|edit|remove`, the dashboard's gap forms). Each is shown after its
# place, `file:line: ` (the place is added by the bot). They reach moderators in the log
# channel (in the server's language), in the replies to `/kb` (the member's) and on the
# dashboard (the reader's); `concierge kb check` says them in English.
#
# What is written in the files stays as it is: field names in backticks (`patterns`,
# `answer`, …) and tables ([[response]], [response.lang.de]) are the file's own words, not to
# be translated. `$field` is a field's name, `$fields` a list of them ("id, patterns, …"),
# `$id` an entry's id, `$code` a language code as written, `$regex` a regular expression.
# `$error` is the words of the system, the TOML parser or the regex crate, in English,
# quoted as they are. `$at` and `$first` are places, `file:line`. Numbers are given as numbers
# (`$chars`, `$limit`, …) for plurals; they are written without digit grouping.

## The folder and its files.

kbfile-no-such-folder = no such folder
kbfile-cannot-read-responses-folder = cannot read the responses folder: { $error }
kbfile-not-a-folder = not a folder (give the folder that holds the response files)
kbfile-cannot-read-folder = cannot read the folder: { $error }
kbfile-cannot-read-file = cannot read the file: { $error }
kbfile-cannot-write-file = cannot write the file: { $error }
# `$limit` is the most folders read (10000).
kbfile-too-many-folders = more than { $limit } folders; not read further
# A FIFO, a socket or a device named `*.toml`: `$kind` is `fifo`, `socket`, `device` or
# `other`.
kbfile-not-a-regular-file = not a regular file ({ $kind ->
        [fifo] a FIFO
        [socket] a socket
        [device] a device
       *[other] not a file
    }); only regular files are read
# `$size` and `$limit` are megabytes, with one decimal under 10 ("8.0"), none above ("128").
kbfile-file-too-large = too large ({ $size } MB, the limit is { $limit } MB)
kbfile-folder-too-large = the response files are too large together ({ $size } MB, the limit is { $limit } MB)
kbfile-too-slow = reading the responses took over { $seconds } s; stopped here
kbfile-reload-failed = reading the responses failed unexpectedly; the previous knowledge base keeps answering

## A file's text.

# `$offset` is the position of the first byte that is not UTF-8, in bytes from the start.
kbfile-not-utf8 = the file is not valid UTF-8 (bad byte at offset { $offset }); save it as UTF-8
kbfile-toml-syntax = TOML syntax: { $error }
# The TOML parser's words about an unknown key at the top of a file ("unknown field `x`,
# expected `language` or `response`").
kbfile-unknown-top-level = { $error } (a response file holds `language = "<code>"` and [[response]] tables)
# `$field` is `language` (the file's) or `lang` (an entry's translations); `$languages` the
# codes Concierge matches ("en, de, fr, es, pt-BR, ru").
kbfile-unknown-language = `{ $field }` names `{ $code }`, which is not a language Concierge matches; use one of: { $languages }

## An entry's fields.

kbfile-unknown-field = unknown field `{ $field }` in [[response]]; expected one of: { $fields }
kbfile-missing-field = missing required field `{ $field }` (a string)
kbfile-missing-patterns = missing required field `patterns` (a list of example questions)
# `$found` is the TOML type found: string, integer, float, boolean, datetime, array or table.
kbfile-not-a-string = `{ $field }` must be a string, found { $found }
kbfile-not-a-list = `{ $field }` must be a list of strings, like ["a", "b"]
kbfile-bad-id = id `{ $id }` must be lower-case letters, digits and dashes ([a-z0-9-]+)
kbfile-id-too-long = id `{ $id }` is too long ({ $chars } characters, the limit is { $limit })
kbfile-empty-patterns = `patterns` is empty: give at least one example question
kbfile-empty-pattern = `patterns` holds an empty pattern
kbfile-empty-answer = `answer` is empty
kbfile-answer-too-long = `answer` is { $chars } characters; Discord embeds hold at most { $limit }
kbfile-title-too-long = `title` is longer than { $limit } characters
kbfile-bad-regex = invalid regex `{ $regex }`: { $error }
# The same when the regex crate's words take several lines (they follow on the next lines).
kbfile-bad-regex-block = invalid regex `{ $regex }`:
# `$limit` is in bytes.
kbfile-regex-too-large = regex `{ $regex }` is too large (over { $limit } bytes compiled); simplify it
kbfile-bad-channels = `channels` must be a list of channel ids, like ["123456789012345678"]
kbfile-bad-threshold = `threshold` must be a number from 0 to 1
kbfile-bad-cooldown = `cooldown` must be a whole number of seconds (0 or more)
kbfile-bad-offer-ticket = `offer_ticket` must be true or false
kbfile-duplicate-id = duplicate id `{ $id }`: already used at { $first }

## An entry's translations: [response.lang.<code>] tables.

kbfile-lang-not-tables = `lang` must hold one table a language, like [response.lang.de]
kbfile-own-language = [response.lang.{ $code }] is the file's own language: put its text in the entry's fields (or set `language` at the top of the file)
kbfile-translation-twice = [response.lang.{ $code }] is given twice
kbfile-translation-not-a-table = `lang.{ $code }` must be a table of patterns, answer, title and keywords
kbfile-translation-unknown-field = unknown field `{ $field }` in [response.lang.{ $code }]; expected one of: { $fields }
kbfile-translation-not-a-string = `{ $field }` in [response.lang.{ $code }] must be a string, found { $found }
kbfile-translation-not-a-list = `{ $field }` in [response.lang.{ $code }] must be a list of strings, like ["a", "b"]
kbfile-translation-empty-pattern = `patterns` in [response.lang.{ $code }] holds an empty pattern
kbfile-translation-empty-patterns = `patterns` in [response.lang.{ $code }] is empty: give at least one example question, or leave it out
kbfile-translation-empty-answer = `answer` in [response.lang.{ $code }] is empty
kbfile-translation-answer-too-long = `answer` in [response.lang.{ $code }] is { $chars } characters; Discord embeds hold at most { $limit }
kbfile-translation-title-too-long = `title` in [response.lang.{ $code }] is longer than { $limit } characters
kbfile-translation-empty = [response.lang.{ $code }] has neither `patterns` nor `answer`: give the entry's example questions or its answer in this language

## A change to a server's entries (/kb add, /kb edit, /kb remove, the dashboard's gap forms).

kbfile-not-response-tables = `response` is not a list of [[response]] tables
# The TOML editor's own words, several lines beginning "TOML parse error at line …". English
# shows them alone; other languages may say first that the file cannot be read.
kbfile-toml-unreadable = { $error }
kbfile-id-twice-in-file = the id `{ $id }` would be used twice in this file (also at { $first })
kbfile-id-used-in = the id `{ $id }` is already used in { $at }
kbfile-id-used-edit-instead = the id `{ $id }` is already used in { $at }; edit it instead
kbfile-shared-entry-edit = `{ $id }` is a shared entry; edit it to give this server its own version
# Names /kb edit: write the names of your commands.ftl.
kbfile-shared-entry-remove = `{ $id }` is a shared entry: it serves every server and can only be changed by whoever runs the bot (give this server its own version with /kb edit instead)
kbfile-no-such-entry = there is no entry `{ $id }`
kbfile-entry-gone = the entry `{ $id }` is no longer in this file
kbfile-save-failed = saving failed unexpectedly ({ $error }); check the server's files
kbfile-no-pattern-chosen = `patterns`: choose at least one pattern to add
kbfile-has-every-pattern = `patterns`: `{ $id }` already has every one of these patterns
