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

## /ticket history, for the agent who asked (its lines are the dashboard's `web-event-`
## messages). `$ticket` is the ticket's number as typed ("12").

history-header = **History of ticket { $ticket }**:
# When the oldest events do not fit in the message: `$count` of them are left out.
history-left-out = ({ $count } earlier not shown; `concierge transcript { $ticket }` has them all)

## /ticket note, /ticket notes and /ticket tag, for the agent who used them. `$ticket` is the
## ticket's number as typed ("12"), `$tag` a tag's name, `$tags` the ticket's tags as a list
## ("`billing`, `vip`").

staff-note-added = Staff note added to ticket { $ticket }. Only agents see notes (`/ticket notes`, `/ticket history`, the transcript in the log channel); the member never does.
staff-notes-none = Ticket { $ticket } has no staff notes; add one with `/ticket note`.
staff-notes-header = **Staff notes on ticket { $ticket }** (only agents see these):
staff-notes-left-out = ({ $count } earlier not shown; `concierge transcript { $ticket }` has them all)
staff-tag-added = Ticket { $ticket } now carries `{ $tag }`.
staff-tag-already = Ticket { $ticket } already carries `{ $tag }`.
staff-tag-removed = Took `{ $tag }` off ticket { $ticket }.
staff-tag-absent = Ticket { $ticket } does not carry `{ $tag }`.
staff-tags-none = It has no tags.
staff-tags = Its tags: { $tags }.
