# The desk's words in Discord that came last to the catalogues: the automatic answers'
# footer, buttons and pointers, the close requests, the queue, the knowledge-base gaps and
# reload reports. `$ticket` is a ticket's number ("12") and `$tier` a tier's ("2"); people
# are mentions (`$owner`, `$agent`, `$member`: "<@123>"); times are Discord timestamps
# (seconds); counts are numbers.

## An automatic answer, in the asker's language.

# The footer under the answer; `$percent` is how sure the match was, a whole number ("87").
answer-footer = Automatic answer ({ $percent }% sure). Not what you needed? Ask a human.
answer-button-solved = Solved
answer-button-human = Talk to a human
# The same question answered a moment ago: a link to that answer instead of a second copy.
# `$entry` is the entry's title in bold, or its id as code; `$link` the earlier answer's URL.
answer-pointer-earlier = This was answered a moment ago: { $entry }, see { $link }
answer-pointer-above = This was answered just above: { $entry }.
# The topic of a ticket opened with "Talk to a human" when the question cannot be found.
answer-ticket-topic = Help with an automatic answer
# Stands for an answer without a title in ticket-note-answer-did-not-help.
answer-untitled = an automatic answer
# The first line of an answer the entry has no translation for: `$wanted` is the language the
# question was asked in, `$given` the one the answer comes in, each by its own name ("Deutsch").
answer-other-language = This answer is not in { $wanted } yet; here it is in { $given }.

## A close request: an agent asks the member, in the thread, whether the ticket may close.

# `$what` is empty, or a new line and close-request-what-was-done (added by the bot).
close-request-ask = { $owner }, { $agent } thinks your ticket is solved.{ $what }
    May we close it? If you don't answer, it closes by itself <t:{ $due }:R>.
# `$what` is the agent's text, already made inert.
close-request-what-was-done = **What was done:** { $what }
close-request-button-close = Close it
close-request-button-keep-open = Keep it open
# The agent who asked is told.
close-request-asked = Asked { $owner } whether ticket { $ticket } may close.
# The member's answer, replacing the question.
close-request-closed = { $member } closed the ticket.
close-request-kept-open = { $member } kept the ticket open.
# Then the agent who asked is pinged.
close-request-kept-open-ping = { $member } kept the ticket open. { $agent }, they still need help.
# Unanswered in time (said in the thread).
close-request-closed-unanswered = Ticket { $ticket } was closed: the close request got no answer in time.

## The inactivity question: the member has been silent since an agent's last word.

# `$said` is when the agent last answered, `$due` when the ticket closes.
close-request-inactive-ask = { $owner }, is this solved? { $agent } answered <t:{ $said }:R> and we haven't heard from you since. If we don't, this ticket closes <t:{ $due }:R>.
close-request-button-yes = Yes, close it
close-request-button-still-need-help = I still need help
# Write the name `/ticket reopen` has in your commands.ftl.
close-request-closed-inactive = Ticket { $ticket } was closed for inactivity: we didn't hear back. `/ticket reopen` brings it back if you still need help.

## `/ticket queue`: up to 20 tickets, urgent first then oldest.

queue-empty = The queue is empty. 🎉
queue-header = **Queue** ({ $count } open):
# One ticket (its priority's emoji goes before it). `$topic` is its topic, `$tags` its tags
# as code, each after a space (or empty), `$agent` its holder (or queue-unclaimed),
# `$waited` minutes, `$left` queue-minutes-left, queue-minutes-over or queue-answered,
# `$thread` its thread's id.
queue-line = #{ $ticket } { $topic }{ $tags } · tier { $tier } · { $agent } · waited { $waited } min · { $left } · <#{ $thread }>
queue-unclaimed = unclaimed
queue-answered = answered
# Until the first-response target, or past it.
queue-minutes-left = { $minutes } min left
queue-minutes-over = { $minutes } min over

## `/kb gaps`: questions nothing answered that became tickets.

gaps-none = No knowledge gaps in the last 30 days.
gaps-header = **Unanswered questions that became tickets** (last 30 days):
# `$question` is the member's text, already made inert; `$channel` the channel's id.
gaps-line = - "{ $question }" (<#{ $channel }>, ticket { $ticket })

## Reloading the knowledge base: `/kb reload`'s answer, and the log channel's notice when a
## file changed. A failure is followed by its problems, one a line.

kb-reload-done = Reloaded: { $entries } entries, { $patterns } patterns.
kb-reload-failed = Not reloaded: { $problems } problem(s); the previous knowledge base keeps answering.
kb-reload-done-watcher = Knowledge base reloaded: { $entries } entries, { $patterns } patterns.
kb-reload-failed-watcher = Knowledge base NOT reloaded: { $problems } problem(s); the previous knowledge base keeps answering.
