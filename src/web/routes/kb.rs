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
use crate::i18n::Lang;
use crate::kb::servers::ServerKb;
use crate::kb::Entry;
use crate::t;
use crate::web::app::Dash;
use crate::web::error::WebError;
use crate::web::layout::{self, Nav};
use crate::web::period;
use crate::web::session::InGuild;
use crate::web::words::{count, pct};
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
    fn parse(lang: Lang, raw: Option<&str>) -> Result<Sort, WebError> {
        match raw {
            None | Some("") | Some("used") => Ok(Sort::Used),
            Some("helpful") => Ok(Sort::Helpful),
            Some(s) => Err(WebError::bad_request(t!(lang, "web-error-sort", value = s))),
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
fn source(lang: Lang, dash: &Dash, kb: &ServerKb, e: &Entry) -> Markup {
    let file = e
        .source
        .file
        .strip_prefix(dash.kb.dir())
        .unwrap_or(&e.source.file);
    let own = kb.own.as_ref().is_some_and(|o| o.entry(&e.id).is_some());
    html! {
        span.chip { @if own { (t!(lang, "web-kb-own")) } @else { (t!(lang, "web-kb-shared")) } }
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
fn notice(lang: Lang, q: &KbQuery, kb: &ServerKb) -> Option<Markup> {
    let id = q.entry.as_deref()?;
    kb.entry(id)?;
    let text = match q.done.as_deref()? {
        "added" => t!(lang, "web-kb-added", entry = id),
        "patterns" => t!(
            lang,
            "web-kb-patterns-added",
            count = q.n.unwrap_or(0),
            entry = id
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
    let lang = g.lang();
    let days = period::days(lang, q.days.as_deref())?;
    let sort = Sort::parse(lang, q.sort.as_deref())?;
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
        @if let Some(n) = notice(lang, &q, &kb) { (n) }
        section.panel {
            h2 { (t!(lang, "web-kb-test-heading")) }
            (test_box::test_box(lang, &dash, &kb, q.q.as_deref(), days, sort.name()))
        }
        h2 { (t!(lang, "web-kb-entries", count = entries.len())) }
        (period::links(lang, days, &extra))
        p.muted {
            (t!(lang, "web-kb-order")) " "
            @for s in [Sort::Used, Sort::Helpful] {
                a href={ "?days=" (days) "&sort=" (s.name()) } aria-current=[(s == sort).then_some("true")] {
                    @if s == Sort::Used { (t!(lang, "web-kb-most-used")) } @else { (t!(lang, "web-kb-most-helpful")) }
                }
                " "
            }
        }
        (table(lang, &dash, &kb, &rows))
    };
    Ok(html(layout::server_page(
        &g,
        Nav::Kb,
        &t!(lang, "web-nav-kb"),
        body,
    )))
}

fn table(lang: Lang, dash: &Dash, kb: &ServerKb, rows: &[Row<'_>]) -> Markup {
    html! {
        div.table-wrap { table {
            thead { tr {
                th { (t!(lang, "web-col-entry")) } th { (t!(lang, "web-col-from")) }
                th.num { (t!(lang, "web-col-auto-answers")) } th.num { (t!(lang, "web-col-agent-sends")) } th.num { (t!(lang, "web-col-helpful")) }
                th.num { (t!(lang, "web-col-solved")) } th.num { (t!(lang, "web-col-talked-to-human")) } th.num { (t!(lang, "web-col-assumed-resolved")) }
            } }
            tbody { @for r in rows { tr {
                td {
                    code { (r.id) }
                    @if let Some(t) = r.entry.and_then(|e| e.title.as_deref()) { br; (t) }
                }
                td {
                    @if let Some(e) = r.entry { (source(lang, dash, kb, e)) }
                    @else { span.muted { (t!(lang, "web-kb-gone")) } }
                }
                td.num { (count(lang, r.figures.map_or(0, |f| f.auto_answers))) }
                td.num { (count(lang, r.figures.map_or(0, |f| f.agent_answers))) }
                td.num {
                    (pct(lang, r.figures.and_then(|f| f.helpful_rate)))
                    @if r.votes() > 0 { " " span.muted { (t!(lang, "web-kb-votes", count = r.votes())) } }
                }
                td.num { (count(lang, r.figures.map_or(0, |f| f.solved))) }
                td.num { (count(lang, r.figures.map_or(0, |f| f.talked_to_human))) }
                td.num { (count(lang, r.figures.map_or(0, |f| f.assumed_resolved))) }
            } } }
        } }
    }
}
