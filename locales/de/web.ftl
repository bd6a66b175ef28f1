# The dashboard's pages (src/web/): the page shell and its language menu, signing in, the
# overview, the tickets, the knowledge base and its gaps, categories, settings, the audit
# log and the error pages. Counts are numbers (a select on them picks the plural form;
# they are written the language's way); `$ticket` is a ticket's number ("12"), shown
# without grouping. Dates and times stay as the pages write them (2024-05-04 09:30 UTC).
# Where a message names a variable in backticks, the page shows it as code.

## Numbers, shares and durations.

web-number = { $value }
web-percent = { $value } %
web-share = { $value } %
web-duration-seconds = { $seconds } Sek.
web-duration-minutes = { $minutes } Min. { $seconds } Sek.
web-duration-hours = { $hours } Std. { $minutes } Min.
web-minutes = { $minutes } Min.

## The page shell: the top bar, the navigation, the language menu.

web-nav-label = Seiten
web-nav-overview = Übersicht
web-nav-tickets = Tickets
web-nav-kb = Wissensdatenbank
web-nav-gaps = Lücken
web-nav-categories = Kategorien
web-nav-settings = Einstellungen
web-nav-audit = Änderungsprotokoll
web-access-title = Was du hier darfst
web-access-agent = Supporter
web-access-moderator = Moderator
web-access-manager = Verwaltung
web-local-admin = lokale Administration
web-sign-out = Abmelden
web-language-label = Sprache
web-language-change = Wechseln
web-server-fallback = Server { $id }
web-user-fallback = Nutzer { $id }

## Error pages.

web-error-title = { $status ->
    [400] Ungültige Anfrage
    [403] Kein Zugriff
    [404] Nicht gefunden
    [502] Fehlerhaftes Gateway
    [503] Dienst nicht verfügbar
   *[other] Fehler
}
web-error-back = Zurück zu deinen Servern
web-error-no-page = Diese Seite gibt es nicht.
web-error-no-such-page = Diese Seite gibt es nicht.
web-error-no-such-server = Diesen Server gibt es nicht.
web-error-unknown-server = Diesen Server kannst du hier nicht sehen: Entweder ist der Bot nicht auf ihm, oder du bist dort weder Supporter noch Moderator noch in seiner Verwaltung.
web-error-not-staff = Du bist Mitglied dieses Servers, aber weder Supporter noch Moderator noch in seiner Verwaltung – sein Support-Desk ist daher nicht für dich bestimmt.
web-error-csrf = Dieses Formular wurde nicht von einer Seite dieser Sitzung abgeschickt (sein Sicherheitstoken fehlt oder ist veraltet). Geh zurück, lade die Seite neu und schicke es noch einmal ab.
web-error-database = Die Datenbank hat einen Fehler gemeldet, deshalb kann diese Seite nicht angezeigt werden: { $error }. Versuch es gleich noch einmal.
web-error-discord = Discord konnte nicht gefragt werden, wer du auf diesem Server bist: { $error }. Versuch es gleich noch einmal.
web-error-kb-editors-only = Nur Moderatoren und Mitglieder mit der Berechtigung „Server verwalten“ können die Wissensdatenbank ändern.
web-error-settings-managers-only = Nur Mitglieder mit der Berechtigung „Server verwalten“ können die Einstellungen des Servers ändern.
web-error-language = `{ $code }` ist keine Sprache dieses Dashboards. Wähle eine davon: { $known }.
web-error-form-unreadable = Dieses Formular konnte nicht gelesen werden: { $error }
web-error-days = Der Zeitraum `days={ $value }` ist keine ganze Zahl von Tagen zwischen 1 und 365.
web-error-sort = Die Sortierung `sort={ $value }` ist weder `used` noch `helpful`.

## Signing in.

