# The set-up and configuration screens in Discord: /setup, /config, /category, /panel and
# the /kb add|edit|list|test forms, the settings' validation messages and the transcripts'
# headings.
# People are mentions (`$member`, `$role`: "<@123>", "<@&456>"), channels too (`$channel`:
# "<#789>") unless a message puts a `#` before a bare name. Where a text names a slash
# command, write the name your commands.ftl gives it. Texts shown in Discord's menus and
# forms are short: a button's label, a form's title and its fields' labels at most 45
# characters.

## /setup: three steps and a summary, in one message that changes in place.

# `$tier1`, `$tier2`, `$tier3` are each tier's role or setup-none; `$more` is empty, or
# " " and setup-roles-more-tiers.
setup-roles = **Configurar o Concierge: passo 1 de 3, os cargos dos agentes**
    Os agentes atendem os tickets. O nível 1 responde primeiro; os níveis 2 e 3 ficam com o que for escalado para eles (um nível só basta para uma equipe pequena). Escolha um cargo para cada nível ou deixe que eu os crie.
    Agora: nível 1 { $tier1 }, nível 2 { $tier2 }, nível 3 { $tier3 }{ $more }
# A server with more than three tiers (set with /config): they are kept. `$count` is a number.
setup-roles-more-tiers = { $count ->
        [one] (e mais um nível, mantido)
       *[other] (e mais { $count } níveis, mantidos)
    }
# The menus' placeholders; `$tier` is 1, 2 or 3.
setup-menu-tier = Cargo dos agentes de nível { $tier }
setup-menu-tier-optional = Cargo dos agentes de nível { $tier } (opcional)
setup-button-create-tier-roles = Criar para mim os cargos de nível que faltam
setup-button-next-people = Próximo: moderadores e plantão
setup-people = **Configurar o Concierge: passo 2 de 3, moderadores e plantão** (ambos opcionais)
    Os moderadores editam a base de conhecimento (`/base adicionar`) e acompanham os números (`/suporte estatisticas`) sem ser agentes. O cargo de plantão é mencionado nos tickets urgentes.
    Agora: moderadores { $moderators }, plantão { $on_call }
setup-menu-moderators = Cargos dos moderadores (opcional)
setup-menu-on-call = Cargo de plantão (opcional)
setup-button-create-on-call = Criar um cargo de plantão para mim
setup-button-back = Voltar
setup-button-next-channels = Próximo: canais
setup-channels = **Configurar o Concierge: passo 3 de 3, os canais**
    Eu respondo perguntas nos canais monitorados, abro threads privadas de tickets dentro do canal de tickets e publico as transcrições no canal de logs (deixe-o oculto para os membros: as transcrições guardam o que eles escreveram no privado).
    Agora: monitorados { $watched }, tickets { $tickets }, logs { $log }
setup-menu-watched = Canais onde os membros perguntam (monitorados)
setup-menu-ticket-channel = Canal de tickets (as threads privadas de tickets ficam nele)
setup-menu-log-channel = Canal de logs (transcrições, oculto para os membros)
# `$channel` is the channel's name (help, tickets or support-log), the same in every language.
setup-button-create-channel = Criar #{ $channel } para mim
setup-button-finish = Concluir
# The summary. `$missing` is roles (no tier 1 role), channel (no ticket channel) or both.
setup-summary-set-up = **O Concierge está configurado.**
setup-summary-not-set-up = **Ainda não está configurado:** ainda falta { $missing ->
        [roles] um cargo de nível 1
        [channel] um canal de tickets
       *[both] um cargo de nível 1 e um canal de tickets
    }.
# `$state` is setup-summary-set-up or setup-summary-not-set-up; each list is mentions, or
# setup-none.
setup-summary = { $state }
    - Agentes: { $agents }
    - Moderadores: { $moderators }
    - Plantão: { $on_call }
    - Canais monitorados: { $watched }
    - Canal de tickets: { $tickets }
    - Canal de logs: { $log }
