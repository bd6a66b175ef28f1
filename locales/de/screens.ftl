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
setup-roles = **Concierge einrichten: Schritt 1 von 3, die Rollen der Supporter**
    Supporter bearbeiten die Tickets. Stufe 1 antwortet zuerst; Stufe 2 und 3 übernehmen, was an sie eskaliert wird (für ein kleines Team reicht eine Stufe). Wähle für jede Stufe eine Rolle oder lass sie mich anlegen.
    Aktuell: Stufe 1 { $tier1 }, Stufe 2 { $tier2 }, Stufe 3 { $tier3 }{ $more }
# A server with more than three tiers (set with /config): they are kept. `$count` is a number.
setup-roles-more-tiers = { $count ->
        [one] (dazu eine weitere Stufe, die erhalten bleibt)
       *[other] (dazu { $count } weitere Stufen, die erhalten bleiben)
    }
# The menus' placeholders; `$tier` is 1, 2 or 3.
setup-menu-tier = Rolle der Supporter auf Stufe { $tier }
setup-menu-tier-optional = Rolle der Supporter auf Stufe { $tier } (optional)
setup-button-create-tier-roles = Fehlende Stufen-Rollen für mich anlegen
setup-button-next-people = Weiter: Moderatoren und Bereitschaft
setup-people = **Concierge einrichten: Schritt 2 von 3, Moderatoren und Bereitschaft** (beides optional)
    Moderatoren pflegen die Wissensdatenbank (`/wissen hinzufügen`) und sehen die Zahlen ein (`/support statistik`), ohne Supporter zu sein. Die Bereitschaftsrolle wird bei dringenden Tickets angepingt.
    Aktuell: Moderatoren { $moderators }, Bereitschaft { $on_call }
setup-menu-moderators = Rollen der Moderatoren (optional)
setup-menu-on-call = Bereitschaftsrolle (optional)
setup-button-create-on-call = Bereitschaftsrolle für mich anlegen
setup-button-back = Zurück
setup-button-next-channels = Weiter: Kanäle
setup-channels = **Concierge einrichten: Schritt 3 von 3, die Kanäle**
    Ich beantworte Fragen in den beobachteten Kanälen, eröffne private Ticket-Threads unter dem Ticket-Kanal und poste Transkripte im Log-Kanal (verbirg ihn vor den Mitgliedern: Transkripte enthalten, was sie privat geschrieben haben).
    Aktuell: beobachtet { $watched }, Tickets { $tickets }, Log { $log }
setup-menu-watched = Kanäle, in denen Mitglieder fragen (beobachtet)
setup-menu-ticket-channel = Ticket-Kanal (darunter entstehen die privaten Ticket-Threads)
setup-menu-log-channel = Log-Kanal (Transkripte, vor Mitgliedern verborgen)
# `$channel` is the channel's name (help, tickets or support-log), the same in every language.
setup-button-create-channel = #{ $channel } für mich anlegen
setup-button-finish = Fertig
# The summary. `$missing` is roles (no tier 1 role), channel (no ticket channel) or both.
setup-summary-set-up = **Concierge ist eingerichtet.**
setup-summary-not-set-up = **Noch nicht eingerichtet:** { $missing ->
        [roles] Es fehlt noch eine Rolle für Stufe 1
        [channel] Es fehlt noch ein Ticket-Kanal
       *[both] Es fehlen noch eine Rolle für Stufe 1 und ein Ticket-Kanal
    }.
# `$state` is setup-summary-set-up or setup-summary-not-set-up; each list is mentions, or
# setup-none.
setup-summary = { $state }
    - Supporter: { $agents }
    - Moderatoren: { $moderators }
    - Bereitschaft: { $on_call }
    - Beobachtete Kanäle: { $watched }
    - Ticket-Kanal: { $tickets }
    - Log-Kanal: { $log }
