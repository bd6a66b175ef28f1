# The dashboard's pages (src/web/): the page shell and its language menu, signing in, the
# overview, the tickets, the knowledge base and its gaps, categories, settings, the audit
# log and the error pages. Counts are numbers (a select on them picks the plural form;
# they are written the language's way); `$ticket` is a ticket's number ("12"), shown
# without grouping. Dates and times stay as the pages write them (2024-05-04 09:30 UTC).
# Where a message names a variable in backticks, the page shows it as code.

## Numbers, shares and durations.

# A number alone, written the language's way (`$value` may have decimals).
web-number = { $value }
# A share in percent (`$value` already multiplied by 100: "12.5").
web-percent = { $value }%
# A share in a chart's rows (a whole number).
web-share = { $value } %
web-duration-seconds = { $seconds }s
# `$seconds` is two digits ("05").
web-duration-minutes = { $minutes }m { $seconds }s
# `$minutes` is two digits ("05").
web-duration-hours = { $hours }h { $minutes }m
web-minutes = { $minutes } min

## The page shell: the top bar, the navigation, the language menu.

web-nav-label = Pages
web-nav-overview = Overview
web-nav-tickets = Tickets
web-nav-kb = Knowledge base
web-nav-gaps = Gaps
web-nav-categories = Categories
web-nav-settings = Settings
web-nav-audit = Audit log
# The badge beside the server's name: the person's access there.
web-access-title = What you may do here
web-access-agent = agent
web-access-moderator = moderator
web-access-manager = manager
# Who a one-time link login is (no Discord account).
web-local-admin = local administrator
web-sign-out = Sign out
web-language-label = Language
web-language-change = Change
# A server whose name Discord cannot say.
web-server-fallback = Server { $id }
# A person whose name is not known.
web-user-fallback = user { $id }

## Error pages. `$error` is what failed, as the database or Discord said it (English).

web-error-title = { $status ->
    [400] Bad Request
    [403] Forbidden
    [404] Not Found
    [502] Bad Gateway
    [503] Service Unavailable
   *[other] Error
}
web-error-back = Back to your servers
web-error-no-page = There is no such page.
web-error-no-such-page = No such page.
web-error-no-such-server = No such server.
web-error-unknown-server = This server is not one you may see here: the bot is not in it, or you are not its agent, moderator or manager.
web-error-not-staff = You are a member of this server but not one of its agents, moderators or managers, so its support desk is not yours to see.
web-error-csrf = This form was not sent from this session's page (its security token is missing or stale). Go back, reload the page and send it again.
web-error-database = The database failed, so this page cannot be shown: { $error }. Try again shortly.
web-error-discord = Discord could not be asked who you are in this server: { $error }. Try again shortly.
web-error-kb-editors-only = Only moderators and members with Manage Server may change the knowledge base.
web-error-settings-managers-only = Only members with Manage Server may change the server's settings.
# `$code` is what was sent; `$known` the codes of the shipped languages ("en, de, fr").
web-error-language = `{ $code }` is not a language of this dashboard. Choose one of: { $known }.
web-error-form-unreadable = This form could not be read: { $error }
# `$value` is what was sent.
web-error-days = The period `days={ $value }` is not a whole number of days from 1 to 365.
web-error-sort = The order `sort={ $value }` is not one of `used` and `helpful`.

## Signing in.

