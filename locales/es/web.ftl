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
web-duration-seconds = { $seconds } s
web-duration-minutes = { $minutes } min { $seconds } s
web-duration-hours = { $hours } h { $minutes } min
web-minutes = { $minutes } min

## The page shell: the top bar, the navigation, the language menu.

web-nav-label = Páginas
web-nav-overview = Resumen
web-nav-tickets = Tickets
web-nav-kb = Base de conocimiento
web-nav-gaps = Lagunas
web-nav-categories = Categorías
web-nav-settings = Ajustes
web-nav-audit = Registro de cambios
web-access-title = Lo que puedes hacer aquí
web-access-agent = agente
web-access-moderator = moderador
web-access-manager = administrador
web-local-admin = administrador local
web-sign-out = Cerrar sesión
web-language-label = Idioma
web-language-change = Cambiar
web-server-fallback = Servidor { $id }
web-user-fallback = usuario { $id }

## Error pages.

web-error-title = { $status ->
    [400] Solicitud incorrecta
    [403] Acceso denegado
    [404] No encontrado
    [502] Error de la puerta de enlace
    [503] Servicio no disponible
   *[other] Error
}
web-error-back = Volver a tus servidores
web-error-no-page = Esta página no existe.
web-error-no-such-page = Esta página no existe.
web-error-no-such-server = Este servidor no existe.
web-error-unknown-server = No puedes ver este servidor aquí: el bot no está en él, o no eres uno de sus agentes, moderadores o administradores.
web-error-not-staff = Eres miembro de este servidor, pero no uno de sus agentes, moderadores o administradores, así que su soporte no está a tu alcance.
web-error-csrf = Este formulario no se envió desde una página de esta sesión (falta su token de seguridad o está caducado). Vuelve atrás, recarga la página y envíalo de nuevo.
web-error-database = La base de datos ha fallado, así que esta página no se puede mostrar: { $error }. Inténtalo de nuevo en un momento.
web-error-discord = No se ha podido preguntar a Discord quién eres en este servidor: { $error }. Inténtalo de nuevo en un momento.
web-error-kb-editors-only = Solo los moderadores y los miembros con permiso para gestionar el servidor pueden cambiar la base de conocimiento.
web-error-settings-managers-only = Solo los miembros con permiso para gestionar el servidor pueden cambiar sus ajustes.
web-error-language = `{ $code }` no es un idioma de este panel. Elige uno de estos: { $known }.
web-error-form-unreadable = No se ha podido leer este formulario: { $error }
web-error-days = El periodo `days={ $value }` no es un número entero de días entre 1 y 365.
web-error-sort = El orden `sort={ $value }` no es ni `used` ni `helpful`.

## Signing in.

web-login-title = Iniciar sesión
web-login-why-signin = Inicia sesión para ver el soporte de tus servidores.
web-login-why-expired = Tu sesión ha terminado. Vuelve a iniciar sesión.
web-login-why-signed-out = Has cerrado la sesión.
web-login-why-denied = Se canceló el inicio de sesión con Discord.
web-login-discord = Iniciar sesión con Discord
web-login-discord-who = Verás los servidores que compartes con el bot en los que eres agente o moderador, o tienes permiso para gestionar el servidor.
web-login-discord-off = El inicio de sesión con Discord no está configurado en este panel (DISCORD_CLIENT_ID y DISCORD_CLIENT_SECRET).
web-login-link-heading = Iniciar sesión con un enlace
web-login-link-how = Quien tenga una terminal en el servidor puede generar un enlace de acceso de un solo uso: { $command }
web-link-title = Iniciar sesión con un enlace de acceso
web-link-intro = Este enlace de un solo uso te da acceso como administrador local del servidor. Solo funciona una vez.
web-link-submit = Iniciar sesión
web-error-link-spent = Este enlace de acceso no existe, ya se usó o ha caducado. Genera uno nuevo con `concierge dashboard link --guild ID`.
web-error-discord-login-off = El inicio de sesión con Discord no está configurado en este panel (DISCORD_CLIENT_ID y DISCORD_CLIENT_SECRET). Usa un enlace de acceso.
web-error-oauth-state = Este inicio de sesión no empezó en este panel o tardó más de diez minutos (su estado no coincide). Vuelve a empezar desde la página de inicio de sesión.
web-error-oauth-no-code = Discord no devolvió ningún código de acceso. Vuelve a empezar.
web-error-oauth-failed = { $error }. Vuelve a empezar desde la página de inicio de sesión.
web-oauth-refused-code = Discord rechazó el código de acceso: { $why }
web-oauth-refused-me = Discord se negó a decir quién eres: { $why }
web-oauth-refused-guilds = Discord se negó a listar tus servidores: { $why }
web-oauth-unreachable = No se pudo contactar con Discord: { $error }
web-oauth-bad-id = Discord dio un id de usuario `{ $id }` que no es un número

