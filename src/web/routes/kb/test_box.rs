//! The knowledge-base page's test box: a question in (a GET form), what the bot would answer
//! to it and why out: the winning entry, its confidence and threshold, the runners-up, and
//! the explanation `/kb test` and `concierge kb match` give ([`crate::kb::explain`]).

use crate::i18n::{Args, Lang};
use crate::kb::servers::{ServerKb, ServerMatch};
use crate::kb::Decision;
use crate::t;
use crate::web::app::Dash;
use crate::web::words::{code, count, fixed, rich, whole_pct};
use maud::{html, Markup};
use std::sync::Arc;

/// The longest question tested (a Discord message holds at most 4000 characters).
const MAX_QUESTION_CHARS: usize = 4000;

/// The form, and the verdict on `question` when one was asked.
pub(super) fn test_box(
    lang: Lang,
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
                label for="q" { (t!(lang, "web-test-label")) }
                input #q type="search" name="q" size="60" value=[question]
                    maxlength=(MAX_QUESTION_CHARS) required;
            }
            button type="submit" { (t!(lang, "web-test-submit")) }
        }
        @if let Some(q) = question {
            @if q.chars().count() > MAX_QUESTION_CHARS {
                p.error role="alert" { (t!(lang, "web-test-too-long", max = ungrouped(MAX_QUESTION_CHARS))) }
            } @else {
                (verdict(lang, dash, kb, q, &kb.best_match_in(q, None)))
            }
        }
    }
}

/// `n` as a Fluent number written without digit grouping ("4000").
fn ungrouped(n: usize) -> fluent_bundle::FluentValue<'static> {
    let mut number = fluent_bundle::types::FluentNumber::from(n);
    number.options.use_grouping = false;
    fluent_bundle::FluentValue::Number(number)
}

/// A confidence and a threshold, with two decimals, as a message's variables.
fn scores(confidence: f32, threshold: f32) -> Args<'static> {
    let mut args = Args::new();
    args.set("confidence", fixed(f64::from(confidence), 2));
    args.set("threshold", fixed(f64::from(threshold), 2));
    args
}

/// What the bot would do with `q`, and why.
fn verdict(lang: Lang, dash: &Dash, kb: &ServerKb, q: &str, m: &ServerMatch) -> Markup {
    let own = !Arc::ptr_eq(&m.base, &kb.shared);
    // Files named relative to the responses folder, as everywhere on the dashboard.
    let explained = crate::kb::explain::explain(&m.base, q, &m.found, lang)
        .replace(&format!("{}/", dash.kb.dir().display()), "");
    html! {
        @if let (Some(a), Some(e)) = (&m.found.answer, m.answered()) {
            @let threshold = e.threshold.unwrap_or(m.base.params().threshold);
            @let id = if own { "web-test-would-answer-own" } else { "web-test-would-answer" };
            p.notice role="status" {
                (rich(lang, id, scores(a.score, threshold), &[
                    ("entry", html! { strong { (e.title.as_deref().unwrap_or(&e.id)) } }),
                    ("id", code(&e.id)),
                ]))
            }
            // In the language the question was read in when the entry has it there.
            @let shown = e.answer_for(m.found.lang, e.lang);
            div.msg { div.meta { (t!(lang, "web-test-its-answer")) } div.body { (shown.answer) } }
        } @else {
            p.notice role="status" {
                @match &m.found.decision {
                    Decision::NotAQuestion => { (t!(lang, "web-test-not-question")) }
                    Decision::NoCandidate => { (t!(lang, "web-test-no-candidate")) }
                    Decision::BelowThreshold { score, threshold } => {
                        (crate::i18n::text(lang, "web-test-below-threshold", Some(&scores(*score, *threshold))))
                    }
                    Decision::Answer => { (t!(lang, "web-test-no-fit")) }
                }
            }
        }
        @if !m.found.candidates.is_empty() {
            div.table-wrap { table {
                thead { tr {
                    th.num { (t!(lang, "web-col-rank")) } th { (t!(lang, "web-col-entry")) }
                    th.num { (t!(lang, "web-col-share")) } th { (t!(lang, "web-col-from")) }
                } }
                tbody { @for (rank, c) in m.found.candidates.iter().enumerate() {
                    @let e = &m.base.entries()[c.index];
                    tr {
                        td.num { (count(lang, rank + 1)) }
                        td {
                            code { (c.id) }
                            @if let Some(t) = &e.title { " " (t) }
                            @if m.found.answer.as_ref().is_some_and(|a| a.index == c.index) {
                                " " span.chip { (t!(lang, "web-test-answers-chip")) }
                            }
                        }
                        td.num { (whole_pct(lang, f64::from(c.score))) }
                        td { (super::source(lang, dash, kb, e)) }
                    }
                } }
            } }
        }
        details open {
            summary { (rich(lang, "web-test-why", Args::new(), &[("command", code("/kb test"))])) }
            div.msg { div.body { (explained) } }
        }
    }
}
