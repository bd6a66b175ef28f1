//! Transcripts of a ticket, for the staff (the log channel and the CLI): Markdown for
//! Discord, and one self-contained HTML file, with the staff notes and the ticket's history.
//! Their headings, labels and history lines are in a language ([`markdown_in`], [`html_in`];
//! the `transcript-` messages, and the history's `web-event-` ones, [`event_line`]); what
//! people wrote is as they wrote it.

use super::model::{AuthorKind, Event, EventKind, Ticket, TicketMessage};
use super::text;
use super::UserId;
use crate::i18n::{Args, Lang};
use crate::t;
use chrono::{DateTime, Utc};
use std::collections::HashMap;
use std::fmt::Write;

fn stamp(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%d %H:%M UTC").to_string()
}

fn role(lang: Lang, kind: AuthorKind) -> String {
    match kind {
        AuthorKind::Member => String::new(),
        AuthorKind::Agent => format!(" ({})", t!(lang, "transcript-role-agent")),
        AuthorKind::Bot => format!(" ({})", t!(lang, "transcript-role-bot")),
    }
}

/// A staff note as a transcript shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffNote {
    pub author: UserId,
    pub at: DateTime<Utc>,
    pub body: String,
}

/// What a transcript shows: the ticket, its messages, the names of the people it mentions
/// (as the bot last saw them), the owner's rating, the staff notes and the history.
#[derive(Debug, Clone)]
pub struct Transcript {
    pub ticket: Ticket,
    pub messages: Vec<TicketMessage>,
    pub names: HashMap<UserId, String>,
    /// The owner's rating, 1-5.
    pub rating: Option<u8>,
    pub notes: Vec<StaffNote>,
    pub events: Vec<Event>,
    /// The ticket's tags, by name.
    pub tags: Vec<String>,
    /// Its category's name, if it has one.
    pub category: Option<String>,
    /// The answers to its category's form (the member wrote them: both copies show them).
    pub answers: Vec<super::FormAnswer>,
}

/// What an event did, in words, in `lang` (the dashboard's `web-event-` messages, so that a
/// ticket's history reads the same on its page, in its transcripts and in `/ticket
/// history`): people named by `who`, and its free text (a reason, a resolution) as `free`
/// makes it safe where the line is shown.
pub fn event_line(
    lang: Lang,
    e: &Event,
    who: impl Fn(UserId) -> String,
    free: impl Fn(&str) -> String,
) -> String {
    let by = e.actor.map(who);
    let reason = e.reason.as_deref().map(|r| free(&text::one_line(r)));
    // A message with its variables, and `by` when someone did it (`<id>-by`).
    let said = |id: &str, vars: &[(&str, String)], with_by: bool| {
        let mut args = Args::new();
        for (k, v) in vars {
            args.set(*k, v.clone());
        }
        let id = match by.as_ref().filter(|_| with_by) {
            Some(name) => {
                args.set("by", name.clone());
                format!("web-event-{id}-by")
            }
            None => format!("web-event-{id}"),
        };
        crate::i18n::text(lang, &id, Some(&args))
    };
    // The tiers an escalation or a missed target was at: (message suffix, its variables).
    let (tiers, tier_vars) = match (e.from_tier, e.to_tier) {
        (Some(f), Some(t)) if f != t => (
            "-tiers",
            vec![("from", f.0.to_string()), ("to", t.0.to_string())],
        ),
        (_, Some(t)) => ("-at", vec![("tier", t.0.to_string())]),
        _ => ("", Vec::new()),
    };
    let r = || vec![("reason", reason.clone().unwrap_or_default())];
    let mut line = match e.kind {
        EventKind::Opened => said("opened", &[], true),
        EventKind::ThreadAttached => said("thread", &[], false),
        EventKind::Claimed => said("claimed", &[], true),
        EventKind::Unclaimed => said("unclaimed", &[], true),
        EventKind::Transferred => said("transferred", &[], true),
        EventKind::Escalated => said(&format!("escalated{tiers}"), &tier_vars, true),
        EventKind::PriorityRaised => said("priority-raised", &[], true),
        EventKind::PriorityChanged => said("priority-changed", &r(), true),
        EventKind::NoteAdded => said("note", &[], true),
        EventKind::CloseRequested => said("close-requested", &[], true),
        EventKind::CloseRequestDeclined => said("close-declined", &[], true),
        EventKind::TagAdded => said("tagged", &r(), true),
        EventKind::TagRemoved => said("untagged", &r(), true),
        EventKind::Moved => said("moved", &[], true),
        EventKind::InactivityAsked => said("inactivity-asked", &[], false),
        EventKind::SlaBreached => said(&format!("sla-breached{tiers}"), &tier_vars, false),
        EventKind::Closed => said("closed", &[], true),
        EventKind::Reopened => said("reopened", &[], true),
        EventKind::Rated => said("rated", &[], true),
        EventKind::Unrated => said("unrated", &[], true),
    };
    // What the desk did on its own (an SLA escalation, an inactive ticket closed).
    let may_be_automatic = matches!(
        e.kind,
        EventKind::Escalated
            | EventKind::PriorityRaised
            | EventKind::SlaBreached
            | EventKind::Closed
    );
    if may_be_automatic && e.automatic {
        line.push(' ');
        line += &t!(lang, "web-event-automatic");
    }
    // The words that came with it, after a colon (a tag and a priority are in the line).
    let after_colon = matches!(
        e.kind,
        EventKind::Transferred
            | EventKind::Escalated
            | EventKind::PriorityRaised
            | EventKind::CloseRequested
            | EventKind::Moved
            | EventKind::Closed
            | EventKind::Rated
    );
    if let Some(r) = reason.filter(|_| after_colon) {
        line += ": ";
        line += &r;
    }
    line
}