## Your servers.

web-home-title = Tus servidores
web-home-none = En ninguno de tus servidores donde funciona este bot eres agente, moderador o miembro con permiso para gestionar el servidor. Pide un rol de soporte a los administradores de un servidor y vuelve a iniciar sesión.
web-home-access = Tu rol: { $access }

## The period of a page.

web-period-label = Periodo:
web-period-last-days = { $days ->
    [one] último día
   *[other] últimos { $days } días
}

## Overview.

web-overview-opened-per-day = Tickets abiertos por día
web-overview-frt-per-day = Mediana de la primera respuesta por día
web-overview-csat-per-day = CSAT por día (media de estrellas)
web-overview-ratings = Valoraciones
web-overview-backlog-by-age = Pendientes por antigüedad
web-overview-agents = Agentes
web-overview-categories = Categorías
web-card-opened = Tickets abiertos
web-card-opened-sub = { $closed ->
    [one] { $closed } cerrado
   *[other] { $closed } cerrados
}, { $reopened ->
    [one] { $reopened } reabierto
   *[other] { $reopened } reabiertos
}
web-card-frt = Primera respuesta (mediana)
web-card-frt-sub = percentil 90: { $p90 }
web-card-fcr = Resolución en el primer contacto
web-card-fcr-sub = { $responses } respuestas hasta la resolución
web-card-csat = CSAT
web-card-csat-value = { $mean } ★
web-card-csat-sub = { $count ->
    [one] { $count } valoración, { $share } con 4-5 estrellas
   *[other] { $count } valoraciones, { $share } con 4-5 estrellas
}
web-card-sla = Cumplimiento del SLA
web-card-sla-sub = primeras respuestas dentro del plazo
web-card-deflection = Desvío
web-card-deflection-sub = { $auto ->
    [one] { $auto } respuesta automática
   *[other] { $auto } respuestas automáticas
}, { $confirmed ->
    [one] { $confirmed } confirmada
   *[other] { $confirmed } confirmadas
}, { $assumed ->
    [one] { $assumed } supuesta
   *[other] { $assumed } supuestas
}
web-card-backlog = Pendientes
web-card-backlog-tier = nivel { $tier }: { $count }
web-chart-csat = Valoración media por día
web-chart-stars = Valoraciones de los solicitantes por estrellas
web-chart-backlog = Tickets abiertos por antigüedad
web-chart-day = { $day } { $month ->
    [1] ene
    [2] feb
    [3] mar
    [4] abr
    [5] may
    [6] jun
    [7] jul
    [8] ago
    [9] sept
    [10] oct
    [11] nov
   *[12] dic
}
web-age-under-1h = < 1 h
web-age-1h-4h = 1-4 h
web-age-4h-24h = 4-24 h
web-age-over-24h = > 24 h
web-overview-no-agents = Ningún agente respondió ni cerró un ticket en este periodo.
web-col-agent = Agente
web-col-first-responses = Primeras respuestas
web-col-median-frt = Mediana de primera respuesta
web-col-tickets-closed = Cerrados
web-col-fcr = FCR
web-col-csat = CSAT
web-col-ratings = Valoraciones
web-col-category = Categoría
web-col-tickets-opened = Abiertos

## A ticket's status, priority, and who wrote a message.

web-status-open = abierto
web-status-claimed = asignado
web-status-closed = cerrado
web-priority-low = baja
web-priority-normal = normal
web-priority-high = alta
web-priority-urgent = urgente
web-author-member = miembro
web-author-agent = agente
web-author-bot = bot
web-stars-title = { $score } de 5

## The tickets list.

