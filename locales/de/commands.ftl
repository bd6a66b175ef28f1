# Slash commands: names and descriptions as Discord shows them in the command picker.
# One message per command, subcommand group, subcommand and option; its id is `cmd-` and
# the path of English names joined by `-`; choices add `-choice-` and the choice's value.
# Names follow Discord's rules in every language: 1 to 32 lowercase letters, digits, `-`
# or `_`, no spaces (the message command "Answer with knowledge base" excepted); sibling
# options must have different names. Descriptions: 1 to 100 characters.


## /ticket
cmd-ticket = ticket
    .description = Support-Tickets: eins eröffnen oder als Supporter bearbeiten
cmd-ticket-open = öffnen
    .description = Eröffne ein privates Ticket beim Support-Team
cmd-ticket-open-topic = thema
    .description = Wobei brauchst du Hilfe?
cmd-ticket-open-member = mitglied
    .description = Supporter: im Namen dieses Mitglieds eröffnen
cmd-ticket-open-category = kategorie
    .description = Worum es geht (das zuständige Team antwortet)
cmd-ticket-claim = übernehmen
    .description = Supporter: dieses Ticket übernehmen
cmd-ticket-unclaim = freigeben
    .description = Supporter: dieses Ticket zurück in die Warteschlange geben
cmd-ticket-escalate = eskalieren
    .description = Supporter: dieses Ticket an eine höhere Stufe übergeben
cmd-ticket-escalate-reason = grund
    .description = Warum eine höhere Stufe nötig ist
cmd-ticket-escalate-tier = stufe
    .description = Direkt an diese Stufe eskalieren
cmd-ticket-close = schließen
    .description = Dieses Ticket schließen
cmd-ticket-close-resolution = lösung
    .description = Wie es gelöst wurde
cmd-ticket-reopen = wiedereröffnen
    .description = Dieses geschlossene Ticket wiedereröffnen
cmd-ticket-queue = warteschlange
    .description = Supporter: offene Tickets nach Priorität (dringende zuerst), dann die ältesten
cmd-ticket-queue-tag = tag
    .description = Nur Tickets mit diesem Tag
cmd-ticket-queue-category = kategorie
    .description = Nur Tickets in dieser Kategorie
cmd-ticket-move = verschieben
    .description = Supporter: dieses Ticket in eine andere Kategorie verschieben
cmd-ticket-move-category = kategorie
    .description = Die Kategorie (ihr Team übernimmt)
cmd-ticket-tag = tag
    .description = Supporter: die Tags dieses Tickets
cmd-ticket-tag-add = hinzufügen
    .description = Diesem Ticket einen Tag hinzufügen
cmd-ticket-tag-add-tag = tag
    .description = Der Tag (/tag liste zeigt alle an)
cmd-ticket-tag-remove = entfernen
    .description = Einen Tag von diesem Ticket entfernen
cmd-ticket-tag-remove-tag = tag
    .description = Der Tag
cmd-ticket-add = hinzufügen
    .description = Jemanden zum Thread dieses Tickets hinzufügen
cmd-ticket-add-user = nutzer
    .description = Wen du hinzufügen möchtest
cmd-ticket-transfer = übergeben
    .description = Supporter: dieses übernommene Ticket an einen anderen Supporter übergeben
cmd-ticket-transfer-agent = supporter
    .description = Der Supporter, der übernimmt
cmd-ticket-priority = priorität
    .description = Supporter: die Priorität dieses Tickets festlegen
cmd-ticket-priority-level = stufe
    .description = Niedrig, normal, hoch oder dringend
cmd-ticket-priority-level-choice-low = niedrig
cmd-ticket-priority-level-choice-normal = normal
cmd-ticket-priority-level-choice-high = hoch
cmd-ticket-priority-level-choice-urgent = dringend
cmd-ticket-note = notiz
    .description = Supporter: eine Notiz, die nur Supporter sehen, nie das Mitglied
cmd-ticket-note-text = text
    .description = Die Notiz
cmd-ticket-close-request = schließen-anfragen
    .description = Supporter: das Mitglied fragen, ob dieses Ticket geschlossen werden darf
cmd-ticket-close-request-reason = grund
    .description = Was erledigt wurde (wird zur Lösung)
