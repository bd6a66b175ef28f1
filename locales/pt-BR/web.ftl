# The dashboard's pages (src/web/): the page shell and its language menu, signing in, the
# overview, the tickets, the knowledge base and its gaps, categories, settings, the audit
# log and the error pages. Counts are numbers (a select on them picks the plural form;
# they are written the language's way); `$ticket` is a ticket's number ("12"), shown
# without grouping. Dates and times stay as the pages write them (2024-05-04 09:30 UTC).
# Where a message names a variable in backticks, the page shows it as code.
# Portuguese puts 0 in the "one" category: the selects say [0] first where a count can be 0.

## Numbers, shares and durations.

web-number = { $value }
web-percent = { $value }%
web-share = { $value }%
web-duration-seconds = { $seconds } s
web-duration-minutes = { $minutes } min { $seconds } s
web-duration-hours = { $hours } h { $minutes } min
web-minutes = { $minutes } min

## The page shell: the top bar, the navigation, the language menu.

web-nav-label = Páginas
web-nav-overview = Visão geral
web-nav-tickets = Tickets
web-nav-kb = Base de conhecimento
web-nav-gaps = Lacunas
web-nav-categories = Categorias
web-nav-settings = Configurações
web-nav-audit = Registro de alterações
web-access-title = O que você pode fazer aqui
web-access-agent = agente
web-access-moderator = moderador
web-access-manager = gestor
web-local-admin = administrador local
web-sign-out = Sair
web-language-label = Idioma
web-language-change = Trocar
web-server-fallback = Servidor { $id }
web-user-fallback = usuário { $id }

## Error pages.

web-error-title = { $status ->
    [400] Requisição inválida
    [403] Acesso negado
    [404] Não encontrado
    [502] Erro no gateway
    [503] Serviço indisponível
   *[other] Erro
}
web-error-back = Voltar para seus servidores
web-error-no-page = Esta página não existe.
web-error-no-such-page = Esta página não existe.
web-error-no-such-server = Este servidor não existe.
web-error-unknown-server = Você não pode ver este servidor aqui: o bot não está nele, ou você não é um dos agentes, moderadores ou gestores dele.
web-error-not-staff = Você é membro deste servidor, mas não é um dos agentes, moderadores ou gestores dele, então o suporte dele não está disponível para você.
web-error-csrf = Este formulário não foi enviado de uma página desta sessão (o token de segurança dele está faltando ou expirou). Volte, recarregue a página e envie de novo.
web-error-database = O banco de dados falhou, então esta página não pode ser exibida: { $error }. Tente de novo daqui a pouco.
web-error-discord = Não foi possível perguntar ao Discord quem você é neste servidor: { $error }. Tente de novo daqui a pouco.
web-error-kb-editors-only = Só moderadores e membros com a permissão Gerenciar servidor podem alterar a base de conhecimento.
web-error-settings-managers-only = Só membros com a permissão Gerenciar servidor podem alterar as configurações do servidor.
web-error-language = `{ $code }` não é um idioma deste painel. Escolha um destes: { $known }.
web-error-form-unreadable = Não foi possível ler este formulário: { $error }
web-error-days = O período `days={ $value }` não é um número inteiro de dias entre 1 e 365.
web-error-sort = A ordem `sort={ $value }` não é `used` nem `helpful`.

## Signing in.

web-login-title = Entrar
web-login-why-signin = Entre para ver o suporte dos seus servidores.
web-login-why-expired = Sua sessão terminou. Entre de novo.
web-login-why-signed-out = Você saiu.
web-login-why-denied = O login com o Discord foi cancelado.
web-login-discord = Entrar com o Discord
web-login-discord-who = Você vê os servidores que compartilha com o bot nos quais é agente ou moderador, ou tem a permissão Gerenciar servidor.
web-login-discord-off = O login com o Discord não está configurado neste painel (DISCORD_CLIENT_ID e DISCORD_CLIENT_SECRET).
web-login-link-heading = Entrar com um link
web-login-link-how = Quem tem acesso ao terminal do servidor pode gerar um link de login de uso único: { $command }
web-link-title = Entrar com um link de login
web-link-intro = Este link de uso único faz você entrar como administrador local do servidor. Ele só funciona uma vez.
web-link-submit = Entrar
web-error-link-spent = Este link de login é desconhecido, já foi usado ou expirou. Gere um novo com `concierge dashboard link --guild ID`.
web-error-discord-login-off = O login com o Discord não está configurado neste painel (DISCORD_CLIENT_ID e DISCORD_CLIENT_SECRET). Use um link de login.
web-error-oauth-state = Este login não começou neste painel ou levou mais de dez minutos (o estado dele não confere). Comece de novo pela página de login.
web-error-oauth-no-code = O Discord não devolveu nenhum código de login. Comece de novo.
web-error-oauth-failed = { $error }. Comece de novo pela página de login.
web-oauth-refused-code = O Discord recusou o código de login: { $why }
web-oauth-refused-me = O Discord se recusou a dizer quem você é: { $why }
web-oauth-refused-guilds = O Discord se recusou a listar seus servidores: { $why }
web-oauth-unreachable = Não foi possível falar com o Discord: { $error }
web-oauth-bad-id = O Discord enviou um id de usuário `{ $id }` que não é um número