# After the summary, once set up: one of the first two, then the third.
setup-summary-try = Probier es aus: Frag mich in { $channel } etwas, wie es ein Mitglied tun würde („Wie setze ich mein Passwort zurück?“), oder eröffne ein Ticket mit `/ticket öffnen`.
setup-summary-no-watched = Kein beobachteter Kanal: Mitglieder eröffnen Tickets mit `/ticket öffnen`; wähle einen Kanal, in dem sie fragen, dann antworte ich auch dort.
setup-summary-give-roles = Gib deinen Supportern die Stufen-Rollen. Limits, SLA-Ziele und Geschäftszeiten: `/einstellungen anzeigen`.
setup-button-change = Etwas ändern
# Nothing chosen yet.
setup-none = (keine)
# In the summary's list of agents' roles.
setup-tier-role = Stufe { $tier } { $role }
# A role picked for a tier while it is another tier's.
setup-tier-taken = { $role } ist bereits die Rolle von Stufe { $tier }: Eine Rolle gehört zu genau einer Stufe.

## /setup's "create it for me" buttons. `$new` is yes (made now) or no (one of that name
## was there already and is used).

# `$what` is a role's name ("Support tier 1") or a channel's ("#help"); `$error` is Discord's
# words (English).
setup-create-failed = Ich konnte { $what } nicht anlegen: Discord meldete „{ $error }“. Wähle stattdessen etwas Vorhandenes oder versuch es noch einmal.
# `$role` is the role's name ("Support on call").
setup-create-needs-manage-roles = Ich brauche die Berechtigung **Rollen verwalten**, um die Rolle { $role } anzulegen. Gib sie mir oder wähle eine vorhandene Rolle.
# `$channel` is the channel's name without its # ("tickets").
setup-create-needs-manage-channels = Ich brauche die Berechtigung **Kanäle verwalten**, um #{ $channel } anzulegen. Gib sie mir oder wähle einen vorhandenen Kanal.
# One role in setup-made-tier-roles' list.
setup-made-role = { $new ->
        [yes] { $role } angelegt
       *[no] { $role } übernommen
    }
# `$roles` is a list of setup-made-role, comma-separated.
setup-made-tier-roles = Stufen-Rollen: { $roles }.
setup-every-tier-has-a-role = Jede Stufe hat bereits eine Rolle.
setup-cannot-show-channel = Ich konnte { $role } keinen Zugriff auf { $channel } geben („{ $error }“): Gib der Rolle dort „Kanäle ansehen“ und „Threads verwalten“.
setup-give-tier-roles = Gib sie deinen Supportern (Servereinstellungen → Mitglieder).
setup-made-on-call = Bereitschaftsrolle: { $role } { $new ->
        [yes] angelegt
       *[no] übernommen
    }.
setup-already-watched = { $channel } wird bereits beobachtet.
setup-made-help = Beobachteter Kanal: { $channel } { $new ->
        [yes] angelegt
       *[no] übernommen
    }.
setup-made-tickets = Ticket-Kanal: { $new ->
        [yes] { $channel } angelegt (Mitglieder sehen ihn, schreiben aber nur in ihren eigenen Ticket-Threads; Supporter sehen jedes Ticket).
       *[no] vorhandenen Kanal { $channel } übernommen.
    }
setup-made-log = Log-Kanal: { $new ->
        [yes] { $channel } angelegt (vor Mitgliedern verborgen; Supporter und Moderatoren sehen ihn).
       *[no] vorhandenen Kanal { $channel } übernommen.
    }
# The topics of the channels made, in the server's language.
setup-topic-help = Stell hier deine Fragen: Concierge beantwortet die häufigen und eröffnet für alles andere ein Ticket.
setup-topic-tickets = Private Support-Tickets: Eröffne eins mit /ticket öffnen. Deins sehen nur du und das Support-Team.
setup-topic-log = Das Log von Concierge: Transkripte, Eskalationen und geänderte Einstellungen. Vor Mitgliedern verborgen halten.

## Settings that name the wrong channel or role, checked when the bot connects, in /setup's
## summary and when /config changes them. `$key` is the setting's .env key and /config name
## ("LOG_CHANNEL_ID (log_channel)"), `$id` the id it holds, `$name` a channel's name, `$error`
## Discord's words (English).

