//! `/g/{guild}/kb/gaps?days=N`: the questions the bot could not answer over the period,
//! grouped by topic ([`crate::desk::Desk::gap_groups`]): each group's representative, how
//! many asked and how many became tickets (linked), the newest, the questions themselves
//! (member text, escaped like every value), and for moderators and managers the two forms
//! that close the gap ([`super::gap_forms`]).

use super::gap_forms;
use super::problems::Problems;
use crate::desk::GapGroup;
use crate::t;
use crate::web::app::Dash;
use crate::web::error::WebError;
use crate::web::layout::{self, Nav};
use crate::web::period;
use crate::web::routes::html;
use crate::web::session::InGuild;
use crate::web::words::count;
use axum::extract::{Query, State};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use chrono::{DateTime, Utc};
use maud::{html, Markup};
use serde::Deserialize;

pub(super) fn routes() -> Router<Dash> {
    Router::new().route("/g/:guild/kb/gaps", get(gaps_page))
}

/// The most groups shown.
const MAX_GROUPS: usize = 50;

/// The most questions listed under a group (the count says how many there are).
const MAX_LISTED: usize = 25;

#[derive(Deserialize)]
struct GapsQuery {
    days: Option<String>,
}

/// A time as the dashboard shows it.
pub(super) fn when(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%d %H:%M UTC").to_string()
}

async fn gaps_page(
    State(dash): State<Dash>,
    g: InGuild,
    Query(q): Query<GapsQuery>,
) -> Result<impl IntoResponse, WebError> {
    let lang = g.lang();
    let days = period::days(lang, q.days.as_deref())?;
    let since = dash.clock.now() - chrono::Duration::days(i64::from(days));
    let groups = dash.desk.gap_groups(g.guild, since, MAX_GROUPS).await?;
    let kb = dash.kb.for_server(g.guild.0);
    let entries = gap_forms::entry_choices(&kb);
    let body = html! {
        p.muted {
            (t!(lang, "web-gaps-intro"))
            @if !g.access.edits_kb() { " " (t!(lang, "web-gaps-intro-editors")) }
        }
        (period::links(lang, days, ""))
        @if groups.is_empty() {
            p.muted { (t!(lang, "web-gaps-none")) }
        }
        @for (i, group) in groups.iter().enumerate() {
            section.panel aria-labelledby={ "gap-" (i) } {
                h2 #{ "gap-" (i) } { (group.representative) }
                (facts(&g, group))
                (questions(&g, group))
                @if g.access.edits_kb() {
                    div.grid2 {
                        (gap_forms::create_form(&g, &format!("g{i}"), &gap_forms::NewEntry::suggested(group), &Problems::default()))
                        (gap_forms::patterns_form(&g, &format!("g{i}"), &entries, &gap_forms::MorePatterns::suggested(group, &kb), &Problems::default()))
                    }
                }
            }
        }
    };
    Ok(html(layout::server_page(
        &g,
        Nav::Gaps,
        &t!(lang, "web-gaps-title"),
        body,
    )))
}

/// A ticket number, linked to its page.
fn ticket_link(g: &InGuild, no: i64) -> Markup {
    html! { a href={ "/g/" (g.guild.0) "/tickets/" (no) } { "#" (no) } }
}

/// How many asked, how many tickets (linked), the newest.
fn facts(g: &InGuild, group: &GapGroup) -> Markup {
    let lang = g.lang();
    let mut tickets: Vec<i64> = group
        .questions
        .iter()
        .filter_map(|q| q.ticket.map(|t| t.0))
        .collect();
    tickets.sort_unstable();
    tickets.dedup();
    html! {
        p {
            strong { (count(lang, group.count)) } " " (t!(lang, "web-gaps-questions", count = group.count))
            ", " strong { (count(lang, group.tickets)) } " " (t!(lang, "web-gaps-became-tickets", count = group.tickets))
            @if !tickets.is_empty() {
                ": "
                @for (k, no) in tickets.iter().enumerate() {
                    @if k > 0 { ", " }
                    (ticket_link(g, *no))
                }
            }
            "; " (t!(lang, "web-gaps-latest", when = when(group.latest)))
        }
    }
}

/// The group's questions, newest first (the first [`MAX_LISTED`]).
fn questions(g: &InGuild, group: &GapGroup) -> Markup {
    let lang = g.lang();
    html! {
        details {
            summary { (t!(lang, "web-gaps-the-questions")) }
            ul {
                @for q in group.questions.iter().take(MAX_LISTED) {
                    li {
                        span.body { (q.text) }
                        " " span.muted { (when(q.at)) }
                        @if let Some(t) = q.ticket { " · " (t!(lang, "web-gaps-ticket")) " " (ticket_link(g, t.0)) }
                    }
                }
            }
            @if group.questions.len() > MAX_LISTED {
                p.muted { (t!(lang, "web-gaps-more", count = group.questions.len() - MAX_LISTED)) }
            }
        }
    }
}