web-login-title = Sign in
web-login-why-signin = Sign in to see your servers' support desk.
web-login-why-expired = Your session has ended. Sign in again.
web-login-why-signed-out = You are signed out.
web-login-why-denied = Discord login was cancelled.
web-login-discord = Sign in with Discord
web-login-discord-who = You see the servers you share with the bot where you are an agent, a moderator or have Manage Server.
web-login-discord-off = Discord login is not set up on this dashboard (DISCORD_CLIENT_ID and DISCORD_CLIENT_SECRET).
web-login-link-heading = Signing in with a link
# `$command` is the command, shown as code.
web-login-link-how = An administrator with a shell on the host can print a one-time login link: { $command }
web-link-title = Sign in with a login link
web-link-intro = This one-time link signs you in as the server's local administrator. It works once.
web-link-submit = Sign in
web-error-link-spent = This login link is unknown, already used or expired. Print a new one with `concierge dashboard link --guild ID`.
web-error-discord-login-off = Discord login is not set up on this dashboard (DISCORD_CLIENT_ID and DISCORD_CLIENT_SECRET). Use a login link instead.
web-error-oauth-state = This sign-in did not start on this dashboard, or took longer than ten minutes (its state does not match). Start again from the login page.
web-error-oauth-no-code = Discord sent no sign-in code back. Start again.
# `$error` is one of the web-oauth- messages below.
web-error-oauth-failed = { $error }. Start again from the login page.
# `$why` is Discord's own words (English).
web-oauth-refused-code = Discord refused the sign-in code: { $why }
web-oauth-refused-me = Discord refused to say who you are: { $why }
web-oauth-refused-guilds = Discord refused to list your servers: { $why }
web-oauth-unreachable = Discord could not be reached: { $error }
web-oauth-bad-id = Discord gave a user id `{ $id }` that is not a number

## Your servers.

web-home-title = Your servers
web-home-none = None of your servers has you as an agent, a moderator or a member with Manage Server where this bot runs. Ask a server's managers for a support role, then sign in again.
# `$access` is web-access-agent, -moderator or -manager.
web-home-access = You are { $access }

## The period of a page.

web-period-label = Period:
web-period-last-days = last { $days } days

## Overview.

web-overview-opened-per-day = Tickets opened per day
web-overview-frt-per-day = Median first response per day
web-overview-csat-per-day = CSAT per day (mean stars)
web-overview-ratings = Ratings
web-overview-backlog-by-age = Backlog by age
web-overview-agents = Agents
web-overview-categories = Categories
web-card-opened = Tickets opened
web-card-opened-sub = { $closed } closed, { $reopened } reopened
web-card-frt = First response (median)
# `$p90` is a duration.
web-card-frt-sub = 90th percentile { $p90 }
web-card-fcr = First contact resolution
# `$responses` is a number with two decimals, or "-".
web-card-fcr-sub = { $responses } responses to resolution
web-card-csat = CSAT
# `$mean` is the mean rating, with two decimals.
web-card-csat-value = { $mean } ★
# `$share` is a percentage ("80.0%").
web-card-csat-sub = { $count } ratings, { $share } gave 4-5
web-card-sla = SLA attainment
web-card-sla-sub = first answers within their target
web-card-deflection = Deflection
web-card-deflection-sub = { $auto } auto-answers, { $confirmed } confirmed, { $assumed } assumed
web-card-backlog = Backlog
web-card-backlog-tier = tier { $tier }: { $count }
web-chart-csat = Mean rating per day
web-chart-stars = Owner ratings by stars
web-chart-backlog = Open tickets by age
# A day under a chart; `$month` is 1 to 12.
web-chart-day = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
} { $day }
web-age-under-1h = < 1 h
web-age-1h-4h = 1-4 h
web-age-4h-24h = 4-24 h
web-age-over-24h = > 24 h
web-overview-no-agents = No agent answered or closed a ticket in this period.
web-col-agent = Agent
web-col-first-responses = First responses
web-col-median-frt = Median first response
# A number of tickets closed (web-col-tickets-opened: opened), in the tables of agents and categories.
web-col-tickets-closed = Closed
web-col-fcr = FCR
web-col-csat = CSAT
web-col-ratings = Ratings
web-col-category = Category
web-col-tickets-opened = Opened

## A ticket's status, priority, and who wrote a message.

web-status-open = open
web-status-claimed = claimed
web-status-closed = closed
web-priority-low = low
web-priority-normal = normal
web-priority-high = high
web-priority-urgent = urgent
web-author-member = member
web-author-agent = agent
web-author-bot = bot
web-stars-title = { $score } out of 5

## The tickets list.

