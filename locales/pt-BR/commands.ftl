# Slash commands: names and descriptions as Discord shows them in the command picker.
# One message per command, subcommand group, subcommand and option; its id is `cmd-` and
# the path of English names joined by `-`; choices add `-choice-` and the choice's value.
# Names follow Discord's rules in every language: 1 to 32 lowercase letters, digits, `-`
# or `_`, no spaces (the message command "Answer with knowledge base" excepted); sibling
# options must have different names. Descriptions: 1 to 100 characters.


## /ticket
cmd-ticket = ticket
    .description = Tickets de suporte: abra um ou, como agente, atenda um
cmd-ticket-open = abrir
    .description = Abra um ticket privado com a equipe de suporte
cmd-ticket-open-topic = assunto
    .description = Com o que você precisa de ajuda?
cmd-ticket-open-member = membro
    .description = Agentes: abrir o ticket em nome deste membro
cmd-ticket-open-category = categoria
    .description = Do que se trata (a equipe da categoria responde)
cmd-ticket-claim = assumir
    .description = Agentes: assumir este ticket
cmd-ticket-unclaim = liberar
    .description = Agentes: devolver este ticket para a fila
cmd-ticket-escalate = escalar
    .description = Agentes: passar este ticket para um nível superior
cmd-ticket-escalate-reason = motivo
    .description = Por que ele precisa de um nível superior
cmd-ticket-escalate-tier = nivel
    .description = Escalar direto para este nível
cmd-ticket-close = fechar
    .description = Fechar este ticket
cmd-ticket-close-resolution = solucao
    .description = Como o problema foi resolvido
cmd-ticket-reopen = reabrir
    .description = Reabrir este ticket fechado
cmd-ticket-queue = fila
    .description = Agentes: tickets abertos por prioridade (urgentes primeiro) e depois por antiguidade
cmd-ticket-queue-tag = tag
    .description = Só tickets com esta tag
cmd-ticket-queue-category = categoria
    .description = Só tickets desta categoria
cmd-ticket-move = mover
    .description = Agentes: mover este ticket para outra categoria
cmd-ticket-move-category = categoria
    .description = A categoria (a equipe dela assume o ticket)
cmd-ticket-tag = tag
    .description = Agentes: as tags deste ticket
cmd-ticket-tag-add = adicionar
    .description = Colocar uma tag neste ticket
cmd-ticket-tag-add-tag = tag
    .description = A tag (/tag listar mostra todas)
cmd-ticket-tag-remove = remover
    .description = Tirar uma tag deste ticket
cmd-ticket-tag-remove-tag = tag
    .description = A tag
cmd-ticket-add = adicionar
    .description = Adicionar alguém ao tópico deste ticket
cmd-ticket-add-user = usuario
    .description = Quem adicionar
cmd-ticket-transfer = transferir
    .description = Agentes: passar este ticket assumido para outro agente
cmd-ticket-transfer-agent = agente
    .description = O agente que vai assumir
cmd-ticket-priority = prioridade
    .description = Agentes: definir a prioridade deste ticket
cmd-ticket-priority-level = nivel
    .description = Baixa, normal, alta ou urgente
cmd-ticket-priority-level-choice-low = baixa
cmd-ticket-priority-level-choice-normal = normal
cmd-ticket-priority-level-choice-high = alta
cmd-ticket-priority-level-choice-urgent = urgente
cmd-ticket-note = nota
    .description = Agentes: uma nota que só os agentes veem, nunca o membro
cmd-ticket-note-text = texto
    .description = A nota
cmd-ticket-close-request = pedir-fechamento
    .description = Agentes: perguntar ao membro se este ticket pode ser fechado
cmd-ticket-close-request-reason = motivo
    .description = O que foi feito (vira a solução do ticket)
cmd-ticket-notes = notas
    .description = Agentes: as notas internas deste ticket
cmd-ticket-history = historico
    .description = Agentes: tudo o que aconteceu com este ticket

## /kb
cmd-kb = base
    .description = Base de conhecimento: respostas prontas e ajustes
cmd-kb-send = enviar
    .description = Agentes: enviar uma resposta pronta aqui (num ticket ou em qualquer canal)
cmd-kb-send-entry = entrada
    .description = A entrada (id ou título)
cmd-kb-test = testar
    .description = Moderadores: o que o bot responderia, e por quê
cmd-kb-test-question = pergunta
    .description = Uma pergunta do jeito que um membro faria
cmd-kb-reload = recarregar
    .description = Moderadores: recarregar os arquivos de respostas agora
cmd-kb-gaps = lacunas
    .description = Moderadores: perguntas sem resposta que viraram tickets
cmd-kb-add = adicionar
    .description = Moderadores: uma nova entrada para este servidor
cmd-kb-edit = editar
    .description = Moderadores: alterar uma entrada para este servidor
cmd-kb-edit-entry = entrada
    .description = A entrada (id ou título)
cmd-kb-remove = remover
    .description = Moderadores: remover uma das entradas deste servidor
cmd-kb-remove-entry = entrada
    .description = A entrada (id ou título)
cmd-kb-list = listar
    .description = Moderadores: as entradas que este servidor usa para responder
cmd-kb-list-page = pagina
    .description = A página (20 entradas por página)

## /support
cmd-support = suporte
    .description = Números da equipe de suporte
cmd-support-stats = estatisticas
    .description = Indicadores (KPIs) com gráfico
cmd-support-stats-days = dias
    .description = Quantos dias para trás (padrão: 30)
cmd-support-stats-category = categoria
    .description = Só os números desta categoria
