# Os problemas encontrados nos arquivos de respostas da base de conhecimento e nas alterações
# feitas neles (veja locales/en/kb.ftl). Os nomes de campos entre crases e as tabelas como
# [[response]] ficam como estão escritos nos arquivos; `$error` são as palavras do sistema,
# do analisador de TOML ou da biblioteca de expressões regulares (em inglês).

## A pasta e os arquivos dela.

kbfile-no-such-folder = essa pasta não existe
kbfile-cannot-read-responses-folder = não foi possível ler a pasta de respostas: { $error }
kbfile-not-a-folder = não é uma pasta (informe a pasta que contém os arquivos de respostas)
kbfile-cannot-read-folder = não foi possível ler a pasta: { $error }
kbfile-cannot-read-file = não foi possível ler o arquivo: { $error }
kbfile-cannot-write-file = não foi possível gravar o arquivo: { $error }
kbfile-too-many-folders = mais de { $limit } pastas; a leitura parou aqui
kbfile-not-a-regular-file = não é um arquivo comum ({ $kind ->
        [fifo] é um FIFO
        [socket] é um socket
        [device] é um dispositivo
       *[other] é outra coisa
    }); só arquivos comuns são lidos
kbfile-file-too-large = grande demais ({ $size } MB; o limite é { $limit } MB)
kbfile-folder-too-large = os arquivos de respostas são grandes demais juntos ({ $size } MB; o limite é { $limit } MB)
kbfile-too-slow = a leitura das respostas levou mais de { $seconds } s; ela parou aqui
kbfile-reload-failed = a leitura das respostas falhou inesperadamente; a base de conhecimento anterior continua respondendo

## O texto de um arquivo.

kbfile-not-utf8 = o arquivo não é UTF-8 válido (byte inválido na posição { $offset }); salve-o como UTF-8
kbfile-toml-syntax = sintaxe TOML: { $error }
kbfile-unknown-top-level = { $error } (um arquivo de respostas contém `language = "<code>"` e tabelas [[response]])
kbfile-unknown-language = `{ $field }` indica `{ $code }`, que não é um idioma que o Concierge conhece; use um destes: { $languages }

## Os campos de uma entrada.

kbfile-unknown-field = campo desconhecido `{ $field }` em [[response]]; o esperado é um destes: { $fields }
kbfile-missing-field = falta o campo obrigatório `{ $field }` (um texto)
kbfile-missing-patterns = falta o campo obrigatório `patterns` (uma lista de perguntas de exemplo)
kbfile-not-a-string = `{ $field }` precisa ser um texto, mas é { $found ->
        [integer] um número inteiro
        [float] um número decimal
        [boolean] um booleano
        [datetime] uma data
        [array] uma lista
        [table] uma tabela
       *[other] um valor do tipo { $found }
    }
kbfile-not-a-list = `{ $field }` precisa ser uma lista de textos, como ["a", "b"]
kbfile-bad-id = o id `{ $id }` só pode ter letras minúsculas, dígitos e hífens ([a-z0-9-]+)
kbfile-id-too-long = o id `{ $id }` é longo demais ({ $chars } caracteres; o limite é { $limit })
kbfile-empty-patterns = `patterns` está vazio: informe pelo menos uma pergunta de exemplo
kbfile-empty-pattern = `patterns` contém um padrão vazio
kbfile-empty-answer = `answer` está vazio
kbfile-answer-too-long = `answer` tem { $chars } caracteres; um embed do Discord comporta no máximo { $limit }
kbfile-title-too-long = `title` tem mais de { $limit } caracteres
kbfile-bad-regex = expressão regular `{ $regex }` inválida: { $error }
kbfile-bad-regex-block = expressão regular `{ $regex }` inválida:
kbfile-regex-too-large = a expressão regular `{ $regex }` é grande demais (mais de { $limit } bytes depois de compilada); simplifique-a
kbfile-bad-channels = `channels` precisa ser uma lista de ids de canais, como ["123456789012345678"]
kbfile-bad-threshold = `threshold` precisa ser um número de 0 a 1
kbfile-bad-cooldown = `cooldown` precisa ser um número inteiro de segundos (0 ou mais)
kbfile-bad-offer-ticket = `offer_ticket` precisa ser true ou false
kbfile-duplicate-id = id `{ $id }` repetido: já usado em { $first }

## As traduções de uma entrada: tabelas [response.lang.<code>].

kbfile-lang-not-tables = `lang` precisa conter uma tabela por idioma, como [response.lang.de]
kbfile-own-language = [response.lang.{ $code }] é o idioma do próprio arquivo: coloque esse texto nos campos da entrada (ou defina `language` no início do arquivo)
kbfile-translation-twice = [response.lang.{ $code }] aparece duas vezes
kbfile-translation-not-a-table = `lang.{ $code }` precisa ser uma tabela com patterns, answer, title e keywords
kbfile-translation-unknown-field = campo desconhecido `{ $field }` em [response.lang.{ $code }]; o esperado é um destes: { $fields }
kbfile-translation-not-a-string = `{ $field }` em [response.lang.{ $code }] precisa ser um texto, mas é { $found ->
        [integer] um número inteiro
        [float] um número decimal
        [boolean] um booleano
        [datetime] uma data
        [array] uma lista
        [table] uma tabela
       *[other] um valor do tipo { $found }
    }
kbfile-translation-not-a-list = `{ $field }` em [response.lang.{ $code }] precisa ser uma lista de textos, como ["a", "b"]
kbfile-translation-empty-pattern = `patterns` em [response.lang.{ $code }] contém um padrão vazio
kbfile-translation-empty-patterns = `patterns` em [response.lang.{ $code }] está vazio: informe pelo menos uma pergunta de exemplo, ou remova o campo
kbfile-translation-empty-answer = `answer` em [response.lang.{ $code }] está vazio
kbfile-translation-answer-too-long = `answer` em [response.lang.{ $code }] tem { $chars } caracteres; um embed do Discord comporta no máximo { $limit }
kbfile-translation-title-too-long = `title` em [response.lang.{ $code }] tem mais de { $limit } caracteres
kbfile-translation-empty = [response.lang.{ $code }] não tem `patterns` nem `answer`: informe as perguntas de exemplo da entrada ou a resposta dela neste idioma

## Uma alteração nas entradas de um servidor (/base adicionar, /base editar, /base remover, os formulários de lacunas do painel).

kbfile-not-response-tables = `response` não é uma lista de tabelas [[response]]
kbfile-toml-unreadable = o arquivo não é um TOML legível: { $error }
kbfile-id-twice-in-file = o id `{ $id }` seria usado duas vezes neste arquivo (também em { $first })
kbfile-id-used-in = o id `{ $id }` já é usado em { $at }
kbfile-id-used-edit-instead = o id `{ $id }` já é usado em { $at }; edite essa entrada em vez disso
kbfile-shared-entry-edit = `{ $id }` é uma entrada compartilhada; edite-a para dar a este servidor uma versão própria
kbfile-shared-entry-remove = `{ $id }` é uma entrada compartilhada: ela atende todos os servidores e só quem roda o bot pode alterá-la (em vez disso, dê a este servidor uma versão própria com /base editar)
kbfile-no-such-entry = não existe a entrada `{ $id }`
kbfile-entry-gone = a entrada `{ $id }` não está mais neste arquivo
kbfile-save-failed = o salvamento falhou inesperadamente ({ $error }); verifique os arquivos do servidor
kbfile-no-pattern-chosen = `patterns`: escolha pelo menos um padrão para adicionar
kbfile-has-every-pattern = `patterns`: `{ $id }` já tem todos estes padrões