setup-check-other-server = { $key }: { $id } ist #{ $name } auf einem anderen Server
# `$kind` is Discord's name of the channel's type (Voice, Category, Forum…).
setup-check-not-text = { $key }: { $id } ist #{ $name }, ein Kanal vom Typ { $kind }; nötig ist ein Textkanal
setup-check-not-in-server = { $key }: { $id } ist kein Kanal eines Servers
setup-check-no-channel = { $key }: Der Bot sieht keinen Kanal { $id } ({ $error }); kopiere die ID über Entwicklermodus → Kanal-ID kopieren
# `$guild` is the server's id.
setup-check-roles-unreadable = { $key }: Die Rollen des Servers { $guild } konnten nicht gelesen werden ({ $error })
setup-check-no-role = { $key }: Auf dem Server gibt es keine Rolle { $id }; kopiere die ID über Entwicklermodus → Rollen-ID kopieren
setup-check-log-readable = { $key }: Alle können #{ $name } lesen, und die dort geposteten Transkripte enthalten, was Mitglieder privat geschrieben haben, und die Notizen des Teams: Verweigere dort @everyone die Berechtigung „Kanäle ansehen“
# `$role` is the role's name.
setup-check-tier-blind = { $key }: Die Rolle { $role } sieht die privaten Ticket-Threads in #{ $name } nicht: Gib ihr dort „Threads verwalten“
# In the log channel; `$problems` is one "- problem" a line.
setup-check-report =
    Einige Einstellungen nennen Kanäle oder Rollen, die nicht stimmen:
    { $problems }

## /config show|set|reset. `$key` is a setting's name as /config spells it (max_open_tickets),
## `$value` and `$was` a value as shown (a mention, `3`, or config-not-set).

config-show-title = Die Einstellungen von Concierge für diesen Server
config-show-footer = Ändern mit /einstellungen ändern, auf den Standard zurück mit /einstellungen zurücksetzen.
# `$key` is what was typed.
config-no-such-setting = Es gibt keine Einstellung `{ $key }`; `/einstellungen anzeigen` listet alle auf.
# `$problems` is one config-problem a line.
config-not-changed = Nicht geändert. { $problems }
config-problem = `{ $key }`: { $problem }
config-already = `{ $key }` ist bereits { $value }.
config-changed = `{ $key }` ist jetzt { $value } (vorher { $was }).
config-not-set = (nicht gesetzt)
config-default = { $value } (Standard)
# In the log channel; `$change` is config-changed, `$command` the command used ("/setup").
config-changed-log = { $member } hat eine Einstellung geändert: { $change }
config-changed-log-via = { $member } hat mit { $command } eine Einstellung geändert: { $change }
# /config delete-data's button.
config-delete-button = Alles löschen

## What each setting is for, shown while choosing one in /config set and /config reset.

config-help-support-channels = die Kanäle, in denen Mitglieder fragen und der Bot antwortet
config-help-ticket-channel = der Kanal, unter dem die privaten Ticket-Threads entstehen
config-help-log-channel = Transkripte, Berichte vom Neuladen, geänderte Einstellungen (vor Mitgliedern verbergen)
config-help-tier-roles = die Rollen der Supporter, Stufe 1 zuerst
config-help-moderator-roles = wer die Werkzeuge für Wissensdatenbank und Statistik nutzen darf, ohne Supporter zu sein
config-help-on-call-role = wird bei dringenden Tickets angepingt
config-help-max-open-tickets = wie viele Tickets ein Mitglied gleichzeitig offen haben darf
config-help-max-tickets-per-hour = wie viele Tickets ein Mitglied pro Stunde selbst eröffnen darf (0: unbegrenzt)
config-help-on-call-ping-window-minutes = die Bereitschaft wird wegen der dringenden Tickets eines Mitglieds höchstens einmal in so vielen Minuten angepingt
config-help-reopen-window-days = Tage nach dem Schließen, in denen ein Ticket wiedereröffnet werden kann
config-help-sla-first-response-minutes = die Zielzeit für die erste Antwort, je Stufe
config-help-sla-urgent-first-response-minutes = die Zielzeit für die erste Antwort bei dringenden Tickets
config-help-sla-high-first-response-minutes = die Zielzeit für die erste Antwort bei Tickets mit hoher Priorität
config-help-sla-low-first-response-minutes = die Zielzeit für die erste Antwort bei Tickets mit niedriger Priorität
config-help-close-request-hours = Stunden, die ein Mitglied hat, um auf eine Schließanfrage zu antworten, bevor sich das Ticket von selbst schließt
config-help-inactivity-hours = Stunden Stille des Mitglieds nach dem letzten Wort eines Supporters, bevor der Bot fragt, ob das Ticket gelöst ist (0: nie)
config-help-inactivity-close-hours = Stunden, die der Bot danach auf eine Antwort wartet, bevor er das Ticket wegen Inaktivität schließt
config-help-urgent-keywords = Wörter, die ein Ticket dringend machen (leer: die eingebaute Liste)
config-help-business-hours = wann das Team arbeitet, etwa `mon-fri 09:00-17:00` (leer: immer geöffnet)
config-help-business-timezone = die Zeitzone der Geschäftszeiten, etwa `Europe/Berlin` (leer: UTC)
config-help-language = die Sprache der Posts des Bots in Kanälen: en, de, fr, es, pt-BR oder ru (leer: die Discord-Sprache des Servers)
config-help-rating-grace-hours = Stunden, die ein geschlossenes Ticket auf seine Bewertung wartet, bevor es gesperrt wird
config-help-rating-change-minutes = Minuten, in denen der Ersteller seine Bewertung noch ändern kann, bevor der Thread gesperrt wird
config-help-member-answers-per-minute = automatische Antworten, die ein Mitglied pro Minute bekommen kann (0: unbegrenzt)
config-help-repeat-window-seconds = kommt dieselbe Antwort innerhalb dieser Zeit erneut in einem Kanal, verweist der Bot auf die frühere
config-help-agent-quiet-minutes = der Bot schweigt in einem Kanal, in dem ein Supporter innerhalb dieser Zeit gepostet hat

