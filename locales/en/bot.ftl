# The rest of what the bot says in Discord (src/bot/render.rs): a ticket's changes in its
# thread, the pings for the agents, why nothing changed, errors, set-up and the knowledge
# base's small replies. `$ticket` is the ticket's number ("12") and `$tier` a tier's
# ("2"); people are mentions (`$agent`, `$by`, `$member`: "<@123>"); times are Discord
# timestamps (seconds). `$priority` and `$was` are a priority's key, which is also its
# English name: low, normal, high or urgent; other languages select on it
# ({ $priority -> [low] … [high] … [urgent] … *[normal] … }).

## A ticket's changes, said in its thread.

# `$reason` is empty, or " Reason: …" (ticket-escalated-reason, its space added by the bot).
ticket-escalated-by = Ticket { $ticket } was escalated to tier { $tier } by { $agent }.{ $reason }
ticket-escalated-automatically = Ticket { $ticket } was escalated to tier { $tier } automatically: no agent answered within the first-response target.{ $reason }
# Escalated with no one named (not sent today).
ticket-escalated = Ticket { $ticket } was escalated to tier { $tier } .{ $reason }
# `$reason` is the agent's text, already made inert.
ticket-escalated-reason = Reason: { $reason }
# The SLA clock, for a ticket already at the top tier: nowhere higher to go.
ticket-sla-breached = Ticket { $ticket } breached its first-response target: no agent answered in time, and it is already at the top tier (tier { $tier }). It stays in the tier { $tier } queue with a new deadline.
ticket-reopened = { $agent } reopened ticket { $ticket }. It is back in the tier { $tier } queue.
ticket-released = { $agent } released ticket { $ticket }; it is back in the tier { $tier } queue.
ticket-transferred = Ticket { $ticket } is now handled by { $agent }.
# `$due` is empty, or " A first answer …" (ticket-priority-due, its space added by the bot)
# while the ticket waits for its first answer.
ticket-priority-set = Ticket { $ticket } is now of **{ $priority }** priority (was { $was }), set by { $agent }.{ $due }
ticket-priority-due = A first answer is expected by <t:{ $due }:f>.
# `$category` is the category's emoji and name.
ticket-moved = Ticket { $ticket } was moved to **{ $category }** by { $agent }; it is back in the queue for that team.
ticket-moved-elsewhere = Ticket { $ticket } was moved to another category by { $agent }; it is back in the queue for that team.
# `$by` added `$member` to the thread.
ticket-member-added = { $by } added { $member } to this ticket.
# The agent who closed a ticket is told (the thread hears ticket-closed-rate).
ticket-closed-reply = Ticket { $ticket } closed.
# The line in the intro of a ticket opened from an automatic answer's "Talk to a human"
# button; `$entry` is the answer's title.
ticket-note-answer-did-not-help = The automatic answer "{ $entry }" did not solve it.

## The pings for the agents, in the ticket's thread (their role mentions follow).

ticket-needs-tier = Tier { $tier } agents: ticket { $ticket } needs you.
# `$team` is the category's name: its team works its tickets at tier 1.
ticket-needs-team = { $team } team: ticket { $ticket } needs you.
ticket-needs-an-agent-again = This ticket needs an agent again.
ticket-urgent-on-call = Ticket { $ticket } is now **urgent**; the on-call team has been notified.
ticket-urgent-tier = Ticket { $ticket } is now **urgent**; the tier { $tier } agents have been notified.

## Why nothing changed: the ticket is already as asked.

ticket-already-yours = You already hold ticket { $ticket }.
ticket-already-claimed = Ticket { $ticket } is already claimed.
ticket-already-unclaimed = Ticket { $ticket } is not held by anyone; it is in the tier { $tier } queue.
ticket-already-handled-by = Ticket { $ticket } is already handled by { $agent }.
ticket-already-at-tier = Ticket { $ticket } is already at tier { $tier }.
ticket-already-closed = Ticket { $ticket } is already closed.
ticket-already-open = Ticket { $ticket } is already open.
ticket-already-priority = Ticket { $ticket } is already of { $priority } priority.

## When a ticket cannot be opened.

open-thread-failed = I couldn't create your ticket thread (Discord returned an error), so no ticket was opened. Please try again in a moment.
open-form-changed = This category's form was changed while you filled it in, so your answers might no longer fit its questions. Nothing was opened: please open the form again.
open-category-gone = That category is no longer offered on this server; please choose another one, or use `/ticket open`.