# After the number of tickets found (in bold).
web-tickets-found = { $count ->
    [one] ticket
   *[other] tickets
}
# The CSV file itself keeps its column headings in English: they are machine headings for
# spreadsheets and scripts.
web-tickets-csv = Download CSV
web-tickets-none = No ticket matches these filters.
web-filter-status = Status
web-filter-any = Any
web-filter-active = Open or claimed
web-filter-open = Open
web-filter-claimed = Claimed
web-filter-closed = Closed
web-filter-tier = Tier
web-filter-category = Category
web-filter-no-category = No category
# A category that was removed, chosen in the address; `$id` is its number.
web-filter-removed-category = category { $id }
web-filter-tag = Tag
web-filter-agent = Agent (user id)
web-filter-priority = Priority
web-filter-from = Opened from
web-filter-to = to (UTC)
web-filter-text = Text in topic or messages
web-filter-per-page = Per page
web-filter-submit = Filter
web-filter-clear = Clear
web-col-number = #
web-col-topic = Topic
web-col-status = Status
web-col-tier = Tier
web-col-priority = Priority
web-col-tags = Tags
web-col-owner = Owner
web-col-holder = Holder
# When it opened and closed (a date and time).
web-col-opened = Opened
web-col-closed = Closed
web-col-rating = Rating
web-pager-label = Pages
web-pager-previous = ← Previous
web-pager-next = Next →
web-pager-page = Page { $page } of { $pages } · { $total } in all
# A bad value in the list's address. `$given` is the field and its value ("tier=x").
web-query-unreadable = This page's query cannot be read.
web-query-bad-status = `{ $given }` is not a status: open, claimed, closed, or active (open or claimed).
web-query-bad-tier = `{ $given }` is not a tier: a whole number from 1 to 255.
web-query-bad-category = `{ $given }` is not a category: its number, or `none`.
web-query-bad-tag = `{ $given }` is not a tag name: 1 to 32 letters a-z, digits and dashes.
web-query-bad-agent = `{ $given }` is not a Discord user id.
web-query-bad-priority = `{ $given }` is not a priority: low, normal, high or urgent.
web-query-bad-date = `{ $given }` is not a date as YYYY-MM-DD.
web-query-bad-to = `{ $given }` is not on or after `from`.
web-query-bad-page = `{ $given }` is not a page number: a whole number from 1.
web-query-bad-per = `{ $given }` is not a number of tickets per page: a whole number from 1 to 100.

## One ticket.

web-error-no-such-ticket = This server has no such ticket.
# `$topic` is the ticket's topic.
web-ticket-title = Ticket { $ticket }: { $topic }
web-ticket-all = ← All tickets
web-ticket-download-html = Download transcript (HTML)
web-ticket-download-md = Download transcript (Markdown)
web-ticket-form = Form
web-ticket-history = History
web-ticket-messages = Messages
web-ticket-notes = Staff notes
web-ticket-closed-inactive = (closed for inactivity)
web-ticket-none = none
web-ticket-opened-by = Opened by
web-ticket-nobody-yet = nobody yet
web-ticket-first-response = First response
# `$after` is a duration; the time it came follows in brackets.
web-ticket-first-response-after = { $after } after opening
web-ticket-none-yet = none yet
# After the time it closed; `$name` is who closed it.
web-ticket-closed-by = by { $name }
web-ticket-resolution = Resolution
web-ticket-reopened = Reopened
web-ticket-reopened-times = { $count ->
    [one] { $count } time
   *[other] { $count } times
}
# After the stars.
web-ticket-rating-from-owner = { $score }/5 from the owner
web-ticket-not-rated = not rated
web-ticket-no-history = Nothing recorded.
web-ticket-no-messages = No messages.
web-ticket-no-notes = No staff notes.
web-ticket-note-chip = staff note

## A ticket's history, one line per event. `$by` is who did it; the `-by` messages are used
## when someone is known. `$reason` is the words that came with it (a member's or an
## agent's, as written), `$tier`, `$from` and `$to` are tiers.