impl Transcript {
    /// A person by name, with the id only where no name is known.
    fn who(&self, lang: Lang, user: UserId) -> String {
        match self.names.get(&user) {
            Some(name) => name.clone(),
            None => t!(lang, "transcript-user", id = user.to_string()),
        }
    }

    fn header_lines(&self, lang: Lang) -> Vec<(String, String)> {
        let t = &self.ticket;
        let label = |field: &str| t!(lang, &format!("transcript-field-{field}"));
        let mut rows = vec![(label("topic"), t.topic.clone())];
        if let Some(c) = &self.category {
            rows.push((label("category"), c.clone()));
        }
        rows.push((label("owner"), self.who(lang, t.owner)));
        if t.opened_by != t.owner {
            rows.push((label("opened-by"), self.who(lang, t.opened_by)));
        }
        rows.extend([
            (
                label("status"),
                t!(lang, "transcript-status", status = t.status.as_str()),
            ),
            (
                label("priority"),
                t!(lang, "transcript-priority", priority = t.priority.as_str()),
            ),
            (label("tier"), t.tier.0.to_string()),
            (label("opened"), stamp(t.opened_at)),
        ]);
        if !self.tags.is_empty() {
            rows.push((label("tags"), self.tags.join(", ")));
        }
        if let Some(by) = t.claimed_by {
            rows.push((label("handled-by"), self.who(lang, by)));
        }
        if let Some(c) = t.closed_at {
            let at = match t.closed_by {
                Some(u) => t!(
                    lang,
                    "transcript-closed-by",
                    at = stamp(c),
                    who = self.who(lang, u)
                ),
                None => stamp(c),
            };
            rows.push((label("closed"), at));
        }
        if let Some(r) = &t.resolution {
            rows.push((label("resolution"), r.clone()));
        }
        if t.status == super::Status::Closed || self.rating.is_some() {
            let rating = match self.rating {
                Some(score) => t!(lang, "transcript-rating", score = score),
                None => t!(lang, "transcript-not-rated"),
            };
            rows.push((label("rating"), rating));
        }
        if t.reopen_count > 0 {
            let mut a = Args::new();
            a.set("count", t.reopen_count);
            let times = crate::i18n::text(lang, "transcript-reopened-times", Some(&a));
            rows.push((label("reopened"), times));
        }
        rows
    }

    /// The title: the ticket's number and topic (on one line).
    fn title(&self, lang: Lang, topic: String) -> String {
        t!(
            lang,
            "transcript-title",
            ticket = self.ticket.no.to_string(),
            topic = topic
        )
    }
}

/// Markdown's markup characters escaped, on one line: member text shown as itself.
pub fn escape_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in text::one_line(s).chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '~' | '|' | '[' | ']' | '<' | '>'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The transcript as Markdown, in English ([`markdown_in`]).
pub fn markdown(tr: &Transcript) -> String {
    markdown_in(Lang::En, tr)
}