web-login-title = Anmelden
web-login-why-signin = Melde dich an, um den Support-Desk deiner Server zu sehen.
web-login-why-expired = Deine Sitzung ist abgelaufen. Melde dich erneut an.
web-login-why-signed-out = Du bist abgemeldet.
web-login-why-denied = Die Anmeldung über Discord wurde abgebrochen.
web-login-discord = Mit Discord anmelden
web-login-discord-who = Du siehst die Server, die du mit dem Bot teilst und auf denen du Supporter oder Moderator bist oder „Server verwalten“ darfst.
web-login-discord-off = Die Anmeldung über Discord ist auf diesem Dashboard nicht eingerichtet (DISCORD_CLIENT_ID und DISCORD_CLIENT_SECRET).
web-login-link-heading = Mit einem Link anmelden
web-login-link-how = Wer Shell-Zugriff auf den Host hat, kann einen einmaligen Anmeldelink ausgeben: { $command }
web-link-title = Mit einem Anmeldelink anmelden
web-link-intro = Dieser einmalige Link meldet dich als lokale Administration des Servers an. Er funktioniert nur ein einziges Mal.
web-link-submit = Anmelden
web-error-link-spent = Dieser Anmeldelink ist unbekannt, wurde schon benutzt oder ist abgelaufen. Gib mit `concierge dashboard link --guild ID` einen neuen aus.
web-error-discord-login-off = Die Anmeldung über Discord ist auf diesem Dashboard nicht eingerichtet (DISCORD_CLIENT_ID und DISCORD_CLIENT_SECRET). Melde dich stattdessen mit einem Anmeldelink an.
web-error-oauth-state = Diese Anmeldung wurde nicht auf diesem Dashboard begonnen oder hat länger als zehn Minuten gedauert (ihr Status passt nicht). Fang auf der Anmeldeseite noch einmal an.
web-error-oauth-no-code = Discord hat keinen Anmeldecode zurückgeschickt. Fang noch einmal an.
web-error-oauth-failed = { $error }. Fang auf der Anmeldeseite noch einmal an.
web-oauth-refused-code = Discord hat den Anmeldecode abgelehnt: { $why }
web-oauth-refused-me = Discord wollte nicht sagen, wer du bist: { $why }
web-oauth-refused-guilds = Discord wollte deine Server nicht auflisten: { $why }
web-oauth-unreachable = Discord war nicht erreichbar: { $error }
web-oauth-bad-id = Discord hat eine Nutzer-ID `{ $id }` geliefert, die keine Zahl ist

## Your servers.

web-home-title = Deine Server
web-home-none = Auf keinem deiner Server, auf denen dieser Bot läuft, bist du Supporter oder Moderator oder darfst „Server verwalten“. Bitte die Verwaltung eines Servers um eine Support-Rolle und melde dich dann erneut an.
web-home-access = Deine Rolle: { $access }

## The period of a page.

web-period-label = Zeitraum:
web-period-last-days = { $days ->
    [one] letzter Tag
   *[other] letzte { $days } Tage
}

## Overview.

