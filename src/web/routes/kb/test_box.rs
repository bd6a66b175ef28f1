//! The knowledge-base page's test box: a question in (a GET form), what the bot would answer
//! to it and why out: the winning entry, its confidence and threshold, the runners-up, and
//! the explanation `/kb test` and `concierge kb match` give ([`crate::kb::explain`]).

use crate::kb::servers::{ServerKb, ServerMatch};
use crate::kb::Decision;
use crate::web::app::Dash;
use maud::{html, Markup};
use std::sync::Arc;

/// The longest question tested (a Discord message holds at most 4000 characters).
const MAX_QUESTION_CHARS: usize = 4000;

/// The form, and the verdict on `question` when one was asked.
pub(super) fn test_box(
    dash: &Dash,
    kb: &ServerKb,
    question: Option<&str>,
    days: u32,
    sort: &str,
) -> Markup {
    let question = question.map(str::trim).filter(|q| !q.is_empty());
    html! {
        form.filters method="get" role="search" {
            input type="hidden" name="days" value=(days);
            input type="hidden" name="sort" value=(sort);
            div {
                label for="q" { "A question as a member would ask it in a support channel" }
                input #q type="search" name="q" size="60" value=[question]
                    maxlength=(MAX_QUESTION_CHARS) required;
            }
            button type="submit" { "Test" }
        }
        @if let Some(q) = question {
            @if q.chars().count() > MAX_QUESTION_CHARS {
                p.error role="alert" { "A question is at most " (MAX_QUESTION_CHARS) " characters." }
            } @else {
                (verdict(dash, kb, q, &kb.best_match_in(q, None)))
            }
        }
    }
}

/// What the bot would do with `q`, and why.
fn verdict(dash: &Dash, kb: &ServerKb, q: &str, m: &ServerMatch) -> Markup {
    let own = !Arc::ptr_eq(&m.base, &kb.shared);
    // Files named relative to the responses folder, as everywhere on the dashboard.
    let explained = crate::kb::explain::explain(&m.base, q, &m.found)
        .replace(&format!("{}/", dash.kb.dir().display()), "");
    html! {
        @if let (Some(a), Some(e)) = (&m.found.answer, m.answered()) {
            p.notice role="status" {
                "The bot would answer with " strong { (e.title.as_deref().unwrap_or(&e.id)) }
                " (" code { (e.id) } "): confidence " (format!("{:.2}", a.score))
                ", threshold " (format!("{:.2}", e.threshold.unwrap_or(m.base.params().threshold)))
                @if own { ", from this server's own entries" } "."
            }
            div.msg { div.meta { "Its answer" } div.body { (e.answer) } }
        } @else {
            p.notice role="status" {
                "The bot would not answer: "
                @match &m.found.decision {
                    Decision::NotAQuestion => { "this reads as chit-chat or has no topical words." }
                    Decision::NoCandidate => { "no entry shares a word with this question." }
                    Decision::BelowThreshold { score, threshold } => {
                        "the best entry's confidence " (format!("{score:.2}"))
                        " is under its threshold " (format!("{threshold:.2}")) "."
                    }
                    Decision::Answer => { "no entry fits." }
                }
            }
        }
        @if !m.found.candidates.is_empty() {
            div.table-wrap { table {
                thead { tr {
                    th.num { "Rank" } th { "Entry" } th.num { "Share of the probability" } th { "From" }
                } }
                tbody { @for (rank, c) in m.found.candidates.iter().enumerate() {
                    @let e = &m.base.entries()[c.index];
                    tr {
                        td.num { (rank + 1) }
                        td {
                            code { (c.id) }
                            @if let Some(t) = &e.title { " " (t) }
                            @if m.found.answer.as_ref().is_some_and(|a| a.index == c.index) {
                                " " span.chip { "answers" }
                            }
                        }
                        td.num { (format!("{:.0}%", c.score * 100.0)) }
                        td { (super::source(dash, kb, e)) }
                    }
                } }
            } }
        }
        details open {
            summary { "Why: the explanation " code { "/kb test" } " gives" }
            div.msg { div.body { (explained) } }
        }
    }
}
