//! Every user-facing text and message the bot sends, built in one place. Every message
//! sets its allowed mentions explicitly: user text never pings `@everyone`, `@here` or a
//! role; only the bot's own notifications name the roles they ping.

use super::components::{AnswerButton, Answered, Button};
use crate::desk::{KnowledgeGap, Queue};
use crate::i18n::Lang;
use crate::kb::live::ReloadResult;
use crate::kb::{Entry, Localised};
use crate::t;
use crate::tickets::{Category, FormAnswer, Priority, Ticket};
use chrono::{DateTime, Utc};
use serenity::all::{
    ButtonStyle, CreateActionRow, CreateAllowedMentions, CreateButton, CreateEmbed,
    CreateEmbedFooter, CreateMessage, RoleId, UserId,
};

/// Discord's message content limit.
pub const MAX_CONTENT: usize = 2000;
/// Discord's embed description limit.
pub const MAX_DESCRIPTION: usize = 4096;

/// The rating reactions, 1 to 5.
pub const RATING_EMOJI: [&str; 5] = [
    "1\u{fe0f}\u{20e3}",
    "2\u{fe0f}\u{20e3}",
    "3\u{fe0f}\u{20e3}",
    "4\u{fe0f}\u{20e3}",
    "5\u{fe0f}\u{20e3}",
];
/// Feedback reactions on answers.
pub const THUMBS_UP: &str = "\u{1f44d}";
pub const THUMBS_DOWN: &str = "\u{1f44e}";

/// The score a rating reaction stands for.
pub fn rating_of(emoji: &str) -> Option<u8> {
    let bare = |s: &str| s.replace('\u{fe0f}', "");
    RATING_EMOJI
        .iter()
        .zip(1u8..)
        .find(|(e, _)| bare(e) == bare(emoji))
        .map(|(_, score)| score)
}

/// Cuts text to `max` characters on a character boundary, marking the cut.
pub fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// Makes member text inert where the bot repeats it: Discord's markdown is escaped (a masked
/// link `[text](url)` shows as typed, so does bold, a heading, a quote, a spoiler, code), line
/// breaks of every kind become `\n`, direction overrides and invisible characters go, and
/// `@everyone`/`@here` and mention syntax can't ping even if the allowed mentions were ever
/// lost (a zero-width space after the `@`, `<` escaped).
pub fn inert(text: &str) -> String {
    let clean = crate::tickets::text::clean(text);
    let mut out = String::with_capacity(clean.len() + 8);
    let mut line_start = true;
    for c in clean.chars() {
        match c {
            // Inline markup, anywhere; `[`/`]` break masked links, `<` mention syntax.
            '\\' | '*' | '_' | '~' | '|' | '`' | '[' | ']' | '<' => {
                out.push('\\');
                out.push(c);
            }
            // Block markup only counts at the start of a line (headings, subtext, lists,
            // quotes).
            '#' | '-' | '>' | '+' if line_start => {
                out.push('\\');
                out.push(c);
            }
            '@' => out.push_str("@\u{200b}"),
            c => out.push(c),
        }
        if c == '\n' {
            line_start = true;
        } else if !c.is_whitespace() {
            line_start = false;
        }
    }
    out
}

/// No pings at all.
pub fn no_pings() -> CreateAllowedMentions {
    CreateAllowedMentions::new()
        .everyone(false)
        .all_users(false)
        .all_roles(false)
}

/// Pings exactly these roles and users (the bot's own notifications).
pub fn pings(roles: &[u64], users: &[u64]) -> CreateAllowedMentions {
    CreateAllowedMentions::new()
        .everyone(false)
        .all_users(false)
        .all_roles(false)
        .roles(roles.iter().map(|r| RoleId::new(*r)))
        .users(users.iter().map(|u| UserId::new(*u)))
}

/// The text of a deferred interaction reply (pings nobody).
pub fn edited(text: &str) -> serenity::all::EditInteractionResponse {
    serenity::all::EditInteractionResponse::new()
        .content(clip(text, MAX_CONTENT))
        .allowed_mentions(no_pings())
}

