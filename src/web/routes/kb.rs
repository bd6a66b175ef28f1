//! `/g/{guild}/kb?days=N&sort=used|helpful&q=…`: the knowledge base a server answers from,
//! each entry with where it comes from (the shared files or the server's own folder) and its
//! figures over the period, and a test box showing what the bot would answer to a question
//! and why. The gaps page and its forms live beside it ([`gaps`], [`gap_posts`]).

mod gap_forms;
mod gap_posts;
mod gaps;
mod problems;
mod test_box;

use super::html;
use crate::desk::EntryFigures;
use crate::kb::servers::ServerKb;
use crate::kb::Entry;
use crate::kpi::pct;
use crate::web::app::Dash;
use crate::web::error::WebError;
use crate::web::layout::{self, Nav};
use crate::web::period;
use crate::web::session::InGuild;
use axum::extract::{Query, State};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use maud::{html, Markup};
use serde::Deserialize;
use std::collections::HashMap;

pub(super) fn routes() -> Router<Dash> {
    Router::new()
        .route("/g/:guild/kb", get(entries_page))
        .merge(gaps::routes())
        .merge(gap_posts::routes())
}

/// How the entries are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sort {
    /// Most auto-answers and agent sends first.
    Used,
    /// Highest helpful rate (of the askers' votes) first; entries without votes last.
    Helpful,
}

impl Sort {
    fn parse(raw: Option<&str>) -> Result<Sort, WebError> {
        match raw {
            None | Some("") | Some("used") => Ok(Sort::Used),
            Some("helpful") => Ok(Sort::Helpful),
            Some(s) => Err(WebError::bad_request(format!(
                "The order `sort={s}` is not one of `used` and `helpful`."
            ))),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Sort::Used => "used",
            Sort::Helpful => "helpful",
        }
    }
}

#[derive(Deserialize)]
struct KbQuery {
    days: Option<String>,
    sort: Option<String>,
    /// The test box's question.
    q: Option<String>,
    /// After a change from the gaps page: `added` or `patterns`, the entry, how many patterns.
    done: Option<String>,
    entry: Option<String>,
    n: Option<u32>,
}

/// Where an entry comes from: this server's folder or the shared files, and its file
/// relative to the responses folder.
fn source(dash: &Dash, kb: &ServerKb, e: &Entry) -> Markup {
    let file = e
        .source
        .file
        .strip_prefix(dash.kb.dir())
        .unwrap_or(&e.source.file);
    let own = kb.own.as_ref().is_some_and(|o| o.entry(&e.id).is_some());
    html! {
        span.chip { @if own { "this server's" } @else { "shared" } }
        " " span.muted { (file.display()) }
    }
}

/// One row: an entry (none: no longer in the files) and its figures (none: not used).
struct Row<'a> {
    id: &'a str,
    entry: Option<&'a Entry>,
    figures: Option<&'a EntryFigures>,
}

impl Row<'_> {
    fn used(&self) -> u64 {
        self.figures.map_or(0, |f| f.auto_answers + f.agent_answers)
    }

    fn votes(&self) -> u64 {
        self.figures
            .map_or(0, |f| f.asker_helpful + f.asker_not_helpful)
    }
}

