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
setup-roles = **Configurar Concierge: paso 1 de 3, los roles de los agentes**
    Los agentes atienden los tickets. El nivel 1 responde primero; los niveles 2 y 3 se encargan de lo que se les escala (con un solo nivel basta para un equipo pequeño). Elige un rol para cada nivel o deja que yo los cree.
    Ahora: nivel 1 { $tier1 }, nivel 2 { $tier2 }, nivel 3 { $tier3 }{ $more }
# A server with more than three tiers (set with /config): they are kept. `$count` is a number.
setup-roles-more-tiers = { $count ->
        [one] (y un nivel más, que se conserva)
       *[other] (y { $count } niveles más, que se conservan)
    }
# The menus' placeholders; `$tier` is 1, 2 or 3.
setup-menu-tier = Rol de los agentes de nivel { $tier }
setup-menu-tier-optional = Rol de los agentes de nivel { $tier } (opcional)
setup-button-create-tier-roles = Crear por mí los roles de nivel que faltan
setup-button-next-people = Siguiente: moderadores y guardia
setup-people = **Configurar Concierge: paso 2 de 3, moderadores y guardia** (ambos opcionales)
    Los moderadores editan la base de conocimiento (`/respuestas crear`) y consultan las cifras (`/soporte estadisticas`) sin ser agentes. El rol de guardia recibe una mención con los tickets urgentes.
    Ahora: moderadores { $moderators }, guardia { $on_call }
setup-menu-moderators = Roles de los moderadores (opcional)
setup-menu-on-call = Rol de guardia (opcional)
setup-button-create-on-call = Crear por mí un rol de guardia
setup-button-back = Atrás
setup-button-next-channels = Siguiente: canales
setup-channels = **Configurar Concierge: paso 3 de 3, los canales**
    Respondo preguntas en los canales vigilados, abro hilos privados de tickets bajo el canal de tickets y publico las transcripciones en el canal de registro (mantenlo oculto para los miembros: las transcripciones contienen lo que escribieron en privado).
    Ahora: vigilados { $watched }, tickets { $tickets }, registro { $log }
setup-menu-watched = Canales donde preguntan los miembros (vigilados)
setup-menu-ticket-channel = Canal de tickets (los hilos privados de tickets van debajo)
setup-menu-log-channel = Canal de registro (transcripciones, oculto para los miembros)
# `$channel` is the channel's name (help, tickets or support-log), the same in every language.
setup-button-create-channel = Crear #{ $channel } por mí
setup-button-finish = Terminar
# The summary. `$missing` is roles (no tier 1 role), channel (no ticket channel) or both.
setup-summary-set-up = **Concierge está configurado.**
setup-summary-not-set-up = **Aún no está configurado:** todavía falta { $missing ->
        [roles] un rol de nivel 1
        [channel] un canal de tickets
       *[both] un rol de nivel 1 y un canal de tickets
    }.
# `$state` is setup-summary-set-up or setup-summary-not-set-up; each list is mentions, or
# setup-none.
setup-summary = { $state }
    - Agentes: { $agents }
    - Moderadores: { $moderators }
    - Guardia: { $on_call }
    - Canales vigilados: { $watched }
    - Canal de tickets: { $tickets }
    - Canal de registro: { $log }
# After the summary, once set up: one of the first two, then the third.
setup-summary-try = Pruébalo: pregúntame algo en { $channel } como lo haría un miembro («¿cómo restablezco mi contraseña?») o abre un ticket con `/ticket abrir`.
setup-summary-no-watched = No hay ningún canal vigilado: los miembros abren tickets con `/ticket abrir`; elige un canal donde pregunten y también responderé allí.
setup-summary-give-roles = Asigna los roles de nivel a tus agentes. Límites, objetivos de SLA y horario de atención: `/ajustes ver`.
setup-button-change = Cambiar algo
# Nothing chosen yet.
setup-none = (ninguno)
# In the summary's list of agents' roles.
setup-tier-role = nivel { $tier } { $role }
# A role picked for a tier while it is another tier's.
setup-tier-taken = { $role } ya es el rol del nivel { $tier }: cada rol pertenece a un solo nivel.