# After the summary, once set up: one of the first two, then the third.
setup-summary-try = Experimente: me pergunte algo em { $channel } como um membro faria ("como redefino minha senha?") ou abra um ticket com `/ticket abrir`.
setup-summary-no-watched = Nenhum canal monitorado: os membros abrem tickets com `/ticket abrir`; escolha um canal onde eles perguntam e eu respondo lá também.
setup-summary-give-roles = Dê os cargos de nível aos seus agentes. Limites, metas de SLA e horário de atendimento: `/config ver`.
setup-button-change = Mudar alguma coisa
# Nothing chosen yet.
setup-none = (nenhum)
# In the summary's list of agents' roles.
setup-tier-role = nível { $tier } { $role }
# A role picked for a tier while it is another tier's.
setup-tier-taken = { $role } já é o cargo do nível { $tier }: cada cargo pertence a um único nível.

## /setup's "create it for me" buttons. `$new` is yes (made now) or no (one of that name
## was there already and is used).

# `$what` is a role's name ("Support tier 1") or a channel's ("#help"); `$error` is Discord's
# words (English).
setup-create-failed = Não consegui criar { $what }: o Discord respondeu "{ $error }". Escolha um que já exista ou tente de novo.
# `$role` is the role's name ("Support on call").
setup-create-needs-manage-roles = Preciso da permissão **Gerenciar cargos** para criar o cargo { $role }. Me dê essa permissão ou escolha um cargo que já exista.
# `$channel` is the channel's name without its # ("tickets").
setup-create-needs-manage-channels = Preciso da permissão **Gerenciar canais** para criar #{ $channel }. Me dê essa permissão ou escolha um canal que já exista.
# One role in setup-made-tier-roles' list.
setup-made-role = { $new ->
        [yes] { $role } criado
       *[no] { $role } reaproveitado
    }
# `$roles` is a list of setup-made-role, comma-separated.
setup-made-tier-roles = Cargos de nível: { $roles }.
setup-every-tier-has-a-role = Todos os níveis já têm um cargo.
setup-cannot-show-channel = Não consegui dar a { $role } acesso a { $channel } ("{ $error }"): dê a ele Ver canais e Gerenciar threads nesse canal.
setup-give-tier-roles = Dê esses cargos aos seus agentes (Configurações do servidor → Membros).
setup-made-on-call = Cargo de plantão: { $role } { $new ->
        [yes] criado
       *[no] reaproveitado
    }.
setup-already-watched = { $channel } já é monitorado.
setup-made-help = Canal monitorado: { $channel } { $new ->
        [yes] criado
       *[no] reaproveitado
    }.
setup-made-tickets = Canal de tickets: { $new ->
        [yes] { $channel } criado (os membros o veem, mas só escrevem nas próprias threads de ticket; os agentes veem todos os tickets).
       *[no] usando o canal existente { $channel }.
    }
setup-made-log = Canal de logs: { $new ->
        [yes] { $channel } criado (oculto para os membros; agentes e moderadores o veem).
       *[no] usando o canal existente { $channel }.
    }
# The topics of the channels made, in the server's language.
setup-topic-help = Faça suas perguntas aqui: o Concierge responde às mais comuns e abre um ticket para o resto.
setup-topic-tickets = Tickets de suporte privados: abra um com /ticket abrir. Só você e a equipe de suporte veem o seu.
setup-topic-log = O log do Concierge: transcrições, escalonamentos e mudanças de configuração. Mantenha-o oculto para os membros.

## Settings that name the wrong channel or role, checked when the bot connects, in /setup's
## summary and when /config changes them. `$key` is the setting's .env key and /config name
## ("LOG_CHANNEL_ID (log_channel)"), `$id` the id it holds, `$name` a channel's name, `$error`
## Discord's words (English).

