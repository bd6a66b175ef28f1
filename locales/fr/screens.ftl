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
setup-roles = **Installer Concierge : étape 1 sur 3, les rôles des agents**
    Les agents traitent les tickets. Le niveau 1 répond en premier ; les niveaux 2 et 3 prennent ce qui leur est escaladé (un seul niveau suffit pour une petite équipe). Choisissez un rôle pour chaque niveau, ou laissez-moi les créer.
    Actuellement : niveau 1 { $tier1 }, niveau 2 { $tier2 }, niveau 3 { $tier3 }{ $more }
# A server with more than three tiers (set with /config): they are kept. `$count` is a number.
setup-roles-more-tiers = { $count ->
        [one] (et un niveau de plus, conservé)
       *[other] (et { $count } niveaux de plus, conservés)
    }
# The menus' placeholders; `$tier` is 1, 2 or 3.
setup-menu-tier = Rôle des agents de niveau { $tier }
setup-menu-tier-optional = Rôle des agents de niveau { $tier } (facultatif)
setup-button-create-tier-roles = Créer pour moi les rôles de niveau manquants
setup-button-next-people = Suivant : modérateurs et astreinte
setup-people = **Installer Concierge : étape 2 sur 3, modérateurs et astreinte** (tous deux facultatifs)
    Les modérateurs modifient la base de connaissances (`/base ajouter`) et consultent les chiffres (`/support stats`) sans être agents. Le rôle d'astreinte est mentionné pour les tickets urgents.
    Actuellement : modérateurs { $moderators }, astreinte { $on_call }
setup-menu-moderators = Rôles des modérateurs (facultatif)
setup-menu-on-call = Rôle d'astreinte (facultatif)
setup-button-create-on-call = Créer un rôle d'astreinte pour moi
setup-button-back = Retour
setup-button-next-channels = Suivant : salons
setup-channels = **Installer Concierge : étape 3 sur 3, les salons**
    Je réponds aux questions dans les salons surveillés, j'ouvre les fils privés des tickets sous le salon des tickets et je publie les transcriptions dans le salon des logs (gardez-le caché des membres : les transcriptions contiennent ce qu'ils ont écrit en privé).
    Actuellement : surveillés { $watched }, tickets { $tickets }, logs { $log }