## /setup's "create it for me" buttons. `$new` is yes (made now) or no (one of that name
## was there already and is used).

# `$what` is a role's name ("Support tier 1") or a channel's ("#help"); `$error` is Discord's
# words (English).
setup-create-failed = No pude crear { $what }: Discord respondió «{ $error }». Elige uno que ya exista o inténtalo de nuevo.
# `$role` is the role's name ("Support on call").
setup-create-needs-manage-roles = Necesito el permiso **Gestionar roles** para crear el rol { $role }. Dámelo o elige un rol que ya exista.
# `$channel` is the channel's name without its # ("tickets").
setup-create-needs-manage-channels = Necesito el permiso **Gestionar canales** para crear #{ $channel }. Dámelo o elige un canal que ya exista.
# One role in setup-made-tier-roles' list.
setup-made-role = { $new ->
        [yes] { $role } creado
       *[no] { $role } reutilizado
    }
# `$roles` is a list of setup-made-role, comma-separated.
setup-made-tier-roles = Roles de nivel: { $roles }.
setup-every-tier-has-a-role = Todos los niveles ya tienen un rol.
setup-cannot-show-channel = No pude dar acceso a { $channel } a { $role } («{ $error }»): dale allí los permisos Ver canales y Gestionar hilos.
setup-give-tier-roles = Asígnalos a tus agentes (Ajustes del servidor → Miembros).
setup-made-on-call = Rol de guardia: { $role } { $new ->
        [yes] creado
       *[no] reutilizado
    }.
setup-already-watched = { $channel } ya está vigilado.
setup-made-help = Canal vigilado: { $channel } { $new ->
        [yes] creado
       *[no] reutilizado
    }.
setup-made-tickets = Canal de tickets: { $new ->
        [yes] { $channel } creado (los miembros lo ven, pero solo escriben en sus propios hilos de ticket; los agentes ven todos los tickets).
       *[no] se usa el canal existente { $channel }.
    }
setup-made-log = Canal de registro: { $new ->
        [yes] { $channel } creado (oculto para los miembros; los agentes y los moderadores lo ven).
       *[no] se usa el canal existente { $channel }.
    }
# The topics of the channels made, in the server's language.
setup-topic-help = Haz aquí tus preguntas: Concierge responde las más habituales y abre un ticket para el resto.
setup-topic-tickets = Tickets de soporte privados: abre uno con /ticket abrir. Solo tú y el equipo de soporte veis el tuyo.
setup-topic-log = El registro de Concierge: transcripciones, escalados y cambios de ajustes. Mantenlo oculto para los miembros.

## Settings that name the wrong channel or role, checked when the bot connects, in /setup's
## summary and when /config changes them. `$key` is the setting's .env key and /config name
## ("LOG_CHANNEL_ID (log_channel)"), `$id` the id it holds, `$name` a channel's name, `$error`
## Discord's words (English).

setup-check-other-server = { $key }: { $id } es #{ $name } en otro servidor
# `$kind` is Discord's name of the channel's type (Voice, Category, Forum…).
setup-check-not-text = { $key }: { $id } es #{ $name }, un canal de tipo { $kind }; hace falta un canal de texto
setup-check-not-in-server = { $key }: { $id } no es un canal de un servidor
setup-check-no-channel = { $key }: el bot no ve ningún canal { $id } ({ $error }); copia el ID con Modo desarrollador → Copiar ID del canal
# `$guild` is the server's id.
setup-check-roles-unreadable = { $key }: no se pudieron leer los roles del servidor { $guild } ({ $error })
setup-check-no-role = { $key }: no hay ningún rol { $id } en el servidor; copia el ID con Modo desarrollador → Copiar ID del rol
setup-check-log-readable = { $key }: todo el mundo puede leer #{ $name }, y las transcripciones que se publican allí contienen lo que los miembros escribieron en privado y las notas del equipo: quítale Ver canales a @everyone en ese canal
# `$role` is the role's name.
setup-check-tier-blind = { $key }: el rol { $role } no ve los hilos privados de tickets en #{ $name }: dale allí el permiso Gestionar hilos
# In the log channel; `$problems` is one "- problem" a line.
setup-check-report =
    Algunos ajustes indican canales o roles que no son correctos:
    { $problems }