setup-check-other-server = { $key }: { $id } é #{ $name } em outro servidor
# `$kind` is Discord's name of the channel's type (Voice, Category, Forum…).
setup-check-not-text = { $key }: { $id } é #{ $name }, um canal do tipo { $kind }; é preciso um canal de texto
setup-check-not-in-server = { $key }: { $id } não é um canal de servidor
setup-check-no-channel = { $key }: o bot não vê nenhum canal { $id } ({ $error }); copie o ID com Modo desenvolvedor → Copiar ID do canal
# `$guild` is the server's id.
setup-check-roles-unreadable = { $key }: não foi possível ler os cargos do servidor { $guild } ({ $error })
setup-check-no-role = { $key }: não há nenhum cargo { $id } no servidor; copie o ID com Modo desenvolvedor → Copiar ID do cargo
setup-check-log-readable = { $key }: todo mundo pode ler #{ $name }, e as transcrições publicadas lá guardam o que os membros escreveram no privado e as notas da equipe: negue Ver canais a @everyone nesse canal
# `$role` is the role's name.
setup-check-tier-blind = { $key }: o cargo { $role } não vê as threads privadas de tickets em #{ $name }: dê a ele Gerenciar threads nesse canal
# In the log channel; `$problems` is one "- problem" a line.
setup-check-report =
    Algumas configurações apontam para canais ou cargos que não estão certos:
    { $problems }

## /config show|set|reset. `$key` is a setting's name as /config spells it (max_open_tickets),
## `$value` and `$was` a value as shown (a mention, `3`, or config-not-set).

config-show-title = As configurações do Concierge neste servidor
config-show-footer = Altere uma com /config definir e volte ao padrão com /config restaurar.
# `$key` is what was typed.
config-no-such-setting = Não existe a configuração `{ $key }`; `/config ver` mostra todas.
# `$problems` is one config-problem a line.
config-not-changed = Nada foi alterado. { $problems }
config-problem = `{ $key }`: { $problem }
config-already = `{ $key }` já está em { $value }.
config-changed = `{ $key }` agora está em { $value } (antes: { $was }).
config-not-set = (não definido)
config-default = { $value } (padrão)
# In the log channel; `$change` is config-changed, `$command` the command used ("/setup").
config-changed-log = { $member } alterou uma configuração: { $change }
config-changed-log-via = { $member } alterou uma configuração com { $command }: { $change }
# /config delete-data's button.
config-delete-button = Apagar tudo

## What each setting is for, shown while choosing one in /config set and /config reset.

config-help-support-channels = os canais onde os membros perguntam e o bot responde
config-help-ticket-channel = o canal onde as threads privadas de tickets são criadas
config-help-log-channel = transcrições, relatórios de recarga, mudanças de configuração (deixe oculto para os membros)
config-help-tier-roles = os cargos dos agentes, nível 1 primeiro
config-help-moderator-roles = quem pode usar as ferramentas da base de conhecimento e das estatísticas sem ser agente
config-help-on-call-role = mencionado nos tickets urgentes
config-help-max-open-tickets = quantos tickets um membro pode ter abertos ao mesmo tempo
config-help-max-tickets-per-hour = quantos tickets um membro pode abrir por conta própria por hora (0: sem limite)
config-help-on-call-ping-window-minutes = o plantão é mencionado pelos tickets urgentes de um mesmo membro no máximo uma vez a cada tantos minutos
config-help-reopen-window-days = dias depois do fechamento em que um ticket pode ser reaberto
config-help-sla-first-response-minutes = a meta de primeira resposta, por nível
config-help-sla-urgent-first-response-minutes = a meta de primeira resposta dos tickets urgentes
config-help-sla-high-first-response-minutes = a meta de primeira resposta dos tickets de prioridade alta
config-help-sla-low-first-response-minutes = a meta de primeira resposta dos tickets de prioridade baixa
config-help-close-request-hours = horas que um membro tem para responder a um pedido de fechamento antes que o ticket feche sozinho
config-help-inactivity-hours = horas de silêncio do membro depois da última mensagem de um agente antes que o bot pergunte se o ticket foi resolvido (0: nunca)
config-help-inactivity-close-hours = horas que o bot espera depois por uma resposta antes de fechar o ticket por inatividade
config-help-urgent-keywords = palavras que tornam um ticket urgente (vazio: a lista embutida)
config-help-business-hours = quando a equipe trabalha, por exemplo `mon-fri 09:00-17:00` (vazio: sempre aberto)
config-help-business-timezone = o fuso horário do horário de atendimento, por exemplo `America/Sao_Paulo` (vazio: UTC)
config-help-language = o idioma das mensagens do bot nos canais: en, de, fr, es, pt-BR ou ru (vazio: o idioma do servidor no Discord)
config-help-rating-grace-hours = horas que um ticket fechado espera pela avaliação antes de ser trancado
config-help-rating-change-minutes = minutos em que o autor pode mudar a avaliação antes que a thread seja trancada
config-help-member-answers-per-minute = respostas automáticas que um membro pode receber por minuto (0: sem limite)
config-help-repeat-window-seconds = a mesma resposta num canal dentro desse tempo aponta para a anterior
config-help-agent-quiet-minutes = o bot fica em silêncio num canal em que um agente escreveu dentro desse tempo