cmd-support-block = bloquear
    .description = Moderadores: impedir um membro de abrir tickets
cmd-support-block-member = membro
    .description = O membro
cmd-support-block-reason = motivo
    .description = Por quê (fica registrado para os moderadores; o membro não é avisado)
cmd-support-block-days = dias
    .description = Por quantos dias (padrão: até ser removido com /suporte desbloquear)
cmd-support-unblock = desbloquear
    .description = Moderadores: deixar um membro bloqueado abrir tickets de novo
cmd-support-unblock-member = membro
    .description = O membro
cmd-support-blocks = bloqueios
    .description = Moderadores: os membros impedidos de abrir tickets

## /config
cmd-config = config
    .description = As configurações do Concierge neste servidor
cmd-config-show = ver
    .description = Todas as configurações, com os valores padrão marcados
cmd-config-set = definir
    .description = Alterar uma configuração
cmd-config-set-key = ajuste
    .description = A configuração
cmd-config-set-value = valor
    .description = O novo valor (ids, #canais ou @cargos separados por vírgula)
cmd-config-reset = restaurar
    .description = Voltar uma configuração ao valor padrão
cmd-config-reset-key = ajuste
    .description = A configuração
cmd-config-delete-data = apagar-dados
    .description = Dono do servidor: apagar tudo o que o Concierge guarda sobre este servidor

## /setup
cmd-setup = configurar
    .description = Prepare o Concierge aqui: cargos dos agentes, canais de ajuda, de tickets e de logs

## /tag
cmd-tag = tag
    .description = As tags de tickets do servidor
cmd-tag-add = adicionar
    .description = Moderadores: criar uma tag que os agentes podem colocar nos tickets
cmd-tag-add-name = nome
    .description = Letras minúsculas, números e hifens
cmd-tag-add-description = descricao
    .description = Para que ela serve
cmd-tag-remove = remover
    .description = Moderadores: remover uma tag (e tirá-la de todos os tickets)
cmd-tag-remove-name = nome
    .description = A tag
cmd-tag-list = listar
    .description = As tags, com quantos tickets usam cada uma

## /category
cmd-category = categoria
    .description = As categorias de tickets do servidor (departamentos)
cmd-category-add = adicionar
    .description = Moderadores: criar uma categoria (um formulário pede o nome e as perguntas)
cmd-category-add-team = equipe
    .description = A equipe avisada nos tickets dela, que pode atendê-los no nível 1
cmd-category-add-first-response = primeira-resposta
    .description = Meta de primeira resposta em minutos no nível 1 (0: a do servidor)
cmd-category-add-priority = prioridade
    .description = A prioridade inicial dos tickets dela
cmd-category-add-priority-choice-low = baixa
cmd-category-add-priority-choice-normal = normal
cmd-category-add-priority-choice-high = alta
cmd-category-add-priority-choice-urgent = urgente
cmd-category-add-inactivity = inatividade
    .description = Perguntar "Isso foi resolvido?" quando o membro ficar em silêncio (padrão: sim)
cmd-category-edit = editar
    .description = Moderadores: alterar uma categoria
cmd-category-edit-name = nome
    .description = A categoria
cmd-category-edit-team = equipe
    .description = A equipe avisada nos tickets dela, que pode atendê-los no nível 1
cmd-category-edit-first-response = primeira-resposta
    .description = Meta de primeira resposta em minutos no nível 1 (0: a do servidor)
cmd-category-edit-priority = prioridade
    .description = A prioridade inicial dos tickets dela
cmd-category-edit-priority-choice-low = baixa
cmd-category-edit-priority-choice-normal = normal
cmd-category-edit-priority-choice-high = alta
cmd-category-edit-priority-choice-urgent = urgente
cmd-category-edit-inactivity = inatividade
    .description = Perguntar "Isso foi resolvido?" quando o membro ficar em silêncio (padrão: sim)
cmd-category-edit-no-team = sem-equipe
    .description = Verdadeiro: sem equipe própria (o cargo de nível 1 é avisado)
cmd-category-remove = remover
    .description = Moderadores: remover uma categoria (os tickets dela continuam com ela)
cmd-category-remove-name = nome
    .description = A categoria
cmd-category-list = listar
    .description = As categorias e o que cada uma faz

## /panel
cmd-panel = painel
    .description = Painéis de tickets: uma mensagem a partir da qual os membros abrem tickets
cmd-panel-post = publicar
    .description = Moderadores: publicar um painel de tickets em um canal
cmd-panel-post-channel = canal
    .description = Onde publicar
cmd-panel-post-style = estilo
    .description = Botões, menu ou automático (botões para até 5 categorias)
cmd-panel-post-style-choice-auto = automático
cmd-panel-post-style-choice-buttons = botões
cmd-panel-post-style-choice-menu = menu
cmd-panel-edit = editar
    .description = Moderadores: alterar o texto ou o estilo de um painel sem republicá-lo
cmd-panel-edit-panel = painel
    .description = O painel
cmd-panel-edit-style = estilo
    .description = Botões, menu ou automático (botões para até 5 categorias)
cmd-panel-edit-style-choice-auto = automático
cmd-panel-edit-style-choice-buttons = botões
cmd-panel-edit-style-choice-menu = menu
cmd-panel-remove = remover
    .description = Moderadores: apagar um painel
cmd-panel-remove-panel = painel
    .description = O painel
cmd-panel-list = listar
    .description = Moderadores: os painéis do servidor

## Answer with knowledge base
cmd-answer-with-knowledge-base = Resposta da base de conhecimento