## /config show|set|reset. `$key` is a setting's name as /config spells it (max_open_tickets),
## `$value` and `$was` a value as shown (a mention, `3`, or config-not-set).

config-show-title = Los ajustes de Concierge en este servidor
config-show-footer = Cambia uno con /ajustes cambiar y devuélvelo a su valor por defecto con /ajustes restablecer.
# `$key` is what was typed.
config-no-such-setting = No existe el ajuste `{ $key }`; `/ajustes ver` los muestra todos.
# `$problems` is one config-problem a line.
config-not-changed = No se ha cambiado nada. { $problems }
config-problem = `{ $key }`: { $problem }
config-already = `{ $key }` ya es { $value }.
config-changed = `{ $key }` ahora es { $value } (antes: { $was }).
config-not-set = (sin definir)
config-default = { $value } (por defecto)
# In the log channel; `$change` is config-changed, `$command` the command used ("/setup").
config-changed-log = { $member } cambió un ajuste: { $change }
config-changed-log-via = { $member } cambió un ajuste con { $command }: { $change }
# /config delete-data's button.
config-delete-button = Borrarlo todo

## What each setting is for, shown while choosing one in /config set and /config reset.

config-help-support-channels = los canales donde preguntan los miembros y responde el bot
config-help-ticket-channel = el canal bajo el que se crean los hilos privados de tickets
config-help-log-channel = transcripciones, informes de recarga y cambios de ajustes (ocúltalo a los miembros)
config-help-tier-roles = los roles de los agentes, el nivel 1 primero
config-help-moderator-roles = quién puede usar las herramientas de la base de conocimiento y de estadísticas sin ser agente
config-help-on-call-role = recibe una mención con los tickets urgentes
config-help-max-open-tickets = cuántos tickets puede tener abiertos a la vez un miembro
config-help-max-tickets-per-hour = cuántos tickets puede abrir un miembro por su cuenta cada hora (0: sin límite)
config-help-on-call-ping-window-minutes = la guardia recibe como mucho una mención por los tickets urgentes de un mismo miembro en este número de minutos
config-help-reopen-window-days = los días tras el cierre durante los que se puede reabrir un ticket
config-help-sla-first-response-minutes = el objetivo de primera respuesta, por nivel
config-help-sla-urgent-first-response-minutes = el objetivo de primera respuesta de los tickets urgentes
config-help-sla-high-first-response-minutes = el objetivo de primera respuesta de los tickets de prioridad alta
config-help-sla-low-first-response-minutes = el objetivo de primera respuesta de los tickets de prioridad baja
config-help-close-request-hours = las horas que tiene un miembro para responder a una solicitud de cierre antes de que el ticket se cierre solo
config-help-inactivity-hours = las horas de silencio del miembro tras la última respuesta de un agente antes de que el bot pregunte si el ticket está resuelto (0: nunca)
config-help-inactivity-close-hours = las horas que el bot espera después una respuesta antes de cerrar el ticket por inactividad
config-help-urgent-keywords = las palabras que hacen urgente un ticket (vacío: la lista integrada)
config-help-business-hours = cuándo trabaja el equipo, por ejemplo `mon-fri 09:00-17:00` (vacío: siempre abierto)
config-help-business-timezone = la zona horaria del horario de atención, por ejemplo `Europe/Madrid` (vacío: UTC)
config-help-language = el idioma de los mensajes del bot en los canales: en, de, fr, es, pt-BR o ru (vacío: el idioma de Discord del servidor)
config-help-rating-grace-hours = las horas que un ticket cerrado espera su valoración antes de bloquearse
config-help-rating-change-minutes = los minutos en que el autor puede cambiar su valoración antes de que se bloquee el hilo
config-help-member-answers-per-minute = cuántas respuestas automáticas puede recibir un miembro por minuto (0: sin límite)
config-help-repeat-window-seconds = la misma respuesta en un canal dentro de este tiempo enlaza a la anterior
config-help-agent-quiet-minutes = el bot guarda silencio en un canal donde un agente haya escrito dentro de este tiempo

