# The set-up and configuration screens in Discord: /setup, /config, /category, /panel and
# the /kb add|edit|list|test forms, the settings' validation messages and the transcripts'
# headings.
# People are mentions (`$member`, `$role`: "<@123>", "<@&456>"), channels too (`$channel`:
# "<#789>") unless a message puts a `#` before a bare name. Where a text names a slash
# command, write the name your commands.ftl gives it. Texts shown in Discord's menus and
# forms are short: a button's label, a form's title and its fields' labels at most 45
# characters.

## /setup: three steps and a summary, in one message that changes in place.

# `$tier1`, `$tier2`, `$tier3` are each tier's role or setup-none; `$more` is empty, or
# " " and setup-roles-more-tiers.
setup-roles = **Set up Concierge: step 1 of 3, the agents' roles**
    Agents work the tickets. Tier 1 answers first; tiers 2 and 3 take what is escalated to them (one tier is fine for a small team). Pick a role for each tier, or let me create them.
    Now: tier 1 { $tier1 }, tier 2 { $tier2 }, tier 3 { $tier3 }{ $more }
# A server with more than three tiers (set with /config): they are kept. `$count` is a number.
setup-roles-more-tiers = (and { $count } more tiers, kept)
# The menus' placeholders; `$tier` is 1, 2 or 3.
setup-menu-tier = Tier { $tier } agents' role
setup-menu-tier-optional = Tier { $tier } agents' role (optional)
setup-button-create-tier-roles = Create the missing tier roles for me
setup-button-next-people = Next: moderators and on-call
setup-people = **Set up Concierge: step 2 of 3, moderators and on-call** (both optional)
    Moderators edit the knowledge base (`/kb add`) and read the numbers (`/support stats`) without being agents. The on-call role is pinged for urgent tickets.
    Now: moderators { $moderators }, on-call { $on_call }
setup-menu-moderators = Moderators' roles (optional)
setup-menu-on-call = On-call role (optional)
setup-button-create-on-call = Create an on-call role for me
setup-button-back = Back
setup-button-next-channels = Next: channels
setup-channels = **Set up Concierge: step 3 of 3, the channels**
    I answer questions in the watched channels, open private ticket threads under the ticket channel, and post transcripts in the log channel (keep it hidden from members: transcripts hold what they wrote in private).
    Now: watched { $watched }, tickets { $tickets }, log { $log }
setup-menu-watched = Channels where members ask (watched)
setup-menu-ticket-channel = Ticket channel (private ticket threads go under it)
setup-menu-log-channel = Log channel (transcripts, hidden from members)
# `$channel` is the channel's name (help, tickets or support-log), the same in every language.
setup-button-create-channel = Create #{ $channel } for me
setup-button-finish = Finish
# The summary. `$missing` is roles (no tier 1 role), channel (no ticket channel) or both.
setup-summary-set-up = **Concierge is set up.**
setup-summary-not-set-up = **Not set up yet:** it still needs { $missing ->
        [roles] a tier 1 role
        [channel] a ticket channel
       *[both] a tier 1 role and a ticket channel
    }.
# `$state` is setup-summary-set-up or setup-summary-not-set-up; each list is mentions, or
# setup-none.
setup-summary = { $state }
    - Agents: { $agents }
    - Moderators: { $moderators }
    - On-call: { $on_call }
    - Watched channels: { $watched }
    - Ticket channel: { $tickets }
    - Log channel: { $log }
# After the summary, once set up: one of the first two, then the third.
setup-summary-try = Try it: ask me something in { $channel } as a member would ("how do I reset my password?"), or open a ticket with `/ticket open`.
setup-summary-no-watched = No watched channel: members open tickets with `/ticket open`; pick a channel where they ask and I'll answer there too.
setup-summary-give-roles = Give the tier roles to your agents. Limits, SLA targets and business hours: `/config show`.
setup-button-change = Change something
# Nothing chosen yet.
setup-none = (none)
# In the summary's list of agents' roles.
setup-tier-role = tier { $tier } { $role }
# A role picked for a tier while it is another tier's.
setup-tier-taken = { $role } is already tier { $tier }'s role: a role belongs to one tier.