web-overview-opened-per-day = Eröffnete Tickets pro Tag
web-overview-frt-per-day = Mediane Erstreaktion pro Tag
web-overview-csat-per-day = CSAT pro Tag (Sterne im Schnitt)
web-overview-ratings = Bewertungen
web-overview-backlog-by-age = Rückstand nach Alter
web-overview-agents = Supporter
web-overview-categories = Kategorien
web-card-opened = Eröffnete Tickets
web-card-opened-sub = { $closed } geschlossen, { $reopened } wieder geöffnet
web-card-frt = Erstreaktion (Median)
web-card-frt-sub = 90. Perzentil: { $p90 }
web-card-fcr = Lösung beim ersten Kontakt
web-card-fcr-sub = { $responses } Antworten bis zur Lösung
web-card-csat = CSAT
web-card-csat-value = { $mean } ★
web-card-csat-sub = { $count ->
    [one] { $count } Bewertung, { $share } mit 4–5 Sternen
   *[other] { $count } Bewertungen, { $share } mit 4–5 Sternen
}
web-card-sla = SLA-Einhaltung
web-card-sla-sub = Erstantworten innerhalb der Zielzeit
web-card-deflection = Ticketvermeidung
web-card-deflection-sub = { $auto } automatische Antworten, { $confirmed } bestätigt, { $assumed } angenommen
web-card-backlog = Rückstand
web-card-backlog-tier = Stufe { $tier }: { $count }
web-chart-csat = Durchschnittliche Bewertung pro Tag
web-chart-stars = Bewertungen der Mitglieder nach Sternen
web-chart-backlog = Offene Tickets nach Alter
web-chart-day = { $day }. { $month ->
    [1] Jan.
    [2] Feb.
    [3] März
    [4] Apr.
    [5] Mai
    [6] Juni
    [7] Juli
    [8] Aug.
    [9] Sept.
    [10] Okt.
    [11] Nov.
   *[12] Dez.
}
web-age-under-1h = < 1 Std.
web-age-1h-4h = 1–4 Std.
web-age-4h-24h = 4–24 Std.
web-age-over-24h = > 24 Std.
web-overview-no-agents = In diesem Zeitraum hat kein Supporter ein Ticket beantwortet oder geschlossen.
web-col-agent = Supporter
web-col-first-responses = Erstantworten
web-col-median-frt = Mediane Erstreaktion
web-col-tickets-closed = Geschlossen
web-col-fcr = Erstlösung
web-col-csat = CSAT
web-col-ratings = Bewertungen
web-col-category = Kategorie
web-col-tickets-opened = Eröffnet

## A ticket's status, priority, and who wrote a message.

web-status-open = offen
web-status-claimed = übernommen
web-status-closed = geschlossen
web-priority-low = niedrig
web-priority-normal = normal
web-priority-high = hoch
web-priority-urgent = dringend
web-author-member = Mitglied
web-author-agent = Supporter
web-author-bot = Bot
web-stars-title = { $score } von 5

## The tickets list.

web-tickets-found = { $count ->
    [one] Ticket
   *[other] Tickets
}
# The CSV file itself keeps its column headings in English: they are machine headings for
# spreadsheets and scripts.
web-tickets-csv = Als CSV herunterladen
web-tickets-none = Kein Ticket passt zu diesen Filtern.
web-filter-status = Status
web-filter-any = Alle
web-filter-active = Offen oder übernommen
web-filter-open = Offen
web-filter-claimed = Übernommen
web-filter-closed = Geschlossen
web-filter-tier = Stufe
web-filter-category = Kategorie
web-filter-no-category = Ohne Kategorie
web-filter-removed-category = Kategorie { $id }
web-filter-tag = Tag
web-filter-agent = Supporter (Nutzer-ID)
web-filter-priority = Priorität
web-filter-from = Eröffnet vom
web-filter-to = bis (UTC)
web-filter-text = Text in Thema oder Nachrichten
web-filter-per-page = Pro Seite
web-filter-submit = Filtern
web-filter-clear = Zurücksetzen
web-col-number = Nr.
web-col-topic = Thema
web-col-status = Status
web-col-tier = Stufe
web-col-priority = Priorität
web-col-tags = Tags
web-col-owner = Mitglied
web-col-holder = Bearbeitet von
web-col-opened = Eröffnet
web-col-closed = Geschlossen
web-col-rating = Bewertung
web-pager-label = Seiten
web-pager-previous = ← Zurück
web-pager-next = Weiter →
web-pager-page = Seite { $page } von { $pages } · { $total } insgesamt
web-query-unreadable = Die Adresse dieser Seite lässt sich nicht lesen.
web-query-bad-status = `{ $given }` ist kein Status: open, claimed, closed oder active (offen oder übernommen).
web-query-bad-tier = `{ $given }` ist keine Stufe: eine ganze Zahl von 1 bis 255.
web-query-bad-category = `{ $given }` ist keine Kategorie: ihre Nummer oder `none`.
web-query-bad-tag = `{ $given }` ist kein Tag-Name: 1 bis 32 Buchstaben a–z, Ziffern und Bindestriche.
web-query-bad-agent = `{ $given }` ist keine Discord-Nutzer-ID.
web-query-bad-priority = `{ $given }` ist keine Priorität: low, normal, high oder urgent.
web-query-bad-date = `{ $given }` ist kein Datum im Format JJJJ-MM-TT.
web-query-bad-to = `{ $given }` liegt nicht am oder nach dem Datum in `from`.
web-query-bad-page = `{ $given }` ist keine Seitenzahl: eine ganze Zahl ab 1.
web-query-bad-per = `{ $given }` ist keine Anzahl Tickets pro Seite: eine ganze Zahl von 1 bis 100.