setup-menu-watched = Salons où les membres posent leurs questions (surveillés)
setup-menu-ticket-channel = Salon des tickets (les fils privés des tickets s'ouvrent dessous)
setup-menu-log-channel = Salon des logs (transcriptions, caché des membres)
# `$channel` is the channel's name (help, tickets or support-log), the same in every language.
setup-button-create-channel = Créer #{ $channel } pour moi
setup-button-finish = Terminer
# The summary. `$missing` is roles (no tier 1 role), channel (no ticket channel) or both.
setup-summary-set-up = **Concierge est installé.**
setup-summary-not-set-up = **Pas encore installé :** il manque encore { $missing ->
        [roles] un rôle de niveau 1
        [channel] un salon des tickets
       *[both] un rôle de niveau 1 et un salon des tickets
    }.
# `$state` is setup-summary-set-up or setup-summary-not-set-up; each list is mentions, or
# setup-none.
setup-summary = { $state }
    - Agents : { $agents }
    - Modérateurs : { $moderators }
    - Astreinte : { $on_call }
    - Salons surveillés : { $watched }
    - Salon des tickets : { $tickets }
    - Salon des logs : { $log }
# After the summary, once set up: one of the first two, then the third.
setup-summary-try = Essayez : posez-moi une question dans { $channel } comme le ferait un membre (« comment réinitialiser mon mot de passe ? »), ou ouvrez un ticket avec `/ticket ouvrir`.
setup-summary-no-watched = Aucun salon surveillé : les membres ouvrent des tickets avec `/ticket ouvrir` ; choisissez un salon où ils posent leurs questions et j'y répondrai aussi.
setup-summary-give-roles = Attribuez les rôles de niveau à vos agents. Limites, objectifs de SLA et heures d'ouverture : `/config afficher`.
setup-button-change = Modifier quelque chose
# Nothing chosen yet.
setup-none = (aucun)
# In the summary's list of agents' roles.
setup-tier-role = niveau { $tier } { $role }
# A role picked for a tier while it is another tier's.
setup-tier-taken = { $role } est déjà le rôle du niveau { $tier } : un rôle n'appartient qu'à un seul niveau.

## /setup's "create it for me" buttons. `$new` is yes (made now) or no (one of that name
## was there already and is used).

# `$what` is a role's name ("Support tier 1") or a channel's ("#help"); `$error` is Discord's
# words (English).
setup-create-failed = Je n'ai pas pu créer { $what } : Discord a répondu « { $error } ». Choisissez plutôt un élément existant, ou réessayez.
# `$role` is the role's name ("Support on call").
setup-create-needs-manage-roles = J'ai besoin de la permission **Gérer les rôles** pour créer le rôle { $role }. Accordez-la-moi, ou choisissez un rôle existant.
# `$channel` is the channel's name without its # ("tickets").
setup-create-needs-manage-channels = J'ai besoin de la permission **Gérer les salons** pour créer #{ $channel }. Accordez-la-moi, ou choisissez un salon existant.
# One role in setup-made-tier-roles' list.
setup-made-role = { $new ->
        [yes] { $role } créé
       *[no] { $role } repris
    }
# `$roles` is a list of setup-made-role, comma-separated.
setup-made-tier-roles = Rôles de niveau : { $roles }.
setup-every-tier-has-a-role = Chaque niveau a déjà un rôle.
setup-cannot-show-channel = Je n'ai pas pu donner à { $role } l'accès à { $channel } (« { $error } ») : accordez-lui Voir les salons et Gérer les fils dans ce salon.
setup-give-tier-roles = Attribuez-les à vos agents (Paramètres du serveur → Membres).
setup-made-on-call = Rôle d'astreinte : { $role } { $new ->
        [yes] créé
       *[no] repris
    }.
setup-already-watched = { $channel } est déjà surveillé.
setup-made-help = Salon surveillé : { $channel } { $new ->
        [yes] créé
       *[no] repris
    }.