## What is wrong with a setting's value (/config, /setup; the dashboard and the command line
## say it in English). `$value` is what was given; the day names (mon-fri) and times are the
## format business hours are written in, the same in every language.

config-problem-no-such-setting = keine solche Einstellung
config-problem-not-an-id = `{ $value }` ist keine Discord-ID (eine Zahl wie 123456789012345678)
config-problem-not-an-id-list = `{ $value }` ist keine Discord-ID (erwartet wird eine durch Kommas getrennte Liste von IDs)
config-problem-not-a-number = `{ $value }` ist keine ganze Zahl von { $min } bis { $max }
# `$languages` is the list of codes ("en, de, fr, es, pt-BR, ru").
config-problem-not-a-language = `{ $value }` ist keine Sprache, die Concierge spricht (eine von { $languages })
config-problem-bad-timezone = `{ $value }` ist kein Name einer Zeitzone (wie Europe/Berlin oder America/New_York)
config-problem-bad-hours = `{ $value }` hat nicht die Form `mon-fri 09:00-17:00`
config-problem-bad-day = `{ $value }` ist kein Tag (mon, tue, wed, thu, fri, sat, sun)
config-problem-bad-window = `{ $value }` ist kein Zeitfenster wie 09:00-17:00 (Beginn vor Ende, höchstens bis 24:00)
config-problem-never-open = die Geschäftszeiten müssen an mindestens einem Tag offen sein

## /category add|edit|remove|list. `$category` is a category's emoji and name, `$name` its
## name (both written by the moderators, shown as they are).

category-removed = Die Kategorie **{ $name }** wurde entfernt: Darin werden keine neuen Tickets mehr eröffnet; ihre bisherigen Tickets behalten sie. Die Panels des Servers bieten sie nicht mehr an.
category-removed-log = { $member } hat die Ticket-Kategorie **{ $name }** entfernt.
# A category in a line: `$details` is a comma-separated list of the next messages.
category-described = **{ $category }**: { $description } ({ $details })
category-described-plain = **{ $category }** ({ $details })
category-team = Team { $role }
category-tier-1-role = die Rolle von Stufe 1
category-first-response = erste Antwort innerhalb von { $minutes } Min.
# `$priority` is low, high or urgent (its English name).
category-starts = startet mit Priorität { $priority ->
        [low] niedrig
        [high] hoch
        [urgent] dringend
       *[normal] normal
    }
category-never-asked = fragt nie „Ist das gelöst?“
category-form = { $count ->
        [0] kein Formular
        [one] ein Formular mit 1 Frage
       *[other] ein Formular mit { $count } Fragen
    }
category-none = Dieser Server hat keine Ticket-Kategorien; jedes Ticket geht an die Rolle von Stufe 1. Moderatoren legen sie mit `/kategorie hinzufügen` an.
# `$categories` is one category-described a line (and its questions).
category-list = **Kategorien** ({ $count } von höchstens { $max }):
    { $categories }
category-added = Kategorie hinzugefügt: { $category }
    Mitglieder wählen sie mit `/ticket öffnen kategorie:` oder auf einem Panel (`/panel posten`).
