# The rest of what the bot says in Discord (src/bot/render.rs): a ticket's changes in its
# thread, the pings for the agents, why nothing changed, errors, set-up and the knowledge
# base's small replies. `$ticket` is the ticket's number ("12") and `$tier` a tier's
# ("2"); people are mentions (`$agent`, `$by`, `$member`: "<@123>"); times are Discord
# timestamps (seconds). `$priority` and `$was` are a priority's key, which is also its
# English name: low, normal, high or urgent; other languages select on it
# ({ $priority -> [low] … [high] … [urgent] … *[normal] … }).

## A ticket's changes, said in its thread.

# `$reason` is empty, or " Reason: …" (ticket-escalated-reason, its space added by the bot).
ticket-escalated-by = Ticket { $ticket } wurde von { $agent } an Stufe { $tier } eskaliert.{ $reason }
ticket-escalated-automatically = Ticket { $ticket } wurde automatisch an Stufe { $tier } eskaliert: Kein Supporter hat innerhalb der Zielzeit für die erste Antwort geantwortet.{ $reason }
# Escalated with no one named (not sent today).
ticket-escalated = Ticket { $ticket } wurde an Stufe { $tier } eskaliert.{ $reason }
# `$reason` is the agent's text, already made inert.
ticket-escalated-reason = Grund: { $reason }
# The SLA clock, for a ticket already at the top tier: nowhere higher to go.
ticket-sla-breached = Ticket { $ticket } hat die Zielzeit für die erste Antwort überschritten: Kein Supporter hat rechtzeitig geantwortet, und es ist bereits auf der höchsten Stufe (Stufe { $tier }). Es bleibt mit einer neuen Frist in der Warteschlange von Stufe { $tier }.
ticket-reopened = { $agent } hat Ticket { $ticket } wiedereröffnet. Es ist wieder in der Warteschlange von Stufe { $tier }.
ticket-released = { $agent } hat Ticket { $ticket } freigegeben; es ist wieder in der Warteschlange von Stufe { $tier }.
ticket-transferred = Ticket { $ticket } wird jetzt von { $agent } bearbeitet.
# `$due` is empty, or " A first answer …" (ticket-priority-due, its space added by the bot)
# while the ticket waits for its first answer.
ticket-priority-set = Ticket { $ticket } hat jetzt die Priorität **{ $priority ->
        [low] niedrig
        [high] hoch
        [urgent] dringend
       *[normal] normal
    }** (vorher: { $was ->
        [low] niedrig
        [high] hoch
        [urgent] dringend
       *[normal] normal
    }), festgelegt von { $agent }.{ $due }
ticket-priority-due = Eine erste Antwort wird bis <t:{ $due }:f> erwartet.
# `$category` is the category's emoji and name.
ticket-moved = Ticket { $ticket } wurde von { $agent } in die Kategorie **{ $category }** verschoben; es ist wieder in der Warteschlange des zuständigen Teams.
ticket-moved-elsewhere = Ticket { $ticket } wurde von { $agent } in eine andere Kategorie verschoben; es ist wieder in der Warteschlange des zuständigen Teams.
# `$by` added `$member` to the thread.
ticket-member-added = { $by } hat { $member } zu diesem Ticket hinzugefügt.
# The agent who closed a ticket is told (the thread hears ticket-closed-rate).
ticket-closed-reply = Ticket { $ticket } wurde geschlossen.
# The line in the intro of a ticket opened from an automatic answer's "Talk to a human"
# button; `$entry` is the answer's title.
ticket-note-answer-did-not-help = Die automatische Antwort „{ $entry }“ hat das Problem nicht gelöst.

## The pings for the agents, in the ticket's thread (their role mentions follow).

