# A ticket's life as its owner and the agents read it in Discord (src/bot/render.rs).
# `$ticket` is the ticket's number ("12"); people are mentions ("<@123>"); `$topic` and
# `$note` are member text already made inert; times are Discord timestamps (seconds).

## The thread's first message.

ticket-intro-header = **Ticket { $ticket }** { $opened_by }.
ticket-intro-topic = **Thema:** { $topic }
ticket-intro-category = **Kategorie:** { $category }
ticket-intro-urgent-on-call = **Priorität: dringend.** Das Bereitschaftsteam wurde benachrichtigt.
ticket-intro-urgent-queued = **Priorität: dringend.** Das Bereitschaftsteam wurde erst vor Kurzem über dein dringendes Ticket benachrichtigt; dieses hier übernimmt das Support-Team aus der Warteschlange.
ticket-intro-position = Du bist Nummer **{ $position }** in der Warteschlange; mit einer ersten Antwort kannst du { $when } rechnen.
ticket-intro-desk-closed = Der Support ist gerade nicht besetzt und ist wieder ab <t:{ $opens }:F> für dich da. Dein Ticket behält seinen Platz.
ticket-intro-private = Beschreib hier dein Problem; nur du und das Support-Team können diesen Thread sehen.
# The title of the embed holding the answers to the form: a category's, or the ticket's
# when it has no category.
ticket-form-title = Formular: { $category }
ticket-form-title-plain = Ticket-Formular

## When a first answer is expected ("within 25 min (<t:…:f>)").

wait-minutes = innerhalb von { $minutes } Min.
wait-hours = innerhalb von { $hours } Std. { $minutes } Min.
wait-days = { $days ->
        [one] innerhalb eines Tages
       *[other] innerhalb von { $days } Tagen
    }
wait-at = { $relative } (<t:{ $at }:f>)

## Who opened it.

ticket-opened-by = eröffnet von { $owner }
ticket-opened-by-for = eröffnet von { $opener } für { $owner }

## The opener's reply to /ticket open.

ticket-opened-reply = Dein Ticket { $ticket } ist eröffnet: <#{ $thread }>. Das Support-Team antwortet dir dort.
ticket-opened-reply-for = Ticket { $ticket } ist für { $owner } eröffnet: <#{ $thread }>. Ihr wurdet beide zum Thread hinzugefügt.

## Closing.

ticket-closed-rate = Ticket { $ticket } ist geschlossen.{ $resolution }
    { $owner }, wie zufrieden warst du mit uns? Reagiere mit 1️⃣ (schlecht) bis 5️⃣ (ausgezeichnet). Der Thread bleibt für deine Bewertung noch { $hours } Std. offen{ $change }; mit `/ticket wiedereröffnen` holst du das Ticket zurück, falls du noch Hilfe brauchst.
ticket-closed-resolution = **Lösung:** { $resolution }
ticket-closed-rating-change = { $minutes ->
        [one] (du kannst deine Bewertung nach der Abgabe noch eine Minute lang ändern)
       *[other] (du kannst deine Bewertung nach der Abgabe noch { $minutes } Minuten lang ändern)
    }
ticket-closed-unanswered = Ticket { $ticket } ist geschlossen. Bisher hatte kein Supporter darauf geantwortet, daher gibt es nichts zu bewerten. Der Thread bleibt noch { $hours } Std. offen; mit `/ticket wiedereröffnen` holst du das Ticket zurück, falls du noch Hilfe brauchst.

## Short status lines.

ticket-claimed = { $agent } hat Ticket { $ticket } übernommen und hilft dir ab jetzt weiter.

## /ticket history, for the agent who asked (its lines are the dashboard's `web-event-`
## messages). `$ticket` is the ticket's number as typed ("12").

history-header = **Verlauf von Ticket { $ticket }**:
history-left-out = ({ $count ->
        [one] { $count } früheres Ereignis nicht angezeigt
       *[other] { $count } frühere Ereignisse nicht angezeigt
    }; `concierge transcript { $ticket }` zeigt alle)

## /ticket notiz, /ticket notizen und /ticket tag, für die Person im Team, die sie benutzt hat.

staff-note-added = Interne Notiz zu Ticket { $ticket } hinzugefügt. Notizen sieht nur das Support-Team (`/ticket notizen`, `/ticket verlauf`, das Transkript im Log-Kanal); das Mitglied sieht sie nie.
staff-notes-none = Ticket { $ticket } hat keine internen Notizen; füge eine mit `/ticket notiz` hinzu.
staff-notes-header = **Interne Notizen zu Ticket { $ticket }** (nur das Team sieht sie):
staff-notes-left-out = ({ $count ->
        [one] { $count } frühere Notiz nicht angezeigt
       *[other] { $count } frühere Notizen nicht angezeigt
    }; `concierge transcript { $ticket }` zeigt alle)
staff-tag-added = Ticket { $ticket } trägt jetzt `{ $tag }`.
staff-tag-already = Ticket { $ticket } trägt `{ $tag }` schon.
staff-tag-removed = `{ $tag }` von Ticket { $ticket } entfernt.
staff-tag-absent = Ticket { $ticket } trägt `{ $tag }` nicht.
staff-tags-none = Es hat keine Tags.
staff-tags = Seine Tags: { $tags }.