## One ticket.

web-error-no-such-ticket = Dieser Server hat kein solches Ticket.
web-ticket-title = Ticket { $ticket }: { $topic }
web-ticket-all = ← Alle Tickets
web-ticket-download-html = Verlauf herunterladen (HTML)
web-ticket-download-md = Verlauf herunterladen (Markdown)
web-ticket-form = Formular
web-ticket-history = Verlauf
web-ticket-messages = Nachrichten
web-ticket-notes = Interne Notizen
web-ticket-closed-inactive = (wegen Inaktivität geschlossen)
web-ticket-none = keine
web-ticket-opened-by = Eröffnet von
web-ticket-nobody-yet = noch niemand
web-ticket-first-response = Erstreaktion
web-ticket-first-response-after = { $after } nach der Eröffnung
web-ticket-none-yet = noch keine
web-ticket-closed-by = von { $name }
web-ticket-resolution = Lösung
web-ticket-reopened = Wieder geöffnet
web-ticket-reopened-times = { $count }-mal
web-ticket-rating-from-owner = { $score }/5 vom Mitglied
web-ticket-not-rated = nicht bewertet
web-ticket-no-history = Nichts aufgezeichnet.
web-ticket-no-messages = Keine Nachrichten.
web-ticket-no-notes = Keine internen Notizen.
web-ticket-note-chip = interne Notiz

## A ticket's history, one line per event.

web-event-opened = eröffnet
web-event-opened-by = eröffnet von { $by }
web-event-thread = Thread erstellt
web-event-claimed = übernommen
web-event-claimed-by = übernommen von { $by }
web-event-unclaimed = zurück in die Warteschlange gegeben
web-event-unclaimed-by = von { $by } zurück in die Warteschlange gegeben
web-event-transferred = übergeben
web-event-transferred-by = übergeben von { $by }
web-event-escalated = eskaliert
web-event-escalated-by = eskaliert von { $by }
web-event-escalated-tiers = von Stufe { $from } an Stufe { $to } eskaliert
web-event-escalated-tiers-by = von { $by } von Stufe { $from } an Stufe { $to } eskaliert
web-event-escalated-at = auf Stufe { $tier } eskaliert
web-event-escalated-at-by = von { $by } auf Stufe { $tier } eskaliert
web-event-priority-raised = als dringend markiert
web-event-priority-raised-by = von { $by } als dringend markiert
web-event-priority-changed = Priorität { $reason }
web-event-priority-changed-by = Priorität { $reason }, geändert von { $by }
web-event-note = interne Notiz hinzugefügt
web-event-note-by = interne Notiz hinzugefügt von { $by }
web-event-close-requested = Schließen vorgeschlagen
web-event-close-requested-by = Schließen vorgeschlagen von { $by }
web-event-close-declined = offen gelassen (Antwort auf die Schließanfrage)
web-event-close-declined-by = von { $by } offen gelassen (Antwort auf die Schließanfrage)
web-event-tagged = Tag { $reason } gesetzt
web-event-tagged-by = Tag { $reason } gesetzt von { $by }
web-event-untagged = Tag { $reason } entfernt
web-event-untagged-by = Tag { $reason } entfernt von { $by }
web-event-moved = verschoben
web-event-moved-by = verschoben von { $by }
web-event-inactivity-asked = das Mitglied gefragt, ob es gelöst ist (keine Rückmeldung von ihm)
web-event-sla-breached = Zielzeit für die Erstreaktion verpasst
web-event-sla-breached-tiers = Zielzeit für die Erstreaktion verpasst, von Stufe { $from } an Stufe { $to }
web-event-sla-breached-at = Zielzeit für die Erstreaktion verpasst, auf Stufe { $tier }
web-event-closed = geschlossen
web-event-closed-by = geschlossen von { $by }
web-event-reopened = wieder geöffnet
web-event-reopened-by = wieder geöffnet von { $by }
web-event-rated = bewertet
web-event-rated-by = bewertet von { $by }
web-event-unrated = Bewertung entfernt
web-event-unrated-by = Bewertung entfernt von { $by }
web-event-automatic = (automatisch)