/// The transcript as Markdown, its headings in `lang`. Member text cannot step out of its
/// place: names and header values are escaped on one line, and every line of a message
/// (after any kind of line break, a bare CR too) is quoted.
pub fn markdown_in(lang: Lang, tr: &Transcript) -> String {
    let (t, messages) = (&tr.ticket, &tr.messages);
    let mut out = format!("# {}\n\n", tr.title(lang, escape_markdown(&t.topic)));
    for (k, v) in tr.header_lines(lang) {
        let _ = writeln!(out, "- **{k}:** {}", escape_markdown(&v));
    }
    if !tr.answers.is_empty() {
        let _ = write!(out, "\n## {}\n\n", t!(lang, "transcript-form"));
        for a in &tr.answers {
            let _ = writeln!(out, "**{}**", escape_markdown(&a.question));
            for line in text::clean(&a.answer).split('\n') {
                let _ = writeln!(out, "> {line}");
            }
            out.push('\n');
        }
    }
    out.push('\n');
    for m in messages {
        let _ = writeln!(
            out,
            "**{}**{} — {}",
            escape_markdown(&m.author_name),
            role(lang, m.kind),
            stamp(m.at)
        );
        for line in text::clean(&m.content).split('\n') {
            let _ = writeln!(out, "> {line}");
        }
        out.push('\n');
    }
    if messages.is_empty() {
        let _ = writeln!(out, "_{}_", t!(lang, "transcript-no-messages"));
    }
    if !tr.notes.is_empty() {
        let _ = write!(out, "\n## {}\n\n", t!(lang, "transcript-staff-notes"));
        for n in &tr.notes {
            let _ = writeln!(
                out,
                "**{}** — {}",
                escape_markdown(&tr.who(lang, n.author)),
                stamp(n.at)
            );
            for line in text::clean(&n.body).split('\n') {
                let _ = writeln!(out, "> {line}");
            }
            out.push('\n');
        }
    }
    if !tr.events.is_empty() {
        let _ = write!(out, "\n## {}\n\n", t!(lang, "transcript-history"));
        for e in &tr.events {
            let line = event_line(
                lang,
                e,
                |u| escape_markdown(&tr.who(lang, u)),
                escape_markdown,
            );
            let _ = writeln!(out, "- {} — {line}", stamp(e.at));
        }
    }
    out
}

