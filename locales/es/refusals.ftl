# The desk saying "no" to a person (src/tickets/refusal.rs). Ticket numbers come as
# `$ticket` ("#12"), people as mentions (`$by`, `$holder`, `$owner`, `$target`: "<@123>"),
# times as Discord timestamps (`$again`, `$until`: seconds since 1970, shown by Discord in
# the reader's own time zone). `$action` is one of the `action-` messages below.
# Spanish: the `action-` messages are infinitive phrases ("tomar este ticket") that follow
# "pueden"/"puede" in the refusals.

refusal-too-many-open = Ya tienes { $count ->
        [one] { $count } ticket abierto
       *[other] { $count } tickets abiertos
    } ({ $open }), el máximo que un miembro puede tener a la vez ({ $max }). Sigue en uno de ellos o cierra alguno primero.
refusal-opening-too-fast = Has abierto { $max ->
        [one] { $max } ticket
       *[other] { $max } tickets
    } en { $minutes ->
        [one] el último minuto
       *[other] los últimos { $minutes } minutos
    }, el máximo que puede abrir un miembro. Podrás abrir otro <t:{ $again }:R>; mientras tanto, sigue en uno de tus tickets.
refusal-empty-topic = Ponle un asunto breve a tu ticket.
refusal-no-such-ticket = No existe el ticket { $ticket }.
refusal-not-a-ticket = Este canal no es un ticket.
refusal-agents-only = Solo los agentes de soporte pueden { $action }.
refusal-moderators-only = Solo los moderadores y los agentes de soporte pueden hacer eso.
refusal-tier-too-low = Solo los agentes de nivel { $tier } (o superior) pueden { $action }.
refusal-already-claimed = El ticket { $ticket } ya está en manos de { $by }.
refusal-not-claimed = Nadie ha tomado el ticket { $ticket }.
refusal-not-the-holder = Solo el agente que tiene el ticket { $ticket } ({ $holder }) o un agente de nivel superior puede { $action }.
refusal-owner-or-agent-only = Solo quien abrió el ticket { $ticket } o un agente de soporte puede { $action }.
refusal-closed = El ticket { $ticket } está cerrado.
refusal-at-top-tier = El ticket { $ticket } ya está en el nivel más alto (nivel { $tier }); no se puede escalar más.
refusal-not-higher = El ticket { $ticket } está en el nivel { $tier }; solo se puede escalar a un nivel superior.
refusal-no-such-tier = No existe el nivel { $tier }: los niveles van del 1 al { $max }.
refusal-target-tier-too-low = { $target } no puede tomar el ticket { $ticket }: hace falta un agente de nivel { $tier } (o superior).
refusal-blocked = No puedes abrir tickets en este servidor. Si crees que se trata de un error, ponte en contacto con los moderadores del servidor.
refusal-blocked-until = No puedes abrir tickets en este servidor hasta el <t:{ $until }:f>. Si crees que se trata de un error, ponte en contacto con los moderadores del servidor.
refusal-owner-answers-close-request = Solo { $owner }, que abrió el ticket, puede responder a esto.
refusal-no-close-request = El ticket { $ticket } no tiene ninguna solicitud de cierre pendiente de respuesta (ya se respondió o ya terminó).
refusal-no-such-tag = No existe la etiqueta `{ $tag }` en este servidor; puedes verlas todas con `/etiqueta lista`.
refusal-bad-tag-name = `{ $tag }` no es un nombre de etiqueta válido: usa de 1 a 32 letras minúsculas (sin tildes ni ñ), dígitos y guiones, como `pagos` o `cuenta-bloqueada`.
refusal-tag-exists = Este servidor ya tiene una etiqueta `{ $tag }`.
refusal-too-many-tags = Este servidor ya tiene { $count } etiquetas, el máximo permitido; elimina alguna primero.
refusal-tags-moderators-only = Solo los moderadores de este servidor (y los miembros con permiso para gestionar el servidor) pueden cambiar sus etiquetas.
refusal-no-such-category = No existe la categoría `{ $category }` en este servidor; puedes verlas todas con `/categoria lista`.
refusal-bad-category = No se puede guardar esa categoría:
    { $problems }
refusal-category-exists = Este servidor ya tiene una categoría `{ $category }`.
refusal-too-many-categories = Este servidor ya tiene { $count } categorías, el máximo permitido; elimina alguna primero.
refusal-categories-moderators-only = Solo los moderadores de este servidor (y los miembros con permiso para gestionar el servidor) pueden cambiar sus categorías y paneles.
refusal-same-category = El ticket { $ticket } ya está en { $category }.
refusal-no-such-panel = Ese panel no existe en este servidor; puedes verlos todos con `/panel lista`.
refusal-bad-panel = No se puede guardar ese panel:
    { $problems }
refusal-empty-note = La nota no puede estar vacía.
refusal-blocks-moderators-only = Solo los moderadores de este servidor (y los miembros con permiso para gestionar el servidor) pueden impedir que los miembros abran tickets.
refusal-not-closed-yet = Podrás valorar el ticket { $ticket } cuando esté cerrado.
refusal-not-answered = El ticket { $ticket } se cerró antes de que lo respondiera un agente, así que no hay nada que valorar.
refusal-bad-score = La valoración va del 1 al 5 (se recibió { $score }).
refusal-reopen-window-passed = El ticket { $ticket } se cerró hace más de { $days ->
        [one] { $days } día
       *[other] { $days } días
    } y ya no se puede reabrir. Abre un ticket nuevo, por favor.

## What only some people may do, completing the refusals above.

action-claim-tickets = tomar tickets
action-claim = tomar este ticket
action-unclaim-tickets = liberar tickets
action-unclaim = liberar este ticket
action-change-priority = cambiar la prioridad de este ticket
action-move = mover este ticket
action-propose-closing = proponer el cierre de este ticket
action-tag-tickets = etiquetar tickets
action-staff-notes = ver o escribir notas internas
action-transfer = transferir este ticket
action-escalate = escalar este ticket
action-close = cerrar este ticket
action-reopen = reabrir este ticket
action-add-people = agregar personas a este ticket
action-answer = responder a este ticket
action-see-queue = ver la cola
action-send-canned = enviar respuestas predefinidas
action-open-for-others = abrir un ticket en nombre de otra persona