## What is wrong with a setting's value (/config, /setup; the dashboard and the command line
## say it in English). `$value` is what was given; the day names (mon-fri) and times are the
## format business hours are written in, the same in every language.

config-problem-no-such-setting = essa configuração não existe
config-problem-not-an-id = `{ $value }` não é um ID do Discord (um número como 123456789012345678)
config-problem-not-an-id-list = `{ $value }` não é um ID do Discord (era esperada uma lista de IDs separados por vírgulas)
config-problem-not-a-number = `{ $value }` não é um número inteiro de { $min } a { $max }
# `$languages` is the list of codes ("en, de, fr, es, pt-BR, ru").
config-problem-not-a-language = `{ $value }` não é um idioma que o Concierge fala (um destes: { $languages })
config-problem-bad-timezone = `{ $value }` não é o nome de um fuso horário (como America/Sao_Paulo ou Europe/Lisbon)
config-problem-bad-hours = `{ $value }` não está no formato `mon-fri 09:00-17:00`
config-problem-bad-day = `{ $value }` não é um dia (mon, tue, wed, thu, fri, sat, sun)
config-problem-bad-window = `{ $value }` não é um intervalo de horas como 09:00-17:00 (início antes do fim, até 24:00)
config-problem-never-open = o horário de atendimento precisa abrir em pelo menos um dia

## /category add|edit|remove|list. `$category` is a category's emoji and name, `$name` its
## name (both written by the moderators, shown as they are).

category-removed = A categoria **{ $name }** foi removida: nenhum ticket novo será aberto nela; os tickets dela continuam com ela. Os painéis do servidor não a oferecem mais.
category-removed-log = { $member } removeu a categoria de tickets **{ $name }**.
# A category in a line: `$details` is a comma-separated list of the next messages.
category-described = **{ $category }**: { $description } ({ $details })
category-described-plain = **{ $category }** ({ $details })
category-team = equipe { $role }
category-tier-1-role = o cargo de nível 1
category-first-response = primeira resposta em até { $minutes } min
# `$priority` is low, high or urgent (its English name).
category-starts = começa com prioridade { $priority ->
        [low] baixa
        [high] alta
        [urgent] urgente
       *[normal] normal
    }
category-never-asked = nunca pergunta "Foi resolvido?"
category-form = { $count ->
        [0] sem formulário
        [one] um formulário de 1 pergunta
       *[other] um formulário de { $count } perguntas
    }
category-none = Este servidor não tem categorias de tickets; todo ticket vai para o cargo de nível 1. Os moderadores as criam com `/categoria adicionar`.
# `$categories` is one category-described a line (and its questions).
category-list = **Categorias** ({ $count } de no máximo { $max }):
    { $categories }
category-added = Categoria adicionada: { $category }
    Os membros a escolhem com `/ticket abrir categoria:` ou em um painel (`/painel publicar`).
