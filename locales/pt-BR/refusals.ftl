# The desk saying "no" to a person (src/tickets/refusal.rs). Ticket numbers come as
# `$ticket` ("#12"), people as mentions (`$by`, `$holder`, `$owner`, `$target`: "<@123>"),
# times as Discord timestamps (`$again`, `$until`: seconds since 1970, shown by Discord in
# the reader's own time zone). `$action` is one of the `action-` messages below.
# In Portuguese, `$action` is an infinitive phrase ("fechar este ticket") following "podem"/"pode".

refusal-too-many-open = Você já tem { $count ->
        [one] { $count } ticket aberto
       *[other] { $count } tickets abertos
    } ({ $open }), o máximo que um membro pode ter ao mesmo tempo ({ $max }). Continue em um deles ou feche um antes, por favor.
refusal-opening-too-fast = Você abriu { $max ->
        [one] { $max } ticket
       *[other] { $max } tickets
    } { $minutes ->
        [one] no último minuto
       *[other] nos últimos { $minutes } minutos
    }, o máximo permitido por membro. Você poderá abrir outro <t:{ $again }:R>; enquanto isso, continue em um dos seus tickets, por favor.
refusal-empty-topic = Dê um assunto curto para o seu ticket, por favor.
refusal-no-such-ticket = O ticket { $ticket } não existe.
refusal-not-a-ticket = Este canal não é um ticket.
refusal-agents-only = Só agentes de suporte podem { $action }.
refusal-moderators-only = Só moderadores e agentes de suporte podem fazer isso.
refusal-tier-too-low = Só agentes de nível { $tier } (ou superior) podem { $action }.
refusal-already-claimed = O ticket { $ticket } já foi assumido por { $by }.
refusal-not-claimed = O ticket { $ticket } não foi assumido por ninguém.
refusal-not-the-holder = Só o agente responsável pelo ticket { $ticket } ({ $holder }) ou um agente de nível superior pode { $action }.
refusal-owner-or-agent-only = Só quem abriu o ticket { $ticket } ou um agente de suporte pode { $action }.
refusal-closed = O ticket { $ticket } está fechado.
refusal-at-top-tier = O ticket { $ticket } já está no nível mais alto (nível { $tier }); não dá para escalá-lo mais.
refusal-not-higher = O ticket { $ticket } está no nível { $tier }; ele só pode ser escalado para um nível mais alto.
refusal-no-such-tier = O nível { $tier } não existe: os níveis vão de 1 a { $max }.
refusal-target-tier-too-low = { $target } não pode assumir o ticket { $ticket }: ele precisa de um agente de nível { $tier } (ou superior).
refusal-blocked = Você não pode abrir tickets neste servidor. Se achar que isso é um engano, fale com os moderadores do servidor.
refusal-blocked-until = Você não pode abrir tickets neste servidor até <t:{ $until }:f>. Se achar que isso é um engano, fale com os moderadores do servidor.
refusal-owner-answers-close-request = Só { $owner }, que abriu o ticket, pode responder a isso.
refusal-no-close-request = O ticket { $ticket } não tem nenhum pedido de fechamento aguardando resposta (ele já foi respondido ou foi encerrado).
refusal-no-such-tag = A tag `{ $tag }` não existe neste servidor; `/tag listar` mostra as tags disponíveis.
refusal-bad-tag-name = `{ $tag }` não é um nome de tag válido: use de 1 a 32 letras minúsculas (sem acento), números e hifens, como `pagamento` ou `relato-de-bug`.
refusal-tag-exists = Este servidor já tem uma tag `{ $tag }`.
refusal-too-many-tags = Este servidor já tem { $count } tags, o máximo permitido; remova uma antes.
refusal-tags-moderators-only = Só os moderadores deste servidor (e membros com a permissão Gerenciar servidor) podem alterar as tags dele.
refusal-no-such-category = A categoria `{ $category }` não existe neste servidor; `/categoria listar` mostra as categorias disponíveis.
refusal-bad-category = Não foi possível salvar essa categoria:
    { $problems }
refusal-category-exists = Este servidor já tem uma categoria `{ $category }`.
refusal-too-many-categories = Este servidor já tem { $count } categorias, o máximo permitido; remova uma antes.
refusal-categories-moderators-only = Só os moderadores deste servidor (e membros com a permissão Gerenciar servidor) podem alterar as categorias e os painéis dele.
refusal-same-category = O ticket { $ticket } já está na categoria { $category }.
refusal-no-such-panel = Esse painel não existe neste servidor; `/painel listar` mostra os painéis disponíveis.
refusal-bad-panel = Não foi possível salvar esse painel:
    { $problems }
refusal-empty-note = A nota precisa ter algum texto.
refusal-blocks-moderators-only = Só os moderadores deste servidor (e membros com a permissão Gerenciar servidor) podem impedir membros de abrir tickets.
refusal-not-closed-yet = O ticket { $ticket } só pode ser avaliado depois de fechado.
refusal-not-answered = O ticket { $ticket } foi fechado antes de algum agente responder, então não há o que avaliar.
refusal-bad-score = A avaliação vai de 1 a 5 (recebemos { $score }).
refusal-reopen-window-passed = O ticket { $ticket } foi fechado há mais de { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } e não pode mais ser reaberto. Abra um novo ticket, por favor.

## What only some people may do, completing the refusals above.

action-claim-tickets = assumir tickets
action-claim = assumir este ticket
action-unclaim-tickets = liberar tickets
action-unclaim = liberar este ticket
action-change-priority = alterar a prioridade deste ticket
action-move = mover este ticket
action-propose-closing = propor o fechamento deste ticket
action-tag-tickets = colocar tags em tickets
action-staff-notes = ver ou escrever notas internas
action-transfer = transferir este ticket
action-escalate = escalar este ticket
action-close = fechar este ticket
action-reopen = reabrir este ticket
action-add-people = adicionar pessoas a este ticket
action-answer = responder a este ticket
action-see-queue = ver a fila
action-send-canned = enviar respostas prontas
action-open-for-others = abrir um ticket para outra pessoa