fn sort_rows(rows: &mut [Row<'_>], sort: Sort) {
    match sort {
        Sort::Used => rows.sort_by_key(|r| std::cmp::Reverse(r.used())),
        Sort::Helpful => rows.sort_by(|a, b| {
            let rate = |r: &Row<'_>| r.figures.and_then(|f| f.helpful_rate);
            match (rate(a), rate(b)) {
                (Some(x), Some(y)) => y.total_cmp(&x),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            }
            .then(b.votes().cmp(&a.votes()))
            .then(b.used().cmp(&a.used()))
        }),
    }
}

/// After a change from the gaps page, what was done (only for an entry that exists).
fn notice(q: &KbQuery, kb: &ServerKb) -> Option<Markup> {
    let id = q.entry.as_deref()?;
    kb.entry(id)?;
    let text = match q.done.as_deref()? {
        "added" => format!("Added the entry `{id}`; the bot answers it from now on."),
        "patterns" => format!(
            "Added {} pattern(s) to `{id}`; the bot answers them from now on.",
            q.n.unwrap_or(0)
        ),
        _ => return None,
    };
    Some(html! { p.notice role="status" { (text) } })
}

async fn entries_page(
    State(dash): State<Dash>,
    g: InGuild,
    Query(q): Query<KbQuery>,
) -> Result<impl IntoResponse, WebError> {
    let days = period::days(q.days.as_deref())?;
    let sort = Sort::parse(q.sort.as_deref())?;
    let now = dash.clock.now();
    let since = now - chrono::Duration::days(i64::from(days));
    let figures = dash.desk.entry_figures(g.guild, since, now).await?;
    let kb = dash.kb.for_server(g.guild.0);
    let entries = kb.entries();
    let by_id: HashMap<&str, &EntryFigures> =
        figures.iter().map(|f| (f.entry_id.as_str(), f)).collect();
    let mut rows: Vec<Row<'_>> = entries
        .iter()
        .map(|e| Row {
            id: &e.id,
            entry: Some(e),
            figures: by_id.get(e.id.as_str()).copied(),
        })
        .collect();
    // Entries that answered in the period but are gone from the files since.
    rows.extend(
        figures
            .iter()
            .filter(|f| kb.entry(&f.entry_id).is_none())
            .map(|f| Row {
                id: &f.entry_id,
                entry: None,
                figures: Some(f),
            }),
    );
    sort_rows(&mut rows, sort);
    let extra = format!("&sort={}", sort.name());
    let body = html! {
        @if let Some(n) = notice(&q, &kb) { (n) }
        section.panel {
            h2 { "Test a question" }
            (test_box::test_box(&dash, &kb, q.q.as_deref(), days, sort.name()))
        }
        h2 { (entries.len()) " entries" }
        (period::links(days, &extra))
        p.muted {
            "Order: "
            @for s in [Sort::Used, Sort::Helpful] {
                a href={ "?days=" (days) "&sort=" (s.name()) } aria-current=[(s == sort).then_some("true")] {
                    @if s == Sort::Used { "most used" } @else { "most helpful" }
                }
                " "
            }
        }
        (table(&dash, &kb, &rows))
    };
    Ok(html(layout::server_page(
        &g,
        Nav::Kb,
        "Knowledge base",
        body,
    )))
}

fn table(dash: &Dash, kb: &ServerKb, rows: &[Row<'_>]) -> Markup {
    html! {
        div.table-wrap { table {
            thead { tr {
                th { "Entry" } th { "From" }
                th.num { "Auto-answers" } th.num { "Agent sends" } th.num { "Helpful" }
                th.num { "Solved" } th.num { "Talked to a human" } th.num { "Assumed resolved" }
            } }
            tbody { @for r in rows { tr {
                td {
                    code { (r.id) }
                    @if let Some(t) = r.entry.and_then(|e| e.title.as_deref()) { br; (t) }
                }
                td {
                    @if let Some(e) = r.entry { (source(dash, kb, e)) }
                    @else { span.muted { "no longer in the files" } }
                }
                td.num { (r.figures.map_or(0, |f| f.auto_answers)) }
                td.num { (r.figures.map_or(0, |f| f.agent_answers)) }
                td.num {
                    (pct(r.figures.and_then(|f| f.helpful_rate)))
                    @if r.votes() > 0 { " " span.muted { "(" (r.votes()) " votes)" } }
                }
                td.num { (r.figures.map_or(0, |f| f.solved)) }
                td.num { (r.figures.map_or(0, |f| f.talked_to_human)) }
                td.num { (r.figures.map_or(0, |f| f.assumed_resolved)) }
            } } }
        } }
    }
}
