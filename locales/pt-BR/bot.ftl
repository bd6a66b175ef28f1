# The rest of what the bot says in Discord (src/bot/render.rs): a ticket's changes in its
# thread, the pings for the agents, why nothing changed, errors, set-up and the knowledge
# base's small replies. `$ticket` is the ticket's number ("12") and `$tier` a tier's
# ("2"); people are mentions (`$agent`, `$by`, `$member`: "<@123>"); times are Discord
# timestamps (seconds). `$priority` and `$was` are a priority's key, which is also its
# English name: low, normal, high or urgent; other languages select on it
# ({ $priority -> [low] … [high] … [urgent] … *[normal] … }).
# In Portuguese the priority words are those of the command choices (commands.ftl):
# baixa, normal, alta, urgente (feminine, agreeing with "prioridade").

## A ticket's changes, said in its thread.

# `$reason` is empty, or " Reason: …" (ticket-escalated-reason, its space added by the bot).
ticket-escalated-by = O ticket { $ticket } foi escalado para o nível { $tier } por { $agent }.{ $reason }
ticket-escalated-automatically = O ticket { $ticket } foi escalado automaticamente para o nível { $tier }: nenhum agente respondeu dentro da meta de primeira resposta.{ $reason }
# Escalated with no one named (not sent today).
ticket-escalated = O ticket { $ticket } foi escalado para o nível { $tier }.{ $reason }
# `$reason` is the agent's text, already made inert.
ticket-escalated-reason = Motivo: { $reason }
# The SLA clock, for a ticket already at the top tier: nowhere higher to go.
ticket-sla-breached = O ticket { $ticket } estourou a meta de primeira resposta: nenhum agente respondeu a tempo, e ele já está no nível mais alto (nível { $tier }). Ele continua na fila do nível { $tier }, com um novo prazo.
ticket-reopened = { $agent } reabriu o ticket { $ticket }. Ele voltou para a fila do nível { $tier }.
ticket-released = { $agent } liberou o ticket { $ticket }; ele voltou para a fila do nível { $tier }.
ticket-transferred = O ticket { $ticket } agora está com { $agent }.
# `$due` is empty, or " A first answer …" (ticket-priority-due, its space added by the bot)
# while the ticket waits for its first answer.
ticket-priority-set = O ticket { $ticket } agora tem prioridade **{ $priority ->
        [low] baixa
        [high] alta
        [urgent] urgente
       *[normal] normal
    }** (antes: { $was ->
        [low] baixa
        [high] alta
        [urgent] urgente
       *[normal] normal
    }), definida por { $agent }.{ $due }
ticket-priority-due = A primeira resposta deve chegar até <t:{ $due }:f>.
# `$category` is the category's emoji and name.
ticket-moved = O ticket { $ticket } foi movido para **{ $category }** por { $agent } e voltou para a fila da equipe dessa categoria.
ticket-moved-elsewhere = O ticket { $ticket } foi movido para outra categoria por { $agent } e voltou para a fila da equipe dessa categoria.
# `$by` added `$member` to the thread.
ticket-member-added = { $by } adicionou { $member } a este ticket.
# The agent who closed a ticket is told (the thread hears ticket-closed-rate).
ticket-closed-reply = Ticket { $ticket } fechado.
# The line in the intro of a ticket opened from an automatic answer's "Talk to a human"
# button; `$entry` is the answer's title.
ticket-note-answer-did-not-help = A resposta automática "{ $entry }" não resolveu o problema.

## The pings for the agents, in the ticket's thread (their role mentions follow).

ticket-needs-tier = Agentes de nível { $tier }: o ticket { $ticket } precisa de vocês.
# `$team` is the category's name: its team works its tickets at tier 1.
ticket-needs-team = Equipe { $team }: o ticket { $ticket } precisa de vocês.
ticket-needs-an-agent-again = Este ticket precisa de um agente de novo.
ticket-urgent-on-call = O ticket { $ticket } agora é **urgente**; a equipe de plantão foi avisada.
ticket-urgent-tier = O ticket { $ticket } agora é **urgente**; os agentes de nível { $tier } foram avisados.

## Why nothing changed: the ticket is already as asked.

ticket-already-yours = O ticket { $ticket } já está com você.
ticket-already-claimed = O ticket { $ticket } já foi assumido.
ticket-already-unclaimed = O ticket { $ticket } não está com ninguém; ele está na fila do nível { $tier }.
ticket-already-handled-by = O ticket { $ticket } já está com { $agent }.
ticket-already-at-tier = O ticket { $ticket } já está no nível { $tier }.
ticket-already-closed = O ticket { $ticket } já está fechado.
ticket-already-open = O ticket { $ticket } já está aberto.
ticket-already-priority = O ticket { $ticket } já tem prioridade { $priority ->
        [low] baixa
        [high] alta
        [urgent] urgente
       *[normal] normal
    }.

## When a ticket cannot be opened.

open-thread-failed = Não consegui criar o tópico do seu ticket (o Discord retornou um erro), então nenhum ticket foi aberto. Tente de novo daqui a pouco, por favor.
open-form-changed = O formulário desta categoria foi alterado enquanto você o preenchia, então suas respostas talvez não correspondam mais às perguntas. Nada foi aberto: abra o formulário de novo, por favor.
open-category-gone = Essa categoria não está mais disponível neste servidor; escolha outra, por favor, ou use `/ticket abrir`.