web-event-opened = opened
web-event-opened-by = opened by { $by }
web-event-thread = thread made
web-event-claimed = claimed
web-event-claimed-by = claimed by { $by }
web-event-unclaimed = given back to the queue
web-event-unclaimed-by = given back to the queue by { $by }
web-event-transferred = transferred
web-event-transferred-by = transferred by { $by }
web-event-escalated = escalated
web-event-escalated-by = escalated by { $by }
web-event-escalated-tiers = escalated from tier { $from } to tier { $to }
web-event-escalated-tiers-by = escalated from tier { $from } to tier { $to } by { $by }
web-event-escalated-at = escalated at tier { $tier }
web-event-escalated-at-by = escalated at tier { $tier } by { $by }
web-event-priority-raised = made urgent
web-event-priority-raised-by = made urgent by { $by }
# `$reason` is what changed ("normal → high").
web-event-priority-changed = priority { $reason }
web-event-priority-changed-by = priority { $reason } by { $by }
web-event-note = staff note added
web-event-note-by = staff note added by { $by }
web-event-close-requested = closing proposed
web-event-close-requested-by = closing proposed by { $by }
web-event-close-declined = kept open (answer to the close request)
web-event-close-declined-by = kept open by { $by } (answer to the close request)
# `$reason` is the tag.
web-event-tagged = tagged { $reason }
web-event-tagged-by = tagged { $reason } by { $by }
web-event-untagged = tag { $reason } taken off
web-event-untagged-by = tag { $reason } taken off by { $by }
web-event-moved = moved
web-event-moved-by = moved by { $by }
web-event-inactivity-asked = asked the member whether it is solved (no word from them)
web-event-sla-breached = first-response target missed
web-event-sla-breached-tiers = first-response target missed from tier { $from } to tier { $to }
web-event-sla-breached-at = first-response target missed at tier { $tier }
web-event-closed = closed
web-event-closed-by = closed by { $by }
web-event-reopened = reopened
web-event-reopened-by = reopened by { $by }
web-event-rated = rated
web-event-rated-by = rated by { $by }
web-event-unrated = rating removed
web-event-unrated-by = rating removed by { $by }
# Added to what the desk did on its own.
web-event-automatic = (automatic)

## Knowledge base.

web-kb-test-heading = Test a question
web-kb-entries = { $count } entries
web-kb-order = Order:
web-kb-most-used = most used
web-kb-most-helpful = most helpful
web-kb-own = this server's
web-kb-shared = shared
# After a change from the gaps page. `$entry` is the entry's id.
web-kb-added = Added the entry `{ $entry }`; the bot answers it from now on.
web-kb-patterns-added = Added { $count } pattern(s) to `{ $entry }`; the bot answers them from now on.
web-col-entry = Entry
web-col-from = From
web-col-auto-answers = Auto-answers
web-col-agent-sends = Agent sends
web-col-helpful = Helpful
web-col-solved = Solved
web-col-talked-to-human = Talked to a human
web-col-assumed-resolved = Assumed resolved
web-kb-gone = no longer in the files
web-kb-votes = ({ $count } votes)

## The knowledge base's test box.

web-test-label = A question as a member would ask it in a support channel
web-test-submit = Test
web-test-too-long = A question is at most { $max } characters.
# `$entry` is the entry's title in bold, `$id` its id as code; `$confidence` and
# `$threshold` are numbers with two decimals.
web-test-would-answer = The bot would answer with { $entry } ({ $id }): confidence { $confidence }, threshold { $threshold }.
web-test-would-answer-own = The bot would answer with { $entry } ({ $id }): confidence { $confidence }, threshold { $threshold }, from this server's own entries.
web-test-its-answer = Its answer
web-test-not-question = The bot would not answer: this reads as chit-chat or has no topical words.
web-test-no-candidate = The bot would not answer: no entry shares a word with this question.
web-test-below-threshold = The bot would not answer: the best entry's confidence { $confidence } is under its threshold { $threshold }.
web-test-no-fit = The bot would not answer: no entry fits.
web-col-rank = Rank
web-col-share = Share of the probability
web-test-answers-chip = answers
# `$command` is `/kb test`, shown as code.
web-test-why = Why: the explanation { $command } gives

