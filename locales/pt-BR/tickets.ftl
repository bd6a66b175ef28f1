# A ticket's life as its owner and the agents read it in Discord (src/bot/render.rs).
# `$ticket` is the ticket's number ("12"); people are mentions ("<@123>"); `$topic` and
# `$note` are member text already made inert; times are Discord timestamps (seconds).

## The thread's first message.

ticket-intro-header = **Ticket { $ticket }** { $opened_by }.
ticket-intro-topic = **Assunto:** { $topic }
ticket-intro-category = **Categoria:** { $category }
ticket-intro-urgent-on-call = **Prioridade: urgente.** A equipe de plantão foi avisada.
ticket-intro-urgent-queued = **Prioridade: urgente.** A equipe de plantão já foi avisada há pouco sobre um ticket urgente seu; este aqui será atendido pela equipe de suporte a partir da fila.
ticket-intro-position = Você é o número **{ $position }** na fila; a primeira resposta deve chegar { $when }.
ticket-intro-desk-closed = O atendimento está fechado no momento; a reabertura está prevista para <t:{ $opens }:F>. Seu ticket continua com o lugar garantido na fila.
ticket-intro-private = Descreva seu problema aqui; só você e a equipe de suporte podem ver este tópico.
# The title of the embed holding the answers to the form: a category's, or the ticket's
# when it has no category.
ticket-form-title = Formulário: { $category }
ticket-form-title-plain = Formulário do ticket

## When a first answer is expected ("within 25 min (<t:…:f>)").

wait-minutes = em até { $minutes } min
wait-hours = em até { $hours } h { $minutes } min
wait-days = em até { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }
wait-at = { $relative } (<t:{ $at }:f>)

## Who opened it.

ticket-opened-by = aberto por { $owner }
ticket-opened-by-for = aberto por { $opener } para { $owner }

## The opener's reply to /ticket open.

ticket-opened-reply = Seu ticket { $ticket } foi aberto: <#{ $thread }>. A equipe de suporte vai responder por lá.
ticket-opened-reply-for = O ticket { $ticket } foi aberto para { $owner }: <#{ $thread }>. Vocês dois foram adicionados ao tópico.

## Closing.

ticket-closed-rate = O ticket { $ticket } foi fechado.{ $resolution }
    { $owner }, como foi o nosso atendimento? Reaja com 1️⃣ (ruim) a 5️⃣ (excelente). O tópico fica aberto para a sua avaliação por { $hours } h{ $change }; se ainda precisar de ajuda, é só usar `/ticket reabrir`.
ticket-closed-resolution = **Solução:** { $resolution }
ticket-closed-rating-change = { $minutes ->
        [one] (você pode mudar sua avaliação por até um minuto depois de enviá-la)
       *[other] (você pode mudar sua avaliação por até { $minutes } minutos depois de enviá-la)
    }
ticket-closed-unanswered = O ticket { $ticket } foi fechado. Nenhum agente tinha respondido ainda, então não há o que avaliar. O tópico fica aberto por { $hours } h; se ainda precisar de ajuda, é só usar `/ticket reabrir`.

## Short status lines.

ticket-claimed = { $agent } assumiu o ticket { $ticket } e vai ajudar você a partir de agora.

## /ticket history, for the agent who asked (its lines are the dashboard's `web-event-`
## messages). `$ticket` is the ticket's number as typed ("12").

history-header = **Histórico do ticket { $ticket }**:
history-left-out = ({ $count ->
        [one] { $count } evento anterior não mostrado
       *[other] { $count } eventos anteriores não mostrados
    }; `concierge transcript { $ticket }` mostra todos)

## /ticket nota, /ticket notas e /ticket tag, para a pessoa da equipe que os usou.

staff-note-added = Nota interna adicionada ao ticket { $ticket }. Só a equipe vê as notas (`/ticket notas`, `/ticket historico`, a transcrição no canal de registro); o membro nunca vê.
staff-notes-none = O ticket { $ticket } não tem notas internas; adicione uma com `/ticket nota`.
staff-notes-header = **Notas internas do ticket { $ticket }** (só a equipe vê):
staff-notes-left-out = ({ $count ->
        [one] { $count } nota anterior não mostrada
       *[other] { $count } notas anteriores não mostradas
    }; `concierge transcript { $ticket }` tem todas)
staff-tag-added = O ticket { $ticket } agora tem a tag `{ $tag }`.
staff-tag-already = O ticket { $ticket } já tem a tag `{ $tag }`.
staff-tag-removed = A tag `{ $tag }` foi tirada do ticket { $ticket }.
staff-tag-absent = O ticket { $ticket } não tem a tag `{ $tag }`.
staff-tags-none = Ele não tem tags.
staff-tags = Tags dele: { $tags }.