/// The reply to a question the knowledge base answers: an embed and two buttons, around the
/// entry's text `shown`. When that is not in the language the question was `asked_in` (the
/// entry has no translation), a first line says so.
pub fn answer(
    lang: Lang,
    entry: &Entry,
    shown: Localised<'_>,
    asked_in: Lang,
    asker: u64,
    score: f32,
) -> CreateMessage {
    let mut text = shown.answer.replace("{user}", &format!("<@{asker}>"));
    if shown.lang != asked_in {
        let note = t!(
            lang,
            "answer-other-language",
            wanted = asked_in.native_name(),
            given = shown.lang.native_name()
        );
        text = format!("*{note}*\n\n{text}");
    }
    let sure = format!("{:.0}", score * 100.0);
    let mut embed = CreateEmbed::new()
        .description(clip(&text, MAX_DESCRIPTION))
        .footer(CreateEmbedFooter::new(t!(
            lang,
            "answer-footer",
            percent = sure
        )));
    if let Some(title) = shown.title {
        embed = embed.title(clip(title, 256));
    }
    let button = |kind| Button {
        kind,
        answer: Answered {
            asker,
            entry: Some(entry.id.clone()),
            score_percent: percent(score),
        },
    };
    let mut buttons = vec![CreateButton::new(button(AnswerButton::Solved).custom_id())
        .label(t!(lang, "answer-button-solved"))
        .style(ButtonStyle::Success)];
    if entry.offer_ticket {
        buttons.push(
            CreateButton::new(button(AnswerButton::Human).custom_id())
                .label(t!(lang, "answer-button-human"))
                .style(ButtonStyle::Secondary),
        );
    }
    CreateMessage::new()
        .embed(embed)
        .components(vec![CreateActionRow::Buttons(buttons)])
        .allowed_mentions(no_pings())
}

/// A match score as a whole percentage, 0..=100.
fn percent(score: f32) -> u8 {
    // Clamped to 0..=100 first, so the cast cannot truncate or lose a sign.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let p = (score.clamp(0.0, 1.0) * 100.0).round() as u8;
    p
}

/// A short reply to a question the bot answered a moment ago in the same channel: a link to
/// that answer (`(guild, channel, message)`) instead of a second copy. No buttons, no pings.
pub fn pointer(
    lang: Lang,
    entry: &Entry,
    shown: Localised<'_>,
    earlier: Option<(u64, u64, u64)>,
) -> CreateMessage {
    let what = shown.title.map_or_else(
        || format!("`{}`", entry.id),
        |t| format!("**{}**", clip(t, 100)),
    );
    let text = match earlier {
        Some((guild, channel, message)) => t!(
            lang,
            "answer-pointer-earlier",
            entry = what,
            link = format!("https://discord.com/channels/{guild}/{channel}/{message}")
        ),
        None => t!(lang, "answer-pointer-above", entry = what),
    };
    CreateMessage::new()
        .content(text)
        .allowed_mentions(no_pings())
}

/// "Answer with knowledge base" on a message that is not a member's.
pub fn pick_a_message(lang: Lang) -> String {
    t!(lang, "kb-pick-a-message")
}

/// "Answer with knowledge base" with an empty knowledge base.
pub fn no_entries(lang: Lang) -> String {
    t!(lang, "kb-no-entries")
}

/// The prompt above the entry picker of "Answer with knowledge base".
pub fn pick_an_entry(lang: Lang, question: &str) -> String {
    let shown: String = crate::tickets::text::one_line(question)
        .chars()
        .take(200)
        .collect();
    format!("{}\n> {}", t!(lang, "kb-pick-an-entry"), inert(&shown))
}

/// Thread name for a ticket.
pub fn thread_name(ticket: &Ticket, category: Option<&Category>) -> String {
    let topic = crate::tickets::text::one_line(&ticket.topic).replace('@', "");
    let prefix = match category {
        Some(c) => format!("ticket-{} [{}] ", ticket.no.0, c.name),
        None => format!("ticket-{} ", ticket.no.0),
    };
    // Discord's limit for a thread name is 100 characters.
    let room = 100usize.saturating_sub(prefix.chars().count()).min(60);
    format!("{prefix}{}", cut_at_word(&topic, room))
}

