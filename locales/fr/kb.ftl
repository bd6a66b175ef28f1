# Les problèmes trouvés dans les fichiers de réponses de la base de connaissances et dans les
# modifications qu'on leur apporte (voir locales/en/kb.ftl). Les noms de champs entre
# backticks et les tables comme [[response]] restent tels qu'ils sont écrits dans les
# fichiers ; `$error` reprend les mots du système, de l'analyseur TOML ou de la bibliothèque
# d'expressions régulières (en anglais).

## Le dossier et ses fichiers.

kbfile-no-such-folder = ce dossier n'existe pas
kbfile-cannot-read-responses-folder = impossible de lire le dossier des réponses : { $error }
kbfile-not-a-folder = ce n'est pas un dossier (indiquez le dossier qui contient les fichiers de réponses)
kbfile-cannot-read-folder = impossible de lire le dossier : { $error }
kbfile-cannot-read-file = impossible de lire le fichier : { $error }
kbfile-cannot-write-file = impossible d'écrire le fichier : { $error }
kbfile-too-many-folders = plus de { $limit } dossiers ; la lecture s'arrête là
kbfile-not-a-regular-file = ce n'est pas un fichier ordinaire ({ $kind ->
        [fifo] c'est un FIFO
        [socket] c'est un socket
        [device] c'est un périphérique
       *[other] c'est autre chose
    }) ; seuls les fichiers ordinaires sont lus
kbfile-file-too-large = trop volumineux ({ $size } Mo, la limite est de { $limit } Mo)
kbfile-folder-too-large = les fichiers de réponses sont trop volumineux ensemble ({ $size } Mo, la limite est de { $limit } Mo)
kbfile-too-slow = la lecture des réponses a pris plus de { $seconds } s ; elle s'est arrêtée ici
kbfile-reload-failed = la lecture des réponses a échoué de façon inattendue ; la base de connaissances précédente continue de répondre

## Le texte d'un fichier.

kbfile-not-utf8 = le fichier n'est pas en UTF-8 valide (octet invalide à la position { $offset }) ; enregistrez-le en UTF-8
kbfile-toml-syntax = syntaxe TOML : { $error }
kbfile-unknown-top-level = { $error } (un fichier de réponses contient `language = "<code>"` et des tables [[response]])
kbfile-unknown-language = `{ $field }` indique `{ $code }`, qui n'est pas une langue que Concierge connaît ; utilisez l'une de celles-ci : { $languages }

## Les champs d'une entrée.

