# The desk's words in Discord that came last to the catalogues: the automatic answers'
# footer, buttons and pointers, the close requests, the queue, the knowledge-base gaps and
# reload reports. `$ticket` is a ticket's number ("12") and `$tier` a tier's ("2"); people
# are mentions (`$owner`, `$agent`, `$member`: "<@123>"); times are Discord timestamps
# (seconds); counts are numbers.

## An automatic answer, in the asker's language.

# The footer under the answer; `$percent` is how sure the match was, a whole number ("87").
answer-footer = Automatische Antwort (zu { $percent } % sicher). Nicht das, was du gesucht hast? Frag einen Menschen.
answer-button-solved = Gelöst
answer-button-human = Mit einem Menschen sprechen
# The same question answered a moment ago: a link to that answer instead of a second copy.
# `$entry` is the entry's title in bold, or its id as code; `$link` the earlier answer's URL.
answer-pointer-earlier = Das wurde gerade eben schon beantwortet: { $entry }, siehe { $link }
answer-pointer-above = Das wurde direkt weiter oben schon beantwortet: { $entry }.
# The topic of a ticket opened with "Talk to a human" when the question cannot be found.
answer-ticket-topic = Hilfe zu einer automatischen Antwort
# Stands for an answer without a title in ticket-note-answer-did-not-help.
answer-untitled = eine automatische Antwort
answer-other-language = Diese Antwort gibt es noch nicht auf { $wanted }, hier ist sie auf { $given }.

## A close request: an agent asks the member, in the thread, whether the ticket may close.

# `$what` is empty, or a new line and close-request-what-was-done (added by the bot).
close-request-ask = { $owner }, { $agent } meint, dass dein Ticket gelöst ist.{ $what }
    Dürfen wir es schließen? Wenn du nicht antwortest, schließt es sich <t:{ $due }:R> von selbst.
# `$what` is the agent's text, already made inert.
close-request-what-was-done = **Was erledigt wurde:** { $what }
close-request-button-close = Ticket schließen
close-request-button-keep-open = Offen lassen
# The agent who asked is told.
close-request-asked = { $owner } wurde gefragt, ob Ticket { $ticket } geschlossen werden darf.
# The member's answer, replacing the question.
close-request-closed = { $member } hat das Ticket geschlossen.
close-request-kept-open = { $member } hat das Ticket offen gelassen.
# Then the agent who asked is pinged.
close-request-kept-open-ping = { $member } hat das Ticket offen gelassen. { $agent }, es wird noch Hilfe gebraucht.
# Unanswered in time (said in the thread).
close-request-closed-unanswered = Ticket { $ticket } wurde geschlossen: Auf die Schließanfrage kam nicht rechtzeitig eine Antwort.

## The inactivity question: the member has been silent since an agent's last word.

# `$said` is when the agent last answered, `$due` when the ticket closes.
close-request-inactive-ask = { $owner }, ist das gelöst? { $agent } hat <t:{ $said }:R> geantwortet und seitdem haben wir nichts mehr von dir gehört. Wenn du dich nicht meldest, wird dieses Ticket <t:{ $due }:R> geschlossen.
close-request-button-yes = Ja, schließen
close-request-button-still-need-help = Ich brauche noch Hilfe
# Write the name `/ticket reopen` has in your commands.ftl.
close-request-closed-inactive = Ticket { $ticket } wurde wegen Inaktivität geschlossen, da wir nichts mehr von dir gehört haben. Mit `/ticket wiedereröffnen` holst du es zurück, falls du noch Hilfe brauchst.

## `/ticket queue`: up to 20 tickets, urgent first then oldest.

queue-empty = Die Warteschlange ist leer. 🎉
queue-header = **Warteschlange** ({ $count } offen):
# One ticket (its priority's emoji goes before it). `$topic` is its topic, `$tags` its tags
# as code, each after a space (or empty), `$agent` its holder (or queue-unclaimed),
# `$waited` minutes, `$left` queue-minutes-left, queue-minutes-over or queue-answered,
# `$thread` its thread's id.
queue-line = #{ $ticket } { $topic }{ $tags } · Stufe { $tier } · { $agent } · wartet seit { $waited } Min. · { $left } · <#{ $thread }>
queue-unclaimed = nicht übernommen
queue-answered = beantwortet
# Until the first-response target, or past it.
queue-minutes-left = noch { $minutes } Min.
queue-minutes-over = { $minutes } Min. überfällig

## `/kb gaps`: questions nothing answered that became tickets.

gaps-none = Keine Wissenslücken in den letzten 30 Tagen.
gaps-header = **Unbeantwortete Fragen, aus denen Tickets wurden** (letzte 30 Tage):
# `$question` is the member's text, already made inert; `$channel` the channel's id.
gaps-line = - „{ $question }“ (<#{ $channel }>, Ticket { $ticket })

## Reloading the knowledge base: `/kb reload`'s answer, and the log channel's notice when a
## file changed. A failure is followed by its problems, one a line.

kb-reload-done = Neu geladen: { $entries ->
        [one] { $entries } Eintrag
       *[other] { $entries } Einträge
    }, { $patterns ->
        [one] { $patterns } Muster
       *[other] { $patterns } Muster
    }.
kb-reload-failed = Nicht neu geladen: { $problems ->
        [one] { $problems } Problem
       *[other] { $problems } Probleme
    }; die bisherige Wissensdatenbank antwortet weiter.
kb-reload-done-watcher = Wissensdatenbank neu geladen: { $entries ->
        [one] { $entries } Eintrag
       *[other] { $entries } Einträge
    }, { $patterns ->
        [one] { $patterns } Muster
       *[other] { $patterns } Muster
    }.
kb-reload-failed-watcher = Wissensdatenbank NICHT neu geladen: { $problems ->
        [one] { $problems } Problem
       *[other] { $problems } Probleme
    }; die bisherige Wissensdatenbank antwortet weiter.
