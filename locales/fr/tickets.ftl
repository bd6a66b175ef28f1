# A ticket's life as its owner and the agents read it in Discord (src/bot/render.rs).
# `$ticket` is the ticket's number ("12"); people are mentions ("<@123>"); `$topic` and
# `$note` are member text already made inert; times are Discord timestamps (seconds).

## The thread's first message.

ticket-intro-header = **Ticket { $ticket }** { $opened_by }.
ticket-intro-topic = **Sujet :** { $topic }
ticket-intro-category = **Catégorie :** { $category }
ticket-intro-urgent-on-call = **Priorité : urgente.** L'équipe d'astreinte a été prévenue.
ticket-intro-urgent-queued = **Priorité : urgente.** L'équipe d'astreinte a déjà été prévenue il y a peu pour un autre de vos tickets urgents ; celui-ci sera pris en charge par l'équipe de support depuis la file d'attente.
ticket-intro-position = Vous êtes en position **{ $position }** dans la file d'attente ; vous pouvez attendre une première réponse { $when }.
ticket-intro-desk-closed = Le support est fermé pour le moment ; il rouvrira le <t:{ $opens }:F>. Votre ticket garde sa place.
ticket-intro-private = Décrivez votre problème ici ; seuls vous et l'équipe de support pouvez voir ce fil.
# The title of the embed holding the answers to the form: a category's, or the ticket's
# when it has no category.
ticket-form-title = Formulaire { $category }
ticket-form-title-plain = Formulaire du ticket

## When a first answer is expected ("sous 25 min (<t:…:f>)").

wait-minutes = sous { $minutes } min
wait-hours = sous { $hours } h { $minutes } min
wait-days = sous { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
wait-at = { $relative } (<t:{ $at }:f>)

## Who opened it.

ticket-opened-by = ouvert par { $owner }
ticket-opened-by-for = ouvert par { $opener } pour { $owner }

## The opener's reply to /ticket open.

ticket-opened-reply = Votre ticket { $ticket } est ouvert : <#{ $thread }>. L'équipe de support vous répondra là-bas.
ticket-opened-reply-for = Le ticket { $ticket } est ouvert pour { $owner } : <#{ $thread }>. Vous avez tous les deux été ajoutés au fil.

## Closing.

ticket-closed-rate = Le ticket { $ticket } est fermé.{ $resolution }
    { $owner }, qu'avez-vous pensé de notre aide ? Réagissez de 1️⃣ (mauvais) à 5️⃣ (excellent). Le fil reste ouvert pendant { $hours } h pour recueillir votre note{ $change } ; si vous avez encore besoin d'aide, `/ticket rouvrir` le rouvre.
ticket-closed-resolution = **Résolution :** { $resolution }
ticket-closed-rating-change = { $minutes ->
        [one] (vous pouvez modifier votre note pendant une minute après l'avoir donnée)
       *[other] (vous pouvez modifier votre note pendant { $minutes } minutes après l'avoir donnée)
    }
ticket-closed-unanswered = Le ticket { $ticket } est fermé. Aucun agent n'y avait encore répondu, il n'y a donc rien à noter. Le fil reste ouvert pendant { $hours } h ; si vous avez encore besoin d'aide, `/ticket rouvrir` le rouvre.

## Short status lines.

ticket-claimed = { $agent } a pris en charge le ticket { $ticket } et vous accompagne désormais.

## /ticket history, for the agent who asked (its lines are the dashboard's `web-event-`
## messages). `$ticket` is the ticket's number as typed ("12").

history-header = **Historique du ticket { $ticket }** :
history-left-out = ({ $count ->
        [one] { $count } événement antérieur non affiché
       *[other] { $count } événements antérieurs non affichés
    } ; `concierge transcript { $ticket }` les montre tous)

## /ticket note, /ticket notes et /ticket tag, pour la personne de l’équipe qui les a utilisées.

staff-note-added = Note interne ajoutée au ticket { $ticket }. Seule l’équipe voit les notes (`/ticket notes`, `/ticket historique`, la transcription dans le salon de journal) ; le membre ne les voit jamais.
staff-notes-none = Le ticket { $ticket } n’a aucune note interne ; ajoutez-en une avec `/ticket note`.
staff-notes-header = **Notes internes du ticket { $ticket }** (visibles par l’équipe seulement) :
staff-notes-left-out = ({ $count ->
        [one] { $count } note plus ancienne non affichée
       *[other] { $count } notes plus anciennes non affichées
    } ; `concierge transcript { $ticket }` les donne toutes)
staff-tag-added = Le ticket { $ticket } porte maintenant `{ $tag }`.
staff-tag-already = Le ticket { $ticket } porte déjà `{ $tag }`.
staff-tag-removed = `{ $tag }` retiré du ticket { $ticket }.
staff-tag-absent = Le ticket { $ticket } ne porte pas `{ $tag }`.
staff-tags-none = Il n’a aucun tag.
staff-tags = Ses tags : { $tags }.