## What is wrong with a setting's value (/config, /setup; the dashboard and the command line
## say it in English). `$value` is what was given; the day names (mon-fri) and times are the
## format business hours are written in, the same in every language.

config-problem-no-such-setting = no existe ese ajuste
config-problem-not-an-id = `{ $value }` no es un ID de Discord (un número como 123456789012345678)
config-problem-not-an-id-list = `{ $value }` no es un ID de Discord (se espera una lista de IDs separados por comas)
config-problem-not-a-number = `{ $value }` no es un número entero entre { $min } y { $max }
# `$languages` is the list of codes ("en, de, fr, es, pt-BR, ru").
config-problem-not-a-language = `{ $value }` no es un idioma que hable Concierge (uno de { $languages })
config-problem-bad-timezone = `{ $value }` no es el nombre de una zona horaria (como Europe/Madrid o America/New_York)
config-problem-bad-hours = `{ $value }` no tiene la forma `mon-fri 09:00-17:00`
config-problem-bad-day = `{ $value }` no es un día (mon, tue, wed, thu, fri, sat, sun)
config-problem-bad-window = `{ $value }` no es una franja horaria como 09:00-17:00 (el inicio antes del final, hasta las 24:00)
config-problem-never-open = el horario de atención debe abrir al menos un día

## /category add|edit|remove|list. `$category` is a category's emoji and name, `$name` its
## name (both written by the moderators, shown as they are).

category-removed = Se ha eliminado la categoría **{ $name }**: ya no se abren tickets nuevos en ella; sus tickets la conservan. Los paneles del servidor ya no la ofrecen.
category-removed-log = { $member } eliminó la categoría de tickets **{ $name }**.
# A category in a line: `$details` is a comma-separated list of the next messages.
category-described = **{ $category }**: { $description } ({ $details })
category-described-plain = **{ $category }** ({ $details })
category-team = equipo { $role }
category-tier-1-role = el rol de nivel 1
category-first-response = primera respuesta en { $minutes } min
# `$priority` is low, high or urgent (its English name).
category-starts = empieza con prioridad { $priority ->
        [low] baja
        [high] alta
        [urgent] urgente
       *[normal] normal
    }
category-never-asked = nunca pregunta «¿Está resuelto?»
category-form = { $count ->
        [0] sin formulario
        [one] un formulario de 1 pregunta
       *[other] un formulario de { $count } preguntas
    }
category-none = Este servidor no tiene categorías de tickets; todos los tickets van al rol de nivel 1. Los moderadores las crean con `/categoria crear`.
# `$categories` is one category-described a line (and its questions).
category-list = **Categorías** ({ $count } de un máximo de { $max }):
    { $categories }
category-added = Categoría creada: { $category }
    Los miembros la eligen con `/ticket abrir categoria:` o en un panel (`/panel publicar`).
category-changed = Categoría modificada: { $category }
    Los miembros la eligen con `/ticket abrir categoria:` o en un panel (`/panel publicar`).