## Automatic answers and ratings.

# An answer's buttons, pressed by someone else than the asker.
answer-not-yours = These buttons are for the person who asked. If you have the same question, ask it yourself, or open a ticket with `/ticket open`.
answer-solved-thanks = Glad that helped! Marked as solved.
# After the rater's mention and a comma.
rating-not-saved = I couldn't save your rating just now (a problem on our side). Please remove your reaction and add it again in a moment.

## Errors. `$reference` is the code of the log line ("3f2a9c1e").

error-database-unavailable = The support desk's database is unavailable right now, so nothing was changed. Please try again in a minute. Reference: { $reference }
error-internal = Something went wrong on our side; the team has been told. Reference: { $reference }
error-too-slow = That took too long to prepare; please try again.
error-stale-button = This button or form is no longer in use; please ask again or use `/ticket open`.

## Setting Concierge up.

# The one message a server that is not set up gets when the bot joins it; `$server` is
# the server's name.
setup-welcome = Hello { $server }! I'm Concierge: I answer the questions that repeat and open private tickets for the rest. Nothing is set up here yet, so I stay quiet until then. Someone with the **Manage Server** permission can set me up with `/setup` (a few menus: the agents' roles, the help channels, the ticket channel; I can create what is missing).
setup-not-set-up = Concierge is not set up on this server yet: it needs a ticket channel and the agents' roles. Someone with the Manage Server permission can set it up with `/setup`.
setup-manage-server-only = Only members with the Manage Server permission can see or change Concierge's settings.

## Deleting a server's data (/config delete-data).

config-delete-owner-only = Only the server's owner can delete Concierge's data for this server.
config-delete-warning = This deletes **everything** Concierge keeps for this server, at once and for good: tickets, their messages, transcripts and ratings, answers and their votes, unanswered questions, settings and their history, and this server's own knowledge-base entries. Press the button to go ahead; dismiss this message to keep it all.
# `$tickets` and `$other` are counts (plurals may select on them).
config-deleted = Deleted: { $tickets } ticket(s) and { $other } other record(s). Concierge stays in the server, not set up; remove it from Server Settings → Integrations if you want it gone.

## The knowledge base.

kb-edit-moderators-only = Only this server's moderators (and members with Manage Server) can change its knowledge base.
# "Answer with knowledge base" on a message that is not a member's.
kb-pick-a-message = Pick a member's message to answer (not the bot's own or another bot's).
kb-no-entries = The knowledge base has no entries to answer with.
# Above the entry picker; the member's message follows, quoted, on the next line.
kb-pick-an-entry = Answer this message with which entry? Best matches first.
# `$entry` is what was asked for, as inline code.
kb-no-such-entry = There is no entry { $entry }.

## The log channel.

# `$opened_by` is ticket-opened-by or ticket-opened-by-for; `$category` the category's name.
log-ticket-opened = Ticket { $ticket } { $opened_by } ({ $priority }).
log-ticket-opened-in = Ticket { $ticket } { $opened_by } in { $category } ({ $priority }).

## /support block|unblock|blocks: the reply to the agent (their language) and the log line (the
## server's). People are mentions; `$until` is block-until-time or block-until-lifted;
## `$reason` is empty or a space and block-reason (the list: empty or ": " and the reason).

block-self = You can't block yourself.
block-until-time = until { $time }
block-until-lifted = until the block is lifted
block-reason = (reason: { $reason })
block-blocked = Blocked { $member } from opening tickets { $until }{ $reason }. They are told only that they can't open tickets here { $until }.
block-blocked-log = { $by } blocked { $member } from opening tickets { $until }{ $reason }
block-lifted = { $member } can open tickets again.
block-lifted-log = { $by } lifted the block on { $member }: they can open tickets again.
block-not-blocked = { $member } is not blocked.
block-none = Nobody is blocked from opening tickets.
block-list-header = Blocked from opening tickets:
block-list-line = - { $member } { $until }, by { $by } { $when }{ $reason }

# Posted in a ticket's thread (its owner's language) when a member's words made it urgent;
# `$why` is what made it so (the words found).
ticket-urgent-notice = This ticket is now **urgent** ({ $why }); the on-call team has been notified.
# The menu of "Answer with knowledge base", for the agent who used it.
answer-with-placeholder = Pick the answer to send