ticket-needs-tier = Supporter der Stufe { $tier }: Ticket { $ticket } braucht euch.
# `$team` is the category's name: its team works its tickets at tier 1.
ticket-needs-team = Team { $team }: Ticket { $ticket } braucht euch.
ticket-needs-an-agent-again = Dieses Ticket braucht wieder einen Supporter.
ticket-urgent-on-call = Ticket { $ticket } ist jetzt **dringend**; das Bereitschaftsteam wurde benachrichtigt.
ticket-urgent-tier = Ticket { $ticket } ist jetzt **dringend**; die Supporter der Stufe { $tier } wurden benachrichtigt.

## Why nothing changed: the ticket is already as asked.

ticket-already-yours = Du hast Ticket { $ticket } bereits übernommen.
ticket-already-claimed = Ticket { $ticket } wurde bereits übernommen.
ticket-already-unclaimed = Ticket { $ticket } wurde von niemandem übernommen; es ist in der Warteschlange von Stufe { $tier }.
ticket-already-handled-by = Ticket { $ticket } wird bereits von { $agent } bearbeitet.
ticket-already-at-tier = Ticket { $ticket } ist bereits auf Stufe { $tier }.
ticket-already-closed = Ticket { $ticket } ist bereits geschlossen.
ticket-already-open = Ticket { $ticket } ist bereits offen.
ticket-already-priority = Ticket { $ticket } hat bereits die Priorität { $priority ->
        [low] niedrig
        [high] hoch
        [urgent] dringend
       *[normal] normal
    }.

## When a ticket cannot be opened.

open-thread-failed = Ich konnte den Thread für dein Ticket nicht erstellen (Discord hat einen Fehler gemeldet), daher wurde kein Ticket eröffnet. Bitte versuch es gleich noch einmal.
open-form-changed = Das Formular dieser Kategorie wurde geändert, während du es ausgefüllt hast, daher passen deine Antworten womöglich nicht mehr zu den Fragen. Es wurde nichts eröffnet: Bitte öffne das Formular noch einmal.
open-category-gone = Diese Kategorie wird auf diesem Server nicht mehr angeboten; bitte wähle eine andere oder nutze `/ticket öffnen`.

## Automatic answers and ratings.

# An answer's buttons, pressed by someone else than the asker.
answer-not-yours = Diese Buttons sind für die Person, die gefragt hat. Wenn du dieselbe Frage hast, stell sie selbst oder eröffne ein Ticket mit `/ticket öffnen`.
answer-solved-thanks = Schön, dass das geholfen hat! Als gelöst markiert.
# After the rater's mention and a comma.
rating-not-saved = ich konnte deine Bewertung gerade nicht speichern (ein Problem auf unserer Seite). Bitte entferne deine Reaktion und füge sie gleich noch einmal hinzu.

## Errors. `$reference` is the code of the log line ("3f2a9c1e").

error-database-unavailable = Die Datenbank des Supports ist gerade nicht erreichbar, daher wurde nichts geändert. Bitte versuch es in einer Minute noch einmal. Referenz: { $reference }
error-internal = Bei uns ist etwas schiefgelaufen; das Team wurde informiert. Referenz: { $reference }
error-too-slow = Die Vorbereitung hat zu lange gedauert; bitte versuch es noch einmal.
error-stale-button = Dieser Button oder dieses Formular wird nicht mehr verwendet; bitte frag noch einmal oder nutze `/ticket öffnen`.

## Setting Concierge up.

# The one message a server that is not set up gets when the bot joins it; `$server` is
# the server's name.
setup-welcome = Hallo { $server }! Ich bin Concierge: Ich beantworte die Fragen, die immer wieder kommen, und eröffne für alles andere private Tickets. Hier ist noch nichts eingerichtet, deshalb bleibe ich bis dahin still. Jemand mit der Berechtigung **Server verwalten** kann mich mit `/einrichten` einrichten (ein paar Menüs: die Rollen der Supporter, die Hilfekanäle, der Ticket-Kanal; was fehlt, kann ich selbst anlegen).
setup-not-set-up = Concierge ist auf diesem Server noch nicht eingerichtet: Es braucht einen Ticket-Kanal und die Rollen der Supporter. Jemand mit der Berechtigung „Server verwalten“ kann es mit `/einrichten` einrichten.
setup-manage-server-only = Nur Mitglieder mit der Berechtigung „Server verwalten“ können die Einstellungen von Concierge sehen oder ändern.

