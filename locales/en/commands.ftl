# Slash commands: names and descriptions as Discord shows them in the command picker.
# One message per command, subcommand group, subcommand and option; its id is `cmd-` and
# the path of English names joined by `-`; choices add `-choice-` and the choice's value.
# Names follow Discord's rules in every language: 1 to 32 lowercase letters, digits, `-`
# or `_`, no spaces (the message command "Answer with knowledge base" excepted); sibling
# options must have different names. Descriptions: 1 to 100 characters.


## /ticket
cmd-ticket = ticket
    .description = Support tickets: open one, or work one as an agent
cmd-ticket-open = open
    .description = Open a private ticket with the support team
cmd-ticket-open-topic = topic
    .description = What do you need help with?
cmd-ticket-open-member = member
    .description = Agents: open it on behalf of this member
cmd-ticket-open-category = category
    .description = What it is about (its team answers)
cmd-ticket-claim = claim
    .description = Agents: take this ticket
cmd-ticket-unclaim = unclaim
    .description = Agents: give this ticket back to the queue
cmd-ticket-escalate = escalate
    .description = Agents: hand this ticket to a higher tier
cmd-ticket-escalate-reason = reason
    .description = Why it needs a higher tier
cmd-ticket-escalate-tier = tier
    .description = Escalate straight to this tier
cmd-ticket-close = close
    .description = Close this ticket
cmd-ticket-close-resolution = resolution
    .description = How it was resolved
cmd-ticket-reopen = reopen
    .description = Reopen this closed ticket
cmd-ticket-queue = queue
    .description = Agents: open tickets by priority (urgent first), then oldest
cmd-ticket-queue-tag = tag
    .description = Only tickets with this tag
cmd-ticket-queue-category = category
    .description = Only tickets in this category
cmd-ticket-move = move
    .description = Agents: move this ticket to another category
cmd-ticket-move-category = category
    .description = The category (its team takes over)
cmd-ticket-tag = tag
    .description = Agents: this ticket's tags
cmd-ticket-tag-add = add
    .description = Put a tag on this ticket
cmd-ticket-tag-add-tag = tag
    .description = The tag (/tag list shows them)
cmd-ticket-tag-remove = remove
    .description = Take a tag off this ticket
cmd-ticket-tag-remove-tag = tag
    .description = The tag
cmd-ticket-add = add
    .description = Add someone to this ticket's thread
cmd-ticket-add-user = user
    .description = Who to add
cmd-ticket-transfer = transfer
    .description = Agents: hand this claimed ticket to another agent
cmd-ticket-transfer-agent = agent
    .description = The agent taking over
cmd-ticket-priority = priority
    .description = Agents: set this ticket's priority
cmd-ticket-priority-level = level
    .description = Low, normal, high or urgent
cmd-ticket-priority-level-choice-low = low
cmd-ticket-priority-level-choice-normal = normal
cmd-ticket-priority-level-choice-high = high
cmd-ticket-priority-level-choice-urgent = urgent
cmd-ticket-note = note
    .description = Agents: a note only agents see, never the member
cmd-ticket-note-text = text
    .description = The note
cmd-ticket-close-request = close-request
    .description = Agents: ask the member whether this ticket may close
cmd-ticket-close-request-reason = reason
    .description = What was done (becomes the resolution)
cmd-ticket-notes = notes
    .description = Agents: this ticket's staff notes
cmd-ticket-history = history
    .description = Agents: everything that happened to this ticket

## /kb
cmd-kb = kb
    .description = Knowledge base: canned answers and tuning
cmd-kb-send = send
    .description = Agents: post a canned answer here (a ticket or any channel)
cmd-kb-send-entry = entry
    .description = The entry (id or title)
cmd-kb-test = test
    .description = Moderators: what would the bot answer, and why
cmd-kb-test-question = question
    .description = A question as a member would ask it
cmd-kb-reload = reload
    .description = Moderators: reload the response files now
cmd-kb-gaps = gaps
    .description = Moderators: unanswered questions that became tickets
cmd-kb-add = add
    .description = Moderators: a new entry for this server
cmd-kb-edit = edit
    .description = Moderators: change an entry for this server
cmd-kb-edit-entry = entry
    .description = The entry (id or title)
cmd-kb-remove = remove
    .description = Moderators: remove one of this server's entries
cmd-kb-remove-entry = entry
    .description = The entry (id or title)
cmd-kb-list = list
    .description = Moderators: the entries this server answers from
cmd-kb-list-page = page
    .description = The page (20 entries a page)

## /support
cmd-support = support
    .description = Support team figures
cmd-support-stats = stats
    .description = KPIs with a chart
cmd-support-stats-days = days
    .description = How many days back (default 30)