kbfile-unknown-field = champ inconnu `{ $field }` dans [[response]] ; champs possibles : { $fields }
kbfile-missing-field = le champ obligatoire `{ $field }` manque (un texte)
kbfile-missing-patterns = le champ obligatoire `patterns` manque (une liste de questions d'exemple)
kbfile-not-a-string = `{ $field }` doit être un texte, pas { $found ->
        [integer] un nombre entier
        [float] un nombre décimal
        [boolean] un booléen
        [datetime] une date
        [array] une liste
        [table] une table
       *[other] une valeur de type { $found }
    }
kbfile-not-a-list = `{ $field }` doit être une liste de textes, comme ["a", "b"]
kbfile-bad-id = l'identifiant `{ $id }` ne doit contenir que des lettres minuscules, des chiffres et des tirets ([a-z0-9-]+)
kbfile-id-too-long = l'identifiant `{ $id }` est trop long ({ $chars } caractères, la limite est de { $limit })
kbfile-empty-patterns = `patterns` est vide : donnez au moins une question d'exemple
kbfile-empty-pattern = `patterns` contient un modèle vide
kbfile-empty-answer = `answer` est vide
kbfile-answer-too-long = `answer` fait { $chars } caractères ; un embed Discord en contient au plus { $limit }
kbfile-title-too-long = `title` dépasse { $limit } caractères
kbfile-bad-regex = expression régulière `{ $regex }` invalide : { $error }
kbfile-bad-regex-block = expression régulière `{ $regex }` invalide :
kbfile-regex-too-large = l'expression régulière `{ $regex }` est trop lourde (plus de { $limit } octets une fois compilée) ; simplifiez-la
kbfile-bad-channels = `channels` doit être une liste d'identifiants de salons, comme ["123456789012345678"]
kbfile-bad-threshold = `threshold` doit être un nombre de 0 à 1
kbfile-bad-cooldown = `cooldown` doit être un nombre entier de secondes (0 ou plus)
kbfile-bad-offer-ticket = `offer_ticket` doit valoir true ou false
kbfile-duplicate-id = identifiant `{ $id }` en double : déjà utilisé dans { $first }

## Les traductions d'une entrée : les tables [response.lang.<code>].

kbfile-lang-not-tables = `lang` doit contenir une table par langue, comme [response.lang.de]
kbfile-own-language = [response.lang.{ $code }] est la langue du fichier lui-même : mettez ce texte dans les champs de l'entrée (ou indiquez `language` en tête du fichier)
kbfile-translation-twice = [response.lang.{ $code }] est donnée deux fois
kbfile-translation-not-a-table = `lang.{ $code }` doit être une table de patterns, answer, title et keywords
kbfile-translation-unknown-field = champ inconnu `{ $field }` dans [response.lang.{ $code }] ; champs possibles : { $fields }
kbfile-translation-not-a-string = `{ $field }` dans [response.lang.{ $code }] doit être un texte, pas { $found ->
        [integer] un nombre entier
        [float] un nombre décimal
        [boolean] un booléen
        [datetime] une date
        [array] une liste
        [table] une table
       *[other] une valeur de type { $found }
    }
kbfile-translation-not-a-list = `{ $field }` dans [response.lang.{ $code }] doit être une liste de textes, comme ["a", "b"]
kbfile-translation-empty-pattern = `patterns` dans [response.lang.{ $code }] contient un modèle vide
kbfile-translation-empty-patterns = `patterns` dans [response.lang.{ $code }] est vide : donnez au moins une question d'exemple, ou retirez ce champ
kbfile-translation-empty-answer = `answer` dans [response.lang.{ $code }] est vide
kbfile-translation-answer-too-long = `answer` dans [response.lang.{ $code }] fait { $chars } caractères ; un embed Discord en contient au plus { $limit }
kbfile-translation-title-too-long = `title` dans [response.lang.{ $code }] dépasse { $limit } caractères
kbfile-translation-empty = [response.lang.{ $code }] n'a ni `patterns` ni `answer` : donnez les questions d'exemple de l'entrée ou sa réponse dans cette langue

## Une modification des entrées d'un serveur (/base ajouter, /base modifier, /base supprimer, les formulaires des lacunes du tableau de bord).

kbfile-not-response-tables = `response` n'est pas une liste de tables [[response]]
kbfile-toml-unreadable = le fichier n'est pas du TOML lisible : { $error }
kbfile-id-twice-in-file = l'identifiant `{ $id }` serait utilisé deux fois dans ce fichier (aussi dans { $first })
kbfile-id-used-in = l'identifiant `{ $id }` est déjà utilisé dans { $at }
kbfile-id-used-edit-instead = l'identifiant `{ $id }` est déjà utilisé dans { $at } ; modifiez plutôt cette entrée
kbfile-shared-entry-edit = `{ $id }` est une entrée partagée ; modifiez-la pour donner à ce serveur sa propre version
kbfile-shared-entry-remove = `{ $id }` est une entrée partagée : elle sert à tous les serveurs et seule la personne qui fait tourner le bot peut la changer (donnez plutôt à ce serveur sa propre version avec /base modifier)
kbfile-no-such-entry = il n'y a pas d'entrée `{ $id }`
kbfile-entry-gone = l'entrée `{ $id }` n'est plus dans ce fichier
kbfile-save-failed = l'enregistrement a échoué de façon inattendue ({ $error }) ; vérifiez les fichiers du serveur
kbfile-no-pattern-chosen = `patterns` : choisissez au moins un modèle à ajouter
kbfile-has-every-pattern = `patterns` : `{ $id }` a déjà chacun de ces modèles
