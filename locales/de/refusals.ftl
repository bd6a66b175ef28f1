# The desk saying "no" to a person (src/tickets/refusal.rs). Ticket numbers come as
# `$ticket` ("#12"), people as mentions (`$by`, `$holder`, `$owner`, `$target`: "<@123>"),
# times as Discord timestamps (`$again`, `$until`: seconds since 1970, shown by Discord in
# the reader's own time zone). `$action` is one of the `action-` messages below.

refusal-too-many-open = Du hast bereits { $count ->
        [one] { $count } offenes Ticket
       *[other] { $count } offene Tickets
    } ({ $open }) – mehr darf ein Mitglied nicht gleichzeitig haben ({ $max }). Bitte mach in einem davon weiter oder schließ zuerst eins.
refusal-opening-too-fast = Du hast in { $minutes ->
        [one] der letzten Minute
       *[other] den letzten { $minutes } Minuten
    } { $max ->
        [one] { $max } Ticket
       *[other] { $max } Tickets
    } eröffnet – mehr darf ein Mitglied nicht. Du kannst <t:{ $again }:R> ein weiteres eröffnen; mach bis dahin bitte in einem deiner Tickets weiter.
refusal-empty-topic = Bitte gib deinem Ticket ein kurzes Thema.
refusal-no-such-ticket = Es gibt kein Ticket { $ticket }.
refusal-not-a-ticket = Dieser Kanal ist kein Ticket.
refusal-agents-only = Nur Supporter können { $action }.
refusal-moderators-only = Das können nur Moderatoren und Supporter.
refusal-tier-too-low = Nur Supporter ab Stufe { $tier } können { $action }.
refusal-already-claimed = Ticket { $ticket } wurde bereits von { $by } übernommen.
refusal-not-claimed = Ticket { $ticket } wurde von niemandem übernommen.
refusal-not-the-holder = Nur der Supporter, der Ticket { $ticket } übernommen hat ({ $holder }), oder ein Supporter einer höheren Stufe kann { $action }.
refusal-owner-or-agent-only = Nur die Person, die Ticket { $ticket } eröffnet hat, oder ein Supporter kann { $action }.
refusal-closed = Ticket { $ticket } ist geschlossen.
refusal-at-top-tier = Ticket { $ticket } ist bereits auf der höchsten Stufe (Stufe { $tier }) und kann nicht weiter eskaliert werden.
refusal-not-higher = Ticket { $ticket } ist auf Stufe { $tier }; es kann nur an eine höhere Stufe eskaliert werden.
refusal-no-such-tier = Es gibt keine Stufe { $tier }: Die Stufen reichen von 1 bis { $max }.
refusal-target-tier-too-low = { $target } kann Ticket { $ticket } nicht übernehmen: Dafür braucht es einen Supporter ab Stufe { $tier }.
refusal-blocked = Du kannst auf diesem Server keine Tickets eröffnen. Falls du denkst, dass das ein Fehler ist, wende dich bitte an die Moderatoren des Servers.
refusal-blocked-until = Du kannst auf diesem Server bis <t:{ $until }:f> keine Tickets eröffnen. Falls du denkst, dass das ein Fehler ist, wende dich bitte an die Moderatoren des Servers.
refusal-owner-answers-close-request = Nur die Person, die das Ticket eröffnet hat ({ $owner }), kann darauf antworten.
refusal-no-close-request = Bei Ticket { $ticket } wartet keine Schließanfrage auf eine Antwort (sie wurde bereits beantwortet oder ist abgelaufen).
refusal-no-such-tag = Auf diesem Server gibt es keinen Tag `{ $tag }`; `/tag liste` zeigt alle an.
refusal-bad-tag-name = `{ $tag }` ist kein gültiger Tag-Name: Verwende 1 bis 32 Kleinbuchstaben, Ziffern und Bindestriche, z. B. `abrechnung` oder `fehler-meldung`.
refusal-tag-exists = Auf diesem Server gibt es bereits einen Tag `{ $tag }`.
refusal-too-many-tags = Dieser Server hat { $count } Tags, mehr sind nicht möglich; entferne zuerst einen.
refusal-tags-moderators-only = Nur die Moderatoren dieses Servers (und Mitglieder mit der Berechtigung „Server verwalten“) können seine Tags ändern.
refusal-no-such-category = Auf diesem Server gibt es keine Kategorie `{ $category }`; `/kategorie liste` zeigt alle an.
refusal-bad-category = Diese Kategorie kann nicht gespeichert werden:
    { $problems }
refusal-category-exists = Auf diesem Server gibt es bereits eine Kategorie `{ $category }`.
refusal-too-many-categories = Dieser Server hat { $count } Kategorien, mehr sind nicht möglich; entferne zuerst eine.
refusal-categories-moderators-only = Nur die Moderatoren dieses Servers (und Mitglieder mit der Berechtigung „Server verwalten“) können seine Kategorien und Panels ändern.
refusal-same-category = Ticket { $ticket } ist bereits in { $category }.
refusal-no-such-panel = Auf diesem Server gibt es kein solches Panel; `/panel liste` zeigt alle an.
refusal-bad-panel = Dieses Panel kann nicht gespeichert werden:
    { $problems }
refusal-empty-note = Eine Notiz braucht etwas Text.
refusal-blocks-moderators-only = Nur die Moderatoren dieses Servers (und Mitglieder mit der Berechtigung „Server verwalten“) können Mitglieder für das Eröffnen von Tickets sperren.
refusal-not-closed-yet = Ticket { $ticket } kann bewertet werden, sobald es geschlossen ist.
refusal-not-answered = Ticket { $ticket } wurde geschlossen, bevor ein Supporter darauf geantwortet hat, daher gibt es nichts zu bewerten.
refusal-bad-score = Eine Bewertung geht von 1 bis 5 (erhalten: { $score }).
refusal-reopen-window-passed = Ticket { $ticket } wurde vor mehr als { $days ->
        [one] einem Tag
       *[other] { $days } Tagen
    } geschlossen und kann nicht mehr wiedereröffnet werden. Bitte eröffne ein neues Ticket.

## What only some people may do, completing the refusals above.

action-claim-tickets = Tickets übernehmen
action-claim = dieses Ticket übernehmen
action-unclaim-tickets = Tickets freigeben
action-unclaim = dieses Ticket freigeben
action-change-priority = die Priorität dieses Tickets ändern
action-move = dieses Ticket verschieben
action-propose-closing = das Schließen dieses Tickets vorschlagen
action-tag-tickets = Tags an Tickets vergeben
action-staff-notes = interne Notizen lesen oder schreiben
action-transfer = dieses Ticket übergeben
action-escalate = dieses Ticket eskalieren
action-close = dieses Ticket schließen
action-reopen = dieses Ticket wiedereröffnen
action-add-people = Personen zu diesem Ticket hinzufügen
action-answer = auf dieses Ticket antworten
action-see-queue = die Warteschlange sehen
action-send-canned = vorgefertigte Antworten senden
action-open-for-others = ein Ticket für jemand anderen eröffnen