## Knowledge gaps.

web-gaps-title = Knowledge gaps
web-gaps-intro = Questions asked in the support channels that the knowledge base did not answer, grouped by topic; those that became tickets first.
web-gaps-intro-editors = Moderators and managers can turn a group into an entry here.
web-gaps-none = No unanswered questions in this period.
# After the number of questions (in bold).
web-gaps-questions = { $count ->
    [one] question
   *[other] questions
}
# After the number of tickets (in bold).
web-gaps-became-tickets = { $count ->
   *[other] became tickets
}
# `$when` is a date and time.
web-gaps-latest = latest { $when }.
web-gaps-the-questions = The questions
web-gaps-ticket = ticket
web-gaps-more = and { $count } more
web-gaps-back = Back to the gaps
# `$question` is the group's question, in quotes.
web-gaps-for = For the questions like: { $question }
web-gaps-create-title = Create an entry
web-gaps-patterns-title = Add patterns to an entry

## The two forms under a gap.

web-form-create-heading = Create an entry
web-form-id = Id (a-z, 0-9 and -)
web-form-title = Title (optional)
web-form-answer = Answer (Markdown; { "{user}" } mentions the asker)
web-form-patterns = Patterns: example questions, one a line
web-form-create-submit = Create the entry
web-form-add-heading = Add as patterns to an existing entry
web-form-patterns-to-add = Patterns to add (uncheck those to leave out)
web-form-no-patterns = This group suggests no patterns.
web-form-add-to = Add to
web-form-add-submit = Add the patterns
web-form-problems = Nothing was written. Fix these and send the form again:
# The fields, naming a problem of the knowledge base's check (which follows, in English).
web-field-id = Id
web-field-title = Title
web-field-answer = Answer
web-field-patterns = Patterns
web-field-entry = Entry

## Categories.

web-categories-intro = Moderators and members with Manage Server change categories with { $command } in Discord, which also updates every ticket panel.
web-categories-none = No categories: every ticket is alike. Add one with { $command }.
web-col-team = Team
web-col-first-response = First response
web-col-asks-solved = Asks “Is this solved?”
web-col-form = Form
web-categories-tier-1-role = the tier-1 role
web-categories-role = role { $id }
web-categories-servers = the server's
web-yes = yes
web-no = no
web-categories-topic-only = (the topic only)
# A form's question: its kind and whether it must be answered.
web-form-paragraph = paragraph
web-form-short = short
web-form-required = required
web-form-optional = optional

## Settings.

web-settings-unchanged = Nothing changed: every value was already so.
web-settings-saved = { $count ->
    [one] { $count } setting saved.
   *[other] { $count } settings saved.
}
web-settings-invalid = Nothing was saved: { $count } setting(s) need fixing (marked below).
web-settings-managers-only = Only members with Manage Server may change these.
web-col-setting = Setting
web-col-value = Value
web-col-default = Default
web-settings-save = Save changes
web-settings-empty-default = An empty value goes back to the default.
web-settings-not-set = (not set)
web-settings-not-in-server = { $id } (not in the server)
web-settings-ids = The server's roles and channels, with their ids
web-settings-roles = Roles
web-settings-channels = Channels

## Audit log.

web-audit-none = Nothing has been changed yet.
web-col-when-utc = When (UTC)
web-col-who = Who
web-col-through = Through
web-col-what = What
web-audit-default = (default)
web-audit-operator = the operator
web-audit-via-env = env
web-audit-via-discord = discord
web-audit-via-import = import
web-audit-via-dashboard = dashboard
web-audit-via-kb = knowledge base
# A change to an entry. `$action` is added, updated, overrode or removed (the log's own
# word); `$entry` and `$file` are shown as code.
web-audit-entry = entry { $entry } { $action } in { $file }
