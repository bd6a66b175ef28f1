# Die Probleme in den Antwortdateien der Wissensdatenbank und in Änderungen an ihnen (siehe
# locales/en/kb.ftl). Feldnamen in Backticks und Tabellen wie [[response]] bleiben, wie sie
# in den Dateien stehen; `$error` sind die Worte des Systems, des TOML-Parsers oder der
# Regex-Bibliothek (englisch).

## Der Ordner und seine Dateien.

kbfile-no-such-folder = diesen Ordner gibt es nicht
kbfile-cannot-read-responses-folder = der Antwortordner lässt sich nicht lesen: { $error }
kbfile-not-a-folder = kein Ordner (gib den Ordner an, der die Antwortdateien enthält)
kbfile-cannot-read-folder = der Ordner lässt sich nicht lesen: { $error }
kbfile-cannot-read-file = die Datei lässt sich nicht lesen: { $error }
kbfile-cannot-write-file = die Datei lässt sich nicht schreiben: { $error }
kbfile-too-many-folders = mehr als { $limit } Ordner; es wird nicht weiter gelesen
kbfile-not-a-regular-file = keine normale Datei ({ $kind ->
        [fifo] sondern ein FIFO
        [socket] sondern ein Socket
        [device] sondern ein Gerät
       *[other] sondern etwas anderes
    }); gelesen werden nur normale Dateien
kbfile-file-too-large = zu groß ({ $size } MB, die Grenze liegt bei { $limit } MB)
kbfile-folder-too-large = die Antwortdateien sind zusammen zu groß ({ $size } MB, die Grenze liegt bei { $limit } MB)
kbfile-too-slow = das Lesen der Antworten hat über { $seconds } s gedauert; hier abgebrochen
kbfile-reload-failed = das Lesen der Antworten ist unerwartet fehlgeschlagen; die bisherige Wissensdatenbank antwortet weiter

## Der Text einer Datei.

kbfile-not-utf8 = die Datei ist kein gültiges UTF-8 (ungültiges Byte an Position { $offset }); speichere sie als UTF-8
kbfile-toml-syntax = TOML-Syntax: { $error }
kbfile-unknown-top-level = { $error } (eine Antwortdatei enthält `language = "<code>"` und [[response]]-Tabellen)
kbfile-unknown-language = `{ $field }` nennt `{ $code }`, aber das ist keine Sprache, die Concierge beherrscht; verwende eine von: { $languages }

## Die Felder eines Eintrags.

kbfile-unknown-field = unbekanntes Feld `{ $field }` in [[response]]; erwartet wird eines von: { $fields }
kbfile-missing-field = das Pflichtfeld `{ $field }` fehlt (ein Text)
kbfile-missing-patterns = das Pflichtfeld `patterns` fehlt (eine Liste von Beispielfragen)
kbfile-not-a-string = `{ $field }` muss ein Text sein, ist aber { $found ->
        [integer] eine ganze Zahl
        [float] eine Kommazahl
        [boolean] ein Wahrheitswert
        [datetime] ein Datum
        [array] eine Liste
        [table] eine Tabelle
       *[other] vom Typ { $found }
    }
kbfile-not-a-list = `{ $field }` muss eine Liste von Texten sein, wie ["a", "b"]
kbfile-bad-id = die ID `{ $id }` darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten ([a-z0-9-]+)
kbfile-id-too-long = die ID `{ $id }` ist zu lang ({ $chars } Zeichen, erlaubt sind höchstens { $limit })
kbfile-empty-patterns = `patterns` ist leer: gib mindestens eine Beispielfrage an
kbfile-empty-pattern = `patterns` enthält ein leeres Muster
kbfile-empty-answer = `answer` ist leer
kbfile-answer-too-long = `answer` hat { $chars } Zeichen; Discord-Embeds fassen höchstens { $limit }
kbfile-title-too-long = `title` ist länger als { $limit } Zeichen
kbfile-bad-regex = ungültiger regulärer Ausdruck `{ $regex }`: { $error }
kbfile-bad-regex-block = ungültiger regulärer Ausdruck `{ $regex }`:
kbfile-regex-too-large = der reguläre Ausdruck `{ $regex }` ist zu groß (kompiliert über { $limit } Bytes); vereinfache ihn
kbfile-bad-channels = `channels` muss eine Liste von Kanal-IDs sein, wie ["123456789012345678"]
kbfile-bad-threshold = `threshold` muss eine Zahl von 0 bis 1 sein
kbfile-bad-cooldown = `cooldown` muss eine ganze Zahl von Sekunden sein (0 oder mehr)
kbfile-bad-offer-ticket = `offer_ticket` muss true oder false sein
kbfile-duplicate-id = doppelte ID `{ $id }`: schon verwendet in { $first }