cmd-support-stats-category = category
    .description = Only this category's figures
cmd-support-block = block
    .description = Moderators: stop a member from opening tickets
cmd-support-block-member = member
    .description = The member
cmd-support-block-reason = reason
    .description = Why (kept for the moderators; the member is not told)
cmd-support-block-days = days
    .description = For how many days (default: until lifted with /support unblock)
cmd-support-unblock = unblock
    .description = Moderators: let a blocked member open tickets again
cmd-support-unblock-member = member
    .description = The member
cmd-support-blocks = blocks
    .description = Moderators: the members blocked from opening tickets

## /config
cmd-config = config
    .description = Concierge's settings for this server
cmd-config-show = show
    .description = Every setting, with the defaults marked
cmd-config-set = set
    .description = Change a setting
cmd-config-set-key = key
    .description = The setting
cmd-config-set-value = value
    .description = The new value (ids, #channels or @roles comma-separated)
cmd-config-reset = reset
    .description = Put a setting back to its default
cmd-config-reset-key = key
    .description = The setting
cmd-config-delete-data = delete-data
    .description = Server owner: delete everything Concierge keeps for this server

## /setup
cmd-setup = setup
    .description = Set Concierge up here: agents' roles, help channels, ticket and log channels

## /tag
cmd-tag = tag
    .description = The server's ticket tags
cmd-tag-add = add
    .description = Moderators: add a tag agents can put on tickets
cmd-tag-add-name = name
    .description = Lowercase letters, digits and hyphens
cmd-tag-add-description = description
    .description = What it is for
cmd-tag-remove = remove
    .description = Moderators: remove a tag (and take it off every ticket)
cmd-tag-remove-name = name
    .description = The tag
cmd-tag-list = list
    .description = The tags, with how many tickets carry each

## /category
cmd-category = category
    .description = The server's ticket categories (departments)
cmd-category-add = add
    .description = Moderators: add a category (a form asks its name and questions)
cmd-category-add-team = team
    .description = The team pinged for its tickets, allowed to work them at tier 1
cmd-category-add-first-response = first-response
    .description = First-response target in minutes at tier 1 (0: the server's)
cmd-category-add-priority = priority
    .description = The priority its tickets start at
cmd-category-add-priority-choice-low = low
cmd-category-add-priority-choice-normal = normal
cmd-category-add-priority-choice-high = high
cmd-category-add-priority-choice-urgent = urgent
cmd-category-add-inactivity = inactivity
    .description = Ask its members "Is this solved?" after their silence (default: yes)
cmd-category-edit = edit
    .description = Moderators: change a category
cmd-category-edit-name = name
    .description = The category
cmd-category-edit-team = team
    .description = The team pinged for its tickets, allowed to work them at tier 1
cmd-category-edit-first-response = first-response
    .description = First-response target in minutes at tier 1 (0: the server's)
cmd-category-edit-priority = priority
    .description = The priority its tickets start at
cmd-category-edit-priority-choice-low = low
cmd-category-edit-priority-choice-normal = normal
cmd-category-edit-priority-choice-high = high
cmd-category-edit-priority-choice-urgent = urgent
cmd-category-edit-inactivity = inactivity
    .description = Ask its members "Is this solved?" after their silence (default: yes)
cmd-category-edit-no-team = no-team
    .description = True: no team of its own (the tier-1 role is pinged)
cmd-category-remove = remove
    .description = Moderators: remove a category (its tickets keep it)
cmd-category-remove-name = name
    .description = The category
cmd-category-list = list
    .description = The categories and what each does

## /panel
cmd-panel = panel
    .description = Ticket panels: a message members open tickets from
cmd-panel-post = post
    .description = Moderators: post a ticket panel in a channel
cmd-panel-post-channel = channel
    .description = Where to post it
cmd-panel-post-style = style
    .description = Buttons, a menu, or auto (buttons for up to 5 categories)
cmd-panel-post-style-choice-auto = auto
cmd-panel-post-style-choice-buttons = buttons
cmd-panel-post-style-choice-menu = menu
cmd-panel-edit = edit
    .description = Moderators: change a panel's words or style in place
cmd-panel-edit-panel = panel
    .description = The panel
cmd-panel-edit-style = style
    .description = Buttons, a menu, or auto (buttons for up to 5 categories)
cmd-panel-edit-style-choice-auto = auto
cmd-panel-edit-style-choice-buttons = buttons
cmd-panel-edit-style-choice-menu = menu
cmd-panel-remove = remove
    .description = Moderators: delete a panel
cmd-panel-remove-panel = panel
    .description = The panel
cmd-panel-list = list
    .description = Moderators: the server's panels

## Answer with knowledge base
cmd-answer-with-knowledge-base = Answer with knowledge base