/// `text` in at most `max` characters, cut at a word boundary with "…" when it is longer (a
/// single word longer than that is cut inside it).
pub fn cut_at_word(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_string();
    }
    let room: String = text.chars().take(max.saturating_sub(1)).collect();
    // The cut falls inside a word unless the next character is a space.
    let next_is_space = text
        .chars()
        .nth(room.chars().count())
        .is_some_and(char::is_whitespace);
    let kept = if next_is_space {
        room.as_str()
    } else {
        match room.rfind(char::is_whitespace) {
            Some(i) if i > 0 => &room[..i],
            _ => room.as_str(),
        }
    };
    let kept =
        kept.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '-'));
    format!("{kept}…")
}

/// Whole minutes from `now` to `at`, rounded up (negative once `at` has passed): a deadline
/// 59 min 59 s away reads as 60 min.
pub fn minutes_until(at: DateTime<Utc>, now: DateTime<Utc>) -> i64 {
    let s = (at - now).num_seconds();
    if s >= 0 {
        (s + 59) / 60
    } else {
        -((-s + 59) / 60)
    }
}

fn when(lang: Lang, at: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let mins = minutes_until(at, now).max(0);
    let relative = if mins < 60 {
        t!(lang, "wait-minutes", minutes = mins.max(1))
    } else if mins < 48 * 60 {
        t!(lang, "wait-hours", hours = mins / 60, minutes = mins % 60)
    } else {
        t!(lang, "wait-days", days = mins / (24 * 60))
    };
    t!(
        lang,
        "wait-at",
        relative = relative,
        at = at.timestamp().to_string()
    )
}

/// Everything the intro message says.
pub struct Intro<'a> {
    pub ticket: &'a Ticket,
    pub position: usize,
    pub expect_by: DateTime<Utc>,
    pub desk_opens_at: Option<DateTime<Utc>>,
    pub now: DateTime<Utc>,
    pub roles: &'a [u64],
    /// Whether this intro pings on-call (an urgent ticket, not already pinged lately).
    pub on_call: bool,
    pub note: Option<&'a str>,
    /// The ticket's category, and the member's answers to its form.
    pub category: Option<&'a Category>,
    pub answers: &'a [FormAnswer],
}

/// The first message in a ticket thread, in its owner's language `lang`: topic, queue
/// position, expected wait, and the role notification.
pub fn intro(lang: Lang, i: &Intro<'_>) -> CreateMessage {
    let t = i.ticket;
    let mut lines = vec![
        t!(
            lang,
            "ticket-intro-header",
            ticket = t.no.0.to_string(),
            opened_by = opened_by(lang, t)
        ),
        t!(
            lang,
            "ticket-intro-topic",
            topic = inert(&clip(&t.topic, 300))
        ),
    ];
    if let Some(c) = i.category {
        lines.push(t!(
            lang,
            "ticket-intro-category",
            category = category_label(c)
        ));
    }
    if t.priority == Priority::Urgent && i.on_call {
        lines.push(t!(lang, "ticket-intro-urgent-on-call"));
    } else if t.priority == Priority::Urgent {
        lines.push(t!(lang, "ticket-intro-urgent-queued"));
    }
    lines.push(t!(
        lang,
        "ticket-intro-position",
        position = i.position.max(1),
        when = when(lang, i.expect_by, i.now)
    ));
    if let Some(opens) = i.desk_opens_at {
        lines.push(t!(
            lang,
            "ticket-intro-desk-closed",
            opens = opens.timestamp().to_string()
        ));
    }
    if let Some(note) = i.note {
        lines.push(inert(&clip(note, 500)));
    }
    lines.push(t!(lang, "ticket-intro-private"));
    let mut text = lines.join("\n");
    let roles: Vec<String> = i.roles.iter().map(|r| format!("<@&{r}>")).collect();
    if !roles.is_empty() {
        text += &format!("\n{}", roles.join(" "));
    }
    let message = CreateMessage::new()
        .content(clip(&text, MAX_CONTENT))
        .allowed_mentions(pings(i.roles, &[t.owner.0]));
    if i.answers.is_empty() {
        return message;
    }
    // The form's answers in an embed: up to five long answers fit (1 024 characters each),
    // and the pings above are never cut off by them.
    let fields = i.answers.iter().map(|a| {
        let answer = inert(&crate::tickets::text::clean(&a.answer));
        (inert(&a.question), clip(&answer, 1000), false)
    });
    let title = match i.category {
        Some(c) => t!(lang, "ticket-form-title", category = c.name.clone()),
        None => t!(lang, "ticket-form-title-plain"),
    };
    message.embed(CreateEmbed::new().title(clip(&title, 256)).fields(fields))
}

