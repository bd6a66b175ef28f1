# The desk saying "no" to a person (src/tickets/refusal.rs). Ticket numbers come as
# `$ticket` ("#12"), people as mentions (`$by`, `$holder`, `$owner`, `$target`: "<@123>"),
# times as Discord timestamps (`$again`, `$until`: seconds since 1970, shown by Discord in
# the reader's own time zone). `$action` is one of the `action-` messages below.

refusal-too-many-open = You already have { $count ->
        [one] { $count } open ticket
       *[other] { $count } open tickets
    } ({ $open }), the most one member may hold at once ({ $max }). Please continue in one of them, or close one first.
refusal-opening-too-fast = You have opened { $max ->
        [one] { $max } ticket
       *[other] { $max } tickets
    } in the last { $minutes ->
        [one] minute
       *[other] { $minutes } minutes
    }, the most one member may. You can open another <t:{ $again }:R>; meanwhile, please continue in one of your tickets.
refusal-empty-topic = Please give your ticket a short topic.
refusal-no-such-ticket = There is no ticket { $ticket }.
refusal-not-a-ticket = This channel is not a ticket.
refusal-agents-only = Only support agents can { $action }.
refusal-moderators-only = Only moderators and support agents can do that.
refusal-tier-too-low = Only tier { $tier } agents (or higher) can { $action }.
refusal-already-claimed = Ticket { $ticket } is already claimed by { $by }.
refusal-not-claimed = Ticket { $ticket } is not claimed by anyone.
refusal-not-the-holder = Only the agent holding ticket { $ticket } ({ $holder }) or a higher-tier agent can { $action }.
refusal-owner-or-agent-only = Only the person who opened ticket { $ticket } or a support agent can { $action }.
refusal-closed = Ticket { $ticket } is closed.
refusal-at-top-tier = Ticket { $ticket } is already at the top tier (tier { $tier }); it cannot be escalated further.
refusal-not-higher = Ticket { $ticket } is at tier { $tier }; it can only be escalated to a higher tier.
refusal-no-such-tier = There is no tier { $tier }: tiers go from 1 to { $max }.
refusal-target-tier-too-low = { $target } cannot take ticket { $ticket }: it needs a tier { $tier } agent (or higher).
refusal-blocked = You can't open tickets on this server. If you think this is a mistake, please contact the server's moderators.
refusal-blocked-until = You can't open tickets on this server until <t:{ $until }:f>. If you think this is a mistake, please contact the server's moderators.
refusal-owner-answers-close-request = Only { $owner }, who opened the ticket, can answer this.
refusal-no-close-request = Ticket { $ticket } has no close request waiting for an answer (it was answered, or it ended).
refusal-no-such-tag = There is no tag `{ $tag }` on this server; `/tag list` shows them.
refusal-bad-tag-name = `{ $tag }` is no tag name: use 1 to 32 lowercase letters, digits and hyphens, like `billing` or `bug-report`.
refusal-tag-exists = This server has a tag `{ $tag }` already.
refusal-too-many-tags = This server has { $count } tags, the most it may have; remove one first.
refusal-tags-moderators-only = Only this server's moderators (and members with Manage Server) can change its tags.
refusal-no-such-category = There is no category `{ $category }` on this server; `/category list` shows them.
refusal-bad-category = That category cannot be saved:
    { $problems }
refusal-category-exists = This server has a category `{ $category }` already.
refusal-too-many-categories = This server has { $count } categories, the most it may have; remove one first.
refusal-categories-moderators-only = Only this server's moderators (and members with Manage Server) can change its categories and panels.
refusal-same-category = Ticket { $ticket } is in { $category } already.
refusal-no-such-panel = There is no such panel on this server; `/panel list` shows them.
refusal-bad-panel = That panel cannot be saved:
    { $problems }
refusal-empty-note = A note needs some text.
refusal-blocks-moderators-only = Only this server's moderators (and members with Manage Server) can block members from opening tickets.
refusal-not-closed-yet = Ticket { $ticket } can be rated once it is closed.
refusal-not-answered = Ticket { $ticket } was closed before an agent answered it, so there is nothing to rate.
refusal-bad-score = A rating goes from 1 to 5 (got { $score }).
refusal-reopen-window-passed = Ticket { $ticket } was closed more than { $days ->
        [one] { $days } day
       *[other] { $days } days
    } ago and can no longer be reopened. Please open a new ticket.

## What only some people may do, completing the refusals above.

action-claim-tickets = claim tickets
action-claim = claim this ticket
action-unclaim-tickets = unclaim tickets
action-unclaim = unclaim this ticket
action-change-priority = change this ticket's priority
action-move = move this ticket
action-propose-closing = propose closing this ticket
action-tag-tickets = tag tickets
action-staff-notes = see or write staff notes
action-transfer = transfer this ticket
action-escalate = escalate this ticket
action-close = close this ticket
action-reopen = reopen this ticket
action-add-people = add people to this ticket
action-answer = answer this ticket
action-see-queue = see the queue
action-send-canned = send canned answers
action-open-for-others = open a ticket for someone else
