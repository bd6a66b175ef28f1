# Los problemas encontrados en los archivos de respuestas de la base de conocimiento y en los
# cambios que se les hacen (ver locales/en/kb.ftl). Los nombres de campos entre backticks y
# las tablas como [[response]] se quedan como están escritos en los archivos; `$error` son
# las palabras del sistema, del analizador de TOML o de la biblioteca de expresiones
# regulares (en inglés).

## La carpeta y sus archivos.

kbfile-no-such-folder = no existe esa carpeta
kbfile-cannot-read-responses-folder = no se puede leer la carpeta de respuestas: { $error }
kbfile-not-a-folder = no es una carpeta (indica la carpeta que contiene los archivos de respuestas)
kbfile-cannot-read-folder = no se puede leer la carpeta: { $error }
kbfile-cannot-read-file = no se puede leer el archivo: { $error }
kbfile-cannot-write-file = no se puede escribir el archivo: { $error }
kbfile-too-many-folders = más de { $limit } carpetas; no se ha seguido leyendo
kbfile-not-a-regular-file = no es un archivo normal ({ $kind ->
        [fifo] es un FIFO
        [socket] es un socket
        [device] es un dispositivo
       *[other] es otra cosa
    }); solo se leen archivos normales
kbfile-file-too-large = demasiado grande ({ $size } MB; el límite es de { $limit } MB)
kbfile-folder-too-large = los archivos de respuestas son demasiado grandes en conjunto ({ $size } MB; el límite es de { $limit } MB)
kbfile-too-slow = leer las respuestas ha tardado más de { $seconds } s; se ha detenido aquí
kbfile-reload-failed = la lectura de las respuestas ha fallado de forma inesperada; la base de conocimiento anterior sigue respondiendo

## El texto de un archivo.

kbfile-not-utf8 = el archivo no es UTF-8 válido (byte incorrecto en la posición { $offset }); guárdalo como UTF-8
kbfile-toml-syntax = sintaxis TOML: { $error }
kbfile-unknown-top-level = { $error } (un archivo de respuestas contiene `language = "<code>"` y tablas [[response]])
kbfile-unknown-language = `{ $field }` indica `{ $code }`, que no es un idioma que Concierge conozca; usa uno de estos: { $languages }

## Los campos de una entrada.

kbfile-unknown-field = campo desconocido `{ $field }` en [[response]]; se espera uno de estos: { $fields }
kbfile-missing-field = falta el campo obligatorio `{ $field }` (un texto)
kbfile-missing-patterns = falta el campo obligatorio `patterns` (una lista de preguntas de ejemplo)
kbfile-not-a-string = `{ $field }` debe ser un texto, pero es { $found ->
        [integer] un número entero
        [float] un número decimal
        [boolean] un booleano
        [datetime] una fecha
        [array] una lista
        [table] una tabla
       *[other] un valor de tipo { $found }
    }
kbfile-not-a-list = `{ $field }` debe ser una lista de textos, como ["a", "b"]
kbfile-bad-id = el id `{ $id }` solo puede tener letras minúsculas, dígitos y guiones ([a-z0-9-]+)
kbfile-id-too-long = el id `{ $id }` es demasiado largo ({ $chars } caracteres; el límite es { $limit })
kbfile-empty-patterns = `patterns` está vacío: da al menos una pregunta de ejemplo
kbfile-empty-pattern = `patterns` contiene un patrón vacío
kbfile-empty-answer = `answer` está vacío
kbfile-answer-too-long = `answer` tiene { $chars } caracteres; un embed de Discord admite como máximo { $limit }
kbfile-title-too-long = `title` tiene más de { $limit } caracteres
kbfile-bad-regex = expresión regular `{ $regex }` no válida: { $error }
kbfile-bad-regex-block = expresión regular `{ $regex }` no válida:
kbfile-regex-too-large = la expresión regular `{ $regex }` es demasiado grande (más de { $limit } bytes compilada); simplifícala
kbfile-bad-channels = `channels` debe ser una lista de ids de canales, como ["123456789012345678"]
kbfile-bad-threshold = `threshold` debe ser un número de 0 a 1
kbfile-bad-cooldown = `cooldown` debe ser un número entero de segundos (0 o más)
kbfile-bad-offer-ticket = `offer_ticket` debe ser true o false
kbfile-duplicate-id = id `{ $id }` repetido: ya se usa en { $first }

## Las traducciones de una entrada: tablas [response.lang.<code>].

kbfile-lang-not-tables = `lang` debe contener una tabla por idioma, como [response.lang.de]
kbfile-own-language = [response.lang.{ $code }] es el idioma del propio archivo: pon ese texto en los campos de la entrada (o define `language` al principio del archivo)
kbfile-translation-twice = [response.lang.{ $code }] aparece dos veces
kbfile-translation-not-a-table = `lang.{ $code }` debe ser una tabla con patterns, answer, title y keywords
kbfile-translation-unknown-field = campo desconocido `{ $field }` en [response.lang.{ $code }]; se espera uno de estos: { $fields }
kbfile-translation-not-a-string = `{ $field }` en [response.lang.{ $code }] debe ser un texto, pero es { $found ->
        [integer] un número entero
        [float] un número decimal
        [boolean] un booleano
        [datetime] una fecha
        [array] una lista
        [table] una tabla
       *[other] un valor de tipo { $found }
    }
kbfile-translation-not-a-list = `{ $field }` en [response.lang.{ $code }] debe ser una lista de textos, como ["a", "b"]
kbfile-translation-empty-pattern = `patterns` en [response.lang.{ $code }] contiene un patrón vacío
kbfile-translation-empty-patterns = `patterns` en [response.lang.{ $code }] está vacío: da al menos una pregunta de ejemplo, o quita el campo
kbfile-translation-empty-answer = `answer` en [response.lang.{ $code }] está vacío
kbfile-translation-answer-too-long = `answer` en [response.lang.{ $code }] tiene { $chars } caracteres; un embed de Discord admite como máximo { $limit }
kbfile-translation-title-too-long = `title` en [response.lang.{ $code }] tiene más de { $limit } caracteres
kbfile-translation-empty = [response.lang.{ $code }] no tiene ni `patterns` ni `answer`: da las preguntas de ejemplo de la entrada o su respuesta en este idioma

## Un cambio en las entradas de un servidor (/respuestas crear, /respuestas editar, /respuestas eliminar, los formularios de lagunas del panel).

kbfile-not-response-tables = `response` no es una lista de tablas [[response]]
kbfile-toml-unreadable = el archivo no es TOML legible: { $error }
kbfile-id-twice-in-file = el id `{ $id }` se usaría dos veces en este archivo (también en { $first })
kbfile-id-used-in = el id `{ $id }` ya se usa en { $at }
kbfile-id-used-edit-instead = el id `{ $id }` ya se usa en { $at }; edita esa entrada en su lugar
kbfile-shared-entry-edit = `{ $id }` es una entrada compartida; edítala para dar a este servidor su propia versión
kbfile-shared-entry-remove = `{ $id }` es una entrada compartida: sirve a todos los servidores y solo puede cambiarla quien ejecuta el bot (en su lugar, da a este servidor su propia versión con /respuestas editar)
kbfile-no-such-entry = no hay ninguna entrada `{ $id }`
kbfile-entry-gone = la entrada `{ $id }` ya no está en este archivo
kbfile-save-failed = el guardado ha fallado de forma inesperada ({ $error }); revisa los archivos del servidor
kbfile-no-pattern-chosen = `patterns`: elige al menos un patrón para añadir
kbfile-has-every-pattern = `patterns`: `{ $id }` ya tiene todos estos patrones