category-added-log = { $member } creó la categoría de tickets { $category }.
category-changed-log = { $member } modificó la categoría de tickets { $category }.
# The form.
category-form-title-new = Nueva categoría de tickets
category-form-title-edit = Editar { $name }
category-form-name = Nombre
category-form-emoji = Emoji (opcional)
category-form-description = Descripción (opcional)
# `$max` is the most questions a form has (5).
category-form-questions = Formulario: hasta { $max } preguntas, una por línea
# An example of two questions: a question's label, then short or paragraph, then its length
# or optional. Translate the labels only: short, paragraph and optional are the format.
category-form-questions-example = Número de pedido | short | 3-20
    ¿Qué ha pasado? | paragraph | optional

## /panel post|edit|remove|list. `$panel` is a panel's number; `$error` Discord's words
## (English).

# The words a new panel is offered with (the moderator may change them): in the server's
# language, as the panel is.
panel-default-title = Contacta con el equipo de soporte
panel-default-description = Elige de qué trata tu pregunta: se abrirá un ticket privado que solo tú y el equipo de soporte podéis ver.
panel-form-title = Panel de tickets
panel-form-field-title = Título
panel-form-field-description = Descripción
panel-deleted = Panel { $panel } de { $channel } eliminado.
panel-forgotten = Panel { $panel } de { $channel } olvidado (Discord no me dejó borrar su mensaje; bórralo a mano).
panel-removed-log = { $member } eliminó el panel de tickets { $panel } de { $channel }.
panel-none = Este servidor no tiene ningún panel de tickets; publica uno con `/panel publicar`.
# `$panels` is one panel-list-line a line.
panel-list = **Paneles de tickets**:
    { $panels }
# `$style` is auto, buttons or menu; `$link` the message's address; `$title` its title.
panel-list-line = - **{ $panel }** `{ $style ->
        [buttons] botones
        [menu] menú
       *[auto] automático
    }` en { $channel } ({ $link }): { $title }
panel-edit-failed = Discord no me dejó editar el panel { $panel } de { $channel } ({ $error }); no se ha cambiado nada. Si se borró su mensaje, quítalo con `/panel eliminar` y publica uno nuevo.
panel-edited-log = { $member } editó el panel de tickets { $panel } de { $channel }.
panel-updated = Panel { $panel } de { $channel } actualizado.
panel-post-failed = Discord no me dejó publicar en { $channel } ({ $error }); comprueba que puedo ver el canal, enviar mensajes e insertar enlaces en él.
panel-posted-log = { $member } publicó el panel de tickets { $panel } en { $channel }.
# `$button` is panel-button-open as the panel shows it (in the server's language).
panel-posted-button = Panel { $panel } publicado en { $channel } con un solo botón **{ $button }** (crea categorías con `/categoria crear` y las mostrará). `/panel editar panel:{ $panel }` lo cambia ahí mismo.
panel-posted-categories = Panel { $panel } publicado en { $channel } con las categorías del servidor. `/panel editar panel:{ $panel }` lo cambia ahí mismo.
# On the panel, in the server's language.
panel-button-open = Abrir un ticket
panel-menu-placeholder = Elige de qué trata tu ticket
# In the log channel.
panel-update-failed-log = No se pudo actualizar el panel de tickets { $panel } de { $channel } con las categorías actuales ({ $error }). Edítalo con `/panel editar panel:{ $panel }` o quítalo con `/panel eliminar`.

## /kb add|edit|remove|list|test. `$entry` is an entry's id, `$file` the file it is in.

# Under /kb test's explanation when the answer is one of the server's own entries.
kb-test-own-entries = (de las entradas propias de este servidor)
kb-form-title-new = Nueva entrada de la base de conocimiento
kb-form-title-edit = Editar { $entry }
kb-form-field-id = ID (a-z, 0-9 y -)
kb-form-field-title = Título (opcional)
kb-form-field-patterns = Preguntas de ejemplo, una por línea
# {"{"}user{"}"} is written as is: the answer's placeholder for the asker.
kb-form-field-answer = Respuesta (Markdown; {"{"}user{"}"} = quien pregunta)
kb-form-field-keywords = Palabras clave separadas por comas (opcional)
# `$problems` is one "- problem" a line (in English, from the files' checks).
kb-not-changed = No se ha cambiado nada:
    { $problems }