web-tickets-found = { $count ->
    [one] ticket
   *[other] tickets
}
# The CSV file itself keeps its column headings in English: they are machine headings for
# spreadsheets and scripts.
web-tickets-csv = Descargar CSV
web-tickets-none = Ningún ticket coincide con estos filtros.
web-filter-status = Estado
web-filter-any = Cualquiera
web-filter-active = Abierto o asignado
web-filter-open = Abierto
web-filter-claimed = Asignado
web-filter-closed = Cerrado
web-filter-tier = Nivel
web-filter-category = Categoría
web-filter-no-category = Sin categoría
web-filter-removed-category = categoría { $id }
web-filter-tag = Etiqueta
web-filter-agent = Agente (id de usuario)
web-filter-priority = Prioridad
web-filter-from = Abierto desde
web-filter-to = hasta (UTC)
web-filter-text = Texto en el asunto o los mensajes
web-filter-per-page = Por página
web-filter-submit = Filtrar
web-filter-clear = Limpiar
web-col-number = N.º
web-col-topic = Asunto
web-col-status = Estado
web-col-tier = Nivel
web-col-priority = Prioridad
web-col-tags = Etiquetas
web-col-owner = Solicitante
web-col-holder = Asignado a
web-col-opened = Apertura
web-col-closed = Cierre
web-col-rating = Valoración
web-pager-label = Páginas
web-pager-previous = ← Anterior
web-pager-next = Siguiente →
web-pager-page = Página { $page } de { $pages } · { $total } en total
web-query-unreadable = No se puede leer la dirección de esta página.
web-query-bad-status = `{ $given }` no es un estado: open, claimed, closed o active (abierto o asignado).
web-query-bad-tier = `{ $given }` no es un nivel: un número entero del 1 al 255.
web-query-bad-category = `{ $given }` no es una categoría: su número, o `none`.
web-query-bad-tag = `{ $given }` no es un nombre de etiqueta: de 1 a 32 letras a-z, cifras y guiones.
web-query-bad-agent = `{ $given }` no es un id de usuario de Discord.
web-query-bad-priority = `{ $given }` no es una prioridad: low, normal, high o urgent.
web-query-bad-date = `{ $given }` no es una fecha con el formato AAAA-MM-DD.
web-query-bad-to = `{ $given }` no es igual ni posterior a `from`.
web-query-bad-page = `{ $given }` no es un número de página: un número entero a partir de 1.
web-query-bad-per = `{ $given }` no es un número de tickets por página: un número entero del 1 al 100.

## One ticket.

web-error-no-such-ticket = Este servidor no tiene ese ticket.
web-ticket-title = Ticket { $ticket }: { $topic }
web-ticket-all = ← Todos los tickets
web-ticket-download-html = Descargar la transcripción (HTML)
web-ticket-download-md = Descargar la transcripción (Markdown)
web-ticket-form = Formulario
web-ticket-history = Historial
web-ticket-messages = Mensajes
web-ticket-notes = Notas internas
web-ticket-closed-inactive = (cerrado por inactividad)
web-ticket-none = ninguna
web-ticket-opened-by = Abierto por
web-ticket-nobody-yet = nadie todavía
web-ticket-first-response = Primera respuesta
web-ticket-first-response-after = { $after } después de abrirse
web-ticket-none-yet = todavía ninguna
web-ticket-closed-by = por { $name }
web-ticket-resolution = Resolución
web-ticket-reopened = Reabierto
web-ticket-reopened-times = { $count ->
    [one] { $count } vez
   *[other] { $count } veces
}
web-ticket-rating-from-owner = { $score }/5 del solicitante
web-ticket-not-rated = sin valorar
web-ticket-no-history = No hay nada registrado.
web-ticket-no-messages = No hay mensajes.
web-ticket-no-notes = No hay notas internas.
web-ticket-note-chip = nota interna

## A ticket's history, one line per event.