/// A plain bot message in a thread that may ping the given roles.
pub fn notice(text: &str, roles: &[u64]) -> CreateMessage {
    let mut text = text.to_string();
    let mentions: Vec<String> = roles.iter().map(|r| format!("<@&{r}>")).collect();
    if !mentions.is_empty() {
        text += &format!("\n{}", mentions.join(" "));
    }
    CreateMessage::new()
        .content(clip(&text, MAX_CONTENT))
        .allowed_mentions(pings(roles, &[]))
}

/// The rating prompt posted when a ticket closes, in its owner's language.
pub fn rating_prompt(
    lang: Lang,
    ticket: &Ticket,
    grace_hours: u64,
    change_minutes: u64,
) -> CreateMessage {
    // Fluent trims a value's leading blanks: the separators are added here.
    let resolution = ticket
        .resolution
        .as_deref()
        .map(|r| {
            let line = t!(
                lang,
                "ticket-closed-resolution",
                resolution = inert(&clip(r, 500))
            );
            format!("\n{line}")
        })
        .unwrap_or_default();
    let change = match change_minutes {
        0 => String::new(),
        n => format!(" {}", t!(lang, "ticket-closed-rating-change", minutes = n)),
    };
    CreateMessage::new()
        .content(t!(
            lang,
            "ticket-closed-rate",
            ticket = ticket.no.0.to_string(),
            resolution = resolution,
            owner = format!("<@{}>", ticket.owner.0),
            hours = grace_hours,
            change = change
        ))
        .allowed_mentions(pings(&[], &[ticket.owner.0]))
}

/// The notice when a ticket closes before any agent answered it: no rating is asked.
pub fn closed_unanswered(lang: Lang, ticket: &Ticket, grace_hours: u64) -> CreateMessage {
    CreateMessage::new()
        .content(t!(
            lang,
            "ticket-closed-unanswered",
            ticket = ticket.no.0.to_string(),
            hours = grace_hours
        ))
        .allowed_mentions(no_pings())
}

/// The thread's line when an agent claims its ticket, in its owner's language.
pub fn claimed(lang: Lang, ticket: &Ticket, agent: u64) -> String {
    t!(
        lang,
        "ticket-claimed",
        agent = format!("<@{agent}>"),
        ticket = ticket.no.0.to_string()
    )
}

/// A ticket escalated: by an agent (`by`), or `automatically` by the SLA clock.
pub fn escalated(
    lang: Lang,
    ticket: &Ticket,
    by: Option<u64>,
    reason: Option<&str>,
    automatic: bool,
) -> String {
    // Fluent trims a value's leading blanks: the separator is added here.
    let reason = reason
        .map(|r| {
            let line = t!(
                lang,
                "ticket-escalated-reason",
                reason = inert(&clip(r, 300))
            );
            format!(" {line}")
        })
        .unwrap_or_default();
    let (ticket, tier) = (ticket.no.0.to_string(), ticket.tier.0.to_string());
    match (automatic, by) {
        (true, _) => t!(
            lang,
            "ticket-escalated-automatically",
            ticket = ticket,
            tier = tier,
            reason = reason
        ),
        (false, Some(u)) => t!(
            lang,
            "ticket-escalated-by",
            ticket = ticket,
            tier = tier,
            agent = format!("<@{u}>"),
            reason = reason
        ),
        (false, None) => t!(
            lang,
            "ticket-escalated",
            ticket = ticket,
            tier = tier,
            reason = reason
        ),
    }
}

/// The SLA clock's notice for a ticket already at the top tier: nowhere higher to go, so the
/// target is recorded as breached and the top tier is pinged again.
pub fn sla_breached(lang: Lang, ticket: &Ticket) -> String {
    t!(
        lang,
        "ticket-sla-breached",
        ticket = ticket.no.0.to_string(),
        tier = ticket.tier.0.to_string()
    )
}

/// A ticket reopened by `by`.
pub fn reopened(lang: Lang, ticket: &Ticket, by: u64) -> String {
    t!(
        lang,
        "ticket-reopened",
        agent = format!("<@{by}>"),
        ticket = ticket.no.0.to_string(),
        tier = ticket.tier.0.to_string()
    )
}