## Your servers.

web-home-title = Seus servidores
web-home-none = Em nenhum dos seus servidores onde este bot roda você é agente, moderador ou membro com a permissão Gerenciar servidor. Peça um cargo de suporte aos gestores de um servidor e entre de novo.
web-home-access = Seu papel: { $access }

## The period of a page.

web-period-label = Período:
web-period-last-days = { $days ->
    [one] último dia
   *[other] últimos { $days } dias
}

## Overview.

web-overview-opened-per-day = Tickets abertos por dia
web-overview-frt-per-day = Mediana da primeira resposta por dia
web-overview-csat-per-day = CSAT por dia (média de estrelas)
web-overview-ratings = Avaliações
web-overview-backlog-by-age = Pendências por tempo de espera
web-overview-agents = Agentes
web-overview-categories = Categorias
web-card-opened = Tickets abertos
web-card-opened-sub = { $closed ->
    [0] { $closed } fechados
    [one] { $closed } fechado
   *[other] { $closed } fechados
}, { $reopened ->
    [0] { $reopened } reabertos
    [one] { $reopened } reaberto
   *[other] { $reopened } reabertos
}
web-card-frt = Primeira resposta (mediana)
web-card-frt-sub = percentil 90: { $p90 }
web-card-fcr = Resolução no primeiro contato
web-card-fcr-sub = { $responses } respostas até a resolução
web-card-csat = CSAT
web-card-csat-value = { $mean } ★
web-card-csat-sub = { $count ->
    [0] { $count } avaliações, { $share } com 4-5 estrelas
    [one] { $count } avaliação, { $share } com 4-5 estrelas
   *[other] { $count } avaliações, { $share } com 4-5 estrelas
}
web-card-sla = Cumprimento do SLA
web-card-sla-sub = primeiras respostas dentro do prazo
web-card-deflection = Deflexão
web-card-deflection-sub = { $auto ->
    [0] { $auto } respostas automáticas
    [one] { $auto } resposta automática
   *[other] { $auto } respostas automáticas
}, { $confirmed ->
    [0] { $confirmed } confirmadas
    [one] { $confirmed } confirmada
   *[other] { $confirmed } confirmadas
}, { $assumed ->
    [0] { $assumed } presumidas
    [one] { $assumed } presumida
   *[other] { $assumed } presumidas
}
web-card-backlog = Pendências
web-card-backlog-tier = nível { $tier }: { $count }
web-chart-csat = Avaliação média por dia
web-chart-stars = Avaliações dos solicitantes por estrelas
web-chart-backlog = Tickets abertos por tempo de espera
web-chart-day = { $day } { $month ->
    [1] jan.
    [2] fev.
    [3] mar.
    [4] abr.
    [5] mai.
    [6] jun.
    [7] jul.
    [8] ago.
    [9] set.
    [10] out.
    [11] nov.
   *[12] dez.
}
web-age-under-1h = < 1 h
web-age-1h-4h = 1-4 h
web-age-4h-24h = 4-24 h
web-age-over-24h = > 24 h
web-overview-no-agents = Nenhum agente respondeu ou fechou um ticket neste período.
web-col-agent = Agente
web-col-first-responses = Primeiras respostas
web-col-median-frt = Mediana da primeira resposta
web-col-tickets-closed = Fechados
web-col-fcr = FCR
web-col-csat = CSAT
web-col-ratings = Avaliações
web-col-category = Categoria
web-col-tickets-opened = Abertos

## A ticket's status, priority, and who wrote a message.