kb-added = `{ $entry }` creada (en `{ $file }`); responde desde ahora.
kb-updated = `{ $entry }` actualizada (en `{ $file }`); responde desde ahora.
kb-overridden = Este servidor tiene ahora su propia versión de `{ $entry }` (en `{ $file }`); responde desde ahora.
kb-added-log = { $member } creó la entrada `{ $entry }` de la base de conocimiento (`{ $file }`).
kb-updated-log = { $member } actualizó la entrada `{ $entry }` de la base de conocimiento (`{ $file }`).
kb-overridden-log = { $member } sustituyó la entrada `{ $entry }` de la base de conocimiento por una versión propia (`{ $file }`).
kb-removed-log = { $member } eliminó la entrada `{ $entry }` de la base de conocimiento (`{ $file }`).
kb-removed-own = Se ha eliminado la versión propia de este servidor de `{ $entry }`; la entrada compartida `{ $entry }` vuelve a responder.
kb-removed = `{ $entry }` eliminada; ya no responde.
# `$count` entries in all, `$entries` one a line.
kb-list = **Base de conocimiento: { $count ->
        [one] { $count } entrada
       *[other] { $count } entradas
    }** (página { $page } de { $pages })
    { $entries }
# After an entry of the list that is the server's own.
kb-list-own = {"*"}(propia de este servidor){"*"}

## A slash command the bot cannot read. `$command` is the command as typed ("ticket open"),
## `$option` an option's name, `$expected` one of the option-expected- messages.

option-unknown-command = No conozco `/{ $command }`; puede que Discord aún muestre una versión antigua de mis comandos, vuelve a intentarlo en un minuto.
option-needs-subcommand = `/{ $command }` necesita un subcomando; puede que Discord aún muestre una versión antigua, vuelve a intentarlo en un minuto.
option-unknown-subcommand = No conozco `/{ $command } { $sub }`; puede que Discord aún muestre una versión antigua del comando, vuelve a intentarlo en un minuto.
option-missing = `/{ $command }` necesita la opción `{ $option }`.
option-invalid = `/{ $command }`: la opción `{ $option }` debe ser { $expected }.
option-expected-text = texto
option-expected-member = un miembro de este servidor
option-expected-channel = un canal de este servidor
option-expected-role = un rol de este servidor
option-expected-true-or-false = verdadero o falso
# The choices' names as your commands.ftl gives them.
option-expected-priority = baja, normal, alta o urgente
option-expected-panel-style = automático, botones o menú
option-expected-first-response = un número de minutos entre { $min } y { $max } (una semana)
option-expected-page = un número de página entre { $min } y { $max }
option-expected-days = un número de días entre { $min } y { $max }
option-expected-tier = un nivel entre { $min } y { $max }

## The form a member opens a ticket with (/ticket open, a panel's buttons).

open-form-title = Abrir un ticket de soporte
# `$category` is the category's name.
open-form-title-category = Abrir un ticket: { $category }
open-form-topic = ¿Con qué necesitas ayuda?

## Transcripts: the message they are posted with in the log channel (the server's language)
## and the headings of the files (the ticket owner's). `$ticket` is a ticket's number.