category-changed = Categoria alterada: { $category }
    Os membros a escolhem com `/ticket abrir categoria:` ou em um painel (`/painel publicar`).
category-added-log = { $member } adicionou a categoria de tickets { $category }.
category-changed-log = { $member } alterou a categoria de tickets { $category }.
# The form.
category-form-title-new = Nova categoria de tickets
category-form-title-edit = Editar { $name }
category-form-name = Nome
category-form-emoji = Emoji (opcional)
category-form-description = Descrição (opcional)
# `$max` is the most questions a form has (5).
category-form-questions = Formulário: até { $max } perguntas, uma por linha
# An example of two questions: a question's label, then short or paragraph, then its length
# or optional. Translate the labels only: short, paragraph and optional are the format.
category-form-questions-example = Número do pedido | short | 3-20
    O que aconteceu? | paragraph | optional

## /panel post|edit|remove|list. `$panel` is a panel's number; `$error` Discord's words
## (English).

# The words a new panel is offered with (the moderator may change them): in the server's
# language, as the panel is.
panel-default-title = Fale com a equipe de suporte
panel-default-description = Escolha o assunto da sua pergunta: um ticket privado será aberto, e só você e a equipe de suporte poderão vê-lo.
panel-form-title = Painel de tickets
panel-form-field-title = Título
panel-form-field-description = Descrição
panel-deleted = Painel { $panel } em { $channel } apagado.
panel-forgotten = Painel { $panel } em { $channel } esquecido (o Discord não me deixou apagar a mensagem dele; apague-a manualmente).
panel-removed-log = { $member } removeu o painel de tickets { $panel } em { $channel }.
panel-none = Este servidor não tem nenhum painel de tickets; publique um com `/painel publicar`.
# `$panels` is one panel-list-line a line.
panel-list = **Painéis de tickets**:
    { $panels }
# `$style` is auto, buttons or menu; `$link` the message's address; `$title` its title.
panel-list-line = - **{ $panel }** `{ $style ->
        [buttons] botões
        [menu] menu
       *[auto] automático
    }` em { $channel } ({ $link }): { $title }
panel-edit-failed = O Discord não me deixou editar o painel { $panel } em { $channel } ({ $error }); nada foi alterado. Se a mensagem dele foi apagada, remova-o com `/painel remover` e publique um novo.
panel-edited-log = { $member } editou o painel de tickets { $panel } em { $channel }.
panel-updated = Painel { $panel } em { $channel } atualizado.
panel-post-failed = O Discord não me deixou publicar em { $channel } ({ $error }); confira se posso ver o canal, enviar mensagens e incorporar links nele.
panel-posted-log = { $member } publicou o painel de tickets { $panel } em { $channel }.
# `$button` is panel-button-open as the panel shows it (in the server's language).
panel-posted-button = Painel { $panel } publicado em { $channel } com um único botão **{ $button }** (adicione categorias com `/categoria adicionar` e ele passa a mostrá-las). `/painel editar painel:{ $panel }` altera o painel no próprio lugar.
panel-posted-categories = Painel { $panel } publicado em { $channel } com as categorias do servidor. `/painel editar painel:{ $panel }` altera o painel no próprio lugar.
# On the panel, in the server's language.
panel-button-open = Abrir um ticket
panel-menu-placeholder = Escolha o assunto do seu ticket
# In the log channel.
panel-update-failed-log = Não foi possível atualizar o painel de tickets { $panel } em { $channel } com as categorias atuais ({ $error }). Edite-o com `/painel editar painel:{ $panel }` ou remova-o com `/painel remover`.

## /kb add|edit|remove|list|test. `$entry` is an entry's id, `$file` the file it is in.