## /setup's "create it for me" buttons. `$new` is yes (made now) or no (one of that name
## was there already and is used).

# `$what` is a role's name ("Support tier 1") or a channel's ("#help"); `$error` is Discord's
# words (English).
setup-create-failed = I couldn't create { $what }: Discord said "{ $error }". Pick an existing one instead, or try again.
# `$role` is the role's name ("Support on call").
setup-create-needs-manage-roles = I need the **Manage Roles** permission to create the { $role } role. Give it to me, or pick an existing role.
# `$channel` is the channel's name without its # ("tickets").
setup-create-needs-manage-channels = I need the **Manage Channels** permission to create #{ $channel }. Give it to me, or pick an existing channel.
# One role in setup-made-tier-roles' list.
setup-made-role = { $new ->
        [yes] created { $role }
       *[no] used { $role }
    }
# `$roles` is a list of setup-made-role, comma-separated.
setup-made-tier-roles = Tier roles: { $roles }.
setup-every-tier-has-a-role = Every tier already has a role.
setup-cannot-show-channel = I couldn't let { $role } see { $channel } ("{ $error }"): give it View Channel and Manage Threads there.
setup-give-tier-roles = Give them to your agents (Server Settings → Members).
setup-made-on-call = On-call role: { $new ->
        [yes] created
       *[no] used
    } { $role }.
setup-already-watched = { $channel } is already watched.
setup-made-help = Watched channel: { $new ->
        [yes] created
       *[no] used
    } { $channel }.
setup-made-tickets = Ticket channel: { $new ->
        [yes] created (members see it but write only in their own ticket threads; agents see every ticket)
       *[no] used the existing
    } { $channel }.
setup-made-log = Log channel: { $new ->
        [yes] created (hidden from members; agents and moderators see it)
       *[no] used the existing
    } { $channel }.
# The topics of the channels made, in the server's language.
setup-topic-help = Ask your questions here: Concierge answers the common ones and opens a ticket for the rest.
setup-topic-tickets = Private support tickets: open one with /ticket open. Only you and the support team see yours.
setup-topic-log = Concierge's log: transcripts, escalations and setting changes. Keep it hidden from members.

## Settings that name the wrong channel or role, checked when the bot connects, in /setup's
## summary and when /config changes them. `$key` is the setting's .env key and /config name
## ("LOG_CHANNEL_ID (log_channel)"), `$id` the id it holds, `$name` a channel's name, `$error`
## Discord's words (English).

setup-check-other-server = { $key }: { $id } is #{ $name } in another server
# `$kind` is Discord's name of the channel's type (Voice, Category, Forum…).
setup-check-not-text = { $key }: { $id } is #{ $name }, a { $kind } channel; a text channel is needed
setup-check-not-in-server = { $key }: { $id } is not a server channel
setup-check-no-channel = { $key }: no channel { $id } the bot can see ({ $error }); copy the id with Developer Mode → Copy Channel ID
# `$guild` is the server's id.
setup-check-roles-unreadable = { $key }: the roles of server { $guild } could not be read ({ $error })
setup-check-no-role = { $key }: no role { $id } in the server; copy the id with Developer Mode → Copy Role ID
setup-check-log-readable = { $key }: everyone can read #{ $name }, and the transcripts posted there hold what members wrote in private and the staff's notes: deny View Channel to @everyone there
# `$role` is the role's name.
setup-check-tier-blind = { $key }: the role { $role } cannot see the private ticket threads in #{ $name }: give it Manage Threads there
# In the log channel; `$problems` is one "- problem" a line.
setup-check-report =
    Some settings name channels or roles that are not right:
    { $problems }

## /config show|set|reset. `$key` is a setting's name as /config spells it (max_open_tickets),
## `$value` and `$was` a value as shown (a mention, `3`, or config-not-set).