web-event-opened = abierto
web-event-opened-by = abierto por { $by }
web-event-thread = hilo creado
web-event-claimed = asumido
web-event-claimed-by = asumido por { $by }
web-event-unclaimed = devuelto a la cola
web-event-unclaimed-by = devuelto a la cola por { $by }
web-event-transferred = transferido
web-event-transferred-by = transferido por { $by }
web-event-escalated = escalado
web-event-escalated-by = escalado por { $by }
web-event-escalated-tiers = escalado del nivel { $from } al nivel { $to }
web-event-escalated-tiers-by = escalado del nivel { $from } al nivel { $to } por { $by }
web-event-escalated-at = escalado en el nivel { $tier }
web-event-escalated-at-by = escalado en el nivel { $tier } por { $by }
web-event-priority-raised = marcado como urgente
web-event-priority-raised-by = marcado como urgente por { $by }
web-event-priority-changed = prioridad { $reason }
web-event-priority-changed-by = prioridad { $reason }, cambiada por { $by }
web-event-note = nota interna añadida
web-event-note-by = nota interna añadida por { $by }
web-event-close-requested = cierre propuesto
web-event-close-requested-by = cierre propuesto por { $by }
web-event-close-declined = sigue abierto (respuesta a la solicitud de cierre)
web-event-close-declined-by = mantenido abierto por { $by } (respuesta a la solicitud de cierre)
web-event-tagged = etiqueta { $reason } añadida
web-event-tagged-by = etiqueta { $reason } añadida por { $by }
web-event-untagged = etiqueta { $reason } quitada
web-event-untagged-by = etiqueta { $reason } quitada por { $by }
web-event-moved = movido
web-event-moved-by = movido por { $by }
web-event-inactivity-asked = se preguntó al miembro si está resuelto (no había respondido)
web-event-sla-breached = plazo de primera respuesta incumplido
web-event-sla-breached-tiers = plazo de primera respuesta incumplido, del nivel { $from } al nivel { $to }
web-event-sla-breached-at = plazo de primera respuesta incumplido en el nivel { $tier }
web-event-closed = cerrado
web-event-closed-by = cerrado por { $by }
web-event-reopened = reabierto
web-event-reopened-by = reabierto por { $by }
web-event-rated = valorado
web-event-rated-by = valorado por { $by }
web-event-unrated = valoración retirada
web-event-unrated-by = valoración retirada por { $by }
web-event-automatic = (automático)

## Knowledge base.

web-kb-test-heading = Probar una pregunta
web-kb-entries = { $count ->
    [one] { $count } entrada
   *[other] { $count } entradas
}
web-kb-order = Orden:
web-kb-most-used = más usadas
web-kb-most-helpful = más útiles
web-kb-own = de este servidor
web-kb-shared = compartida
web-kb-added = Entrada `{ $entry }` añadida; el bot ya la usa para responder.
web-kb-patterns-added = { $count ->
    [one] { $count } patrón añadido a `{ $entry }`; el bot ya lo usa para responder.
   *[other] { $count } patrones añadidos a `{ $entry }`; el bot ya los usa para responder.
}
web-col-entry = Entrada
web-col-from = Origen
web-col-auto-answers = Respuestas automáticas
web-col-agent-sends = Enviada por agentes
web-col-helpful = Útil
web-col-solved = Resuelto
web-col-talked-to-human = Habló con una persona
web-col-assumed-resolved = Supuestamente resuelto
web-kb-gone = ya no está en los archivos
web-kb-votes = { $count ->
    [one] ({ $count } voto)
   *[other] ({ $count } votos)
}

## The knowledge base's test box.

web-test-label = Una pregunta tal como la haría un miembro en un canal de soporte
web-test-submit = Probar
web-test-too-long = Una pregunta tiene como máximo { $max } caracteres.
web-test-would-answer = El bot respondería con { $entry } ({ $id }): confianza { $confidence }, umbral { $threshold }.
web-test-would-answer-own = El bot respondería con { $entry } ({ $id }), de las entradas propias de este servidor: confianza { $confidence }, umbral { $threshold }.
web-test-its-answer = Su respuesta
web-test-not-question = El bot no respondería: parece una charla informal o no tiene palabras del tema.
web-test-no-candidate = El bot no respondería: ninguna entrada comparte una palabra con esta pregunta.
web-test-below-threshold = El bot no respondería: la confianza de la mejor entrada, { $confidence }, está por debajo de su umbral de { $threshold }.
web-test-no-fit = El bot no respondería: ninguna entrada encaja.
web-col-rank = Puesto
web-col-share = Parte de la probabilidad
web-test-answers-chip = responde
web-test-why = Por qué: la explicación que da { $command }

## Knowledge gaps.