# Under /kb test's explanation when the answer is one of the server's own entries.
kb-test-own-entries = (das entradas próprias deste servidor)
kb-form-title-new = Nova entrada da base de conhecimento
kb-form-title-edit = Editar { $entry }
kb-form-field-id = ID (a-z, 0-9 e -)
kb-form-field-title = Título (opcional)
kb-form-field-patterns = Perguntas de exemplo, uma por linha
# {"{"}user{"}"} is written as is: the answer's placeholder for the asker.
kb-form-field-answer = Resposta (Markdown; {"{"}user{"}"} = quem perguntou)
kb-form-field-keywords = Palavras-chave, com vírgulas (opcional)
# `$problems` is one "- problem" a line (in English, from the files' checks).
kb-not-changed = Nada foi alterado:
    { $problems }
kb-added = `{ $entry }` adicionada (em `{ $file }`); ela já está respondendo.
kb-updated = `{ $entry }` atualizada (em `{ $file }`); ela já está respondendo.
kb-overridden = Este servidor agora tem a própria versão de `{ $entry }` (em `{ $file }`); ela já está respondendo.
kb-added-log = { $member } adicionou a entrada `{ $entry }` da base de conhecimento (`{ $file }`).
kb-updated-log = { $member } atualizou a entrada `{ $entry }` da base de conhecimento (`{ $file }`).
kb-overridden-log = { $member } substituiu a entrada `{ $entry }` da base de conhecimento por uma versão própria (`{ $file }`).
kb-removed-log = { $member } removeu a entrada `{ $entry }` da base de conhecimento (`{ $file }`).
kb-removed-own = A versão própria deste servidor de `{ $entry }` foi removida; a entrada compartilhada `{ $entry }` volta a responder.
kb-removed = `{ $entry }` removida; ela não responde mais.
# `$count` entries in all, `$entries` one a line.
kb-list = **Base de conhecimento: { $count ->
        [one] { $count } entrada
       *[other] { $count } entradas
    }** (página { $page } de { $pages })
    { $entries }
# After an entry of the list that is the server's own.
kb-list-own = {"*"}(deste servidor){"*"}

## A slash command the bot cannot read. `$command` is the command as typed ("ticket open"),
## `$option` an option's name, `$expected` one of the option-expected- messages.

option-unknown-command = Não conheço `/{ $command }`; o Discord talvez ainda mostre uma versão antiga dos meus comandos, tente de novo em um minuto.
option-needs-subcommand = `/{ $command }` precisa de um subcomando; o Discord talvez ainda mostre uma versão antiga dele, tente de novo em um minuto.
option-unknown-subcommand = Não conheço `/{ $command } { $sub }`; o Discord talvez ainda mostre uma versão antiga do comando, tente de novo em um minuto.
option-missing = `/{ $command }` precisa da opção `{ $option }`.
option-invalid = `/{ $command }`: a opção `{ $option }` precisa ser { $expected }.
option-expected-text = um texto
option-expected-member = um membro deste servidor
option-expected-channel = um canal deste servidor
option-expected-role = um cargo deste servidor
option-expected-true-or-false = verdadeiro ou falso
# The choices' names as your commands.ftl gives them.
option-expected-priority = baixa, normal, alta ou urgente
option-expected-panel-style = automático, botões ou menu
option-expected-first-response = um número de minutos de { $min } a { $max } (uma semana)
option-expected-page = um número de página de { $min } a { $max }
option-expected-days = um número de dias de { $min } a { $max }
option-expected-tier = um nível de { $min } a { $max }

## The form a member opens a ticket with (/ticket open, a panel's buttons).

open-form-title = Abrir um ticket de suporte
# `$category` is the category's name.
open-form-title-category = Abrir um ticket: { $category }
open-form-topic = Com o que você precisa de ajuda?

## Transcripts: the message they are posted with in the log channel (the server's language)
## and the headings of the files (the ticket owner's). `$ticket` is a ticket's number.