/// The notice that a reopened ticket needs its tier again, pinging the tier's roles and the
/// agent who held it.
pub fn needs_an_agent_again(lang: Lang, roles: &[u64], holders: &[u64]) -> CreateMessage {
    let mut text = t!(lang, "ticket-needs-an-agent-again");
    let mentions: Vec<String> = roles
        .iter()
        .map(|r| format!("<@&{r}>"))
        .chain(holders.iter().map(|u| format!("<@{u}>")))
        .collect();
    if !mentions.is_empty() {
        text += &format!("\n{}", mentions.join(" "));
    }
    CreateMessage::new()
        .content(clip(&text, MAX_CONTENT))
        .allowed_mentions(pings(roles, holders))
}

/// What a person sees when the database could not do the work (unreachable, full, busy, its
/// tables gone): nothing was changed; with the reference of the log line.
pub fn database_unavailable(lang: Lang, reference: &str) -> String {
    t!(lang, "error-database-unavailable", reference = reference)
}

/// The answer to an interaction whose handler failed inside: short, with the reference that
/// the error log line carries too.
pub fn internal_error(lang: Lang, reference: &str) -> String {
    t!(lang, "error-internal", reference = reference)
}

/// A modal that is ready only after the interaction was deferred (too late to show it).
pub fn too_slow(lang: Lang) -> String {
    t!(lang, "error-too-slow")
}

/// A button, menu or form the bot no longer knows.
pub fn stale_button(lang: Lang) -> String {
    t!(lang, "error-stale-button")
}
/// A change asked for in a ticket's thread, to say why nothing changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Claim,
    Unclaim,
    Transfer,
    Escalate,
    Close,
    Reopen,
    Priority,
}

/// A ticket's new priority, said in its thread: who set it and, while it waits for its first
/// answer, by when one is expected.
pub fn priority_set(lang: Lang, t: &Ticket, was: Priority, by: u64) -> String {
    // Fluent trims a value's leading blanks: the separator is added here.
    let due = t
        .sla_due_at
        .filter(|_| t.first_response_at.is_none())
        .map(|d| {
            let line = t!(lang, "ticket-priority-due", due = d.timestamp().to_string());
            format!(" {line}")
        })
        .unwrap_or_default();
    t!(
        lang,
        "ticket-priority-set",
        ticket = t.no.0.to_string(),
        priority = t.priority.as_str(),
        was = was.as_str(),
        agent = format!("<@{by}>"),
        due = due
    )
}

/// The notice when an agent makes a ticket urgent (`on_call`: the server has an on-call
/// role, pinged with the tier's).
pub fn made_urgent(lang: Lang, t: &Ticket, on_call: bool) -> String {
    let ticket = t.no.0.to_string();
    if on_call {
        t!(lang, "ticket-urgent-on-call", ticket = ticket)
    } else {
        t!(
            lang,
            "ticket-urgent-tier",
            ticket = ticket,
            tier = t.tier.0.to_string()
        )
    }
}

/// Why nothing changed: the ticket is already as asked (`t` as it is, `by` who asked).
pub fn already(lang: Lang, change: Change, t: &Ticket, by: u64) -> String {
    let n = t.no.0.to_string();
    let tier = t.tier.0.to_string();
    match change {
        Change::Claim if t.claimed_by.map(|u| u.0) == Some(by) => {
            t!(lang, "ticket-already-yours", ticket = n)
        }
        Change::Claim => t!(lang, "ticket-already-claimed", ticket = n),
        Change::Unclaim => t!(lang, "ticket-already-unclaimed", ticket = n, tier = tier),
        Change::Transfer => t!(
            lang,
            "ticket-already-handled-by",
            ticket = n,
            agent = format!("<@{}>", t.claimed_by.map(|u| u.0).unwrap_or_default())
        ),
        Change::Escalate => t!(lang, "ticket-already-at-tier", ticket = n, tier = tier),
        Change::Close => t!(lang, "ticket-already-closed", ticket = n),
        Change::Reopen => t!(lang, "ticket-already-open", ticket = n),
        Change::Priority => t!(
            lang,
            "ticket-already-priority",
            ticket = n,
            priority = t.priority.as_str()
        ),
    }
}

/// Someone who may not change the knowledge base tried to.
pub fn kb_edit_only(lang: Lang) -> String {
    t!(lang, "kb-edit-moderators-only")
}

