# The rest of what the bot says in Discord (src/bot/render.rs): a ticket's changes in its
# thread, the pings for the agents, why nothing changed, errors, set-up and the knowledge
# base's small replies. `$ticket` is the ticket's number ("12") and `$tier` a tier's
# ("2"); people are mentions (`$agent`, `$by`, `$member`: "<@123>"); times are Discord
# timestamps (seconds). `$priority` and `$was` are a priority's key, which is also its
# English name: low, normal, high or urgent; other languages select on it
# ({ $priority -> [low] … [high] … [urgent] … *[normal] … }).

## A ticket's changes, said in its thread.

# `$reason` is empty, or " Reason: …" (ticket-escalated-reason, its space added by the bot).
ticket-escalated-by = { $agent } ha escalado el ticket { $ticket } al nivel { $tier }.{ $reason }
ticket-escalated-automatically = El ticket { $ticket } se ha escalado automáticamente al nivel { $tier }: ningún agente respondió dentro del plazo objetivo de primera respuesta.{ $reason }
# Escalated with no one named (not sent today).
ticket-escalated = El ticket { $ticket } se ha escalado al nivel { $tier }.{ $reason }
# `$reason` is the agent's text, already made inert.
ticket-escalated-reason = Motivo: { $reason }
# The SLA clock, for a ticket already at the top tier: nowhere higher to go.
ticket-sla-breached = El ticket { $ticket } ha superado su plazo objetivo de primera respuesta: ningún agente respondió a tiempo y ya está en el nivel más alto (nivel { $tier }). Sigue en la cola del nivel { $tier } con un nuevo plazo.
ticket-reopened = { $agent } ha reabierto el ticket { $ticket }. Vuelve a estar en la cola del nivel { $tier }.
ticket-released = { $agent } ha liberado el ticket { $ticket }; vuelve a estar en la cola del nivel { $tier }.
ticket-transferred = Ahora el ticket { $ticket } lo atiende { $agent }.
# `$due` is empty, or " A first answer …" (ticket-priority-due, its space added by the bot)
# while the ticket waits for its first answer.
ticket-priority-set = { $agent } ha cambiado la prioridad del ticket { $ticket } a **{ $priority ->
        [low] baja
        [high] alta
        [urgent] urgente
       *[normal] normal
    }** (antes: { $was ->
        [low] baja
        [high] alta
        [urgent] urgente
       *[normal] normal
    }).{ $due }
ticket-priority-due = Se espera una primera respuesta a más tardar el <t:{ $due }:f>.
# `$category` is the category's emoji and name.
ticket-moved = { $agent } ha movido el ticket { $ticket } a **{ $category }**; vuelve a estar en la cola de ese equipo.
ticket-moved-elsewhere = { $agent } ha movido el ticket { $ticket } a otra categoría; vuelve a estar en la cola de ese equipo.
# `$by` added `$member` to the thread.
ticket-member-added = { $by } ha agregado a { $member } a este ticket.
# The agent who closed a ticket is told (the thread hears ticket-closed-rate).
ticket-closed-reply = Ticket { $ticket } cerrado.
# The line in the intro of a ticket opened from an automatic answer's "Talk to a human"
# button; `$entry` is the answer's title.
ticket-note-answer-did-not-help = La respuesta automática "{ $entry }" no resolvió el problema.

## The pings for the agents, in the ticket's thread (their role mentions follow).

ticket-needs-tier = Agentes de nivel { $tier }: el ticket { $ticket } necesita atención.
# `$team` is the category's name: its team works its tickets at tier 1.
ticket-needs-team = Equipo de { $team }: el ticket { $ticket } necesita atención.
ticket-needs-an-agent-again = Este ticket vuelve a necesitar un agente.
ticket-urgent-on-call = El ticket { $ticket } ahora es **urgente**; se ha avisado al equipo de guardia.
ticket-urgent-tier = El ticket { $ticket } ahora es **urgente**; se ha avisado a los agentes de nivel { $tier }.

## Why nothing changed: the ticket is already as asked.

ticket-already-yours = Ya tienes tomado el ticket { $ticket }.
ticket-already-claimed = El ticket { $ticket } ya está tomado.
ticket-already-unclaimed = Nadie tiene tomado el ticket { $ticket }; está en la cola del nivel { $tier }.
ticket-already-handled-by = El ticket { $ticket } ya lo atiende { $agent }.
ticket-already-at-tier = El ticket { $ticket } ya está en el nivel { $tier }.
ticket-already-closed = El ticket { $ticket } ya está cerrado.
ticket-already-open = El ticket { $ticket } ya está abierto.
ticket-already-priority = El ticket { $ticket } ya tiene prioridad { $priority ->
        [low] baja
        [high] alta
        [urgent] urgente
       *[normal] normal
    }.

## When a ticket cannot be opened.

open-thread-failed = No se pudo crear el hilo de tu ticket (Discord devolvió un error), así que no se ha abierto ningún ticket. Inténtalo de nuevo en un momento.
open-form-changed = El formulario de esta categoría cambió mientras lo completabas, así que puede que tus respuestas ya no encajen con sus preguntas. No se ha abierto nada: vuelve a abrir el formulario.
open-category-gone = Esa categoría ya no está disponible en este servidor; elige otra o usa `/ticket abrir`.

