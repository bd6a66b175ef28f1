//! `/g/{guild}/tickets`: a server's tickets, filtered by the URL's query (status, tier,
//! category, tag, agent, priority, opening dates, text), newest first, a page at a time;
//! `/g/{guild}/tickets.csv`: the same tickets as a spreadsheet file. Every person who may
//! see the server (agents and above) may see both. [`query`] reads the URL's query.

mod query;

use super::html;
use crate::desk::{Tag, TicketListRow, TicketPage};
use crate::i18n::Lang;
use crate::t;
use crate::tickets::{text, AuthorKind, Priority, Status, UserId};
use crate::web::app::Dash;
use crate::web::error::WebError;
use crate::web::layout::{self, Nav};
use crate::web::session::InGuild;
use crate::web::words::count;
use axum::extract::{RawQuery, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use chrono::{DateTime, SecondsFormat, Utc};
use maud::{html, Markup};
use query::{Asked, PER_PAGE};
use std::collections::HashMap;

pub(super) fn routes() -> Router<Dash> {
    Router::new()
        .route("/g/:guild/tickets", get(list))
        .route("/g/:guild/tickets.csv", get(csv))
        .merge(super::ticket::routes())
}

async fn list(
    State(dash): State<Dash>,
    g: InGuild,
    RawQuery(raw): RawQuery,
) -> Result<impl IntoResponse, WebError> {
    let lang = g.lang();
    let asked = Asked::parse(lang, raw.as_deref())?;
    let filter = asked.filter(lang)?;
    let (page, tags) = tokio::try_join!(
        dash.desk.ticket_list(g.guild, &filter, asked.page(lang)?),
        dash.desk.tags(g.guild),
    )?;
    let mut people: Vec<UserId> = page
        .rows
        .iter()
        .flat_map(|r| std::iter::once(r.owner).chain(r.holder))
        .collect();
    people.extend(filter.agent);
    let names = dash.desk.names_of(&people).await?;
    let base = format!("/g/{}/tickets", g.guild.0);
    let body = html! {
        (form(&g, &asked, &tags, &page.rows, &names))
        p {
            strong { (count(lang, page.total)) } " " (t!(lang, "web-tickets-found", count = page.total))
            " · "
            a.button.secondary href={ (base) ".csv?" (asked.query(None)) } download { (t!(lang, "web-tickets-csv")) }
        }
        @if page.rows.is_empty() {
            p.notice { (t!(lang, "web-tickets-none")) }
        } @else {
            (table(&g, &page.rows, &names))
        }
        (pager(lang, &base, &asked, &page))
    };
    Ok(html(layout::server_page(
        &g,
        Nav::Tickets,
        &t!(lang, "web-nav-tickets"),
        body,
    )))
}

/// The list as CSV, with the same filters, as a file to save.
async fn csv(
    State(dash): State<Dash>,
    g: InGuild,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let lang = g.lang();
    let filter = Asked::parse(lang, raw.as_deref())?.filter(lang)?;
    // The file's column headings stay English in every language: they are machine headings
    // (for spreadsheets and scripts that read them by name), as `concierge` writes them.
    let file = dash.desk.tickets_csv(g.guild, &filter).await?;
    let name = format!(
        "tickets-{}-{}.csv",
        g.guild.0,
        dash.clock.now().format("%Y-%m-%d")
    );
    Ok(download(file, "text/csv; charset=utf-8", &name))
}

/// `body` as a file the browser saves as `filename` (ours: no quote or odd character).
pub(super) fn download(body: String, content_type: &'static str, filename: &str) -> Response {
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{filename}\""))
        .unwrap_or(HeaderValue::from_static("attachment"));
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        body,
    )
        .into_response()
}

/// A time as the pages show it (UTC), machine-readable too.
pub(super) fn when(t: DateTime<Utc>) -> Markup {
    html! { time datetime=(t.to_rfc3339_opts(SecondsFormat::Secs, true)) { (t.format("%Y-%m-%d %H:%M UTC")) } }
}

