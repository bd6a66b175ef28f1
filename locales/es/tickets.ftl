# A ticket's life as its owner and the agents read it in Discord (src/bot/render.rs).
# `$ticket` is the ticket's number ("12"); people are mentions ("<@123>"); `$topic` and
# `$note` are member text already made inert; times are Discord timestamps (seconds).

## The thread's first message.

ticket-intro-header = **Ticket { $ticket }** { $opened_by }.
ticket-intro-topic = **Asunto:** { $topic }
ticket-intro-category = **Categoría:** { $category }
ticket-intro-urgent-on-call = **Prioridad: urgente.** Se ha avisado al equipo de guardia.
ticket-intro-urgent-queued = **Prioridad: urgente.** Hace poco ya se avisó al equipo de guardia de un ticket urgente tuyo; el equipo de soporte atenderá este desde la cola.
ticket-intro-position = Ocupas el puesto **{ $position }** en la cola; recibirás una primera respuesta { $when }.
ticket-intro-desk-closed = El servicio de soporte está cerrado en este momento; vuelve a abrir el <t:{ $opens }:F>. Tu ticket no pierde su lugar en la cola.
ticket-intro-private = Describe aquí tu problema; solo tú y el equipo de soporte pueden ver este hilo.
# The title of the embed holding the answers to the form: a category's, or the ticket's
# when it has no category.
ticket-form-title = Formulario de { $category }
ticket-form-title-plain = Formulario del ticket

## When a first answer is expected ("within 25 min (<t:…:f>)").

wait-minutes = en un plazo de { $minutes } min
wait-hours = en un plazo de { $hours } h { $minutes } min
wait-days = en un plazo de { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
wait-at = { $relative } (<t:{ $at }:f>)

## Who opened it.

ticket-opened-by = abierto por { $owner }
ticket-opened-by-for = abierto por { $opener } para { $owner }

## The opener's reply to /ticket open.

ticket-opened-reply = Tu ticket { $ticket } está abierto: <#{ $thread }>. El equipo de soporte te responderá allí.
ticket-opened-reply-for = El ticket { $ticket } está abierto para { $owner }: <#{ $thread }>. Los dos ya están en el hilo.

## Closing.

ticket-closed-rate = El ticket { $ticket } está cerrado.{ $resolution }
    { $owner }, ¿qué tal lo hicimos? Reacciona con un número del 1️⃣ (mal) al 5️⃣ (excelente). El hilo seguirá abierto { $hours } h para que nos valores{ $change }; si todavía necesitas ayuda, `/ticket reabrir` lo vuelve a abrir.
ticket-closed-resolution = **Resolución:** { $resolution }
ticket-closed-rating-change = { $minutes ->
        [one] (puedes cambiar tu valoración durante un minuto después de darla)
       *[other] (puedes cambiar tu valoración durante { $minutes } minutos después de darla)
    }
ticket-closed-unanswered = El ticket { $ticket } está cerrado. Ningún agente lo había respondido todavía, así que no hay nada que valorar. El hilo seguirá abierto { $hours } h; si todavía necesitas ayuda, `/ticket reabrir` lo vuelve a abrir.

## Short status lines.

ticket-claimed = { $agent } se ha hecho cargo del ticket { $ticket } y te ayudará a partir de ahora.

## /ticket history, for the agent who asked (its lines are the dashboard's `web-event-`
## messages). `$ticket` is the ticket's number as typed ("12").

history-header = **Historial del ticket { $ticket }**:
history-left-out = ({ $count ->
        [one] no se muestra { $count } evento anterior
       *[other] no se muestran { $count } eventos anteriores
    }; `concierge transcript { $ticket }` los tiene todos)

## /ticket nota, /ticket notas y /ticket etiqueta, para la persona del equipo que los usó.

staff-note-added = Nota interna añadida al ticket { $ticket }. Solo el equipo ve las notas (`/ticket notas`, `/ticket historial`, la transcripción en el canal de registro); el miembro nunca las ve.
staff-notes-none = El ticket { $ticket } no tiene notas internas; añade una con `/ticket nota`.
staff-notes-header = **Notas internas del ticket { $ticket }** (solo las ve el equipo):
staff-notes-left-out = ({ $count ->
        [one] { $count } nota anterior sin mostrar
       *[other] { $count } notas anteriores sin mostrar
    }; `concierge transcript { $ticket }` las tiene todas)
staff-tag-added = El ticket { $ticket } ahora lleva `{ $tag }`.
staff-tag-already = El ticket { $ticket } ya lleva `{ $tag }`.
staff-tag-removed = Se quitó `{ $tag }` del ticket { $ticket }.
staff-tag-absent = El ticket { $ticket } no lleva `{ $tag }`.
staff-tags-none = No tiene etiquetas.
staff-tags = Sus etiquetas: { $tags }.