config-show-title = Concierge's settings for this server
config-show-footer = Change one with /config set, put one back with /config reset.
# `$key` is what was typed.
config-no-such-setting = There is no setting `{ $key }`; `/config show` lists them.
# `$problems` is one config-problem a line.
config-not-changed = Not changed. { $problems }
config-problem = `{ $key }`: { $problem }
config-already = `{ $key }` is already { $value }.
config-changed = `{ $key }` is now { $value } (was { $was }).
config-not-set = (not set)
config-default = { $value } (default)
# In the log channel; `$change` is config-changed, `$command` the command used ("/setup").
config-changed-log = { $member } changed a setting: { $change }
config-changed-log-via = { $member } changed a setting with { $command }: { $change }
# /config delete-data's button.
config-delete-button = Delete everything

## What each setting is for, shown while choosing one in /config set and /config reset.

config-help-support-channels = the channels where members ask and the bot answers
config-help-ticket-channel = the channel the private ticket threads are made in
config-help-log-channel = transcripts, reload reports, setting changes (hide it from members)
config-help-tier-roles = the agents' roles, tier 1 first
config-help-moderator-roles = who may use the knowledge-base and stats tools without being an agent
config-help-on-call-role = pinged for urgent tickets
config-help-max-open-tickets = tickets one member may have open at once
config-help-max-tickets-per-hour = tickets one member may open themselves per hour (0: no limit)
config-help-on-call-ping-window-minutes = on-call is pinged about one member's urgent tickets once in this many minutes
config-help-reopen-window-days = days after closing that a ticket may be reopened
config-help-sla-first-response-minutes = the first-response target, per tier
config-help-sla-urgent-first-response-minutes = the first-response target for urgent tickets
config-help-sla-high-first-response-minutes = the first-response target for high-priority tickets
config-help-sla-low-first-response-minutes = the first-response target for low-priority tickets
config-help-close-request-hours = hours a member has to answer a close request before the ticket closes by itself
config-help-inactivity-hours = hours of silence from the member after an agent's last word before the bot asks whether the ticket is solved (0: never)
config-help-inactivity-close-hours = hours the bot then waits for an answer before closing the ticket for inactivity
config-help-urgent-keywords = words that make a ticket urgent (empty: the built-in list)
config-help-business-hours = when the team works, like `mon-fri 09:00-17:00` (empty: always open)
config-help-business-timezone = the business hours' time zone, like `Europe/Berlin` (empty: UTC)
config-help-language = the language of the bot's posts in channels: en, de, fr, es, pt-BR or ru (empty: the server's Discord language)
config-help-rating-grace-hours = hours a closed ticket waits for its rating before it is locked
config-help-rating-change-minutes = minutes the owner may change their rating before the thread is locked
config-help-member-answers-per-minute = auto-answers one member may get per minute (0: no limit)
config-help-repeat-window-seconds = the same answer again in a channel within this time links to the earlier one
config-help-agent-quiet-minutes = the bot stays quiet in a channel where an agent posted within this time

## What is wrong with a setting's value (/config, /setup; the dashboard and the command line
## say it in English). `$value` is what was given; the day names (mon-fri) and times are the
## format business hours are written in, the same in every language.

config-problem-no-such-setting = no such setting
config-problem-not-an-id = `{ $value }` is not a Discord id (a number like 123456789012345678)
config-problem-not-an-id-list = `{ $value }` is not a Discord id (expected a comma list of ids)
config-problem-not-a-number = `{ $value }` is not a whole number from { $min } to { $max }
# `$languages` is the list of codes ("en, de, fr, es, pt-BR, ru").
config-problem-not-a-language = `{ $value }` is not a language Concierge speaks (one of { $languages })
config-problem-bad-timezone = `{ $value }` is not a time zone name (like Europe/Berlin or America/New_York)
config-problem-bad-hours = `{ $value }` is not like `mon-fri 09:00-17:00`
config-problem-bad-day = `{ $value }` is not a day (mon, tue, wed, thu, fri, sat, sun)
config-problem-bad-window = `{ $value }` is not a time window like 09:00-17:00 (start before end, up to 24:00)
config-problem-never-open = business hours must open on at least one day

