# The desk saying "no" to a person (src/tickets/refusal.rs). Ticket numbers come as
# `$ticket` ("#12"), people as mentions (`$by`, `$holder`, `$owner`, `$target`: "<@123>"),
# times as Discord timestamps (`$again`, `$until`: seconds since 1970, shown by Discord in
# the reader's own time zone). `$action` is one of the `action-` messages below.

refusal-too-many-open = Vous avez déjà { $count ->
        [one] { $count } ticket ouvert
       *[other] { $count } tickets ouverts
    } ({ $open }), soit le maximum qu'un membre peut avoir en même temps ({ $max }). Merci de poursuivre dans { $count ->
        [one] celui-ci
       *[other] l'un d'eux
    }, ou d'en fermer un d'abord.
refusal-opening-too-fast = Vous avez ouvert { $max ->
        [one] { $max } ticket
       *[other] { $max } tickets
    } au cours { $minutes ->
        [one] de la dernière minute
       *[other] des { $minutes } dernières minutes
    }, soit le maximum autorisé pour un membre. Vous pourrez en ouvrir un autre <t:{ $again }:R> ; en attendant, merci de poursuivre dans l'un de vos tickets.
refusal-empty-topic = Merci de donner un court sujet à votre ticket.
refusal-no-such-ticket = Le ticket { $ticket } n'existe pas.
refusal-not-a-ticket = Ce salon n'est pas un ticket.
refusal-agents-only = Seuls les agents du support peuvent { $action }.
refusal-moderators-only = Seuls les modérateurs et les agents du support peuvent faire cela.
refusal-tier-too-low = Seuls les agents de niveau { $tier } (ou supérieur) peuvent { $action }.
refusal-already-claimed = Le ticket { $ticket } est déjà pris en charge par { $by }.
refusal-not-claimed = Le ticket { $ticket } n'est pris en charge par personne.
refusal-not-the-holder = Seul l'agent en charge du ticket { $ticket } ({ $holder }) ou un agent de niveau supérieur peut { $action }.
refusal-owner-or-agent-only = Seule la personne qui a ouvert le ticket { $ticket } ou un agent du support peut { $action }.
refusal-closed = Le ticket { $ticket } est fermé.
refusal-at-top-tier = Le ticket { $ticket } est déjà au niveau le plus élevé (niveau { $tier }) ; il ne peut pas être escaladé davantage.
refusal-not-higher = Le ticket { $ticket } est au niveau { $tier } ; il ne peut être escaladé que vers un niveau supérieur.
refusal-no-such-tier = Le niveau { $tier } n'existe pas : les niveaux vont de 1 à { $max }.
refusal-target-tier-too-low = { $target } ne peut pas prendre le ticket { $ticket } : il faut un agent de niveau { $tier } (ou supérieur).
refusal-blocked = Vous ne pouvez pas ouvrir de tickets sur ce serveur. Si vous pensez qu'il s'agit d'une erreur, merci de contacter les modérateurs du serveur.
refusal-blocked-until = Vous ne pouvez pas ouvrir de tickets sur ce serveur avant le <t:{ $until }:f>. Si vous pensez qu'il s'agit d'une erreur, merci de contacter les modérateurs du serveur.
refusal-owner-answers-close-request = Seule la personne qui a ouvert le ticket, { $owner }, peut répondre à cette demande.
refusal-no-close-request = Le ticket { $ticket } n'a aucune demande de fermeture en attente de réponse (elle a déjà reçu une réponse, ou elle a pris fin).
refusal-no-such-tag = Il n'y a pas de tag `{ $tag }` sur ce serveur ; `/tag liste` les affiche.
refusal-bad-tag-name = `{ $tag }` n'est pas un nom de tag valide : utilisez de 1 à 32 lettres minuscules, chiffres et tirets, comme `facturation` ou `rapport-bug`.
refusal-tag-exists = Ce serveur a déjà un tag `{ $tag }`.
refusal-too-many-tags = Ce serveur a { $count ->
        [one] { $count } tag
       *[other] { $count } tags
    }, soit le maximum autorisé ; supprimez-en un d'abord.
refusal-tags-moderators-only = Seuls les modérateurs de ce serveur (et les membres ayant la permission Gérer le serveur) peuvent modifier ses tags.
refusal-no-such-category = Il n'y a pas de catégorie `{ $category }` sur ce serveur ; `/catégorie liste` les affiche.
refusal-bad-category = Cette catégorie ne peut pas être enregistrée :
    { $problems }
refusal-category-exists = Ce serveur a déjà une catégorie `{ $category }`.
refusal-too-many-categories = Ce serveur a { $count ->
        [one] { $count } catégorie
       *[other] { $count } catégories
    }, soit le maximum autorisé ; supprimez-en une d'abord.
refusal-categories-moderators-only = Seuls les modérateurs de ce serveur (et les membres ayant la permission Gérer le serveur) peuvent modifier ses catégories et ses panneaux.
refusal-same-category = Le ticket { $ticket } est déjà dans la catégorie { $category }.
refusal-no-such-panel = Ce panneau n'existe pas sur ce serveur ; `/panneau liste` affiche les panneaux.
refusal-bad-panel = Ce panneau ne peut pas être enregistré :
    { $problems }
refusal-empty-note = Une note doit contenir du texte.
refusal-blocks-moderators-only = Seuls les modérateurs de ce serveur (et les membres ayant la permission Gérer le serveur) peuvent empêcher des membres d'ouvrir des tickets.
refusal-not-closed-yet = Le ticket { $ticket } pourra être noté une fois fermé.
refusal-not-answered = Le ticket { $ticket } a été fermé avant qu'un agent n'y réponde, il n'y a donc rien à noter.
refusal-bad-score = Une note va de 1 à 5 (reçu : { $score }).
refusal-reopen-window-passed = Le ticket { $ticket } a été fermé il y a plus de { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } et ne peut plus être rouvert. Merci d'ouvrir un nouveau ticket.

## What only some people may do, completing the refusals above.
## French: infinitive phrases, after "Seuls les agents du support peuvent …".

action-claim-tickets = prendre en charge des tickets
action-claim = prendre en charge ce ticket
action-unclaim-tickets = libérer des tickets
action-unclaim = libérer ce ticket
action-change-priority = modifier la priorité de ce ticket
action-move = déplacer ce ticket
action-propose-closing = proposer la fermeture de ce ticket
action-tag-tickets = ajouter des tags aux tickets
action-staff-notes = voir ou rédiger les notes internes
action-transfer = transférer ce ticket
action-escalate = escalader ce ticket
action-close = fermer ce ticket
action-reopen = rouvrir ce ticket
action-add-people = ajouter des personnes à ce ticket
action-answer = répondre à ce ticket
action-see-queue = voir la file d'attente
action-send-canned = envoyer des réponses toutes faites
action-open-for-others = ouvrir un ticket pour quelqu'un d'autre