/// Escapes text for HTML element content and attribute values.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#222}\
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}\
.msg{border-left:3px solid #ccc;padding:.3rem .8rem;margin:.8rem 0}.agent{border-color:#5865f2}\
.bot{border-color:#999;color:#555}.note{border-color:#e0a800;background:#fff8e1}.meta{font-size:.85rem;color:#666}.body{white-space:pre-wrap}";

/// The transcript as a self-contained HTML page in English ([`html_in`]).
pub fn html(tr: &Transcript) -> String {
    html_in(Lang::En, tr)
}

/// The transcript as a self-contained HTML page, its headings in `lang` (inline style, no
/// scripts, everything escaped).
pub fn html_in(lang: Lang, tr: &Transcript) -> String {
    let (t, messages) = (&tr.ticket, &tr.messages);
    let title = escape_html(&tr.title(lang, text::one_line(&t.topic)));
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{title}</h1>\n<dl>\n",
        lang.code()
    );
    for (k, v) in tr.header_lines(lang) {
        let _ = writeln!(
            out,
            "<dt>{}</dt><dd>{}</dd>",
            escape_html(&k),
            escape_html(&text::clean(&v))
        );
    }
    out.push_str("</dl>\n");
    if !tr.answers.is_empty() {
        let _ = write!(
            out,
            "<h2>{}</h2>\n<dl>\n",
            escape_html(&t!(lang, "transcript-form"))
        );
        for a in &tr.answers {
            let _ = writeln!(
                out,
                "<dt>{}</dt><dd class=\"body\">{}</dd>",
                escape_html(&text::one_line(&a.question)),
                escape_html(&text::clean(&a.answer))
            );
        }
        out.push_str("</dl>\n");
    }
    for m in messages {
        let class = match m.kind {
            AuthorKind::Member => "msg",
            AuthorKind::Agent => "msg agent",
            AuthorKind::Bot => "msg bot",
        };
        let _ = writeln!(
            out,
            "<div class=\"{class}\"><div class=\"meta\"><strong>{}</strong>{} — {}</div><div class=\"body\">{}</div></div>",
            escape_html(&text::one_line(&m.author_name)),
            escape_html(&role(lang, m.kind)),
            stamp(m.at),
            escape_html(&text::clean(&m.content))
        );
    }
    if messages.is_empty() {
        let _ = writeln!(
            out,
            "<p><em>{}</em></p>",
            escape_html(&t!(lang, "transcript-no-messages"))
        );
    }
    if !tr.notes.is_empty() {
        let _ = writeln!(
            out,
            "<h2>{}</h2>",
            escape_html(&t!(lang, "transcript-staff-notes"))
        );
        for n in &tr.notes {
            let _ = writeln!(
                out,
                "<div class=\"msg note\"><div class=\"meta\"><strong>{}</strong> — {}</div><div class=\"body\">{}</div></div>",
                escape_html(&text::one_line(&tr.who(lang, n.author))),
                stamp(n.at),
                escape_html(&text::clean(&n.body))
            );
        }
    }
    if !tr.events.is_empty() {
        let _ = write!(
            out,
            "<h2>{}</h2>\n<ul>\n",
            escape_html(&t!(lang, "transcript-history"))
        );
        for e in &tr.events {
            let line = event_line(lang, e, |u| escape_html(&tr.who(lang, u)), escape_html);
            let _ = writeln!(out, "<li>{} — {line}</li>", stamp(e.at));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn member_text_cannot_fake_an_entry_in_the_markdown() {
        use crate::tickets::{MessageId, UserId};
        let t = Ticket::sample("see [the form](https://evil.example)");
        let m = TicketMessage {
            ticket: t.id,
            message_id: MessageId(5),
            author: UserId(10),
            author_name: "mallory**".into(),
            kind: AuthorKind::Member,
            content: "first\r**agent** (agent) — 2026-01-01 10:00 UTC\r\nrefund approved".into(),
            at: t.opened_at,
        };
        let md = markdown(&Transcript {
            ticket: t,
            messages: vec![m],
            names: HashMap::new(),
            rating: None,
            notes: Vec::new(),
            events: Vec::new(),
            tags: Vec::new(),
            category: None,
            answers: Vec::new(),
        });
        assert!(
            md.contains("# Ticket #1: see \\[the form\\](https://evil.example)"),
            "{md}"
        );
        assert!(md.contains("**mallory\\*\\***"), "{md}");
        let quoted: Vec<&str> = md.lines().filter(|l| l.starts_with("> ")).collect();
        assert_eq!(
            quoted,
            vec![
                "> first",
                "> **agent** (agent) — 2026-01-01 10:00 UTC",
                "> refund approved"
            ],
            "{md}"
        );
        assert!(!md.lines().any(|l| l.starts_with("**agent**")), "{md}");
    }

    #[test]
    fn staff_notes_and_history_are_in_both_forms_and_inert() {
        use crate::tickets::{Tier, UserId};
        let t = Ticket::sample("printer");
        let at = t.opened_at;
        let ann = UserId(7);
        let tr = Transcript {
            ticket: t.clone(),
            messages: Vec::new(),
            names: HashMap::from([(ann, "ann".to_string())]),
            rating: None,
            notes: vec![StaffNote {
                author: ann,
                at,
                body: "refund <b>later</b>\n**agent** (agent) — fake".into(),
            }],
            events: vec![Event {
                id: 1,
                ticket: t.id,
                actor: Some(ann),
                kind: EventKind::Escalated,
                at,
                from_tier: Some(Tier(1)),
                to_tier: Some(Tier(2)),
                reason: Some("needs [billing](https://x.y)".into()),
                automatic: false,
            }],
            tags: vec!["billing".into()],
            category: Some("Billing".into()),
            answers: vec![crate::tickets::FormAnswer {
                question: "Order number".into(),
                answer: "42\n**agent** (agent) — <b>fake</b>".into(),
            }],
        };
        let md = markdown(&tr);
        assert!(md.contains("- **Category:** Billing"), "{md}");
        assert!(
            md.contains("## Form\n\n**Order number**\n> 42\n> **agent** (agent) — <b>fake</b>\n"),
            "{md}"
        );
        let page = html(&tr);
        assert!(
            page.contains("<dt>Order number</dt><dd class=\"body\">42\n**agent** (agent) — &lt;b&gt;fake&lt;/b&gt;</dd>"),
            "{page}"
        );
        assert!(md.contains("## Staff notes\n\n**ann** — "), "{md}");
        assert!(md.contains("- **Tags:** billing"), "{md}");
        assert!(
            md.contains("> refund <b>later</b>\n> **agent** (agent) — fake"),
            "{md}"
        );
        assert!(
            md.contains("escalated from tier 1 to tier 2 by ann: needs \\[billing\\](https://x.y)"),
            "{md}"
        );
        let html = html(&tr);
        assert!(html.contains("refund &lt;b&gt;later&lt;/b&gt;"), "{html}");
        assert!(html.contains("<h2>History</h2>"), "{html}");

        // In another language: the headings and labels are its own, what people wrote is not.
        let md = markdown_in(Lang::De, &tr);
        for (id, heading) in [
            ("transcript-form", "## "),
            ("transcript-staff-notes", "## "),
            ("transcript-history", "## "),
            ("transcript-field-category", "- **"),
        ] {
            let said = format!("{heading}{}", t!(Lang::De, id));
            assert!(md.contains(&said), "{said} in {md}");
        }
        assert!(md.contains("## Formular\n\n**Order number**\n> 42"), "{md}");
        assert!(!md.contains("## History"), "{md}");
        let page = html_in(Lang::Ru, &tr);
        assert!(page.contains("<html lang=\"ru\">"), "{page}");
        assert!(
            page.contains(&format!("<h2>{}</h2>", t!(Lang::Ru, "transcript-history"))),
            "{page}"
        );
    }

    #[test]
    fn history_lines_are_in_the_files_language() {
        use crate::tickets::{Tier, UserId};
        let t = Ticket::sample("printer");
        let ann = UserId(7);
        let event = |kind, actor, reason: Option<&str>, automatic| Event {
            id: 1,
            ticket: t.id,
            actor,
            kind,
            at: t.opened_at,
            from_tier: (kind == EventKind::Escalated).then_some(Tier(1)),
            to_tier: (kind == EventKind::Escalated).then_some(Tier(2)),
            reason: reason.map(str::to_string),
            automatic,
        };
        let tr = Transcript {
            ticket: t.clone(),
            messages: Vec::new(),
            names: HashMap::from([(ann, "ann".to_string())]),
            rating: None,
            notes: Vec::new(),
            events: vec![
                event(EventKind::Opened, Some(t.owner), None, false),
                event(EventKind::Claimed, Some(ann), None, false),
                event(EventKind::TagAdded, Some(ann), Some("billing"), false),
                event(
                    EventKind::Escalated,
                    Some(ann),
                    Some("needs [billing] <now>"),
                    false,
                ),
                event(EventKind::Closed, None, Some("no answer"), true),
            ],
            tags: Vec::new(),
            category: None,
            answers: Vec::new(),
        };
        let history = |md: &str| -> Vec<String> {
            md.lines()
                .filter_map(|l| l.strip_prefix("- 2024-01-15 10:00 UTC — "))
                .map(str::to_string)
                .collect()
        };
        assert_eq!(
            history(&markdown(&tr)),
            [
                "opened by user 10",
                "claimed by ann",
                "tagged billing by ann",
                "escalated from tier 1 to tier 2 by ann: needs \\[billing\\] \\<now\\>",
                "closed (automatic): no answer",
            ]
        );
        assert_eq!(
            history(&markdown_in(Lang::De, &tr)),
            [
                "eröffnet von Nutzer 10",
                "übernommen von ann",
                "Tag billing gesetzt von ann",
                "von ann von Stufe 1 an Stufe 2 eskaliert: needs \\[billing\\] \\<now\\>",
                "geschlossen (automatisch): no answer",
            ]
        );
        let page = html_in(Lang::De, &tr);
        assert!(
            page.contains(
                "<li>2024-01-15 10:00 UTC — von ann von Stufe 1 an Stufe 2 eskaliert: needs [billing] &lt;now&gt;</li>"
            ),
            "{page}"
        );
        assert!(!page.contains("escalated"), "{page}");
    }

    #[test]
    fn escapes_everything_that_could_be_markup() {
        assert_eq!(
            escape_html("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
    }
}
