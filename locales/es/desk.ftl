# The desk's words in Discord that came last to the catalogues: the automatic answers'
# footer, buttons and pointers, the close requests, the queue, the knowledge-base gaps and
# reload reports. `$ticket` is a ticket's number ("12") and `$tier` a tier's ("2"); people
# are mentions (`$owner`, `$agent`, `$member`: "<@123>"); times are Discord timestamps
# (seconds); counts are numbers.

## An automatic answer, in the asker's language.

# The footer under the answer; `$percent` is how sure the match was, a whole number ("87").
answer-footer = Respuesta automática (con un { $percent } % de seguridad). ¿No es lo que necesitabas? Pregúntale a una persona.
answer-button-solved = Resuelto
answer-button-human = Hablar con una persona
# The same question answered a moment ago: a link to that answer instead of a second copy.
# `$entry` is the entry's title in bold, or its id as code; `$link` the earlier answer's URL.
answer-pointer-earlier = Esto se respondió hace un momento: { $entry }; consulta { $link }
answer-pointer-above = Esto se acaba de responder justo arriba: { $entry }.
# The topic of a ticket opened with "Talk to a human" when the question cannot be found.
answer-ticket-topic = Ayuda con una respuesta automática
# Stands for an answer without a title in ticket-note-answer-did-not-help.
answer-untitled = una respuesta automática
answer-other-language = Esta respuesta aún no está en { $wanted }; aquí la tienes en { $given }.

## A close request: an agent asks the member, in the thread, whether the ticket may close.

# `$what` is empty, or a new line and close-request-what-was-done (added by the bot).
close-request-ask = { $owner }, { $agent } cree que tu ticket está resuelto.{ $what }
    ¿Podemos cerrarlo? Si no respondes, se cerrará automáticamente <t:{ $due }:R>.
# `$what` is the agent's text, already made inert.
close-request-what-was-done = **Qué se hizo:** { $what }
close-request-button-close = Cerrarlo
close-request-button-keep-open = Mantenerlo abierto
# The agent who asked is told.
close-request-asked = Se ha preguntado a { $owner } si se puede cerrar el ticket { $ticket }.
# The member's answer, replacing the question.
close-request-closed = { $member } ha cerrado el ticket.
close-request-kept-open = { $member } ha mantenido abierto el ticket.
# Then the agent who asked is pinged.
close-request-kept-open-ping = { $member } ha mantenido abierto el ticket. { $agent }, todavía necesita ayuda.
# Unanswered in time (said in the thread).
close-request-closed-unanswered = Se ha cerrado el ticket { $ticket }: la solicitud de cierre no recibió respuesta a tiempo.

## The inactivity question: the member has been silent since an agent's last word.

# `$said` is when the agent last answered, `$due` when the ticket closes.
close-request-inactive-ask = { $owner }, ¿está resuelto? { $agent } respondió <t:{ $said }:R> y desde entonces no hemos sabido nada de ti. Si no respondes, este ticket se cerrará <t:{ $due }:R>.
close-request-button-yes = Sí, cerrarlo
close-request-button-still-need-help = Todavía necesito ayuda
# Write the name `/ticket reopen` has in your commands.ftl.
close-request-closed-inactive = Se ha cerrado el ticket { $ticket } por inactividad: no tuvimos noticias tuyas. Si todavía necesitas ayuda, puedes volver a abrirlo con `/ticket reabrir`.

## `/ticket queue`: up to 20 tickets, urgent first then oldest.

queue-empty = La cola está vacía. 🎉
queue-header = **Cola** ({ $count ->
        [one] { $count } abierto
        [many] { $count } abiertos
       *[other] { $count } abiertos
    }):
# One ticket (its priority's emoji goes before it). `$topic` is its topic, `$tags` its tags
# as code, each after a space (or empty), `$agent` its holder (or queue-unclaimed),
# `$waited` minutes, `$left` queue-minutes-left, queue-minutes-over or queue-answered,
# `$thread` its thread's id.
queue-line = #{ $ticket } { $topic }{ $tags } · nivel { $tier } · { $agent } · esperó { $waited } min · { $left } · <#{ $thread }>
queue-unclaimed = sin tomar
queue-answered = respondido
# Until the first-response target, or past it.
queue-minutes-left = quedan { $minutes } min
queue-minutes-over = { $minutes } min de retraso

## `/kb gaps`: questions nothing answered that became tickets.

gaps-none = No hay lagunas de conocimiento en los últimos 30 días.
gaps-header = **Preguntas sin respuesta que acabaron en tickets** (últimos 30 días):
# `$question` is the member's text, already made inert; `$channel` the channel's id.
gaps-line = - "{ $question }" (<#{ $channel }>, ticket { $ticket })

## Reloading the knowledge base: `/kb reload`'s answer, and the log channel's notice when a
## file changed. A failure is followed by its problems, one a line.

kb-reload-done = Recarga completada: { $entries ->
        [one] { $entries } entrada
        [many] { $entries } de entradas
       *[other] { $entries } entradas
    }, { $patterns ->
        [one] { $patterns } patrón
        [many] { $patterns } de patrones
       *[other] { $patterns } patrones
    }.
kb-reload-failed = No se ha recargado: { $problems ->
        [one] { $problems } problema
        [many] { $problems } de problemas
       *[other] { $problems } problemas
    }; la base de conocimiento anterior sigue respondiendo.
kb-reload-done-watcher = Base de conocimiento recargada: { $entries ->
        [one] { $entries } entrada
        [many] { $entries } de entradas
       *[other] { $entries } entradas
    }, { $patterns ->
        [one] { $patterns } patrón
        [many] { $patterns } de patrones
       *[other] { $patterns } patrones
    }.
kb-reload-failed-watcher = La base de conocimiento NO se ha recargado: { $problems ->
        [one] { $problems } problema
        [many] { $problems } de problemas
       *[other] { $problems } problemas
    }; la base de conocimiento anterior sigue respondiendo.