## Die Übersetzungen eines Eintrags: Tabellen [response.lang.<code>].

kbfile-lang-not-tables = `lang` muss eine Tabelle je Sprache enthalten, wie [response.lang.de]
kbfile-own-language = [response.lang.{ $code }] ist die eigene Sprache der Datei: schreib den Text in die Felder des Eintrags (oder setze `language` am Anfang der Datei)
kbfile-translation-twice = [response.lang.{ $code }] kommt zweimal vor
kbfile-translation-not-a-table = `lang.{ $code }` muss eine Tabelle mit patterns, answer, title und keywords sein
kbfile-translation-unknown-field = unbekanntes Feld `{ $field }` in [response.lang.{ $code }]; erwartet wird eines von: { $fields }
kbfile-translation-not-a-string = `{ $field }` in [response.lang.{ $code }] muss ein Text sein, ist aber { $found ->
        [integer] eine ganze Zahl
        [float] eine Kommazahl
        [boolean] ein Wahrheitswert
        [datetime] ein Datum
        [array] eine Liste
        [table] eine Tabelle
       *[other] vom Typ { $found }
    }
kbfile-translation-not-a-list = `{ $field }` in [response.lang.{ $code }] muss eine Liste von Texten sein, wie ["a", "b"]
kbfile-translation-empty-pattern = `patterns` in [response.lang.{ $code }] enthält ein leeres Muster
kbfile-translation-empty-patterns = `patterns` in [response.lang.{ $code }] ist leer: gib mindestens eine Beispielfrage an oder lass das Feld weg
kbfile-translation-empty-answer = `answer` in [response.lang.{ $code }] ist leer
kbfile-translation-answer-too-long = `answer` in [response.lang.{ $code }] hat { $chars } Zeichen; Discord-Embeds fassen höchstens { $limit }
kbfile-translation-title-too-long = `title` in [response.lang.{ $code }] ist länger als { $limit } Zeichen
kbfile-translation-empty = [response.lang.{ $code }] hat weder `patterns` noch `answer`: gib die Beispielfragen des Eintrags oder seine Antwort in dieser Sprache an

## Eine Änderung an den Einträgen eines Servers (/wissen hinzufügen, /wissen bearbeiten, /wissen entfernen, die Formulare der Lücken im Dashboard).

kbfile-not-response-tables = `response` ist keine Liste von [[response]]-Tabellen
kbfile-toml-unreadable = die Datei ist kein lesbares TOML: { $error }
kbfile-id-twice-in-file = die ID `{ $id }` käme in dieser Datei zweimal vor (auch in { $first })
kbfile-id-used-in = die ID `{ $id }` wird schon in { $at } verwendet
kbfile-id-used-edit-instead = die ID `{ $id }` wird schon in { $at } verwendet; bearbeite stattdessen diesen Eintrag
kbfile-shared-entry-edit = `{ $id }` ist ein gemeinsamer Eintrag; bearbeite ihn, um diesem Server eine eigene Fassung zu geben
kbfile-shared-entry-remove = `{ $id }` ist ein gemeinsamer Eintrag: er gilt für alle Server und kann nur von denen geändert werden, die den Bot betreiben (gib diesem Server stattdessen mit /wissen bearbeiten eine eigene Fassung)
kbfile-no-such-entry = es gibt keinen Eintrag `{ $id }`
kbfile-entry-gone = der Eintrag `{ $id }` steht nicht mehr in dieser Datei
kbfile-save-failed = das Speichern ist unerwartet fehlgeschlagen ({ $error }); prüfe die Dateien des Servers
kbfile-no-pattern-chosen = `patterns`: wähle mindestens ein Muster zum Hinzufügen
kbfile-has-every-pattern = `patterns`: `{ $id }` hat jedes dieser Muster schon