cmd-ticket-notes = notizen
    .description = Supporter: die internen Notizen dieses Tickets
cmd-ticket-history = verlauf
    .description = Supporter: alles, was mit diesem Ticket passiert ist

## /kb
cmd-kb = wissen
    .description = Wissensdatenbank: vorgefertigte Antworten und Feinabstimmung
cmd-kb-send = senden
    .description = Supporter: eine vorgefertigte Antwort hier posten (in einem Ticket oder jedem Kanal)
cmd-kb-send-entry = eintrag
    .description = Der Eintrag (ID oder Titel)
cmd-kb-test = testen
    .description = Moderatoren: was der Bot antworten würde und warum
cmd-kb-test-question = frage
    .description = Eine Frage, wie ein Mitglied sie stellen würde
cmd-kb-reload = neu-laden
    .description = Moderatoren: die Antwortdateien jetzt neu laden
cmd-kb-gaps = lücken
    .description = Moderatoren: unbeantwortete Fragen, aus denen Tickets wurden
cmd-kb-add = hinzufügen
    .description = Moderatoren: ein neuer Eintrag für diesen Server
cmd-kb-edit = bearbeiten
    .description = Moderatoren: einen Eintrag für diesen Server ändern
cmd-kb-edit-entry = eintrag
    .description = Der Eintrag (ID oder Titel)
cmd-kb-remove = entfernen
    .description = Moderatoren: einen der Einträge dieses Servers entfernen
cmd-kb-remove-entry = eintrag
    .description = Der Eintrag (ID oder Titel)
cmd-kb-list = liste
    .description = Moderatoren: die Einträge, aus denen dieser Server antwortet
cmd-kb-list-page = seite
    .description = Die Seite (20 Einträge pro Seite)

## /support
cmd-support = support
    .description = Zahlen des Support-Teams
cmd-support-stats = statistik
    .description = Kennzahlen mit Diagramm
cmd-support-stats-days = tage
    .description = Wie viele Tage zurück (Standard: 30)
cmd-support-stats-category = kategorie
    .description = Nur die Zahlen dieser Kategorie
cmd-support-block = sperren
    .description = Moderatoren: ein Mitglied daran hindern, Tickets zu eröffnen
cmd-support-block-member = mitglied
    .description = Das Mitglied
cmd-support-block-reason = grund
    .description = Warum (nur für die Moderatoren; das Mitglied erfährt es nicht)
cmd-support-block-days = tage
    .description = Für wie viele Tage (Standard: bis zur Aufhebung mit /support entsperren)
cmd-support-unblock = entsperren
    .description = Moderatoren: einem gesperrten Mitglied wieder erlauben, Tickets zu eröffnen
cmd-support-unblock-member = mitglied
    .description = Das Mitglied
cmd-support-blocks = sperrliste
    .description = Moderatoren: die Mitglieder, die keine Tickets eröffnen dürfen

## /config
cmd-config = einstellungen
    .description = Die Einstellungen von Concierge für diesen Server
cmd-config-show = anzeigen
    .description = Alle Einstellungen, Standardwerte markiert
cmd-config-set = ändern
    .description = Eine Einstellung ändern
cmd-config-set-key = einstellung
    .description = Die Einstellung