web-status-open = aberto
web-status-claimed = assumido
web-status-closed = fechado
web-priority-low = baixa
web-priority-normal = normal
web-priority-high = alta
web-priority-urgent = urgente
web-author-member = membro
web-author-agent = agente
web-author-bot = bot
web-stars-title = { $score } de 5

## The tickets list.

web-tickets-found = { $count ->
    [0] tickets
    [one] ticket
   *[other] tickets
}
# The CSV file itself keeps its column headings in English: they are machine headings for
# spreadsheets and scripts.
web-tickets-csv = Baixar CSV
web-tickets-none = Nenhum ticket corresponde a estes filtros.
web-filter-status = Status
web-filter-any = Qualquer
web-filter-active = Aberto ou assumido
web-filter-open = Aberto
web-filter-claimed = Assumido
web-filter-closed = Fechado
web-filter-tier = Nível
web-filter-category = Categoria
web-filter-no-category = Sem categoria
web-filter-removed-category = categoria { $id }
web-filter-tag = Tag
web-filter-agent = Agente (id de usuário)
web-filter-priority = Prioridade
web-filter-from = Aberto de
web-filter-to = até (UTC)
web-filter-text = Texto no assunto ou nas mensagens
web-filter-per-page = Por página
web-filter-submit = Filtrar
web-filter-clear = Limpar
web-col-number = Nº
web-col-topic = Assunto
web-col-status = Status
web-col-tier = Nível
web-col-priority = Prioridade
web-col-tags = Tags
web-col-owner = Solicitante
web-col-holder = Responsável
web-col-opened = Abertura
web-col-closed = Fechamento
web-col-rating = Avaliação
web-pager-label = Páginas
web-pager-previous = ← Anterior
web-pager-next = Próxima →
web-pager-page = Página { $page } de { $pages } · { $total } no total
web-query-unreadable = Não foi possível ler o endereço desta página.
web-query-bad-status = `{ $given }` não é um status: open, claimed, closed ou active (aberto ou assumido).
web-query-bad-tier = `{ $given }` não é um nível: um número inteiro de 1 a 255.
web-query-bad-category = `{ $given }` não é uma categoria: o número dela, ou `none`.
web-query-bad-tag = `{ $given }` não é um nome de tag: de 1 a 32 letras a-z, algarismos e hífens.
web-query-bad-agent = `{ $given }` não é um id de usuário do Discord.
web-query-bad-priority = `{ $given }` não é uma prioridade: low, normal, high ou urgent.
web-query-bad-date = `{ $given }` não é uma data no formato AAAA-MM-DD.
web-query-bad-to = `{ $given }` não é igual nem posterior a `from`.
web-query-bad-page = `{ $given }` não é um número de página: um número inteiro a partir de 1.
web-query-bad-per = `{ $given }` não é um número de tickets por página: um número inteiro de 1 a 100.

## One ticket.

web-error-no-such-ticket = Este servidor não tem esse ticket.
web-ticket-title = Ticket { $ticket }: { $topic }
web-ticket-all = ← Todos os tickets
web-ticket-download-html = Baixar a transcrição (HTML)
web-ticket-download-md = Baixar a transcrição (Markdown)
web-ticket-form = Formulário
web-ticket-history = Histórico
web-ticket-messages = Mensagens
web-ticket-notes = Notas internas
web-ticket-closed-inactive = (fechado por inatividade)
web-ticket-none = nenhuma
web-ticket-opened-by = Aberto por
web-ticket-nobody-yet = ninguém ainda
web-ticket-first-response = Primeira resposta
web-ticket-first-response-after = { $after } depois da abertura
web-ticket-none-yet = nenhuma ainda
web-ticket-closed-by = por { $name }
web-ticket-resolution = Resolução
web-ticket-reopened = Reaberto
web-ticket-reopened-times = { $count ->
    [one] { $count } vez
   *[other] { $count } vezes
}
web-ticket-rating-from-owner = { $score }/5 do solicitante
web-ticket-not-rated = sem avaliação
web-ticket-no-history = Nada registrado.
web-ticket-no-messages = Nenhuma mensagem.
web-ticket-no-notes = Nenhuma nota interna.
web-ticket-note-chip = nota interna

## A ticket's history, one line per event.