setup-made-tickets = Salon des tickets : { $new ->
        [yes] { $channel } créé (les membres le voient mais n'écrivent que dans leurs propres fils de ticket ; les agents voient tous les tickets).
       *[no] le salon existant { $channel } est repris.
    }
setup-made-log = Salon des logs : { $new ->
        [yes] { $channel } créé (caché des membres ; les agents et les modérateurs le voient).
       *[no] le salon existant { $channel } est repris.
    }
# The topics of the channels made, in the server's language.
setup-topic-help = Posez vos questions ici : Concierge répond aux plus fréquentes et ouvre un ticket pour le reste.
setup-topic-tickets = Tickets de support privés : ouvrez-en un avec /ticket ouvrir. Seuls vous et l'équipe de support voyez le vôtre.
setup-topic-log = Le journal de Concierge : transcriptions, escalades et changements de réglages. À garder caché des membres.

## Settings that name the wrong channel or role, checked when the bot connects, in /setup's
## summary and when /config changes them. `$key` is the setting's .env key and /config name
## ("LOG_CHANNEL_ID (log_channel)"), `$id` the id it holds, `$name` a channel's name, `$error`
## Discord's words (English).

setup-check-other-server = { $key } : { $id } est #{ $name } sur un autre serveur
# `$kind` is Discord's name of the channel's type (Voice, Category, Forum…).
setup-check-not-text = { $key } : { $id } est #{ $name }, un salon de type { $kind } ; il faut un salon textuel
setup-check-not-in-server = { $key } : { $id } n'est pas un salon de serveur
setup-check-no-channel = { $key } : aucun salon { $id } visible par le bot ({ $error }) ; copiez l'identifiant avec Mode développeur → Copier l'identifiant du salon
# `$guild` is the server's id.
setup-check-roles-unreadable = { $key } : impossible de lire les rôles du serveur { $guild } ({ $error })
setup-check-no-role = { $key } : aucun rôle { $id } sur le serveur ; copiez l'identifiant avec Mode développeur → Copier l'identifiant du rôle
setup-check-log-readable = { $key } : tout le monde peut lire #{ $name }, et les transcriptions qui y sont publiées contiennent ce que les membres ont écrit en privé ainsi que les notes de l'équipe : retirez Voir les salons à @everyone dans ce salon
# `$role` is the role's name.
setup-check-tier-blind = { $key } : le rôle { $role } ne voit pas les fils privés des tickets dans #{ $name } : accordez-lui Gérer les fils dans ce salon
# In the log channel; `$problems` is one "- problem" a line.
setup-check-report =
    Certains réglages désignent des salons ou des rôles incorrects :
    { $problems }

## /config show|set|reset. `$key` is a setting's name as /config spells it (max_open_tickets),
## `$value` and `$was` a value as shown (a mention, `3`, or config-not-set).

config-show-title = Les réglages de Concierge pour ce serveur
config-show-footer = Modifiez-en un avec /config définir, rétablissez sa valeur par défaut avec /config réinitialiser.
# `$key` is what was typed.
config-no-such-setting = Il n'y a pas de réglage `{ $key }` ; `/config afficher` les liste.
# `$problems` is one config-problem a line.
config-not-changed = Rien n'a été modifié. { $problems }
config-problem = `{ $key }` : { $problem }
config-already = `{ $key }` vaut déjà { $value }.
config-changed = `{ $key }` vaut désormais { $value } (avant : { $was }).
config-not-set = (non défini)
config-default = { $value } (par défaut)
# In the log channel; `$change` is config-changed, `$command` the command used ("/setup").
config-changed-log = { $member } a modifié un réglage : { $change }
config-changed-log-via = { $member } a modifié un réglage avec { $command } : { $change }
# /config delete-data's button.
config-delete-button = Tout supprimer

## What each setting is for, shown while choosing one in /config set and /config reset.

config-help-support-channels = les salons où les membres posent leurs questions et où le bot répond
config-help-ticket-channel = le salon sous lequel les fils privés des tickets sont créés
config-help-log-channel = transcriptions, rapports de rechargement, changements de réglages (à cacher des membres)
config-help-tier-roles = les rôles des agents, niveau 1 en premier
config-help-moderator-roles = qui peut utiliser les outils de la base de connaissances et des statistiques sans être agent
config-help-on-call-role = mentionné pour les tickets urgents
config-help-max-open-tickets = le nombre de tickets qu'un membre peut avoir ouverts en même temps
config-help-max-tickets-per-hour = le nombre de tickets qu'un membre peut ouvrir lui-même par heure (0 : sans limite)
config-help-on-call-ping-window-minutes = l'astreinte n'est mentionnée pour les tickets urgents d'un même membre qu'une fois par tranche de ce nombre de minutes
config-help-reopen-window-days = le nombre de jours après la fermeture pendant lesquels un ticket peut être rouvert
config-help-sla-first-response-minutes = l'objectif de première réponse, par niveau
config-help-sla-urgent-first-response-minutes = l'objectif de première réponse pour les tickets urgents
config-help-sla-high-first-response-minutes = l'objectif de première réponse pour les tickets de priorité haute
config-help-sla-low-first-response-minutes = l'objectif de première réponse pour les tickets de priorité basse
config-help-close-request-hours = les heures dont dispose un membre pour répondre à une demande de fermeture avant que le ticket se ferme de lui-même
config-help-inactivity-hours = les heures de silence du membre après le dernier message d'un agent avant que le bot demande si le ticket est résolu (0 : jamais)
config-help-inactivity-close-hours = les heures pendant lesquelles le bot attend ensuite une réponse avant de fermer le ticket pour inactivité
config-help-urgent-keywords = les mots qui rendent un ticket urgent (vide : la liste intégrée)
config-help-business-hours = quand l'équipe travaille, par exemple `mon-fri 09:00-17:00` (vide : toujours ouvert)
config-help-business-timezone = le fuseau horaire des heures d'ouverture, par exemple `Europe/Paris` (vide : UTC)
config-help-language = la langue des messages du bot dans les salons : en, de, fr, es, pt-BR ou ru (vide : la langue Discord du serveur)
config-help-rating-grace-hours = les heures pendant lesquelles un ticket fermé attend sa note avant d'être verrouillé
config-help-rating-change-minutes = les minutes pendant lesquelles l'auteur peut changer sa note avant que le fil soit verrouillé
config-help-member-answers-per-minute = le nombre de réponses automatiques qu'un membre peut recevoir par minute (0 : sans limite)
config-help-repeat-window-seconds = la même réponse dans un salon pendant ce délai renvoie à la précédente
config-help-agent-quiet-minutes = le bot reste silencieux dans un salon où un agent a écrit pendant ce délai

## What is wrong with a setting's value (/config, /setup; the dashboard and the command line
## say it in English). `$value` is what was given; the day names (mon-fri) and times are the
## format business hours are written in, the same in every language.

config-problem-no-such-setting = ce réglage n'existe pas
config-problem-not-an-id = `{ $value }` n'est pas un identifiant Discord (un nombre comme 123456789012345678)
config-problem-not-an-id-list = `{ $value }` n'est pas un identifiant Discord (attendu : une liste d'identifiants séparés par des virgules)
config-problem-not-a-number = `{ $value }` n'est pas un nombre entier de { $min } à { $max }
# `$languages` is the list of codes ("en, de, fr, es, pt-BR, ru").
config-problem-not-a-language = `{ $value }` n'est pas une langue que parle Concierge (l'une de { $languages })
config-problem-bad-timezone = `{ $value }` n'est pas un nom de fuseau horaire (comme Europe/Paris ou America/New_York)
config-problem-bad-hours = `{ $value }` n'a pas la forme `mon-fri 09:00-17:00`
config-problem-bad-day = `{ $value }` n'est pas un jour (mon, tue, wed, thu, fri, sat, sun)
config-problem-bad-window = `{ $value }` n'est pas une plage horaire comme 09:00-17:00 (début avant la fin, jusqu'à 24:00)
config-problem-never-open = les heures d'ouverture doivent couvrir au moins un jour