/// Someone else than the server's owner asked to delete its data.
pub fn owner_only(lang: Lang) -> String {
    t!(lang, "config-delete-owner-only")
}

/// What deleting a server's data deletes, above the button that does it.
pub fn delete_warning(lang: Lang) -> String {
    t!(lang, "config-delete-warning")
}

/// A count as a Fluent number written without digit grouping ("1234", as the English texts
/// always wrote it), still selecting its plural form.
pub(crate) fn ungrouped(
    n: impl Into<fluent_bundle::types::FluentNumber>,
) -> fluent_bundle::FluentValue<'static> {
    let mut number: fluent_bundle::types::FluentNumber = n.into();
    number.options.use_grouping = false;
    fluent_bundle::FluentValue::Number(number)
}

/// What deleting a server's data removed.
pub fn deleted(lang: Lang, tickets: u64, other: u64) -> String {
    t!(
        lang,
        "config-deleted",
        tickets = ungrouped(tickets),
        other = ungrouped(other)
    )
}

/// Someone without the Manage Server permission tried to see or change the settings.
pub fn manage_server_only(lang: Lang) -> String {
    t!(lang, "setup-manage-server-only")
}

/// The one message a server that is not set up gets when the bot joins it.
pub fn welcome(lang: Lang, server: &str) -> String {
    t!(lang, "setup-welcome", server = inert(&clip(server, 100)))
}

/// A server without a ticket channel or tier roles.
pub fn not_set_up(lang: Lang) -> String {
    t!(lang, "setup-not-set-up")
}

/// Discord refused to create a ticket's thread: nothing was opened.
pub fn thread_failed(lang: Lang) -> String {
    t!(lang, "open-thread-failed")
}

/// An answer's buttons, pressed by someone else than the asker.
pub fn not_your_answer(lang: Lang) -> String {
    t!(lang, "answer-not-yours")
}

/// A rating the database could not store (said after the rater's mention and a comma).
pub fn rating_not_saved(lang: Lang) -> String {
    t!(lang, "rating-not-saved")
}

/// The asker pressed Solved.
pub fn thanks_solved(lang: Lang) -> String {
    t!(lang, "answer-solved-thanks")
}

/// Only moderators and agents may: the desk's own refusal says the same.
pub fn moderators_only(lang: Lang) -> String {
    t!(lang, "refusal-moderators-only")
}

/// What the opener sees after `/ticket open`, in their language.
pub fn opened_reply(lang: Lang, thread: u64, ticket: &Ticket) -> String {
    let (no, thread) = (ticket.no.0.to_string(), thread.to_string());
    if ticket.opened_by == ticket.owner {
        t!(lang, "ticket-opened-reply", ticket = no, thread = thread)
    } else {
        let owner = format!("<@{}>", ticket.owner.0);
        t!(
            lang,
            "ticket-opened-reply-for",
            ticket = no,
            owner = owner,
            thread = thread
        )
    }
}

/// "opened by @carol", or "opened by @agent for @carol" when an agent opened it for them.
pub fn opened_by(lang: Lang, ticket: &Ticket) -> String {
    let owner = format!("<@{}>", ticket.owner.0);
    if ticket.opened_by == ticket.owner {
        t!(lang, "ticket-opened-by", owner = owner)
    } else {
        let opener = format!("<@{}>", ticket.opened_by.0);
        t!(lang, "ticket-opened-by-for", opener = opener, owner = owner)
    }
}

/// The log line of a new ticket, in the server's language `lang`.
pub fn opened_log(lang: Lang, ticket: &Ticket, category: Option<&Category>) -> String {
    let (no, opened_by) = (ticket.no.0.to_string(), opened_by(lang, ticket));
    let priority = ticket.priority.as_str();
    match category {
        Some(c) => t!(
            lang,
            "log-ticket-opened-in",
            ticket = no,
            opened_by = opened_by,
            category = inert(&c.name),
            priority = priority
        ),
        None => t!(
            lang,
            "log-ticket-opened",
            ticket = no,
            opened_by = opened_by,
            priority = priority
        ),
    }
}

/// A category's form changed between showing it and its answers coming back.
pub fn form_changed(lang: Lang) -> String {
    t!(lang, "open-form-changed")
}

/// A ticket's category was removed between the panel (or form) and the opening.
pub fn category_gone(lang: Lang) -> String {
    t!(lang, "open-category-gone")
}