## Knowledge base.

web-kb-test-heading = Eine Frage testen
web-kb-entries = { $count ->
    [one] { $count } Eintrag
   *[other] { $count } Einträge
}
web-kb-order = Sortierung:
web-kb-most-used = meistgenutzt
web-kb-most-helpful = hilfreichste
web-kb-own = servereigen
web-kb-shared = gemeinsam
web-kb-added = Eintrag `{ $entry }` hinzugefügt; der Bot beantwortet ihn ab sofort.
web-kb-patterns-added = { $count ->
    [one] { $count } Muster zu `{ $entry }` hinzugefügt; der Bot beantwortet es ab sofort.
   *[other] { $count } Muster zu `{ $entry }` hinzugefügt; der Bot beantwortet sie ab sofort.
}
web-col-entry = Eintrag
web-col-from = Herkunft
web-col-auto-answers = Automatische Antworten
web-col-agent-sends = Von Supportern gesendet
web-col-helpful = Hilfreich
web-col-solved = Gelöst
web-col-talked-to-human = Mit einem Menschen gesprochen
web-col-assumed-resolved = Vermutlich gelöst
web-kb-gone = nicht mehr in den Dateien
web-kb-votes = { $count ->
    [one] ({ $count } Stimme)
   *[other] ({ $count } Stimmen)
}

## The knowledge base's test box.

web-test-label = Eine Frage, wie ein Mitglied sie in einem Support-Kanal stellen würde
web-test-submit = Testen
web-test-too-long = Eine Frage darf höchstens { $max } Zeichen lang sein.
web-test-would-answer = Der Bot würde mit { $entry } ({ $id }) antworten: Sicherheit { $confidence }, Schwelle { $threshold }.
web-test-would-answer-own = Der Bot würde mit { $entry } ({ $id }) aus den eigenen Einträgen dieses Servers antworten: Sicherheit { $confidence }, Schwelle { $threshold }.
web-test-its-answer = Seine Antwort
web-test-not-question = Der Bot würde nicht antworten: Das liest sich wie Smalltalk oder enthält keine thematischen Wörter.
web-test-no-candidate = Der Bot würde nicht antworten: Kein Eintrag hat ein Wort mit dieser Frage gemeinsam.
web-test-below-threshold = Der Bot würde nicht antworten: Die Sicherheit des besten Eintrags, { $confidence }, liegt unter seiner Schwelle von { $threshold }.
web-test-no-fit = Der Bot würde nicht antworten: Kein Eintrag passt.
web-col-rank = Rang
web-col-share = Anteil an der Wahrscheinlichkeit
web-test-answers-chip = antwortet
web-test-why = Warum: die Erklärung, die { $command } gibt

## Knowledge gaps.

web-gaps-title = Wissenslücken
web-gaps-intro = Fragen aus den Support-Kanälen, die die Wissensdatenbank nicht beantwortet hat, nach Thema gruppiert; die, aus denen Tickets wurden, zuerst.
web-gaps-intro-editors = Moderatoren und die Verwaltung können hier aus einer Gruppe einen Eintrag machen.
web-gaps-none = Keine unbeantworteten Fragen in diesem Zeitraum.
web-gaps-questions = { $count ->
    [one] Frage
   *[other] Fragen
}
web-gaps-became-tickets = { $count ->
    [one] wurde zum Ticket
   *[other] wurden zu Tickets
}
web-gaps-latest = zuletzt { $when }.
web-gaps-the-questions = Die Fragen
web-gaps-ticket = Ticket
web-gaps-more = und { $count } weitere
web-gaps-back = Zurück zu den Lücken
web-gaps-for = Für Fragen wie: { $question }
web-gaps-create-title = Einen Eintrag anlegen
web-gaps-patterns-title = Muster zu einem Eintrag hinzufügen