## Automatic answers and ratings.

# An answer's buttons, pressed by someone else than the asker.
answer-not-yours = Estos botones son para la persona que hizo la pregunta. Si tienes la misma duda, pregúntala tú o abre un ticket con `/ticket abrir`.
answer-solved-thanks = ¡Me alegra que te haya servido! Marcado como resuelto.
# After the rater's mention and a comma.
rating-not-saved = no se pudo guardar tu valoración en este momento (es un problema nuestro). Quita tu reacción y vuelve a ponerla dentro de un momento.

## Errors. `$reference` is the code of the log line ("3f2a9c1e").

error-database-unavailable = La base de datos del servicio de soporte no está disponible en este momento, así que no se ha cambiado nada. Inténtalo de nuevo dentro de un minuto. Referencia: { $reference }
error-internal = Se ha producido un error por nuestra parte; ya hemos avisado al equipo. Referencia: { $reference }
error-too-slow = La respuesta tardó demasiado en prepararse; inténtalo de nuevo.
error-stale-button = Este botón o formulario ya no está activo; vuelve a preguntar o usa `/ticket abrir`.

## Setting Concierge up.

# The one message a server that is not set up gets when the bot joins it; `$server` is
# the server's name.
setup-welcome = ¡Hola, { $server }! Soy Concierge: respondo las preguntas que se repiten y abro tickets privados para todo lo demás. Aquí todavía no hay nada configurado, así que no intervendré hasta entonces. Alguien con el permiso **Gestionar servidor** puede configurarme con `/configurar` (unos pocos menús: los roles de los agentes, los canales de ayuda y el canal de tickets; puedo crear lo que falte).
setup-not-set-up = Concierge todavía no está configurado en este servidor: necesita un canal de tickets y los roles de los agentes. Alguien con el permiso Gestionar servidor puede configurarlo con `/configurar`.
setup-manage-server-only = Solo los miembros con el permiso Gestionar servidor pueden ver o cambiar los ajustes de Concierge.

## Deleting a server's data (/config delete-data).

config-delete-owner-only = Solo el propietario del servidor puede borrar los datos que Concierge guarda de este servidor.
config-delete-warning = Esto borra **todo** lo que Concierge guarda de este servidor, de inmediato y para siempre: los tickets con sus mensajes, transcripciones y valoraciones, las respuestas y sus votos, las preguntas sin respuesta, los ajustes y su historial, y las entradas propias de este servidor en la base de conocimiento. Pulsa el botón para continuar; descarta este mensaje para conservarlo todo.
# `$tickets` and `$other` are counts (plurals may select on them).
config-deleted = Datos borrados: { $tickets ->
        [one] { $tickets } ticket
       *[other] { $tickets } tickets
    } y { $other ->
        [one] { $other } registro más
       *[other] { $other } registros más
    }. Concierge sigue en el servidor, sin configurar; si quieres quitarlo, hazlo desde Ajustes del servidor → Integraciones.

## The knowledge base.

kb-edit-moderators-only = Solo los moderadores de este servidor (y los miembros con permiso para gestionar el servidor) pueden cambiar su base de conocimiento.
# "Answer with knowledge base" on a message that is not a member's.
kb-pick-a-message = Elige el mensaje de un miembro para responderlo (no uno del propio bot ni de otro bot).
kb-no-entries = La base de conocimiento no tiene ninguna entrada con la que responder.
# Above the entry picker; the member's message follows, quoted, on the next line.
kb-pick-an-entry = ¿Con qué entrada quieres responder a este mensaje? Las más parecidas aparecen primero.
# `$entry` is what was asked for, as inline code.
kb-no-such-entry = No existe la entrada { $entry }.

## The log channel.

# `$opened_by` is ticket-opened-by or ticket-opened-by-for; `$category` the category's name.
log-ticket-opened = Ticket { $ticket } { $opened_by } (prioridad { $priority ->
        [low] baja
        [high] alta
        [urgent] urgente
       *[normal] normal
    }).
log-ticket-opened-in = Ticket { $ticket } { $opened_by } en { $category } (prioridad { $priority ->
        [low] baja
        [high] alta
        [urgent] urgente
       *[normal] normal
    }).

## /support block|unblock|blocks

block-self = No puedes bloquearte a ti mismo.
block-until-time = hasta el { $time }
block-until-lifted = hasta nuevo aviso
block-reason = (motivo: { $reason })
block-blocked = { $member } ya no puede abrir tickets { $until }{ $reason }. Solo se le dice que no puede abrir tickets aquí { $until }.
block-blocked-log = { $by } bloqueó a { $member } para abrir tickets { $until }{ $reason }
block-lifted = { $member } puede volver a abrir tickets.
block-lifted-log = { $by } levantó el bloqueo de { $member }: puede volver a abrir tickets.
block-not-blocked = { $member } no está bloqueado.
block-none = Nadie tiene bloqueado abrir tickets.
block-list-header = Bloqueados para abrir tickets:
block-list-line = - { $member } { $until }, por { $by } { $when }{ $reason }
ticket-urgent-notice = Este ticket ahora es **urgente** ({ $why }); se ha avisado al equipo de guardia.
answer-with-placeholder = Elige la respuesta que se enviará
