# The rest of what the bot says in Discord (src/bot/render.rs): a ticket's changes in its
# thread, the pings for the agents, why nothing changed, errors, set-up and the knowledge
# base's small replies. `$ticket` is the ticket's number ("12") and `$tier` a tier's
# ("2"); people are mentions (`$agent`, `$by`, `$member`: "<@123>"); times are Discord
# timestamps (seconds). `$priority` and `$was` are a priority's key, which is also its
# English name: low, normal, high or urgent; other languages select on it
# ({ $priority -> [low] … [high] … [urgent] … *[normal] … }).

## A ticket's changes, said in its thread.

# `$reason` is empty, or " Reason: …" (ticket-escalated-reason, its space added by the bot).
ticket-escalated-by = Le ticket { $ticket } a été escaladé au niveau { $tier } par { $agent }.{ $reason }
ticket-escalated-automatically = Le ticket { $ticket } a été escaladé automatiquement au niveau { $tier } : aucun agent n'a répondu dans le délai cible de première réponse.{ $reason }
# Escalated with no one named (not sent today).
ticket-escalated = Le ticket { $ticket } a été escaladé au niveau { $tier }.{ $reason }
# `$reason` is the agent's text, already made inert.
ticket-escalated-reason = Raison : { $reason }
# The SLA clock, for a ticket already at the top tier: nowhere higher to go.
ticket-sla-breached = Le ticket { $ticket } a dépassé son délai cible de première réponse : aucun agent n'a répondu à temps, et il est déjà au niveau le plus élevé (niveau { $tier }). Il reste dans la file d'attente du niveau { $tier } avec une nouvelle échéance.
ticket-reopened = { $agent } a rouvert le ticket { $ticket }. Il est de retour dans la file d'attente du niveau { $tier }.
ticket-released = { $agent } a libéré le ticket { $ticket } ; il est de retour dans la file d'attente du niveau { $tier }.
ticket-transferred = Le ticket { $ticket } est désormais pris en charge par { $agent }.
# `$due` is empty, or " A first answer …" (ticket-priority-due, its space added by the bot)
# while the ticket waits for its first answer.
ticket-priority-set = Le ticket { $ticket } est désormais en priorité **{ $priority ->
        [low] basse
        [high] haute
        [urgent] urgente
       *[normal] normale
    }** (auparavant : { $was ->
        [low] basse
        [high] haute
        [urgent] urgente
       *[normal] normale
    }), modifiée par { $agent }.{ $due }
ticket-priority-due = Une première réponse est attendue d'ici le <t:{ $due }:f>.
# `$category` is the category's emoji and name.
ticket-moved = Le ticket { $ticket } a été déplacé dans la catégorie **{ $category }** par { $agent } ; il est de retour dans la file d'attente de son équipe.
ticket-moved-elsewhere = Le ticket { $ticket } a été déplacé dans une autre catégorie par { $agent } ; il est de retour dans la file d'attente de l'équipe concernée.
# `$by` added `$member` to the thread.
ticket-member-added = { $by } a ajouté { $member } à ce ticket.
# The agent who closed a ticket is told (the thread hears ticket-closed-rate).
ticket-closed-reply = Ticket { $ticket } fermé.
# The line in the intro of a ticket opened from an automatic answer's "Talk to a human"
# button; `$entry` is the answer's title.
ticket-note-answer-did-not-help = La réponse automatique « { $entry } » n'a pas résolu le problème.

## The pings for the agents, in the ticket's thread (their role mentions follow).

ticket-needs-tier = Agents de niveau { $tier } : le ticket { $ticket } a besoin de vous.
# `$team` is the category's name: its team works its tickets at tier 1.
ticket-needs-team = Équipe { $team } : le ticket { $ticket } a besoin de vous.
ticket-needs-an-agent-again = Ce ticket a de nouveau besoin d'un agent.
ticket-urgent-on-call = Le ticket { $ticket } est désormais **urgent** ; l'équipe d'astreinte a été prévenue.
ticket-urgent-tier = Le ticket { $ticket } est désormais **urgent** ; les agents de niveau { $tier } ont été prévenus.

## Why nothing changed: the ticket is already as asked.

ticket-already-yours = Vous êtes déjà en charge du ticket { $ticket }.
ticket-already-claimed = Le ticket { $ticket } est déjà pris en charge.
ticket-already-unclaimed = Le ticket { $ticket } n'est pris en charge par personne ; il est dans la file d'attente du niveau { $tier }.
ticket-already-handled-by = Le ticket { $ticket } est déjà pris en charge par { $agent }.
ticket-already-at-tier = Le ticket { $ticket } est déjà au niveau { $tier }.
ticket-already-closed = Le ticket { $ticket } est déjà fermé.
ticket-already-open = Le ticket { $ticket } est déjà ouvert.
ticket-already-priority = Le ticket { $ticket } est déjà en priorité { $priority ->
        [low] basse
        [high] haute
        [urgent] urgente
       *[normal] normale
    }.

## When a ticket cannot be opened.

open-thread-failed = Je n'ai pas pu créer le fil de votre ticket (Discord a renvoyé une erreur), aucun ticket n'a donc été ouvert. Merci de réessayer dans un instant.
open-form-changed = Le formulaire de cette catégorie a été modifié pendant que vous le remplissiez, vos réponses risquent donc de ne plus correspondre à ses questions. Aucun ticket n'a été ouvert : merci d'ouvrir à nouveau le formulaire.
open-category-gone = Cette catégorie n'est plus proposée sur ce serveur ; merci d'en choisir une autre, ou d'utiliser `/ticket ouvrir`.

