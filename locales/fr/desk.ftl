# The desk's words in Discord that came last to the catalogues: the automatic answers'
# footer, buttons and pointers, the close requests, the queue, the knowledge-base gaps and
# reload reports. `$ticket` is a ticket's number ("12") and `$tier` a tier's ("2"); people
# are mentions (`$owner`, `$agent`, `$member`: "<@123>"); times are Discord timestamps
# (seconds); counts are numbers.

## An automatic answer, in the asker's language.

# The footer under the answer; `$percent` is how sure the match was, a whole number ("87").
answer-footer = Réponse automatique (fiable à { $percent } %). Ce n'est pas ce que vous cherchiez ? Demandez à un humain.
answer-button-solved = Résolu
answer-button-human = Parler à un humain
# The same question answered a moment ago: a link to that answer instead of a second copy.
# `$entry` is the entry's title in bold, or its id as code; `$link` the earlier answer's URL.
answer-pointer-earlier = Cette question vient d'obtenir une réponse : { $entry }, voir { $link }
answer-pointer-above = Cette question vient d'obtenir une réponse juste au-dessus : { $entry }.
# The topic of a ticket opened with "Talk to a human" when the question cannot be found.
answer-ticket-topic = Aide concernant une réponse automatique
# Stands for an answer without a title in ticket-note-answer-did-not-help.
answer-untitled = une réponse automatique
answer-other-language = Cette réponse n’existe pas encore en { $wanted } ; la voici en { $given }.

## A close request: an agent asks the member, in the thread, whether the ticket may close.

# `$what` is empty, or a new line and close-request-what-was-done (added by the bot).
close-request-ask = { $owner }, { $agent } pense que votre ticket est résolu.{ $what }
    Pouvons-nous le fermer ? Sans réponse de votre part, il se fermera automatiquement <t:{ $due }:R>.
# `$what` is the agent's text, already made inert.
close-request-what-was-done = **Ce qui a été fait :** { $what }
close-request-button-close = Fermer le ticket
close-request-button-keep-open = Le laisser ouvert
# The agent who asked is told.
close-request-asked = Demande envoyée à { $owner } pour savoir si le ticket { $ticket } peut être fermé.
# The member's answer, replacing the question.
close-request-closed = { $member } a fermé le ticket.
close-request-kept-open = { $member } a laissé le ticket ouvert.
# Then the agent who asked is pinged.
close-request-kept-open-ping = { $member } a laissé le ticket ouvert. { $agent }, cette personne a encore besoin d'aide.
# Unanswered in time (said in the thread).
close-request-closed-unanswered = Le ticket { $ticket } a été fermé : la demande de fermeture n'a pas reçu de réponse à temps.

## The inactivity question: the member has been silent since an agent's last word.

# `$said` is when the agent last answered, `$due` when the ticket closes.
close-request-inactive-ask = { $owner }, est-ce résolu ? { $agent } vous a répondu <t:{ $said }:R> et nous n'avons pas eu de nouvelles de votre part depuis. Sans réponse de votre part, ce ticket sera fermé <t:{ $due }:R>.
close-request-button-yes = Oui, le fermer
close-request-button-still-need-help = J'ai encore besoin d'aide
# Write the name `/ticket reopen` has in your commands.ftl.
close-request-closed-inactive = Le ticket { $ticket } a été fermé pour inactivité : nous n'avons pas eu de nouvelles de votre part. Si vous avez encore besoin d'aide, `/ticket rouvrir` le rouvre.

## `/ticket queue`: up to 20 tickets, urgent first then oldest.

queue-empty = La file d'attente est vide. 🎉
queue-header = **File d'attente** ({ $count ->
        [one] { $count } ticket ouvert
        [many] { $count } de tickets ouverts
       *[other] { $count } tickets ouverts
    }) :
# One ticket (its priority's emoji goes before it). `$topic` is its topic, `$tags` its tags
# as code, each after a space (or empty), `$agent` its holder (or queue-unclaimed),
# `$waited` minutes, `$left` queue-minutes-left, queue-minutes-over or queue-answered,
# `$thread` its thread's id.
queue-line = #{ $ticket } { $topic }{ $tags } · niveau { $tier } · { $agent } · attente { $waited } min · { $left } · <#{ $thread }>
queue-unclaimed = non pris en charge
queue-answered = réponse donnée
# Until the first-response target, or past it.
queue-minutes-left = encore { $minutes } min
queue-minutes-over = { $minutes } min de retard

## `/kb gaps`: questions nothing answered that became tickets.

gaps-none = Aucune lacune dans la base de connaissances au cours des 30 derniers jours.
gaps-header = **Questions restées sans réponse devenues des tickets** (30 derniers jours) :
# `$question` is the member's text, already made inert; `$channel` the channel's id.
gaps-line = - « { $question } » (<#{ $channel }>, ticket { $ticket })

## Reloading the knowledge base: `/kb reload`'s answer, and the log channel's notice when a
## file changed. A failure is followed by its problems, one a line.

kb-reload-done = Rechargement effectué : { $entries ->
        [one] { $entries } entrée
        [many] { $entries } d'entrées
       *[other] { $entries } entrées
    }, { $patterns ->
        [one] { $patterns } motif
        [many] { $patterns } de motifs
       *[other] { $patterns } motifs
    }.
kb-reload-failed = Rechargement non effectué : { $problems ->
        [one] { $problems } problème
        [many] { $problems } de problèmes
       *[other] { $problems } problèmes
    } ; la version précédente de la base de connaissances continue de répondre.
kb-reload-done-watcher = Base de connaissances rechargée : { $entries ->
        [one] { $entries } entrée
        [many] { $entries } d'entrées
       *[other] { $entries } entrées
    }, { $patterns ->
        [one] { $patterns } motif
        [many] { $patterns } de motifs
       *[other] { $patterns } motifs
    }.
kb-reload-failed-watcher = Base de connaissances NON rechargée : { $problems ->
        [one] { $problems } problème
        [many] { $problems } de problèmes
       *[other] { $problems } problèmes
    } ; la version précédente de la base de connaissances continue de répondre.