web-gaps-title = Lagunas de conocimiento
web-gaps-intro = Preguntas hechas en los canales de soporte que la base de conocimiento no respondió, agrupadas por tema; primero las que acabaron en tickets.
web-gaps-intro-editors = Los moderadores y administradores pueden convertir aquí un grupo en una entrada.
web-gaps-none = No hay preguntas sin responder en este periodo.
web-gaps-questions = { $count ->
    [one] pregunta
   *[other] preguntas
}
web-gaps-became-tickets = { $count ->
    [one] acabó en ticket
   *[other] acabaron en tickets
}
web-gaps-latest = la última el { $when }.
web-gaps-the-questions = Las preguntas
web-gaps-ticket = ticket
web-gaps-more = y { $count } más
web-gaps-back = Volver a las lagunas
web-gaps-for = Para las preguntas como: { $question }
web-gaps-create-title = Crear una entrada
web-gaps-patterns-title = Añadir patrones a una entrada

## The two forms under a gap.

web-form-create-heading = Crear una entrada
web-form-id = Id (a-z, 0-9 y -)
web-form-title = Título (opcional)
web-form-answer = Respuesta (Markdown; { "{user}" } menciona a quien pregunta)
web-form-patterns = Patrones: preguntas de ejemplo, una por línea
web-form-create-submit = Crear la entrada
web-form-add-heading = Añadir como patrones a una entrada existente
web-form-patterns-to-add = Patrones que añadir (desmarca los que quieras dejar fuera)
web-form-no-patterns = Este grupo no sugiere ningún patrón.
web-form-add-to = Añadir a
web-form-add-submit = Añadir los patrones
web-form-problems = No se ha guardado nada. Corrige esto y vuelve a enviar el formulario:
web-field-id = Id
web-field-title = Título
web-field-answer = Respuesta
web-field-patterns = Patrones
web-field-entry = Entrada

## Categories.

web-categories-intro = Los moderadores y los miembros con permiso para gestionar el servidor cambian las categorías con { $command } en Discord, lo que además actualiza cada panel de tickets.
web-categories-none = No hay categorías: todos los tickets son iguales. Añade una con { $command }.
web-col-team = Equipo
web-col-first-response = Primera respuesta
web-col-asks-solved = Pregunta «¿Está resuelto?»
web-col-form = Formulario
web-categories-tier-1-role = el rol del nivel 1
web-categories-role = rol { $id }
web-categories-servers = el del servidor
web-yes = sí
web-no = no
web-categories-topic-only = (solo el asunto)
web-form-paragraph = párrafo
web-form-short = corta
web-form-required = obligatoria
web-form-optional = opcional

## Settings.

web-settings-unchanged = No ha cambiado nada: todos los valores ya eran así.
web-settings-saved = { $count ->
    [one] { $count } ajuste guardado.
   *[other] { $count } ajustes guardados.
}
web-settings-invalid = { $count ->
    [one] No se ha guardado nada: hay que corregir { $count } ajuste (marcado abajo).
   *[other] No se ha guardado nada: hay que corregir { $count } ajustes (marcados abajo).
}
web-settings-managers-only = Solo los miembros con permiso para gestionar el servidor pueden cambiarlos.
web-col-setting = Ajuste
web-col-value = Valor
web-col-default = Por defecto
web-settings-save = Guardar los cambios
web-settings-empty-default = Un valor vacío vuelve al valor por defecto.
web-settings-not-set = (sin definir)
web-settings-not-in-server = { $id } (no está en el servidor)
web-settings-ids = Los roles y canales del servidor, con sus ids
web-settings-roles = Roles
web-settings-channels = Canales

## Audit log.

web-audit-none = Todavía no se ha cambiado nada.
web-col-when-utc = Cuándo (UTC)
web-col-who = Quién
web-col-through = Desde
web-col-what = Qué
web-audit-default = (por defecto)
web-audit-operator = el operador
web-audit-via-env = .env
web-audit-via-discord = Discord
web-audit-via-import = importación
web-audit-via-dashboard = panel
web-audit-via-kb = base de conocimiento
web-audit-entry = { $action ->
    [added] entrada { $entry } añadida en { $file }
    [updated] entrada { $entry } actualizada en { $file }
    [overrode] entrada { $entry } sustituida para este servidor en { $file }
    [removed] entrada { $entry } quitada de { $file }
   *[other] entrada { $entry }: { $action } ({ $file })
}