## Automatic answers and ratings.

# An answer's buttons, pressed by someone else than the asker.
answer-not-yours = Ces boutons sont réservés à la personne qui a posé la question. Si vous avez la même question, posez-la vous-même, ou ouvrez un ticket avec `/ticket ouvrir`.
answer-solved-thanks = Tant mieux si cela vous a aidé ! Question marquée comme résolue.
# After the rater's mention and a comma.
rating-not-saved = je n'ai pas pu enregistrer votre note pour le moment (un problème de notre côté). Merci de retirer votre réaction, puis de la remettre dans un instant.

## Errors. `$reference` is the code of the log line ("3f2a9c1e").

error-database-unavailable = La base de données du support est indisponible pour le moment, rien n'a donc été modifié. Merci de réessayer dans une minute. Référence : { $reference }
error-internal = Un problème est survenu de notre côté ; l'équipe a été prévenue. Référence : { $reference }
error-too-slow = La préparation a pris trop de temps ; merci de réessayer.
error-stale-button = Ce bouton ou ce formulaire n'est plus actif ; merci de refaire votre demande ou d'utiliser `/ticket ouvrir`.

## Setting Concierge up.

# The one message a server that is not set up gets when the bot joins it; `$server` is
# the server's name.
setup-welcome = Bonjour { $server } ! Je suis Concierge : je réponds aux questions qui reviennent souvent et j'ouvre des tickets privés pour tout le reste. Rien n'est encore configuré ici, je reste donc silencieux d'ici là. Un membre ayant la permission **Gérer le serveur** peut me configurer avec `/installer` (quelques menus : les rôles des agents, les salons d'aide, le salon des tickets ; je peux créer ce qui manque).
setup-not-set-up = Concierge n'est pas encore configuré sur ce serveur : il lui faut un salon pour les tickets et les rôles des agents. Un membre ayant la permission Gérer le serveur peut le configurer avec `/installer`.
setup-manage-server-only = Seuls les membres ayant la permission Gérer le serveur peuvent voir ou modifier les réglages de Concierge.

## Deleting a server's data (/config delete-data).

config-delete-owner-only = Seul le propriétaire du serveur peut supprimer les données de Concierge pour ce serveur.
config-delete-warning = Cette action supprime **tout** ce que Concierge conserve pour ce serveur, immédiatement et définitivement : les tickets, leurs messages, transcriptions et notes, les réponses et leurs votes, les questions restées sans réponse, les réglages et leur historique, ainsi que les entrées de la base de connaissances propres à ce serveur. Appuyez sur le bouton pour continuer ; ignorez ce message pour tout conserver.
# `$tickets` and `$other` are counts (plurals may select on them).
config-deleted = Suppression effectuée : { $tickets ->
        [one] { $tickets } ticket
        [many] { $tickets } de tickets
       *[other] { $tickets } tickets
    } et { $other ->
        [one] { $other } autre élément
        [many] { $other } d'autres éléments
       *[other] { $other } autres éléments
    }. Concierge reste sur le serveur, sans configuration ; retirez-le depuis Paramètres du serveur → Intégrations si vous ne voulez plus de lui.

## The knowledge base.

kb-edit-moderators-only = Seuls les modérateurs de ce serveur (et les membres ayant la permission Gérer le serveur) peuvent modifier sa base de connaissances.
# "Answer with knowledge base" on a message that is not a member's.
kb-pick-a-message = Choisissez le message d'un membre auquel répondre (ni un message du bot lui-même, ni celui d'un autre bot).
kb-no-entries = La base de connaissances ne contient aucune entrée avec laquelle répondre.
# Above the entry picker; the member's message follows, quoted, on the next line.
kb-pick-an-entry = Avec quelle entrée répondre à ce message ? Les meilleures correspondances en premier.
# `$entry` is what was asked for, as inline code.
kb-no-such-entry = L'entrée { $entry } n'existe pas.

## The log channel.

# `$opened_by` is ticket-opened-by or ticket-opened-by-for; `$category` the category's name.
log-ticket-opened = Ticket { $ticket } { $opened_by } (priorité { $priority ->
        [low] basse
        [high] haute
        [urgent] urgente
       *[normal] normale
    }).
log-ticket-opened-in = Ticket { $ticket } { $opened_by } dans { $category } (priorité { $priority ->
        [low] basse
        [high] haute
        [urgent] urgente
       *[normal] normale
    }).

## /support block|unblock|blocks

block-self = Vous ne pouvez pas vous bloquer vous-même.
block-until-time = jusqu’au { $time }
block-until-lifted = jusqu’à nouvel ordre
block-reason = (motif : { $reason })
block-blocked = { $member } ne peut plus ouvrir de tickets { $until }{ $reason }. On lui dit seulement qu’il ne peut pas ouvrir de tickets ici { $until }.
block-blocked-log = { $by } a bloqué l’ouverture de tickets pour { $member } { $until }{ $reason }
block-lifted = { $member } peut de nouveau ouvrir des tickets.
block-lifted-log = { $by } a levé le blocage de { $member } : les tickets sont de nouveau possibles.
block-not-blocked = { $member } n’est pas bloqué.
block-none = Personne n’est bloqué pour l’ouverture de tickets.
block-list-header = Bloqués pour l’ouverture de tickets :
block-list-line = - { $member } { $until }, par { $by } { $when }{ $reason }
ticket-urgent-notice = Ce ticket est maintenant **urgent** ({ $why }) ; l’équipe d’astreinte a été prévenue.
answer-with-placeholder = Choisissez la réponse à envoyer