category-changed = Kategorie geändert: { $category }
    Mitglieder wählen sie mit `/ticket öffnen kategorie:` oder auf einem Panel (`/panel posten`).
category-added-log = { $member } hat die Ticket-Kategorie { $category } hinzugefügt.
category-changed-log = { $member } hat die Ticket-Kategorie { $category } geändert.
# The form.
category-form-title-new = Neue Ticket-Kategorie
category-form-title-edit = { $name } bearbeiten
category-form-name = Name
category-form-emoji = Emoji (optional)
category-form-description = Beschreibung (optional)
# `$max` is the most questions a form has (5).
category-form-questions = Formular: bis zu { $max } Fragen, eine pro Zeile
# An example of two questions: a question's label, then short or paragraph, then its length
# or optional. Translate the labels only: short, paragraph and optional are the format.
category-form-questions-example = Bestellnummer | short | 3-20
    Was ist passiert? | paragraph | optional

## /panel post|edit|remove|list. `$panel` is a panel's number; `$error` Discord's words
## (English).

# The words a new panel is offered with (the moderator may change them): in the server's
# language, as the panel is.
panel-default-title = Kontakt zum Support-Team
panel-default-description = Wähle, worum es bei deiner Frage geht: Es öffnet sich ein privates Ticket, das nur du und das Support-Team sehen können.
panel-form-title = Ticket-Panel
panel-form-field-title = Titel
panel-form-field-description = Beschreibung
panel-deleted = Panel { $panel } in { $channel } gelöscht.
panel-forgotten = Panel { $panel } in { $channel } vergessen (Discord hat mich seine Nachricht nicht löschen lassen; lösche sie von Hand).
panel-removed-log = { $member } hat das Ticket-Panel { $panel } in { $channel } entfernt.
panel-none = Dieser Server hat kein Ticket-Panel; poste eins mit `/panel posten`.
# `$panels` is one panel-list-line a line.
panel-list = **Ticket-Panels**:
    { $panels }
# `$style` is auto, buttons or menu; `$link` the message's address; `$title` its title.
panel-list-line = - **{ $panel }** `{ $style ->
        [buttons] Buttons
        [menu] Menü
       *[auto] automatisch
    }` in { $channel } ({ $link }): { $title }
panel-edit-failed = Discord hat mich Panel { $panel } in { $channel } nicht bearbeiten lassen ({ $error }); es wurde nichts geändert. Falls seine Nachricht gelöscht wurde, entferne es mit `/panel entfernen` und poste ein neues.
panel-edited-log = { $member } hat das Ticket-Panel { $panel } in { $channel } bearbeitet.
panel-updated = Panel { $panel } in { $channel } aktualisiert.
panel-post-failed = Discord hat mich nicht in { $channel } posten lassen ({ $error }); prüfe, ob ich den Kanal sehen, dort Nachrichten senden und Links einbetten darf.
panel-posted-log = { $member } hat das Ticket-Panel { $panel } in { $channel } gepostet.
# `$button` is panel-button-open as the panel shows it (in the server's language).
panel-posted-button = Panel { $panel } in { $channel } gepostet, mit einem Button **{ $button }** (füge mit `/kategorie hinzufügen` Kategorien hinzu, dann zeigt es diese). `/panel bearbeiten panel:{ $panel }` ändert es an Ort und Stelle.
panel-posted-categories = Panel { $panel } in { $channel } gepostet, mit den Kategorien des Servers. `/panel bearbeiten panel:{ $panel }` ändert es an Ort und Stelle.
# On the panel, in the server's language.
panel-button-open = Ticket eröffnen
panel-menu-placeholder = Wähle, worum es in deinem Ticket geht
# In the log channel.
panel-update-failed-log = Das Ticket-Panel { $panel } in { $channel } konnte nicht an die aktuellen Kategorien angepasst werden ({ $error }). Bearbeite es mit `/panel bearbeiten panel:{ $panel }` oder entferne es mit `/panel entfernen`.

## /kb add|edit|remove|list|test. `$entry` is an entry's id, `$file` the file it is in.