/// The note in a ticket opened from an answer's "Talk to a human" button.
pub fn answer_did_not_help(lang: Lang, entry_title: &str) -> String {
    t!(lang, "ticket-note-answer-did-not-help", entry = entry_title)
}

/// The agent who held a ticket let it go.
pub fn released(lang: Lang, ticket: &Ticket, agent: u64) -> String {
    t!(
        lang,
        "ticket-released",
        agent = format!("<@{agent}>"),
        ticket = ticket.no.0.to_string(),
        tier = ticket.tier.0.to_string()
    )
}

/// A ticket handed to another agent (its holder now).
pub fn transferred(lang: Lang, ticket: &Ticket) -> String {
    t!(
        lang,
        "ticket-transferred",
        ticket = ticket.no.0.to_string(),
        agent = format!("<@{}>", ticket.claimed_by.map(|u| u.0).unwrap_or_default())
    )
}

/// The notice to the tier a ticket was escalated to.
pub fn tier_needed(lang: Lang, ticket: &Ticket) -> String {
    t!(
        lang,
        "ticket-needs-tier",
        tier = ticket.tier.0.to_string(),
        ticket = ticket.no.0.to_string()
    )
}

/// A category as the bot shows it: its emoji as given (checked when saved; a Unicode emoji
/// keeps its presentation selector, which cleaning would drop) and its name made inert.
pub fn category_label(c: &Category) -> String {
    match &c.emoji {
        Some(e) if !e.starts_with('<') => format!("{e} {}", inert(&c.name)),
        _ => inert(&c.name),
    }
}

/// A ticket moved to another category, said in its thread.
pub fn moved(lang: Lang, ticket: &Ticket, to: Option<&Category>, by: u64) -> String {
    let (no, agent) = (ticket.no.0.to_string(), format!("<@{by}>"));
    match to {
        Some(c) => t!(
            lang,
            "ticket-moved",
            ticket = no,
            category = category_label(c),
            agent = agent
        ),
        None => t!(lang, "ticket-moved-elsewhere", ticket = no, agent = agent),
    }
}

/// The ping of the team a ticket was moved to.
pub fn needs_team(lang: Lang, ticket: &Ticket, to: Option<&Category>) -> String {
    match to {
        Some(c) if ticket.tier.0 == 1 => t!(
            lang,
            "ticket-needs-team",
            team = inert(&c.name),
            ticket = ticket.no.0.to_string()
        ),
        _ => tier_needed(lang, ticket),
    }
}

/// What the agent who closed a ticket is told.
pub fn closed_reply(lang: Lang, ticket: &Ticket) -> String {
    t!(
        lang,
        "ticket-closed-reply",
        ticket = ticket.no.0.to_string()
    )
}

/// `by` added `who` to a ticket's thread.
pub fn added(lang: Lang, by: u64, who: u64) -> String {
    t!(
        lang,
        "ticket-member-added",
        by = format!("<@{by}>"),
        member = format!("<@{who}>")
    )
}

/// `/ticket queue`: up to 20 tickets, urgent first then oldest.
pub fn queue(lang: Lang, q: &Queue, now: DateTime<Utc>) -> String {
    if q.entries.is_empty() {
        return t!(lang, "queue-empty");
    }
    let mut lines = vec![t!(lang, "queue-header", count = ungrouped(q.entries.len()))];
    for e in q.entries.iter().take(20) {
        let t = &e.ticket;
        let left = t
            .sla_due_at
            .map(|d| match minutes_until(d, now) {
                m if m >= 0 => t!(lang, "queue-minutes-left", minutes = ungrouped(m)),
                m => t!(lang, "queue-minutes-over", minutes = ungrouped(-m)),
            })
            .unwrap_or_else(|| t!(lang, "queue-answered"));
        let who = t
            .claimed_by
            .map(|u| format!("<@{}>", u.0))
            .unwrap_or_else(|| t!(lang, "queue-unclaimed"));
        let tags: String = e.tags.iter().map(|t| format!(" `{t}`")).collect();
        let marker = match t.priority {
            Priority::Urgent => "🚨 ",
            Priority::High => "⬆️ ",
            Priority::Low => "⬇️ ",
            Priority::Normal => "",
        };
        let line = t!(
            lang,
            "queue-line",
            ticket = t.no.0.to_string(),
            topic = inert(&clip(&t.topic, 60)),
            tags = tags,
            tier = t.tier.0.to_string(),
            agent = who,
            waited = ungrouped(e.waited.num_minutes()),
            left = left,
            thread = t.thread.map(|c| c.0).unwrap_or_default().to_string()
        );
        lines.push(format!("{marker}{line}"));
    }
    lines.join("\n")
}

