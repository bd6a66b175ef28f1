# A ticket's life as its owner and the agents read it in Discord (src/bot/render.rs).
# `$ticket` is the ticket's number ("12"); people are mentions ("<@123>"); `$topic` and
# `$note` are member text already made inert; times are Discord timestamps (seconds).

## The thread's first message.

ticket-intro-header = **Тикет { $ticket }** { $opened_by }.
ticket-intro-topic = **Тема:** { $topic }
ticket-intro-category = **Категория:** { $category }
ticket-intro-urgent-on-call = **Приоритет: срочный.** Дежурная команда уже оповещена.
ticket-intro-urgent-queued = **Приоритет: срочный.** Дежурную команду недавно уже оповестили о вашем срочном тикете; команда поддержки возьмёт этот тикет из очереди.
ticket-intro-position = Ваше место в очереди: **{ $position }**; первый ответ ожидается { $when }.
ticket-intro-desk-closed = Служба поддержки сейчас не работает и снова откроется <t:{ $opens }:F>. Ваш тикет сохранит своё место в очереди.
ticket-intro-private = Опишите здесь свою проблему; эту ветку видите только вы и команда поддержки.
# The title of the embed holding the answers to the form: a category's, or the ticket's
# when it has no category.
ticket-form-title = Форма «{ $category }»
ticket-form-title-plain = Форма тикета

## When a first answer is expected ("within 25 min (<t:…:f>)").

wait-minutes = не позже чем через { $minutes } мин
wait-hours = не позже чем через { $hours } ч { $minutes } мин
wait-days = не позже чем через { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    }
wait-at = { $relative } (<t:{ $at }:f>)

## Who opened it.

ticket-opened-by = открыт участником { $owner }
ticket-opened-by-for = открыт участником { $opener } для { $owner }

## The opener's reply to /ticket open.

ticket-opened-reply = Ваш тикет { $ticket } открыт: <#{ $thread }>. Команда поддержки ответит вам там.
ticket-opened-reply-for = Тикет { $ticket } для { $owner } открыт: <#{ $thread }>. Вас обоих добавили в ветку.

## Closing.

ticket-closed-rate = Тикет { $ticket } закрыт.{ $resolution }
    { $owner }, как мы справились? Поставьте реакцию от 1️⃣ (плохо) до 5️⃣ (отлично). Ветка останется открытой для оценки ещё { $hours } ч{ $change }; если вам всё ещё нужна помощь, `/тикет переоткрыть` вернёт тикет.
ticket-closed-resolution = **Решение:** { $resolution }
ticket-closed-rating-change = { $minutes ->
        [1] (оценку можно изменить в течение минуты после того, как вы её поставили)
        [one] (оценку можно изменить в течение { $minutes } минуты после того, как вы её поставили)
        [few] (оценку можно изменить в течение { $minutes } минут после того, как вы её поставили)
        [many] (оценку можно изменить в течение { $minutes } минут после того, как вы её поставили)
       *[other] (оценку можно изменить в течение { $minutes } минуты после того, как вы её поставили)
    }
ticket-closed-unanswered = Тикет { $ticket } закрыт. Ни один агент ещё не успел на него ответить, так что оценивать нечего. Ветка останется открытой ещё { $hours } ч; если вам всё ещё нужна помощь, `/тикет переоткрыть` вернёт тикет.

## Short status lines.

ticket-claimed = Тикетом { $ticket } теперь занимается { $agent } и дальше поможет вам.

## /ticket history, for the agent who asked (its lines are the dashboard's `web-event-`
## messages). `$ticket` is the ticket's number as typed ("12").

history-header = **История тикета { $ticket }**:
history-left-out = ({ $count ->
        [one] { $count } более раннее событие не показано
        [few] { $count } более ранних события не показаны
        [many] { $count } более ранних событий не показано
       *[other] { $count } более раннего события не показано
    }; все они есть в `concierge transcript { $ticket }`)

## /тикет заметка, /тикет заметки и /тикет тег — для сотрудника, который их вызвал.

staff-note-added = Внутренняя заметка добавлена к тикету { $ticket }. Заметки видит только команда (`/тикет заметки`, `/тикет история`, расшифровка в канале журнала); участник их никогда не видит.
staff-notes-none = У тикета { $ticket } нет внутренних заметок; добавьте заметку командой `/тикет заметка`.
staff-notes-header = **Внутренние заметки тикета { $ticket }** (видны только команде):
staff-notes-left-out = ({ $count ->
        [one] ещё { $count } более ранняя заметка не показана
        [few] ещё { $count } более ранние заметки не показаны
        [many] ещё { $count } более ранних заметок не показано
       *[other] ещё { $count } более ранней заметки не показано
    }; в `concierge transcript { $ticket }` есть все)
staff-tag-added = У тикета { $ticket } теперь есть тег `{ $tag }`.
staff-tag-already = У тикета { $ticket } уже есть тег `{ $tag }`.
staff-tag-removed = Тег `{ $tag }` снят с тикета { $ticket }.
staff-tag-absent = У тикета { $ticket } нет тега `{ $tag }`.
staff-tags-none = Тегов у него нет.
staff-tags = Его теги: { $tags }.