web-event-opened = aberto
web-event-opened-by = aberto por { $by }
web-event-thread = tópico criado
web-event-claimed = assumido
web-event-claimed-by = assumido por { $by }
web-event-unclaimed = devolvido para a fila
web-event-unclaimed-by = devolvido para a fila por { $by }
web-event-transferred = transferido
web-event-transferred-by = transferido por { $by }
web-event-escalated = escalado
web-event-escalated-by = escalado por { $by }
web-event-escalated-tiers = escalado do nível { $from } para o nível { $to }
web-event-escalated-tiers-by = escalado do nível { $from } para o nível { $to } por { $by }
web-event-escalated-at = escalado no nível { $tier }
web-event-escalated-at-by = escalado no nível { $tier } por { $by }
web-event-priority-raised = marcado como urgente
web-event-priority-raised-by = marcado como urgente por { $by }
web-event-priority-changed = prioridade { $reason }
web-event-priority-changed-by = prioridade { $reason }, alterada por { $by }
web-event-note = nota interna adicionada
web-event-note-by = nota interna adicionada por { $by }
web-event-close-requested = fechamento proposto
web-event-close-requested-by = fechamento proposto por { $by }
web-event-close-declined = mantido aberto (resposta ao pedido de fechamento)
web-event-close-declined-by = mantido aberto por { $by } (resposta ao pedido de fechamento)
web-event-tagged = tag { $reason } adicionada
web-event-tagged-by = tag { $reason } adicionada por { $by }
web-event-untagged = tag { $reason } removida
web-event-untagged-by = tag { $reason } removida por { $by }
web-event-moved = movido
web-event-moved-by = movido por { $by }
web-event-inactivity-asked = o membro foi perguntado se está resolvido (ele não tinha respondido)
web-event-sla-breached = prazo da primeira resposta estourado
web-event-sla-breached-tiers = prazo da primeira resposta estourado, do nível { $from } para o nível { $to }
web-event-sla-breached-at = prazo da primeira resposta estourado no nível { $tier }
web-event-closed = fechado
web-event-closed-by = fechado por { $by }
web-event-reopened = reaberto
web-event-reopened-by = reaberto por { $by }
web-event-rated = avaliado
web-event-rated-by = avaliado por { $by }
web-event-unrated = avaliação removida
web-event-unrated-by = avaliação removida por { $by }
web-event-automatic = (automático)

## Knowledge base.

web-kb-test-heading = Testar uma pergunta
web-kb-entries = { $count ->
    [0] { $count } entradas
    [one] { $count } entrada
   *[other] { $count } entradas
}
web-kb-order = Ordem:
web-kb-most-used = mais usadas
web-kb-most-helpful = mais úteis
web-kb-own = deste servidor
web-kb-shared = compartilhada
web-kb-added = Entrada `{ $entry }` adicionada; o bot já responde com ela.
web-kb-patterns-added = { $count ->
    [0] Nenhum padrão adicionado a `{ $entry }`.
    [one] { $count } padrão adicionado a `{ $entry }`; o bot já responde a ele.
   *[other] { $count } padrões adicionados a `{ $entry }`; o bot já responde a eles.
}
web-col-entry = Entrada
web-col-from = Origem
web-col-auto-answers = Respostas automáticas
web-col-agent-sends = Enviadas por agentes
web-col-helpful = Útil
web-col-solved = Resolvido
web-col-talked-to-human = Falou com uma pessoa
web-col-assumed-resolved = Presumivelmente resolvido
web-kb-gone = não está mais nos arquivos
web-kb-votes = { $count ->
    [one] ({ $count } voto)
   *[other] ({ $count } votos)
}

## The knowledge base's test box.

web-test-label = Uma pergunta do jeito que um membro faria num canal de suporte
web-test-submit = Testar
web-test-too-long = Uma pergunta tem no máximo { $max } caracteres.
web-test-would-answer = O bot responderia com { $entry } ({ $id }): confiança { $confidence }, limite { $threshold }.
web-test-would-answer-own = O bot responderia com { $entry } ({ $id }), das entradas próprias deste servidor: confiança { $confidence }, limite { $threshold }.
web-test-its-answer = A resposta dela
web-test-not-question = O bot não responderia: isso parece conversa fiada ou não tem palavras do assunto.
web-test-no-candidate = O bot não responderia: nenhuma entrada tem uma palavra em comum com esta pergunta.
web-test-below-threshold = O bot não responderia: a confiança da melhor entrada, { $confidence }, está abaixo do limite dela, { $threshold }.
web-test-no-fit = O bot não responderia: nenhuma entrada serve.
web-col-rank = Posição
web-col-share = Parcela da probabilidade
web-test-answers-chip = responde
web-test-why = Por quê: a explicação que { $command } dá