## The two forms under a gap.

web-form-create-heading = Einen Eintrag anlegen
web-form-id = ID (a–z, 0–9 und -)
web-form-title = Titel (optional)
web-form-answer = Antwort (Markdown; { "{user}" } erwähnt die fragende Person)
web-form-patterns = Muster: Beispielfragen, eine pro Zeile
web-form-create-submit = Eintrag anlegen
web-form-add-heading = Als Muster zu einem vorhandenen Eintrag hinzufügen
web-form-patterns-to-add = Hinzuzufügende Muster (Häkchen entfernen, um eines wegzulassen)
web-form-no-patterns = Diese Gruppe schlägt keine Muster vor.
web-form-add-to = Hinzufügen zu
web-form-add-submit = Muster hinzufügen
web-form-problems = Nichts wurde gespeichert. Behebe diese Punkte und schicke das Formular noch einmal ab:
web-field-id = ID
web-field-title = Titel
web-field-answer = Antwort
web-field-patterns = Muster
web-field-entry = Eintrag

## Categories.

web-categories-intro = Moderatoren und Mitglieder mit „Server verwalten“ ändern Kategorien in Discord mit { $command }; das aktualisiert auch jedes Ticket-Panel.
web-categories-none = Keine Kategorien: Alle Tickets sind gleich. Lege mit { $command } eine an.
web-col-team = Team
web-col-first-response = Erstreaktion
web-col-asks-solved = Fragt „Ist das gelöst?“
web-col-form = Formular
web-categories-tier-1-role = die Rolle für Stufe 1
web-categories-role = Rolle { $id }
web-categories-servers = die des Servers
web-yes = ja
web-no = nein
web-categories-topic-only = (nur das Thema)
web-form-paragraph = Absatz
web-form-short = kurz
web-form-required = Pflicht
web-form-optional = optional

## Settings.

web-settings-unchanged = Nichts geändert: Jeder Wert war bereits so gesetzt.
web-settings-saved = { $count ->
    [one] { $count } Einstellung gespeichert.
   *[other] { $count } Einstellungen gespeichert.
}
web-settings-invalid = { $count ->
    [one] Nichts wurde gespeichert: { $count } Einstellung muss korrigiert werden (unten markiert).
   *[other] Nichts wurde gespeichert: { $count } Einstellungen müssen korrigiert werden (unten markiert).
}
web-settings-managers-only = Nur Mitglieder mit der Berechtigung „Server verwalten“ können diese ändern.
web-col-setting = Einstellung
web-col-value = Wert
web-col-default = Standard
web-settings-save = Änderungen speichern
web-settings-empty-default = Ein leerer Wert setzt auf den Standard zurück.
web-settings-not-set = (nicht gesetzt)
web-settings-not-in-server = { $id } (nicht auf dem Server)
web-settings-ids = Die Rollen und Kanäle des Servers mit ihren IDs
web-settings-roles = Rollen
web-settings-channels = Kanäle

## Audit log.

web-audit-none = Bisher wurde nichts geändert.
web-col-when-utc = Wann (UTC)
web-col-who = Wer
web-col-through = Über
web-col-what = Was
web-audit-default = (Standard)
web-audit-operator = der Betreiber
web-audit-via-env = .env
web-audit-via-discord = Discord
web-audit-via-import = Import
web-audit-via-dashboard = Dashboard
web-audit-via-kb = Wissensdatenbank
web-audit-entry = { $action ->
    [added] Eintrag { $entry } in { $file } hinzugefügt
    [updated] Eintrag { $entry } in { $file } geändert
    [overrode] Eintrag { $entry } in { $file } für diesen Server überschrieben
    [removed] Eintrag { $entry } aus { $file } entfernt
   *[other] Eintrag { $entry }: { $action } ({ $file })
}
