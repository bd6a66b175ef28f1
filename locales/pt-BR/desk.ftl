# The desk's words in Discord that came last to the catalogues: the automatic answers'
# footer, buttons and pointers, the close requests, the queue, the knowledge-base gaps and
# reload reports. `$ticket` is a ticket's number ("12") and `$tier` a tier's ("2"); people
# are mentions (`$owner`, `$agent`, `$member`: "<@123>"); times are Discord timestamps
# (seconds); counts are numbers.

## An automatic answer, in the asker's language.

# The footer under the answer; `$percent` is how sure the match was, a whole number ("87").
answer-footer = Resposta automática ({ $percent }% de certeza). Não era isso que você procurava? Fale com um humano.
answer-button-solved = Resolvido
answer-button-human = Falar com um humano
# The same question answered a moment ago: a link to that answer instead of a second copy.
# `$entry` is the entry's title in bold, or its id as code; `$link` the earlier answer's URL.
answer-pointer-earlier = Isso foi respondido há pouco: { $entry }, veja { $link }
answer-pointer-above = Isso acabou de ser respondido logo acima: { $entry }.
# The topic of a ticket opened with "Talk to a human" when the question cannot be found.
answer-ticket-topic = Ajuda com uma resposta automática
# Stands for an answer without a title in ticket-note-answer-did-not-help.
answer-untitled = uma resposta automática
answer-other-language = Esta resposta ainda não está em { $wanted }; aqui está ela em { $given }.

## A close request: an agent asks the member, in the thread, whether the ticket may close.

# `$what` is empty, or a new line and close-request-what-was-done (added by the bot).
close-request-ask = { $owner }, { $agent } acha que o seu ticket foi resolvido.{ $what }
    Podemos fechá-lo? Se você não responder, ele será fechado automaticamente <t:{ $due }:R>.
# `$what` is the agent's text, already made inert.
close-request-what-was-done = **O que foi feito:** { $what }
close-request-button-close = Pode fechar
close-request-button-keep-open = Manter aberto
# The agent who asked is told.
close-request-asked = Perguntei a { $owner } se o ticket { $ticket } pode ser fechado.
# The member's answer, replacing the question.
close-request-closed = { $member } fechou o ticket.
close-request-kept-open = { $member } manteve o ticket aberto.
# Then the agent who asked is pinged.
close-request-kept-open-ping = { $member } manteve o ticket aberto. { $agent }, o membro ainda precisa de ajuda.
# Unanswered in time (said in the thread).
close-request-closed-unanswered = O ticket { $ticket } foi fechado: o pedido de fechamento não foi respondido a tempo.

## The inactivity question: the member has been silent since an agent's last word.

# `$said` is when the agent last answered, `$due` when the ticket closes.
close-request-inactive-ask = { $owner }, isso foi resolvido? { $agent } respondeu <t:{ $said }:R> e não tivemos mais notícias suas desde então. Se você não responder, este ticket será fechado <t:{ $due }:R>.
close-request-button-yes = Sim, pode fechar
close-request-button-still-need-help = Ainda preciso de ajuda
# Write the name `/ticket reopen` has in your commands.ftl.
close-request-closed-inactive = O ticket { $ticket } foi fechado por inatividade: não tivemos resposta sua. Se ainda precisar de ajuda, é só usar `/ticket reabrir`.

## `/ticket queue`: up to 20 tickets, urgent first then oldest.

queue-empty = A fila está vazia. 🎉
queue-header = **Fila** ({ $count ->
        [one] { $count } aberto
       *[other] { $count } abertos
    }):
# One ticket (its priority's emoji goes before it). `$topic` is its topic, `$tags` its tags
# as code, each after a space (or empty), `$agent` its holder (or queue-unclaimed),
# `$waited` minutes, `$left` queue-minutes-left, queue-minutes-over or queue-answered,
# `$thread` its thread's id.
queue-line = #{ $ticket } { $topic }{ $tags } · nível { $tier } · { $agent } · aguardando há { $waited } min · { $left } · <#{ $thread }>
queue-unclaimed = não assumido
queue-answered = respondido
# Until the first-response target, or past it.
queue-minutes-left = faltam { $minutes } min
queue-minutes-over = { $minutes } min de atraso

## `/kb gaps`: questions nothing answered that became tickets.

gaps-none = Nenhuma lacuna na base de conhecimento nos últimos 30 dias.
gaps-header = **Perguntas sem resposta que viraram tickets** (últimos 30 dias):
# `$question` is the member's text, already made inert; `$channel` the channel's id.
gaps-line = - "{ $question }" (<#{ $channel }>, ticket { $ticket })

## Reloading the knowledge base: `/kb reload`'s answer, and the log channel's notice when a
## file changed. A failure is followed by its problems, one a line.

kb-reload-done = Recarga concluída: { $entries ->
        [0] nenhuma entrada
        [one] { $entries } entrada
        [many] { $entries } de entradas
       *[other] { $entries } entradas
    }, { $patterns ->
        [0] nenhum padrão
        [one] { $patterns } padrão
        [many] { $patterns } de padrões
       *[other] { $patterns } padrões
    }.
kb-reload-failed = Não foi possível recarregar: { $problems ->
        [one] { $problems } problema
        [many] { $problems } de problemas
       *[other] { $problems } problemas
    }; a base de conhecimento anterior continua respondendo.
kb-reload-done-watcher = Base de conhecimento recarregada: { $entries ->
        [0] nenhuma entrada
        [one] { $entries } entrada
        [many] { $entries } de entradas
       *[other] { $entries } entradas
    }, { $patterns ->
        [0] nenhum padrão
        [one] { $patterns } padrão
        [many] { $patterns } de padrões
       *[other] { $patterns } padrões
    }.
kb-reload-failed-watcher = Base de conhecimento NÃO recarregada: { $problems ->
        [one] { $problems } problema
        [many] { $problems } de problemas
       *[other] { $problems } problemas
    }; a base de conhecimento anterior continua respondendo.