## Knowledge gaps.

web-gaps-title = Lacunas de conhecimento
web-gaps-intro = Perguntas feitas nos canais de suporte que a base de conhecimento não respondeu, agrupadas por assunto; primeiro as que viraram tickets.
web-gaps-intro-editors = Moderadores e gestores podem transformar um grupo em uma entrada aqui.
web-gaps-none = Nenhuma pergunta sem resposta neste período.
web-gaps-questions = { $count ->
    [one] pergunta
   *[other] perguntas
}
web-gaps-became-tickets = { $count ->
    [0] viraram tickets
    [one] virou ticket
   *[other] viraram tickets
}
web-gaps-latest = a última em { $when }.
web-gaps-the-questions = As perguntas
web-gaps-ticket = ticket
web-gaps-more = e mais { $count }
web-gaps-back = Voltar para as lacunas
web-gaps-for = Para as perguntas como: { $question }
web-gaps-create-title = Criar uma entrada
web-gaps-patterns-title = Adicionar padrões a uma entrada

## The two forms under a gap.

web-form-create-heading = Criar uma entrada
web-form-id = Id (a-z, 0-9 e -)
web-form-title = Título (opcional)
web-form-answer = Resposta (Markdown; { "{user}" } menciona quem perguntou)
web-form-patterns = Padrões: perguntas de exemplo, uma por linha
web-form-create-submit = Criar a entrada
web-form-add-heading = Adicionar como padrões a uma entrada existente
web-form-patterns-to-add = Padrões a adicionar (desmarque os que devem ficar de fora)
web-form-no-patterns = Este grupo não sugere nenhum padrão.
web-form-add-to = Adicionar a
web-form-add-submit = Adicionar os padrões
web-form-problems = Nada foi salvo. Corrija estes pontos e envie o formulário de novo:
web-field-id = Id
web-field-title = Título
web-field-answer = Resposta
web-field-patterns = Padrões
web-field-entry = Entrada

## Categories.

web-categories-intro = Moderadores e membros com a permissão Gerenciar servidor alteram as categorias com { $command } no Discord, o que também atualiza cada painel de tickets.
web-categories-none = Nenhuma categoria: todos os tickets são iguais. Adicione uma com { $command }.
web-col-team = Equipe
web-col-first-response = Primeira resposta
web-col-asks-solved = Pergunta "Está resolvido?"
web-col-form = Formulário
web-categories-tier-1-role = o cargo do nível 1
web-categories-role = cargo { $id }
web-categories-servers = o do servidor
web-yes = sim
web-no = não
web-categories-topic-only = (só o assunto)
web-form-paragraph = parágrafo
web-form-short = curta
web-form-required = obrigatória
web-form-optional = opcional

## Settings.

web-settings-unchanged = Nada mudou: todos os valores já eram esses.
web-settings-saved = { $count ->
    [one] { $count } configuração salva.
   *[other] { $count } configurações salvas.
}
web-settings-invalid = { $count ->
    [one] Nada foi salvo: { $count } configuração precisa de correção (marcada abaixo).
   *[other] Nada foi salvo: { $count } configurações precisam de correção (marcadas abaixo).
}
web-settings-managers-only = Só membros com a permissão Gerenciar servidor podem alterar estas configurações.
web-col-setting = Configuração
web-col-value = Valor
web-col-default = Padrão
web-settings-save = Salvar alterações
web-settings-empty-default = Um valor vazio volta ao padrão.
web-settings-not-set = (não definido)
web-settings-not-in-server = { $id } (não está no servidor)
web-settings-ids = Os cargos e canais do servidor, com seus ids
web-settings-roles = Cargos
web-settings-channels = Canais

## Audit log.

web-audit-none = Nada foi alterado ainda.
web-col-when-utc = Quando (UTC)
web-col-who = Quem
web-col-through = Por meio de
web-col-what = O quê
web-audit-default = (padrão)
web-audit-operator = o operador
web-audit-via-env = .env
web-audit-via-discord = Discord
web-audit-via-import = importação
web-audit-via-dashboard = painel
web-audit-via-kb = base de conhecimento
web-audit-entry = { $action ->
    [added] entrada { $entry } adicionada em { $file }
    [updated] entrada { $entry } atualizada em { $file }
    [overrode] entrada { $entry } substituída para este servidor em { $file }
    [removed] entrada { $entry } removida de { $file }
   *[other] entrada { $entry }: { $action } ({ $file })
}