# Under /kb test's explanation when the answer is one of the server's own entries.
kb-test-own-entries = (aus den eigenen Einträgen dieses Servers)
kb-form-title-new = Neuer Eintrag der Wissensdatenbank
kb-form-title-edit = { $entry } bearbeiten
kb-form-field-id = ID (a-z, 0-9 und -)
kb-form-field-title = Titel (optional)
kb-form-field-patterns = Beispielfragen, eine pro Zeile
# {"{"}user{"}"} is written as is: the answer's placeholder for the asker.
kb-form-field-answer = Antwort (Markdown; {"{"}user{"}"} = wer gefragt hat)
kb-form-field-keywords = Stichwörter, mit Kommas getrennt (optional)
# `$problems` is one "- problem" a line (in English, from the files' checks).
kb-not-changed = Es wurde nichts geändert:
    { $problems }
kb-added = `{ $entry }` hinzugefügt (in `{ $file }`); der Eintrag antwortet ab sofort.
kb-updated = `{ $entry }` aktualisiert (in `{ $file }`); der Eintrag antwortet ab sofort.
kb-overridden = Dieser Server hat jetzt eine eigene Fassung von `{ $entry }` (in `{ $file }`); sie antwortet ab sofort.
kb-added-log = { $member } hat den Wissensdatenbank-Eintrag `{ $entry }` hinzugefügt (`{ $file }`).
kb-updated-log = { $member } hat den Wissensdatenbank-Eintrag `{ $entry }` aktualisiert (`{ $file }`).
kb-overridden-log = { $member } hat den Wissensdatenbank-Eintrag `{ $entry }` durch eine eigene Fassung ersetzt (`{ $file }`).
kb-removed-log = { $member } hat den Wissensdatenbank-Eintrag `{ $entry }` entfernt (`{ $file }`).
kb-removed-own = Die eigene Fassung dieses Servers von `{ $entry }` wurde entfernt; der gemeinsame Eintrag `{ $entry }` antwortet wieder.
kb-removed = `{ $entry }` entfernt; der Eintrag antwortet nicht mehr.
# `$count` entries in all, `$entries` one a line.
kb-list = **Wissensdatenbank: { $count ->
        [one] { $count } Eintrag
       *[other] { $count } Einträge
    }** (Seite { $page } von { $pages })
    { $entries }
# After an entry of the list that is the server's own.
kb-list-own = {"*"}(eigener Eintrag dieses Servers){"*"}

## A slash command the bot cannot read. `$command` is the command as typed ("ticket open"),
## `$option` an option's name, `$expected` one of the option-expected- messages.

option-unknown-command = Ich kenne `/{ $command }` nicht; Discord zeigt vielleicht noch eine alte Version meiner Befehle an, versuch es in einer Minute noch einmal.
option-needs-subcommand = `/{ $command }` braucht einen Unterbefehl; Discord zeigt vielleicht noch eine alte Version davon an, versuch es in einer Minute noch einmal.
option-unknown-subcommand = Ich kenne `/{ $command } { $sub }` nicht; Discord zeigt vielleicht noch eine alte Version des Befehls an, versuch es in einer Minute noch einmal.
option-missing = `/{ $command }` braucht die Option `{ $option }`.
option-invalid = `/{ $command }`: Die Option `{ $option }` muss { $expected } sein.
option-expected-text = Text
option-expected-member = ein Mitglied dieses Servers
option-expected-channel = ein Kanal dieses Servers
option-expected-role = eine Rolle dieses Servers
option-expected-true-or-false = wahr oder falsch
# The choices' names as your commands.ftl gives them.
option-expected-priority = niedrig, normal, hoch oder dringend
option-expected-panel-style = automatisch, Buttons oder Menü
option-expected-first-response = eine Minutenzahl von { $min } bis { $max } (eine Woche)
option-expected-page = eine Seitenzahl von { $min } bis { $max }
option-expected-days = eine Anzahl Tage von { $min } bis { $max }
option-expected-tier = eine Stufe von { $min } bis { $max }

## The form a member opens a ticket with (/ticket open, a panel's buttons).

open-form-title = Support-Ticket eröffnen
# `$category` is the category's name.
open-form-title-category = Ticket eröffnen: { $category }
open-form-topic = Wobei brauchst du Hilfe?

## Transcripts: the message they are posted with in the log channel (the server's language)
## and the headings of the files (the ticket owner's). `$ticket` is a ticket's number.