/// `/kb gaps`.
pub fn gaps(lang: Lang, gaps: &[KnowledgeGap]) -> String {
    if gaps.is_empty() {
        return t!(lang, "gaps-none");
    }
    let mut lines = vec![t!(lang, "gaps-header")];
    for g in gaps {
        lines.push(t!(
            lang,
            "gaps-line",
            question = inert(&clip(&g.text, 120)),
            channel = g.channel.0.to_string(),
            ticket = g.ticket.0.to_string()
        ));
    }
    lines.join("\n")
}

/// Who reloaded the knowledge base: a moderator's `/kb reload`, or the watcher after a file changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReloadedBy {
    Command,
    Watcher,
}

/// A reload's outcome: the new base's size, or every problem (the first 15) with file:line and
/// that the previous base keeps answering, all in `lang`. The `/kb reload` answer and the log
/// channel's notice.
pub fn reloaded(lang: Lang, outcome: &ReloadResult, by: ReloadedBy) -> String {
    let (done, not_done) = match by {
        ReloadedBy::Command => ("kb-reload-done", "kb-reload-failed"),
        ReloadedBy::Watcher => ("kb-reload-done-watcher", "kb-reload-failed-watcher"),
    };
    let text = match outcome {
        Ok(r) => t!(
            lang,
            done,
            entries = ungrouped(r.entries),
            patterns = ungrouped(r.patterns)
        ),
        Err(problems) => {
            let list: Vec<String> = problems
                .iter()
                .take(15)
                .map(|p| format!("- {}", p.text(lang)))
                .collect();
            let head = t!(lang, not_done, problems = ungrouped(problems.len()));
            format!("{head}\n{}", list.join("\n"))
        }
    };
    clip(&text, MAX_CONTENT)
}

/// Member text shown as inline code, which Discord never renders as markup, links or
/// mentions: on one line, without backticks, clipped.
pub fn code_inline(text: &str) -> String {
    let line = crate::tickets::text::one_line(text).replace('`', "'");
    format!("`{}`", clip(&line, 100))
}

/// Monospaced text (an explanation) that cannot break out of its block.
pub fn code_block(text: &str) -> String {
    clip(
        &format!("```\n{}\n```", text.replace("```", "'''")),
        MAX_CONTENT,
    )
}

/// `/kb send` with an entry that does not exist.
pub fn no_such_entry(lang: Lang, wanted: &str) -> String {
    t!(lang, "kb-no-such-entry", entry = code_inline(wanted))
}

#[cfg(test)]
mod tests {
    use super::{cut_at_word, thread_name};
    use crate::tickets::Ticket;

    #[test]
    fn a_thread_name_fits_discords_100_characters() {
        let mut t = Ticket::sample(&"word ".repeat(40));
        t.no = crate::tickets::TicketNo(123_456);
        let c = crate::tickets::category::CategoryDraft {
            name: "n".repeat(crate::tickets::category::NAME_MAX),
            ..Default::default()
        }
        .check()
        .unwrap();
        let name = thread_name(&t, Some(&c));
        assert!(
            name.chars().count() <= 100,
            "{} characters: {name}",
            name.chars().count()
        );
        assert!(
            name.starts_with("ticket-123456 [nnn") && name.ends_with('…'),
            "{name}"
        );
    }

    #[test]
    fn long_text_is_cut_at_a_word_with_an_ellipsis() {
        assert_eq!(cut_at_word("short topic", 60), "short topic");
        assert_eq!(
            cut_at_word("I changed my email, I am locked out", 24),
            "I changed my email, I…"
        );
        assert_eq!(
            cut_at_word("I changed my email, I am", 20),
            "I changed my email…"
        );
        assert_eq!(
            cut_at_word("abcdefghijklmnop", 8),
            "abcdefg…",
            "one long word"
        );
        assert!(cut_at_word(&"word ".repeat(40), 60).chars().count() <= 60);
    }
}