## Deleting a server's data (/config delete-data).

config-delete-owner-only = Nur der Serverinhaber kann die Daten löschen, die Concierge für diesen Server speichert.
config-delete-warning = Damit wird **alles**, was Concierge für diesen Server speichert, sofort und endgültig gelöscht: Tickets mit ihren Nachrichten, Transkripten und Bewertungen, Antworten mit ihren Stimmen, unbeantwortete Fragen, Einstellungen mit ihrem Verlauf und die eigenen Einträge dieses Servers in der Wissensdatenbank. Drück auf den Button, um fortzufahren; verwirf diese Nachricht, um alles zu behalten.
# `$tickets` and `$other` are counts (plurals may select on them).
config-deleted = Gelöscht: { $tickets ->
        [one] { $tickets } Ticket
       *[other] { $tickets } Tickets
    } und { $other ->
        [one] { $other } weiterer Datensatz
       *[other] { $other } weitere Datensätze
    }. Concierge bleibt auf dem Server, ist aber nicht eingerichtet; entferne es unter Servereinstellungen → Integrationen, wenn du es ganz loswerden willst.

## The knowledge base.

kb-edit-moderators-only = Nur die Moderatoren dieses Servers (und Mitglieder mit der Berechtigung „Server verwalten“) können seine Wissensdatenbank ändern.
# "Answer with knowledge base" on a message that is not a member's.
kb-pick-a-message = Wähle die Nachricht eines Mitglieds aus, die beantwortet werden soll (keine des Bots selbst oder eines anderen Bots).
kb-no-entries = Die Wissensdatenbank hat keine Einträge, mit denen geantwortet werden könnte.
# Above the entry picker; the member's message follows, quoted, on the next line.
kb-pick-an-entry = Mit welchem Eintrag soll diese Nachricht beantwortet werden? Die besten Treffer stehen oben.
# `$entry` is what was asked for, as inline code.
kb-no-such-entry = Es gibt keinen Eintrag { $entry }.

## The log channel.

# `$opened_by` is ticket-opened-by or ticket-opened-by-for; `$category` the category's name.
log-ticket-opened = Ticket { $ticket } { $opened_by } (Priorität: { $priority ->
        [low] niedrig
        [high] hoch
        [urgent] dringend
       *[normal] normal
    }).
log-ticket-opened-in = Ticket { $ticket } { $opened_by } in { $category } (Priorität: { $priority ->
        [low] niedrig
        [high] hoch
        [urgent] dringend
       *[normal] normal
    }).

## /support block|unblock|blocks

block-self = Du kannst dich nicht selbst sperren.
block-until-time = bis { $time }
block-until-lifted = bis auf Weiteres
block-reason = (Grund: { $reason })
block-blocked = { $member } darf { $until } keine Tickets mehr öffnen{ $reason }. Der Person wird nur gesagt, dass sie hier { $until } keine Tickets öffnen kann.
block-blocked-log = { $by } hat { $member } { $until } für Tickets gesperrt{ $reason }
block-lifted = { $member } kann wieder Tickets öffnen.
block-lifted-log = { $by } hat die Sperre für { $member } aufgehoben: Tickets sind wieder möglich.
block-not-blocked = { $member } ist nicht gesperrt.
block-none = Niemand ist für Tickets gesperrt.
block-list-header = Für Tickets gesperrt:
block-list-line = - { $member } { $until }, von { $by } { $when }{ $reason }
ticket-urgent-notice = Dieses Ticket ist jetzt **dringend** ({ $why }); das Bereitschaftsteam wurde benachrichtigt.
answer-with-placeholder = Wähle die Antwort, die gesendet werden soll