# `$topic` is the ticket's topic, `$agent` who closed it.
transcript-posted = Transcripción del ticket { $ticket } ({ $topic }), cerrado por { $agent }.
# The files' title; `$ticket` is "#12".
transcript-title = Ticket { $ticket }: { $topic }
transcript-field-topic = Asunto
transcript-field-category = Categoría
transcript-field-owner = Autor
transcript-field-opened-by = Abierto por
transcript-field-status = Estado
transcript-field-priority = Prioridad
transcript-field-tier = Nivel
transcript-field-opened = Abierto
transcript-field-tags = Etiquetas
transcript-field-handled-by = Atendido por
transcript-field-closed = Cerrado
transcript-field-resolution = Resolución
transcript-field-rating = Valoración
transcript-field-reopened = Reabierto
# `$status` is open, claimed or closed.
transcript-status = { $status ->
        [open] abierto
        [claimed] tomado
       *[closed] cerrado
    }
# `$priority` is low, normal, high or urgent.
transcript-priority = { $priority ->
        [low] baja
        [high] alta
        [urgent] urgente
       *[normal] normal
    }
# `$at` is a date ("2024-05-01 14:00 UTC"), `$who` a name.
transcript-closed-by = { $at } por { $who }
transcript-rating = { $score }/5 (del autor)
transcript-not-rated = sin valorar
transcript-reopened-times = { $count ->
        [one] una vez
       *[other] { $count } veces
    }
# Someone whose name is not known; `$id` is their Discord id.
transcript-user = usuario { $id }
# After an author's name: " (agent)", " (bot)".
transcript-role-agent = agente
transcript-role-bot = bot
transcript-form = Formulario
transcript-no-messages = No hay mensajes.
transcript-staff-notes = Notas del equipo
transcript-history = Historial

## The explanation of a match, for moderators: /kb test, the dashboard's test box and
## `concierge kb match` (in English there). It is shown in a fixed-width block, one line per
## message: pad your labels ("question:", "answer:") with spaces to one width so that the
## values line up. `$entry` is an entry's id, `$confidence`, `$threshold` and `$bm25` are
## numbers with two decimals, `$words` are the question's words as written, comma-separated.

kb-explain-question = pregunta:  { $question }
kb-explain-answer = respuesta: { $entry } (confianza { $confidence })
kb-explain-not-a-question = respuesta: ninguna: parece una charla informal o no tiene palabras del tema
kb-explain-no-candidate = respuesta: ninguna: ninguna entrada comparte una palabra con esta pregunta
kb-explain-below-threshold = respuesta: ninguna: la mejor confianza, { $confidence }, está por debajo del umbral de { $threshold }
kb-explain-language = idioma:    { $language }
kb-explain-words = palabras:  { $words }
kb-explain-why = por qué:   la mejor entrada se lleva el { $best } % de la probabilidad, la siguiente el { $runner_up } %; coincidencia de palabras (BM25) { $bm25 }
kb-explain-regex = coincidió una expresión regular de la mejor entrada
kb-explain-keywords = { $count ->
        [one] se encontró { $count } palabra clave de la mejor entrada
       *[other] se encontraron { $count } palabras clave de la mejor entrada
    }
kb-explain-and = {"; "}
kb-explain-candidate = { $rank }. { $entry } ({ $share } %) { $source }
kb-explain-shared = palabras en común: { $words }
kb-explain-shared-none = palabras en común: ninguna
kb-explain-closest = patrón más cercano: «{ $pattern }»
kb-explain-no-topical = ninguna palabra del tema
kb-explain-known = la base de conocimiento conoce { $known } de { $total } { $total ->
        [one] palabra
       *[other] palabras
    }: { $words }
kb-explain-none-known = { $total ->
        [one] la base de conocimiento no conoce la palabra { $words }
       *[other] la base de conocimiento no conoce ninguna de las { $total } palabras: { $words }
    }
kb-explain-unknown = (pero no: { $words })
kb-explain-read = se leyó { $corrections }
kb-explain-read-as = «{ $written }» como «{ $read }»
kb-explain-common = { $words } { $count ->
        [one] es demasiado común para tenerla en cuenta
       *[other] son demasiado comunes para tenerlas en cuenta
    }