## /category add|edit|remove|list. `$category` is a category's emoji and name, `$name` its
## name (both written by the moderators, shown as they are).

category-removed = Catégorie **{ $name }** supprimée : plus aucun nouveau ticket ne s'y ouvre ; ses tickets la conservent. Les panneaux du serveur ne la proposent plus.
category-removed-log = { $member } a supprimé la catégorie de tickets **{ $name }**.
# A category in a line: `$details` is a comma-separated list of the next messages.
category-described = **{ $category }** : { $description } ({ $details })
category-described-plain = **{ $category }** ({ $details })
category-team = équipe { $role }
category-tier-1-role = le rôle de niveau 1
category-first-response = première réponse sous { $minutes } min
# `$priority` is low, high or urgent (its English name).
category-starts = commence en priorité { $priority ->
        [low] basse
        [high] haute
        [urgent] urgente
       *[normal] normale
    }
category-never-asked = ne demande jamais « Est-ce résolu ? »
category-form = { $count ->
        [0] pas de formulaire
        [one] un formulaire d'une question
       *[other] un formulaire de { $count } questions
    }
category-none = Ce serveur n'a aucune catégorie de tickets ; chaque ticket va au rôle de niveau 1. Les modérateurs en ajoutent avec `/catégorie ajouter`.
# `$categories` is one category-described a line (and its questions).
category-list = **Catégories** ({ $count } sur { $max } au maximum) :
    { $categories }
category-added = Catégorie ajoutée : { $category }
    Les membres la choisissent avec `/ticket ouvrir catégorie:` ou sur un panneau (`/panneau publier`).
category-changed = Catégorie modifiée : { $category }
    Les membres la choisissent avec `/ticket ouvrir catégorie:` ou sur un panneau (`/panneau publier`).