## /category add|edit|remove|list. `$category` is a category's emoji and name, `$name` its
## name (both written by the moderators, shown as they are).

category-removed = Removed the category **{ $name }**: no new tickets open in it; its tickets keep it. The server's panels no longer offer it.
category-removed-log = { $member } removed the ticket category **{ $name }**.
# A category in a line: `$details` is a comma-separated list of the next messages.
category-described = **{ $category }**: { $description } ({ $details })
category-described-plain = **{ $category }** ({ $details })
category-team = team { $role }
category-tier-1-role = the tier-1 role
category-first-response = first response within { $minutes } min
# `$priority` is low, high or urgent (its English name).
category-starts = starts { $priority }
category-never-asked = never asked "Is this solved?"
category-form = { $count ->
        [0] no form
        [one] a form of 1 question
       *[other] a form of { $count } questions
    }
category-none = This server has no ticket categories; every ticket goes to the tier-1 role. Moderators add them with `/category add`.
# `$categories` is one category-described a line (and its questions).
category-list = **Categories** ({ $count } of at most { $max }):
    { $categories }
category-added = Category added: { $category }
    Members choose it with `/ticket open category:` or on a panel (`/panel post`).
category-changed = Category changed: { $category }
    Members choose it with `/ticket open category:` or on a panel (`/panel post`).
category-added-log = { $member } added the ticket category { $category }.
category-changed-log = { $member } changed the ticket category { $category }.
# The form.
category-form-title-new = New ticket category
category-form-title-edit = Edit { $name }
category-form-name = Name
category-form-emoji = Emoji (optional)
category-form-description = Description (optional)
# `$max` is the most questions a form has (5).
category-form-questions = Form: up to { $max } questions, one per line
# An example of two questions: a question's label, then short or paragraph, then its length
# or optional. Translate the labels only: short, paragraph and optional are the format.
category-form-questions-example = Order number | short | 3-20
    What happened? | paragraph | optional

## /panel post|edit|remove|list. `$panel` is a panel's number; `$error` Discord's words
## (English).

# The words a new panel is offered with (the moderator may change them): in the server's
# language, as the panel is.
panel-default-title = Contact the support team
panel-default-description = Choose what your question is about: a private ticket opens where only you and the support team can see it.
panel-form-title = Ticket panel
panel-form-field-title = Title
panel-form-field-description = Description
panel-deleted = Panel { $panel } in { $channel } deleted.
panel-forgotten = Panel { $panel } in { $channel } forgotten (Discord did not let me delete its message; delete it by hand).
panel-removed-log = { $member } removed ticket panel { $panel } in { $channel }.
panel-none = This server has no ticket panel; post one with `/panel post`.
# `$panels` is one panel-list-line a line.
panel-list = **Ticket panels**:
    { $panels }
# `$style` is auto, buttons or menu; `$link` the message's address; `$title` its title.
panel-list-line = - **{ $panel }** `{ $style }` in { $channel } ({ $link }): { $title }
panel-edit-failed = Discord did not let me edit panel { $panel } in { $channel } ({ $error }); nothing was changed. If its message was deleted, `/panel remove` it and post a new one.
panel-edited-log = { $member } edited ticket panel { $panel } in { $channel }.
panel-updated = Panel { $panel } in { $channel } updated.
panel-post-failed = Discord did not let me post in { $channel } ({ $error }); check that I may see the channel, send messages and embed links there.
panel-posted-log = { $member } posted ticket panel { $panel } in { $channel }.
# `$button` is panel-button-open as the panel shows it (in the server's language).
panel-posted-button = Panel { $panel } posted in { $channel } with one **{ $button }** button (add categories with `/category add` and it shows them). `/panel edit panel:{ $panel }` changes it in place.
panel-posted-categories = Panel { $panel } posted in { $channel } with the server's categories. `/panel edit panel:{ $panel }` changes it in place.
# On the panel, in the server's language.
panel-button-open = Open a ticket
panel-menu-placeholder = Choose what your ticket is about
# In the log channel.
panel-update-failed-log = Ticket panel { $panel } in { $channel } could not be updated to the categories now ({ $error }). Edit it with `/panel edit panel:{ $panel }`, or remove it with `/panel remove`.