/// A status in words.
pub(super) fn status_name(lang: Lang, s: Status) -> String {
    match s {
        Status::Open => t!(lang, "web-status-open"),
        Status::Claimed => t!(lang, "web-status-claimed"),
        Status::Closed => t!(lang, "web-status-closed"),
    }
}

/// A status as a coloured chip.
pub(super) fn status_chip(lang: Lang, s: Status) -> Markup {
    html! { span class={ "chip status-" (s.as_str()) } { (status_name(lang, s)) } }
}

/// A priority in words.
pub(super) fn priority_name(lang: Lang, p: Priority) -> String {
    match p {
        Priority::Low => t!(lang, "web-priority-low"),
        Priority::Normal => t!(lang, "web-priority-normal"),
        Priority::High => t!(lang, "web-priority-high"),
        Priority::Urgent => t!(lang, "web-priority-urgent"),
    }
}

/// Who wrote a message, in words.
pub(super) fn author_kind(lang: Lang, k: AuthorKind) -> String {
    match k {
        AuthorKind::Member => t!(lang, "web-author-member"),
        AuthorKind::Agent => t!(lang, "web-author-agent"),
        AuthorKind::Bot => t!(lang, "web-author-bot"),
    }
}

/// A rating as stars, out of five.
pub(super) fn stars(lang: Lang, score: u8) -> Markup {
    let score = score.min(5);
    let n = usize::from(score);
    html! { span title=(t!(lang, "web-stars-title", score = score)) { ("★".repeat(n)) ("☆".repeat(5 - n)) } }
}

/// A person by the name the bot last saw, else by id.
pub(super) fn name_of(lang: Lang, names: &HashMap<UserId, String>, user: UserId) -> String {
    names.get(&user).map_or_else(
        || t!(lang, "web-user-fallback", id = user.to_string()),
        |n| text::one_line(n),
    )
}

fn form(
    g: &InGuild,
    a: &Asked,
    tags: &[Tag],
    rows: &[TicketListRow],
    names: &HashMap<UserId, String>,
) -> Markup {
    let lang = g.lang();
    let status = a.status.first().map_or("", String::as_str);
    let categories = &g.server.categories;
    let removed = !a.category.is_empty()
        && a.category != "none"
        && !categories.iter().any(|c| c.id.0.to_string() == a.category);
    let mut agents: Vec<UserId> = rows.iter().filter_map(|r| r.holder).collect();
    agents.sort_unstable();
    agents.dedup();
    let per = if a.per.is_empty() {
        PER_PAGE.to_string()
    } else {
        a.per.clone()
    };
    html! {
        form.filters method="get" action={ "/g/" (g.guild.0) "/tickets" } {
            label { (t!(lang, "web-filter-status")) br;
                select name="status" {
                    option value="" { (t!(lang, "web-filter-any")) }
                    @for (v, label) in [("active", "web-filter-active"), ("open", "web-filter-open"), ("claimed", "web-filter-claimed"), ("closed", "web-filter-closed")] {
                        option value=(v) selected[status == v] { (t!(lang, label)) }
                    }
                }
            }
            label { (t!(lang, "web-filter-tier")) br; input type="number" name="tier" min="1" max="255" size="3" value=(a.tier); }
            label { (t!(lang, "web-filter-category")) br;
                select name="category" {
                    option value="" { (t!(lang, "web-filter-any")) }
                    option value="none" selected[a.category == "none"] { (t!(lang, "web-filter-no-category")) }
                    @for c in categories {
                        option value=(c.id.0) selected[a.category == c.id.0.to_string()] { (c.name) }
                    }
                    @if removed { option value=(a.category) selected { (t!(lang, "web-filter-removed-category", id = a.category.as_str())) } }
                }
            }
            label { (t!(lang, "web-filter-tag")) br;
                select name="tag" {
                    option value="" { (t!(lang, "web-filter-any")) }
                    @for t in tags { option value=(t.name) selected[a.tag == t.name] { (t.name) } }
                    @if !a.tag.is_empty() && !tags.iter().any(|t| t.name == a.tag) {
                        option value=(a.tag) selected { (a.tag) }
                    }
                }
            }
            label { (t!(lang, "web-filter-agent")) br;
                input type="text" name="agent" inputmode="numeric" list="agents" size="20" value=(a.agent);
                datalist id="agents" {
                    @for u in &agents { option value=(u.0) { (name_of(lang, names, *u)) } }
                }
            }
            label { (t!(lang, "web-filter-priority")) br;
                select name="priority" {
                    option value="" { (t!(lang, "web-filter-any")) }
                    @for p in Priority::ALL { option value=(p.as_str()) selected[a.priority == p.as_str()] { (priority_name(lang, p)) } }
                }
            }
            label { (t!(lang, "web-filter-from")) br; input type="date" name="from" value=(a.from); }
            label { (t!(lang, "web-filter-to")) br; input type="date" name="to" value=(a.to); }
            label { (t!(lang, "web-filter-text")) br; input type="search" name="q" maxlength="200" value=(a.q); }
            label { (t!(lang, "web-filter-per-page")) br;
                select name="per" {
                    @for n in ["25", "50", "100"] { option value=(n) selected[per == n] { (n) } }
                    @if !["25", "50", "100"].contains(&per.as_str()) { option value=(per) selected { (per) } }
                }
            }
            button type="submit" { (t!(lang, "web-filter-submit")) }
            a href={ "/g/" (g.guild.0) "/tickets" } { (t!(lang, "web-filter-clear")) }
        }
    }
}