# `$topic` is the ticket's topic, `$agent` who closed it.
transcript-posted = Transkript von Ticket { $ticket } ({ $topic }), geschlossen von { $agent }.
# The files' title; `$ticket` is "#12".
transcript-title = Ticket { $ticket }: { $topic }
transcript-field-topic = Thema
transcript-field-category = Kategorie
transcript-field-owner = Ersteller
transcript-field-opened-by = Eröffnet von
transcript-field-status = Status
transcript-field-priority = Priorität
transcript-field-tier = Stufe
transcript-field-opened = Eröffnet
transcript-field-tags = Tags
transcript-field-handled-by = Bearbeitet von
transcript-field-closed = Geschlossen
transcript-field-resolution = Lösung
transcript-field-rating = Bewertung
transcript-field-reopened = Wiedereröffnet
# `$status` is open, claimed or closed.
transcript-status = { $status ->
        [open] offen
        [claimed] übernommen
       *[closed] geschlossen
    }
# `$priority` is low, normal, high or urgent.
transcript-priority = { $priority ->
        [low] niedrig
        [high] hoch
        [urgent] dringend
       *[normal] normal
    }
# `$at` is a date ("2024-05-01 14:00 UTC"), `$who` a name.
transcript-closed-by = { $at } von { $who }
transcript-rating = { $score }/5 (vom Ersteller)
transcript-not-rated = nicht bewertet
transcript-reopened-times = { $count ->
        [one] einmal
       *[other] { $count }-mal
    }
# Someone whose name is not known; `$id` is their Discord id.
transcript-user = Nutzer { $id }
# After an author's name: " (agent)", " (bot)".
transcript-role-agent = Supporter
transcript-role-bot = Bot
transcript-form = Formular
transcript-no-messages = Keine Nachrichten.
transcript-staff-notes = Notizen des Teams
transcript-history = Verlauf

## The explanation of a match, for moderators: /kb test, the dashboard's test box and
## `concierge kb match` (in English there). It is shown in a fixed-width block, one line per
## message: pad your labels ("question:", "answer:") with spaces to one width so that the
## values line up. `$entry` is an entry's id, `$confidence`, `$threshold` and `$bm25` are
## numbers with two decimals, `$words` are the question's words as written, comma-separated.

kb-explain-question = Frage:    { $question }
kb-explain-answer = Antwort:  { $entry } (Sicherheit { $confidence })
kb-explain-not-a-question = Antwort:  keine: Das liest sich wie Smalltalk oder enthält keine thematischen Wörter
kb-explain-no-candidate = Antwort:  keine: Kein Eintrag hat ein Wort mit dieser Frage gemeinsam
kb-explain-below-threshold = Antwort:  keine: Die beste Sicherheit, { $confidence }, liegt unter der Schwelle von { $threshold }
kb-explain-language = Sprache:  { $language }
kb-explain-words = Wörter:   { $words }
kb-explain-why = Warum:    Der beste Eintrag erhält { $best } % der Wahrscheinlichkeit, der zweitbeste { $runner_up } %; Wortüberschneidung (BM25) { $bm25 }
kb-explain-regex = ein regulärer Ausdruck des besten Eintrags hat gepasst
kb-explain-keywords = { $count ->
        [one] { $count } Schlüsselwort des besten Eintrags gefunden
       *[other] { $count } Schlüsselwörter des besten Eintrags gefunden
    }
kb-explain-and = {"; "}
kb-explain-candidate = { $rank }. { $entry } ({ $share } %) { $source }
kb-explain-shared = gemeinsame Wörter: { $words }
kb-explain-shared-none = gemeinsame Wörter: keine
kb-explain-closest = ähnlichstes Muster: „{ $pattern }“
kb-explain-no-topical = keine thematischen Wörter
kb-explain-known = { $known } von { $total } { $total ->
        [one] Wort
       *[other] Wörtern
    } { $known ->
        [one] ist
       *[other] sind
    } der Wissensdatenbank bekannt: { $words }
kb-explain-none-known = { $total ->
        [one] das Wort { $words } ist der Wissensdatenbank nicht bekannt
       *[other] keines der { $total } Wörter ist der Wissensdatenbank bekannt: { $words }
    }
kb-explain-unknown = (aber nicht: { $words })
kb-explain-read = { $corrections } gelesen
kb-explain-read-as = „{ $written }“ als „{ $read }“
kb-explain-common = { $words } { $count ->
        [one] ist zu häufig, um mitzuzählen
       *[other] sind zu häufig, um mitzuzählen
    }
