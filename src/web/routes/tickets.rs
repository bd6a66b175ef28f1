//! `/g/{guild}/tickets`: a server's tickets, filtered by the URL's query (status, tier,
//! category, tag, agent, priority, opening dates, text), newest first, a page at a time;
//! `/g/{guild}/tickets.csv`: the same tickets as a spreadsheet file. Every person who may
//! see the server (agents and above) may see both. [`query`] reads the URL's query.

mod query;

use super::html;
use crate::desk::{Tag, TicketListRow, TicketPage};
use crate::tickets::{text, Priority, Status, UserId};
use crate::web::app::Dash;
use crate::web::error::WebError;
use crate::web::layout::{self, Nav};
use crate::web::session::InGuild;
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
    let asked = Asked::parse(raw.as_deref())?;
    let filter = asked.filter()?;
    let (page, tags) = tokio::try_join!(
        dash.desk.ticket_list(g.guild, &filter, asked.page()?),
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
            strong { (page.total) } @if page.total == 1 { " ticket" } @else { " tickets" }
            " · "
            a.button.secondary href={ (base) ".csv?" (asked.query(None)) } download { "Download CSV" }
        }
        @if page.rows.is_empty() {
            p.notice { "No ticket matches these filters." }
        } @else {
            (table(&g, &page.rows, &names))
        }
        (pager(&base, &asked, &page))
    };
    Ok(html(layout::server_page(&g, Nav::Tickets, "Tickets", body)))
}

/// The list as CSV, with the same filters, as a file to save.
async fn csv(
    State(dash): State<Dash>,
    g: InGuild,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let filter = Asked::parse(raw.as_deref())?.filter()?;
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

/// A status as a coloured chip.
pub(super) fn status_chip(s: Status) -> Markup {
    html! { span class={ "chip status-" (s.as_str()) } { (s) } }
}

/// A rating as stars, out of five.
pub(super) fn stars(score: u8) -> Markup {
    let score = usize::from(score.min(5));
    html! { span title={ (score) " out of 5" } { ("★".repeat(score)) ("☆".repeat(5 - score)) } }
}

/// A person by the name the bot last saw, else by id.
pub(super) fn name_of(names: &HashMap<UserId, String>, user: UserId) -> String {
    names
        .get(&user)
        .map_or_else(|| format!("user {user}"), |n| text::one_line(n))
}

fn form(
    g: &InGuild,
    a: &Asked,
    tags: &[Tag],
    rows: &[TicketListRow],
    names: &HashMap<UserId, String>,
) -> Markup {
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
            label { "Status" br;
                select name="status" {
                    option value="" { "Any" }
                    @for (v, label) in [("active", "Open or claimed"), ("open", "Open"), ("claimed", "Claimed"), ("closed", "Closed")] {
                        option value=(v) selected[status == v] { (label) }
                    }
                }
            }
            label { "Tier" br; input type="number" name="tier" min="1" max="255" size="3" value=(a.tier); }
            label { "Category" br;
                select name="category" {
                    option value="" { "Any" }
                    option value="none" selected[a.category == "none"] { "No category" }
                    @for c in categories {
                        option value=(c.id.0) selected[a.category == c.id.0.to_string()] { (c.name) }
                    }
                    @if removed { option value=(a.category) selected { "category " (a.category) } }
                }
            }
            label { "Tag" br;
                select name="tag" {
                    option value="" { "Any" }
                    @for t in tags { option value=(t.name) selected[a.tag == t.name] { (t.name) } }
                    @if !a.tag.is_empty() && !tags.iter().any(|t| t.name == a.tag) {
                        option value=(a.tag) selected { (a.tag) }
                    }
                }
            }
            label { "Agent (user id)" br;
                input type="text" name="agent" inputmode="numeric" list="agents" size="20" value=(a.agent);
                datalist id="agents" {
                    @for u in &agents { option value=(u.0) { (name_of(names, *u)) } }
                }
            }
            label { "Priority" br;
                select name="priority" {
                    option value="" { "Any" }
                    @for p in Priority::ALL { option value=(p.as_str()) selected[a.priority == p.as_str()] { (p) } }
                }
            }
            label { "Opened from" br; input type="date" name="from" value=(a.from); }
            label { "to (UTC)" br; input type="date" name="to" value=(a.to); }
            label { "Text in topic or messages" br; input type="search" name="q" maxlength="200" value=(a.q); }
            label { "Per page" br;
                select name="per" {
                    @for n in ["25", "50", "100"] { option value=(n) selected[per == n] { (n) } }
                    @if !["25", "50", "100"].contains(&per.as_str()) { option value=(per) selected { (per) } }
                }
            }
            button type="submit" { "Filter" }
            a href={ "/g/" (g.guild.0) "/tickets" } { "Clear" }
        }
    }
}

fn table(g: &InGuild, rows: &[TicketListRow], names: &HashMap<UserId, String>) -> Markup {
    html! {
        div.table-wrap { table {
            thead { tr {
                th.num { "#" } th { "Topic" } th { "Status" } th.num { "Tier" } th { "Priority" }
                th { "Category" } th { "Tags" } th { "Owner" } th { "Holder" } th { "Opened" }
                th { "Closed" } th { "Rating" }
            } }
            tbody { @for r in rows { tr {
                td.num { a href={ "/g/" (g.guild.0) "/tickets/" (r.no.0) } { (r.no) } }
                td { a href={ "/g/" (g.guild.0) "/tickets/" (r.no.0) } { (text::one_line(&r.topic)) } }
                td { (status_chip(r.status)) }
                td.num { (r.tier.0) }
                td { (r.priority) }
                td { @if let Some(c) = &r.category_name { (c) } @else { span.muted { "-" } } }
                td { @for t in &r.tags { span.chip { (t) } " " } }
                td { (name_of(names, r.owner)) }
                td { @if let Some(h) = r.holder { (name_of(names, h)) } @else { span.muted { "-" } } }
                td { (when(r.opened_at)) }
                td { @if let Some(c) = r.closed_at { (when(c)) } @else { span.muted { "-" } } }
                td { @if let Some(s) = r.rating { (stars(s)) } @else { span.muted { "-" } } }
            } } }
        } }
    }
}

fn pager(base: &str, a: &Asked, page: &TicketPage) -> Markup {
    let (n, count) = (u64::from(page.page.number), page.page_count());
    html! {
        nav.pager aria-label="Pages" {
            @if n > 1 {
                a rel="prev" href={ (base) "?" (a.query(Some(page.page.number - 1))) } { "← Previous" }
            }
            span { "Page " (n) " of " (count) " · " (page.total) " in all" }
            @if n < count {
                a rel="next" href={ (base) "?" (a.query(Some(page.page.number + 1))) } { "Next →" }
            }
        }
    }
}