fn table(g: &InGuild, rows: &[TicketListRow], names: &HashMap<UserId, String>) -> Markup {
    let lang = g.lang();
    html! {
        div.table-wrap { table {
            thead { tr {
                th.num { (t!(lang, "web-col-number")) } th { (t!(lang, "web-col-topic")) } th { (t!(lang, "web-col-status")) }
                th.num { (t!(lang, "web-col-tier")) } th { (t!(lang, "web-col-priority")) }
                th { (t!(lang, "web-col-category")) } th { (t!(lang, "web-col-tags")) } th { (t!(lang, "web-col-owner")) }
                th { (t!(lang, "web-col-holder")) } th { (t!(lang, "web-col-opened")) }
                th { (t!(lang, "web-col-closed")) } th { (t!(lang, "web-col-rating")) }
            } }
            tbody { @for r in rows { tr {
                td.num { a href={ "/g/" (g.guild.0) "/tickets/" (r.no.0) } { (r.no) } }
                td { a href={ "/g/" (g.guild.0) "/tickets/" (r.no.0) } { (text::one_line(&r.topic)) } }
                td { (status_chip(lang, r.status)) }
                td.num { (r.tier.0) }
                td { (priority_name(lang, r.priority)) }
                td { @if let Some(c) = &r.category_name { (c) } @else { span.muted { "-" } } }
                td { @for t in &r.tags { span.chip { (t) } " " } }
                td { (name_of(lang, names, r.owner)) }
                td { @if let Some(h) = r.holder { (name_of(lang, names, h)) } @else { span.muted { "-" } } }
                td { (when(r.opened_at)) }
                td { @if let Some(c) = r.closed_at { (when(c)) } @else { span.muted { "-" } } }
                td { @if let Some(s) = r.rating { (stars(lang, s)) } @else { span.muted { "-" } } }
            } } }
        } }
    }
}

fn pager(lang: Lang, base: &str, a: &Asked, page: &TicketPage) -> Markup {
    let (n, pages) = (u64::from(page.page.number), page.page_count());
    html! {
        nav.pager aria-label=(t!(lang, "web-pager-label")) {
            @if n > 1 {
                a rel="prev" href={ (base) "?" (a.query(Some(page.page.number - 1))) } { (t!(lang, "web-pager-previous")) }
            }
            span { (t!(lang, "web-pager-page", page = n, pages = pages, total = page.total)) }
            @if n < pages {
                a rel="next" href={ (base) "?" (a.query(Some(page.page.number + 1))) } { (t!(lang, "web-pager-next")) }
            }
        }
    }
}