# `$topic` is the ticket's topic, `$agent` who closed it.
transcript-posted = Transcrição do ticket { $ticket } ({ $topic }), fechado por { $agent }.
# The files' title; `$ticket` is "#12".
transcript-title = Ticket { $ticket }: { $topic }
transcript-field-topic = Assunto
transcript-field-category = Categoria
transcript-field-owner = Autor
transcript-field-opened-by = Aberto por
transcript-field-status = Status
transcript-field-priority = Prioridade
transcript-field-tier = Nível
transcript-field-opened = Aberto em
transcript-field-tags = Tags
transcript-field-handled-by = Atendido por
transcript-field-closed = Fechado em
transcript-field-resolution = Resolução
transcript-field-rating = Avaliação
transcript-field-reopened = Reaberto
# `$status` is open, claimed or closed.
transcript-status = { $status ->
        [open] aberto
        [claimed] assumido
       *[closed] fechado
    }
# `$priority` is low, normal, high or urgent.
transcript-priority = { $priority ->
        [low] baixa
        [high] alta
        [urgent] urgente
       *[normal] normal
    }
# `$at` is a date ("2024-05-01 14:00 UTC"), `$who` a name.
transcript-closed-by = { $at } por { $who }
transcript-rating = { $score }/5 (dada pelo autor)
transcript-not-rated = sem avaliação
transcript-reopened-times = { $count ->
        [one] uma vez
       *[other] { $count } vezes
    }
# Someone whose name is not known; `$id` is their Discord id.
transcript-user = usuário { $id }
# After an author's name: " (agent)", " (bot)".
transcript-role-agent = agente
transcript-role-bot = bot
transcript-form = Formulário
transcript-no-messages = Nenhuma mensagem.
transcript-staff-notes = Notas da equipe
transcript-history = Histórico

## The explanation of a match, for moderators: /kb test, the dashboard's test box and
## `concierge kb match` (in English there). It is shown in a fixed-width block, one line per
## message: pad your labels ("question:", "answer:") with spaces to one width so that the
## values line up. `$entry` is an entry's id, `$confidence`, `$threshold` and `$bm25` are
## numbers with two decimals, `$words` are the question's words as written, comma-separated.

kb-explain-question = pergunta: { $question }
kb-explain-answer = resposta: { $entry } (confiança { $confidence })
kb-explain-not-a-question = resposta: nenhuma: isso parece conversa fiada ou não tem palavras do assunto
kb-explain-no-candidate = resposta: nenhuma: nenhuma entrada tem uma palavra em comum com esta pergunta
kb-explain-below-threshold = resposta: nenhuma: a melhor confiança, { $confidence }, está abaixo do limite de { $threshold }
kb-explain-language = idioma:   { $language }
kb-explain-words = palavras: { $words }
kb-explain-why = por quê:  a melhor entrada fica com { $best }% da probabilidade, a segunda com { $runner_up }%; sobreposição de palavras (BM25) { $bm25 }
kb-explain-regex = uma expressão regular da melhor entrada casou com a pergunta
kb-explain-keywords = { $count ->
        [one] { $count } palavra-chave da melhor entrada encontrada
       *[other] { $count } palavras-chave da melhor entrada encontradas
    }
kb-explain-and = {"; "}
kb-explain-candidate = { $rank }. { $entry } ({ $share }%) { $source }
kb-explain-shared = palavras em comum: { $words }
kb-explain-shared-none = palavras em comum: nenhuma
kb-explain-closest = padrão mais próximo: "{ $pattern }"
kb-explain-no-topical = nenhuma palavra do assunto
kb-explain-known = a base de conhecimento conhece { $known } de { $total } { $total ->
        [one] palavra
       *[other] palavras
    }: { $words }
kb-explain-none-known = { $total ->
        [one] a base de conhecimento não conhece a palavra { $words }
       *[other] a base de conhecimento não conhece nenhuma das { $total } palavras: { $words }
    }
kb-explain-unknown = (mas não: { $words })
kb-explain-read = lido { $corrections }
kb-explain-read-as = "{ $written }" como "{ $read }"
kb-explain-common = { $words } { $count ->
        [one] é comum demais para ser considerada
       *[other] são comuns demais para serem consideradas
    }