## /kb add|edit|remove|list|test. `$entry` is an entry's id, `$file` the file it is in.

# Under /kb test's explanation when the answer is one of the server's own entries.
kb-test-own-entries = (from this server's own entries)
kb-form-title-new = New knowledge-base entry
kb-form-title-edit = Edit { $entry }
kb-form-field-id = Id (a-z, 0-9 and -)
kb-form-field-title = Title (optional)
kb-form-field-patterns = Example questions, one a line
# {"{"}user{"}"} is written as is: the answer's placeholder for the asker.
kb-form-field-answer = The answer (Markdown; {"{"}user{"}"} mentions the asker)
kb-form-field-keywords = Keywords, comma-separated (optional)
# `$problems` is one "- problem" a line (in English, from the files' checks).
kb-not-changed = Nothing was changed:
    { $problems }
kb-added = Added `{ $entry }` (in `{ $file }`); it answers from now on.
kb-updated = Updated `{ $entry }` (in `{ $file }`); it answers from now on.
kb-overridden = This server now has its own version of `{ $entry }` (in `{ $file }`); it answers from now on.
kb-added-log = { $member } added the knowledge-base entry `{ $entry }` (`{ $file }`).
kb-updated-log = { $member } updated the knowledge-base entry `{ $entry }` (`{ $file }`).
kb-overridden-log = { $member } overrode the knowledge-base entry `{ $entry }` (`{ $file }`).
kb-removed-log = { $member } removed the knowledge-base entry `{ $entry }` (`{ $file }`).
kb-removed-own = Removed this server's `{ $entry }`; the shared entry `{ $entry }` answers again.
kb-removed = Removed `{ $entry }`; it no longer answers.
# `$count` entries in all, `$entries` one a line.
kb-list = **Knowledge base: { $count } entries** (page { $page } of { $pages })
    { $entries }
# After an entry of the list that is the server's own.
kb-list-own = {"*"}(this server's){"*"}

## A slash command the bot cannot read. `$command` is the command as typed ("ticket open"),
## `$option` an option's name, `$expected` one of the option-expected- messages.

option-unknown-command = I don't know `/{ $command }`; Discord may still show an old version of my commands, try again in a minute.
option-needs-subcommand = `/{ $command }` needs a subcommand; Discord may still show an old version of it, try again in a minute.
option-unknown-subcommand = I don't know `/{ $command } { $sub }`; Discord may still show an old version of the command, try again in a minute.
option-missing = `/{ $command }` needs the option `{ $option }`.
option-invalid = `/{ $command }`: the option `{ $option }` must be { $expected }.
option-expected-text = text
option-expected-member = a member of this server
option-expected-channel = a channel of this server
option-expected-role = a role of this server
option-expected-true-or-false = true or false
# The choices' names as your commands.ftl gives them.
option-expected-priority = low, normal, high or urgent
option-expected-panel-style = auto, buttons or menu
option-expected-first-response = minutes from { $min } to { $max } (a week)
option-expected-page = a page number from { $min } to { $max }
option-expected-days = a number of days from { $min } to { $max }
option-expected-tier = a tier from { $min } to { $max }

## The form a member opens a ticket with (/ticket open, a panel's buttons).

open-form-title = Open a support ticket
# `$category` is the category's name.
open-form-title-category = Open a ticket: { $category }
open-form-topic = What do you need help with?

## Transcripts: the message they are posted with in the log channel (the server's language)
## and the headings of the files (the ticket owner's). `$ticket` is a ticket's number.

# `$topic` is the ticket's topic, `$agent` who closed it.
transcript-posted = Transcript of ticket { $ticket } ({ $topic }), closed by { $agent }.
# The files' title; `$ticket` is "#12".
transcript-title = Ticket { $ticket }: { $topic }
transcript-field-topic = Topic
transcript-field-category = Category
transcript-field-owner = Owner
transcript-field-opened-by = Opened by
transcript-field-status = Status
transcript-field-priority = Priority
transcript-field-tier = Tier
transcript-field-opened = Opened
transcript-field-tags = Tags
transcript-field-handled-by = Handled by
transcript-field-closed = Closed
transcript-field-resolution = Resolution
transcript-field-rating = Rating
transcript-field-reopened = Reopened
# `$status` is open, claimed or closed.
transcript-status = { $status }
# `$priority` is low, normal, high or urgent.
transcript-priority = { $priority }
# `$at` is a date ("2024-05-01 14:00 UTC"), `$who` a name.
transcript-closed-by = { $at } by { $who }
transcript-rating = { $score }/5 (from the owner)
transcript-not-rated = not rated
transcript-reopened-times = { $count ->
        [one] once
       *[other] { $count } times
    }
# Someone whose name is not known; `$id` is their Discord id.
transcript-user = user { $id }
# After an author's name: " (agent)", " (bot)".
transcript-role-agent = agent
transcript-role-bot = bot
transcript-form = Form
transcript-no-messages = No messages.
transcript-staff-notes = Staff notes
transcript-history = History

## The explanation of a match, for moderators: /kb test, the dashboard's test box and
## `concierge kb match` (in English there). It is shown in a fixed-width block, one line per
## message: pad your labels ("question:", "answer:") with spaces to one width so that the
## values line up. `$entry` is an entry's id, `$confidence`, `$threshold` and `$bm25` are
## numbers with two decimals, `$words` are the question's words as written, comma-separated.

kb-explain-question = question: { $question }
kb-explain-answer = answer:   { $entry } (confidence { $confidence })
kb-explain-not-a-question = answer:   none: this reads as chit-chat or has no topical words
kb-explain-no-candidate = answer:   none: no entry shares a word with this question
kb-explain-below-threshold = answer:   none: best confidence { $confidence } is under the threshold { $threshold }
# `$language` is the code of the language the question was read in (en, de).
kb-explain-language = language: { $language }
# `$words` is what kb-explain-known (or -none-known, -no-topical) and the clauses after it say.
kb-explain-words = words:    { $words }
# `$best` and `$runner_up` are whole percentages: how much of the probability the best entry
# and the next one take.
kb-explain-why = why:      best entry takes { $best }% of the probability, runner-up { $runner_up }%; word overlap (BM25) { $bm25 }
# Added to kb-explain-why when they apply.
kb-explain-regex = a regex of the best entry matched
kb-explain-keywords = { $count } keyword(s) of the best entry found
# Between the clauses of a line.
kb-explain-and = {"; "}
# Each of the best entries, under "why" (indented): `$rank` its place (1, 2, 3), `$share` its
# whole percentage, `$source` its file and line.
kb-explain-candidate = { $rank }. { $entry } ({ $share }%) { $source }
# The question's words the entry has too (its patterns or keywords).
kb-explain-shared = shared words: { $words }
kb-explain-shared-none = shared words: none
# `$pattern` is one of the entry's example questions, as written.
kb-explain-closest = closest pattern: "{ $pattern }"
# The question's words: `$known` of its `$total` topical words (the common ones aside) are
# known to the knowledge base, `$words` names them.
kb-explain-no-topical = no topical words
kb-explain-known = { $known } of { $total } { $total ->
        [one] word
       *[other] words
    } { $known ->
        [one] is
       *[other] are
    } known to the knowledge base: { $words }
# None of them is known: `$words` are all of them.
kb-explain-none-known = 0 of { $total } { $total ->
        [one] word
       *[other] words
    } are known to the knowledge base (not: { $words })
# After kb-explain-known: the words it does not know.
kb-explain-unknown = (not: { $words })
# The spelling corrections made: `$corrections` are kb-explain-read-as, comma-separated.
kb-explain-read = read { $corrections }
kb-explain-read-as = "{ $written }" as "{ $read }"
# `$words` are the common words of the question (as written), `$count` how many.
kb-explain-common = { $words } { $count ->
        [one] is
       *[other] are
    } too common to count