## Automatic answers and ratings.

# An answer's buttons, pressed by someone else than the asker.
answer-not-yours = Estes botões são para quem fez a pergunta. Se você tem a mesma dúvida, faça a sua própria pergunta ou abra um ticket com `/ticket abrir`.
answer-solved-thanks = Que bom que ajudou! Marcado como resolvido.
# After the rater's mention and a comma.
rating-not-saved = não consegui salvar sua avaliação agora (um problema do nosso lado). Remova sua reação e adicione de novo daqui a pouco, por favor.

## Errors. `$reference` is the code of the log line ("3f2a9c1e").

error-database-unavailable = O banco de dados do suporte está indisponível no momento, então nada foi alterado. Tente de novo daqui a um minuto, por favor. Referência: { $reference }
error-internal = Algo deu errado do nosso lado; a equipe já foi avisada. Referência: { $reference }
error-too-slow = Isso demorou demais para ficar pronto; tente de novo, por favor.
error-stale-button = Este botão ou formulário não está mais em uso; pergunte de novo ou use `/ticket abrir`, por favor.

## Setting Concierge up.

# The one message a server that is not set up gets when the bot joins it; `$server` is
# the server's name.
setup-welcome = Olá, { $server }! Eu sou o Concierge: respondo às perguntas que se repetem e abro tickets privados para o resto. Ainda não há nada configurado aqui, então vou ficar quieto até lá. Alguém com a permissão **Gerenciar servidor** pode me configurar com `/configurar` (são só alguns menus: os cargos dos agentes, os canais de ajuda e o canal de tickets; eu posso criar o que estiver faltando).
setup-not-set-up = O Concierge ainda não foi configurado neste servidor: ele precisa de um canal de tickets e dos cargos dos agentes. Alguém com a permissão Gerenciar servidor pode configurá-lo com `/configurar`.
setup-manage-server-only = Só membros com a permissão Gerenciar servidor podem ver ou alterar as configurações do Concierge.

## Deleting a server's data (/config delete-data).

config-delete-owner-only = Só o dono do servidor pode apagar os dados que o Concierge guarda sobre este servidor.
config-delete-warning = Isto apaga **tudo** o que o Concierge guarda sobre este servidor, de uma vez e para sempre: os tickets, com suas mensagens, transcrições e avaliações; as respostas e seus votos; as perguntas sem resposta; as configurações e seu histórico; e as entradas da base de conhecimento próprias deste servidor. Aperte o botão para continuar; ignore esta mensagem para manter tudo como está.
# `$tickets` and `$other` are counts (plurals may select on them).
config-deleted = Dados apagados: { $tickets ->
        [0] nenhum ticket
        [one] { $tickets } ticket
       *[other] { $tickets } tickets
    } e { $other ->
        [0] nenhum outro registro
        [one] { $other } outro registro
       *[other] { $other } outros registros
    }. O Concierge continua no servidor, mas sem configuração; se quiser tirá-lo, remova-o em Configurações do servidor → Integrações.

## The knowledge base.

kb-edit-moderators-only = Só os moderadores deste servidor (e membros com a permissão Gerenciar servidor) podem alterar a base de conhecimento dele.
# "Answer with knowledge base" on a message that is not a member's.
kb-pick-a-message = Escolha a mensagem de um membro para responder (não uma do próprio bot nem de outro bot).
kb-no-entries = A base de conhecimento não tem nenhuma entrada para responder.
# Above the entry picker; the member's message follows, quoted, on the next line.
kb-pick-an-entry = Com qual entrada responder a esta mensagem? As mais parecidas aparecem primeiro.
# `$entry` is what was asked for, as inline code.
kb-no-such-entry = A entrada { $entry } não existe.

## The log channel.

# `$opened_by` is ticket-opened-by or ticket-opened-by-for; `$category` the category's name.
log-ticket-opened = Ticket { $ticket } { $opened_by } (prioridade { $priority ->
        [low] baixa
        [high] alta
        [urgent] urgente
       *[normal] normal
    }).
log-ticket-opened-in = Ticket { $ticket } { $opened_by } em { $category } (prioridade { $priority ->
        [low] baixa
        [high] alta
        [urgent] urgente
       *[normal] normal
    }).

## /support block|unblock|blocks

block-self = Você não pode bloquear a si mesmo.
block-until-time = até { $time }
block-until-lifted = até segunda ordem
block-reason = (motivo: { $reason })
block-blocked = { $member } não pode mais abrir tickets { $until }{ $reason }. A pessoa só fica sabendo que não pode abrir tickets aqui { $until }.
block-blocked-log = { $by } bloqueou { $member } de abrir tickets { $until }{ $reason }
block-lifted = { $member } pode abrir tickets de novo.
block-lifted-log = { $by } retirou o bloqueio de { $member }: pode abrir tickets de novo.
block-not-blocked = { $member } não está bloqueado.
block-none = Ninguém está bloqueado de abrir tickets.
block-list-header = Bloqueados de abrir tickets:
block-list-line = - { $member } { $until }, por { $by } { $when }{ $reason }
ticket-urgent-notice = Este ticket agora é **urgente** ({ $why }); a equipe de plantão foi avisada.
answer-with-placeholder = Escolha a resposta a enviar
