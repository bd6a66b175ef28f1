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