category-added-log = { $member } a ajouté la catégorie de tickets { $category }.
category-changed-log = { $member } a modifié la catégorie de tickets { $category }.
# The form.
category-form-title-new = Nouvelle catégorie de tickets
category-form-title-edit = Modifier { $name }
category-form-name = Nom
category-form-emoji = Emoji (facultatif)
category-form-description = Description (facultative)
# `$max` is the most questions a form has (5).
category-form-questions = Formulaire : { $max } questions max., une par ligne
# An example of two questions: a question's label, then short or paragraph, then its length
# or optional. Translate the labels only: short, paragraph and optional are the format.
category-form-questions-example = Numéro de commande | short | 3-20
    Que s'est-il passé ? | paragraph | optional

## /panel post|edit|remove|list. `$panel` is a panel's number; `$error` Discord's words
## (English).

# The words a new panel is offered with (the moderator may change them): in the server's
# language, as the panel is.
panel-default-title = Contacter l'équipe de support
panel-default-description = Choisissez le sujet de votre question : un ticket privé s'ouvre, que seuls vous et l'équipe de support pouvez voir.
panel-form-title = Panneau de tickets
panel-form-field-title = Titre
panel-form-field-description = Description
panel-deleted = Panneau { $panel } dans { $channel } supprimé.
panel-forgotten = Panneau { $panel } dans { $channel } oublié (Discord ne m'a pas laissé supprimer son message ; supprimez-le à la main).
panel-removed-log = { $member } a supprimé le panneau de tickets { $panel } dans { $channel }.
panel-none = Ce serveur n'a aucun panneau de tickets ; publiez-en un avec `/panneau publier`.
# `$panels` is one panel-list-line a line.
panel-list = **Panneaux de tickets** :
    { $panels }
# `$style` is auto, buttons or menu; `$link` the message's address; `$title` its title.
panel-list-line = - **{ $panel }** `{ $style ->
        [buttons] boutons
        [menu] menu
       *[auto] auto
    }` dans { $channel } ({ $link }) : { $title }
panel-edit-failed = Discord ne m'a pas laissé modifier le panneau { $panel } dans { $channel } ({ $error }) ; rien n'a été modifié. Si son message a été supprimé, retirez-le avec `/panneau supprimer` et publiez-en un nouveau.
panel-edited-log = { $member } a modifié le panneau de tickets { $panel } dans { $channel }.
panel-updated = Panneau { $panel } dans { $channel } mis à jour.
panel-post-failed = Discord ne m'a pas laissé publier dans { $channel } ({ $error }) ; vérifiez que je peux voir ce salon, y envoyer des messages et y intégrer des liens.
panel-posted-log = { $member } a publié le panneau de tickets { $panel } dans { $channel }.
# `$button` is panel-button-open as the panel shows it (in the server's language).
panel-posted-button = Panneau { $panel } publié dans { $channel } avec un seul bouton **{ $button }** (ajoutez des catégories avec `/catégorie ajouter` et il les affichera). `/panneau modifier panneau:{ $panel }` le modifie sur place.
panel-posted-categories = Panneau { $panel } publié dans { $channel } avec les catégories du serveur. `/panneau modifier panneau:{ $panel }` le modifie sur place.
# On the panel, in the server's language.
panel-button-open = Ouvrir un ticket
panel-menu-placeholder = Choisissez le sujet de votre ticket
# In the log channel.
panel-update-failed-log = Le panneau de tickets { $panel } dans { $channel } n'a pas pu être mis à jour avec les catégories actuelles ({ $error }). Modifiez-le avec `/panneau modifier panneau:{ $panel }`, ou supprimez-le avec `/panneau supprimer`.

## /kb add|edit|remove|list|test. `$entry` is an entry's id, `$file` the file it is in.

# Under /kb test's explanation when the answer is one of the server's own entries.
kb-test-own-entries = (tiré des entrées propres à ce serveur)
kb-form-title-new = Nouvelle entrée de la base de connaissances
kb-form-title-edit = Modifier { $entry }
kb-form-field-id = Identifiant (a-z, 0-9 et -)
kb-form-field-title = Titre (facultatif)
kb-form-field-patterns = Exemples de questions, une par ligne
# {"{"}user{"}"} is written as is: the answer's placeholder for the asker.
kb-form-field-answer = Réponse (Markdown ; {"{"}user{"}"} = l'auteur)
kb-form-field-keywords = Mots-clés, avec des virgules (facultatif)
# `$problems` is one "- problem" a line (in English, from the files' checks).
kb-not-changed = Rien n'a été modifié :
    { $problems }
kb-added = `{ $entry }` ajoutée (dans `{ $file }`) ; elle répond dès maintenant.
kb-updated = `{ $entry }` mise à jour (dans `{ $file }`) ; elle répond dès maintenant.
kb-overridden = Ce serveur a désormais sa propre version de `{ $entry }` (dans `{ $file }`) ; elle répond dès maintenant.
kb-added-log = { $member } a ajouté l'entrée `{ $entry }` de la base de connaissances (`{ $file }`).
kb-updated-log = { $member } a mis à jour l'entrée `{ $entry }` de la base de connaissances (`{ $file }`).
kb-overridden-log = { $member } a remplacé l'entrée `{ $entry }` de la base de connaissances par sa propre version (`{ $file }`).
kb-removed-log = { $member } a supprimé l'entrée `{ $entry }` de la base de connaissances (`{ $file }`).
kb-removed-own = La version propre à ce serveur de `{ $entry }` a été supprimée ; l'entrée partagée `{ $entry }` répond de nouveau.
kb-removed = `{ $entry }` supprimée ; elle ne répond plus.
# `$count` entries in all, `$entries` one a line.
kb-list = **Base de connaissances : { $count ->
        [one] { $count } entrée
       *[other] { $count } entrées
    }** (page { $page } sur { $pages })
    { $entries }
# After an entry of the list that is the server's own.
kb-list-own = {"*"}(propre à ce serveur){"*"}

## A slash command the bot cannot read. `$command` is the command as typed ("ticket open"),
## `$option` an option's name, `$expected` one of the option-expected- messages.

option-unknown-command = Je ne connais pas `/{ $command }` ; Discord affiche peut-être encore une ancienne version de mes commandes, réessayez dans une minute.
option-needs-subcommand = `/{ $command }` demande une sous-commande ; Discord en affiche peut-être encore une ancienne version, réessayez dans une minute.
option-unknown-subcommand = Je ne connais pas `/{ $command } { $sub }` ; Discord affiche peut-être encore une ancienne version de la commande, réessayez dans une minute.
option-missing = `/{ $command }` demande l'option `{ $option }`.
option-invalid = `/{ $command }` : l'option `{ $option }` doit être { $expected }.
option-expected-text = du texte
option-expected-member = un membre de ce serveur
option-expected-channel = un salon de ce serveur
option-expected-role = un rôle de ce serveur
option-expected-true-or-false = vrai ou faux
# The choices' names as your commands.ftl gives them.
option-expected-priority = basse, normale, haute ou urgente
option-expected-panel-style = auto, boutons ou menu
option-expected-first-response = un nombre de minutes de { $min } à { $max } (une semaine)
option-expected-page = un numéro de page de { $min } à { $max }
option-expected-days = un nombre de jours de { $min } à { $max }
option-expected-tier = un niveau de { $min } à { $max }

## The form a member opens a ticket with (/ticket open, a panel's buttons).

open-form-title = Ouvrir un ticket de support
# `$category` is the category's name.
open-form-title-category = Ouvrir un ticket : { $category }
open-form-topic = Pour quoi avez-vous besoin d'aide ?

## Transcripts: the message they are posted with in the log channel (the server's language)
## and the headings of the files (the ticket owner's). `$ticket` is a ticket's number.

# `$topic` is the ticket's topic, `$agent` who closed it.
transcript-posted = Transcription du ticket { $ticket } ({ $topic }), fermé par { $agent }.
# The files' title; `$ticket` is "#12".
transcript-title = Ticket { $ticket } : { $topic }
transcript-field-topic = Sujet
transcript-field-category = Catégorie
transcript-field-owner = Auteur
transcript-field-opened-by = Ouvert par
transcript-field-status = Statut
transcript-field-priority = Priorité
transcript-field-tier = Niveau
transcript-field-opened = Ouvert le
transcript-field-tags = Tags
transcript-field-handled-by = Pris en charge par
transcript-field-closed = Fermé le
transcript-field-resolution = Résolution
transcript-field-rating = Note
transcript-field-reopened = Rouvert
# `$status` is open, claimed or closed.
transcript-status = { $status ->
        [open] ouvert
        [claimed] pris en charge
       *[closed] fermé
    }
# `$priority` is low, normal, high or urgent.
transcript-priority = { $priority ->
        [low] basse
        [high] haute
        [urgent] urgente
       *[normal] normale
    }
# `$at` is a date ("2024-05-01 14:00 UTC"), `$who` a name.
transcript-closed-by = { $at } par { $who }
transcript-rating = { $score }/5 (donnée par l'auteur)
transcript-not-rated = pas noté
transcript-reopened-times = { $count ->
        [one] une fois
       *[other] { $count } fois
    }
# Someone whose name is not known; `$id` is their Discord id.
transcript-user = utilisateur { $id }
# After an author's name: " (agent)", " (bot)".
transcript-role-agent = agent
transcript-role-bot = bot
transcript-form = Formulaire
transcript-no-messages = Aucun message.
transcript-staff-notes = Notes de l'équipe
transcript-history = Historique

## The explanation of a match, for moderators: /kb test, the dashboard's test box and
## `concierge kb match` (in English there). It is shown in a fixed-width block, one line per
## message: pad your labels ("question:", "answer:") with spaces to one width so that the
## values line up. `$entry` is an entry's id, `$confidence`, `$threshold` and `$bm25` are
## numbers with two decimals, `$words` are the question's words as written, comma-separated.

kb-explain-question = question : { $question }
kb-explain-answer = réponse :  { $entry } (confiance { $confidence })
kb-explain-not-a-question = réponse :  aucune : cela ressemble à du bavardage ou ne contient aucun mot de sujet
kb-explain-no-candidate = réponse :  aucune : aucune entrée n'a de mot en commun avec cette question
kb-explain-below-threshold = réponse :  aucune : la meilleure confiance, { $confidence }, est sous le seuil de { $threshold }
kb-explain-language = langue :   { $language }
kb-explain-words = mots :     { $words }
kb-explain-why = pourquoi : la meilleure entrée prend { $best } % de la probabilité, la suivante { $runner_up } % ; recouvrement des mots (BM25) { $bm25 }
kb-explain-regex = une expression régulière de la meilleure entrée correspond
kb-explain-keywords = { $count ->
        [one] { $count } mot-clé de la meilleure entrée est présent
       *[other] { $count } mots-clés de la meilleure entrée sont présents
    }
kb-explain-and = {" ; "}
kb-explain-candidate = { $rank }. { $entry } ({ $share } %) { $source }
kb-explain-shared = mots en commun : { $words }
kb-explain-shared-none = mots en commun : aucun
kb-explain-closest = modèle le plus proche : « { $pattern } »
kb-explain-no-topical = aucun mot de sujet
kb-explain-known = { $known } { $known ->
        [one] mot
       *[other] mots
    } sur { $total } { $known ->
        [one] est connu
       *[other] sont connus
    } de la base de connaissances : { $words }
kb-explain-none-known = { $total ->
        [one] le mot { $words } n'est pas connu de la base de connaissances
       *[other] aucun des { $total } mots n'est connu de la base de connaissances : { $words }
    }
kb-explain-unknown = (mais pas : { $words })
kb-explain-read = lu { $corrections }
kb-explain-read-as = « { $written } » comme « { $read } »
kb-explain-common = { $words } { $count ->
        [one] est trop courant pour être pris en compte
       *[other] sont trop courants pour être pris en compte
    }