cmd-config-set-value = wert
    .description = Der neue Wert (IDs, #Kanäle oder @Rollen, durch Kommas getrennt)
cmd-config-reset = zurücksetzen
    .description = Eine Einstellung auf ihren Standardwert zurücksetzen
cmd-config-reset-key = einstellung
    .description = Die Einstellung
cmd-config-delete-data = daten-löschen
    .description = Serverinhaber: alles löschen, was Concierge für diesen Server speichert

## /setup
cmd-setup = einrichten
    .description = Concierge hier einrichten: Supporter-Rollen, Hilfekanäle, Ticket- und Log-Kanäle

## /tag
cmd-tag = tag
    .description = Die Ticket-Tags des Servers
cmd-tag-add = hinzufügen
    .description = Moderatoren: einen Tag hinzufügen, den Supporter an Tickets vergeben können
cmd-tag-add-name = name
    .description = Kleinbuchstaben, Ziffern und Bindestriche
cmd-tag-add-description = beschreibung
    .description = Wofür er gedacht ist
cmd-tag-remove = entfernen
    .description = Moderatoren: einen Tag entfernen (auch von allen Tickets)
cmd-tag-remove-name = name
    .description = Der Tag
cmd-tag-list = liste
    .description = Die Tags, jeweils mit der Zahl der Tickets, die ihn tragen

## /category
cmd-category = kategorie
    .description = Die Ticket-Kategorien des Servers (Abteilungen)
cmd-category-add = hinzufügen
    .description = Moderatoren: eine Kategorie hinzufügen (ein Formular fragt Name und Fragen ab)
cmd-category-add-team = team
    .description = Das Team, das bei ihren Tickets gepingt wird und sie auf Stufe 1 bearbeiten darf
cmd-category-add-first-response = erste-antwort
    .description = Zielzeit für die erste Antwort in Minuten auf Stufe 1 (0: die des Servers)
cmd-category-add-priority = priorität
    .description = Die Priorität, mit der ihre Tickets starten
cmd-category-add-priority-choice-low = niedrig
cmd-category-add-priority-choice-normal = normal
cmd-category-add-priority-choice-high = hoch
cmd-category-add-priority-choice-urgent = dringend
cmd-category-add-inactivity = inaktivität
    .description = Mitglieder fragen „Ist das gelöst?“, wenn sie nicht mehr antworten (Standard: ja)
cmd-category-edit = bearbeiten
    .description = Moderatoren: eine Kategorie ändern
cmd-category-edit-name = name
    .description = Die Kategorie
cmd-category-edit-team = team
    .description = Das Team, das bei ihren Tickets gepingt wird und sie auf Stufe 1 bearbeiten darf
cmd-category-edit-first-response = erste-antwort
    .description = Zielzeit für die erste Antwort in Minuten auf Stufe 1 (0: die des Servers)
cmd-category-edit-priority = priorität
    .description = Die Priorität, mit der ihre Tickets starten
cmd-category-edit-priority-choice-low = niedrig
cmd-category-edit-priority-choice-normal = normal
cmd-category-edit-priority-choice-high = hoch
cmd-category-edit-priority-choice-urgent = dringend
cmd-category-edit-inactivity = inaktivität
    .description = Mitglieder fragen „Ist das gelöst?“, wenn sie nicht mehr antworten (Standard: ja)
cmd-category-edit-no-team = kein-team
    .description = Wenn aktiv: kein eigenes Team (die Rolle für Stufe 1 wird gepingt)
cmd-category-remove = entfernen
    .description = Moderatoren: eine Kategorie entfernen (ihre Tickets behalten sie)
cmd-category-remove-name = name
    .description = Die Kategorie
cmd-category-list = liste
    .description = Die Kategorien und wofür jede zuständig ist

## /panel
cmd-panel = panel
    .description = Ticket-Panels: eine Nachricht, über die Mitglieder Tickets eröffnen
cmd-panel-post = posten
    .description = Moderatoren: ein Ticket-Panel in einem Kanal posten
cmd-panel-post-channel = kanal
    .description = Wo es gepostet werden soll
cmd-panel-post-style = stil
    .description = Buttons, ein Menü oder automatisch (Buttons bei bis zu 5 Kategorien)
cmd-panel-post-style-choice-auto = automatisch
cmd-panel-post-style-choice-buttons = Buttons
cmd-panel-post-style-choice-menu = Menü
cmd-panel-edit = bearbeiten
    .description = Moderatoren: Texte oder Stil eines Panels direkt ändern
cmd-panel-edit-panel = panel
    .description = Das Panel
cmd-panel-edit-style = stil
    .description = Buttons, ein Menü oder automatisch (Buttons bei bis zu 5 Kategorien)
cmd-panel-edit-style-choice-auto = automatisch
cmd-panel-edit-style-choice-buttons = Buttons
cmd-panel-edit-style-choice-menu = Menü
cmd-panel-remove = entfernen
    .description = Moderatoren: ein Panel löschen
cmd-panel-remove-panel = panel
    .description = Das Panel
cmd-panel-list = liste
    .description = Moderatoren: die Panels des Servers

## Answer with knowledge base
cmd-answer-with-knowledge-base = Mit Wissensdatenbank antworten
