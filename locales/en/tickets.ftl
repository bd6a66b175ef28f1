# A ticket's life as its owner and the agents read it in Discord (src/bot/render.rs).
# `$ticket` is the ticket's number ("12"); people are mentions ("<@123>"); `$topic` and
# `$note` are member text already made inert; times are Discord timestamps (seconds).

## The thread's first message.

ticket-intro-header = **Ticket { $ticket }** { $opened_by }.
ticket-intro-topic = **Topic:** { $topic }
ticket-intro-category = **Category:** { $category }
ticket-intro-urgent-on-call = **Priority: urgent.** The on-call team has been notified.
ticket-intro-urgent-queued = **Priority: urgent.** The on-call team was notified of your urgent ticket a short while ago; the support team will take this one from the queue.
ticket-intro-position = You are number **{ $position }** in the queue; expect a first answer { $when }.
ticket-intro-desk-closed = The support desk is closed right now; it opens again <t:{ $opens }:F>. Your ticket keeps its place.
ticket-intro-private = Describe your problem here; only you and the support team can see this thread.
# The title of the embed holding the answers to the form: a category's, or the ticket's
# when it has no category.
ticket-form-title = { $category } form
ticket-form-title-plain = Ticket form

## When a first answer is expected ("within 25 min (<t:…:f>)").

wait-minutes = within { $minutes } min
wait-hours = within { $hours } h { $minutes } min
wait-days = within { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
wait-at = { $relative } (<t:{ $at }:f>)

## Who opened it.

ticket-opened-by = opened by { $owner }
ticket-opened-by-for = opened by { $opener } for { $owner }

## The opener's reply to /ticket open.

ticket-opened-reply = Your ticket { $ticket } is open: <#{ $thread }>. The support team will answer there.
ticket-opened-reply-for = Ticket { $ticket } is open for { $owner }: <#{ $thread }>. You and they were added to the thread.

## Closing.

ticket-closed-rate = Ticket { $ticket } is closed.{ $resolution }
    { $owner }, how did we do? React with 1️⃣ (poor) to 5️⃣ (excellent). The thread stays open for your rating for { $hours } h{ $change }; `/ticket reopen` brings it back if you still need help.
ticket-closed-resolution = **Resolution:** { $resolution }
ticket-closed-rating-change = { $minutes ->
        [one] (you can change your rating for a minute after giving it)
       *[other] (you can change your rating for { $minutes } minutes after giving it)
    }
ticket-closed-unanswered = Ticket { $ticket } is closed. No agent had answered it yet, so there is nothing to rate. The thread stays open for { $hours } h; `/ticket reopen` brings it back if you still need help.

## Short status lines.

ticket-claimed = { $agent } has claimed ticket { $ticket } and will help you from here.
