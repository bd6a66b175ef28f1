//! `/g/{guild}/tickets/{number}`: one ticket of a server: its header (status, people,
//! times, rating), its form's answers, its history, its messages and its staff notes; and
//! its transcript to download, as HTML (`…/transcript.html`) or Markdown (`…/transcript.md`).
//! A number that is not one of this server's tickets is a 404: another server's ticket is
//! never shown.

use super::html;
use super::ticket_transcript::{messages, notes};
use super::tickets::{download, name_of, priority_name, stars, status_chip, when};
use crate::desk::DeskError;
use crate::i18n::Lang;
use crate::t;
use crate::tickets::transcript::{event_line, Transcript};
use crate::tickets::{text, Refusal, Ticket, TicketNo};
use crate::web::app::Dash;
use crate::web::error::WebError;
use crate::web::layout::{self, Nav};
use crate::web::session::InGuild;
use crate::web::words::dur;
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use maud::{html, Markup};
use std::collections::HashMap;

pub(super) fn routes() -> Router<Dash> {
    Router::new()
        .route("/g/:guild/tickets/:number", get(page))
        .route("/g/:guild/tickets/:number/transcript.html", get(as_html))
        .route("/g/:guild/tickets/:number/transcript.md", get(as_markdown))
}

/// The downloaded HTML transcript may run nothing and load nothing, even opened from here.
const TRANSCRIPT_CSP: &str = "default-src 'none'; style-src 'unsafe-inline'";

/// The ticket `/g/{guild}/tickets/{number}` names, if it is one of `g`'s; else a 404.
async fn found(
    dash: &Dash,
    g: &InGuild,
    path: &HashMap<String, String>,
) -> Result<Ticket, WebError> {
    let missing = || WebError::not_found(t!(g.lang(), "web-error-no-such-ticket"));
    let no = path
        .get("number")
        .and_then(|n| n.parse::<i64>().ok())
        .filter(|n| *n > 0)
        .map(TicketNo)
        .ok_or_else(missing)?;
    match dash.desk.ticket_by_number(g.guild, no).await {
        // The store looks it up in this server only; checked again all the same.
        Ok(t) if t.guild == g.guild => Ok(t),
        Ok(_) | Err(DeskError::Refused(Refusal::NoSuchTicket(_))) => Err(missing()),
        Err(e) => Err(e.into()),
    }
}

async fn page(
    State(dash): State<Dash>,
    g: InGuild,
    Path(path): Path<HashMap<String, String>>,
) -> Result<impl IntoResponse, WebError> {
    let lang = g.lang();
    let ticket = found(&dash, &g, &path).await?;
    let tr = dash.desk.transcript(ticket.id).await?;
    let t = &tr.ticket;
    let base = format!("/g/{}/tickets/{}", g.guild.0, t.no.0);
    let title = t!(
        lang,
        "web-ticket-title",
        ticket = t.no.to_string(),
        topic = text::one_line(&t.topic)
    );
    let body = html! {
        p {
            a href={ "/g/" (g.guild.0) "/tickets" } { (t!(lang, "web-ticket-all")) }
            " · "
            a href={ (base) "/transcript.html" } download { (t!(lang, "web-ticket-download-html")) }
            " · "
            a href={ (base) "/transcript.md" } download { (t!(lang, "web-ticket-download-md")) }
        }
        (header(lang, &tr))
        @if !tr.answers.is_empty() {
            h2 { (t!(lang, "web-ticket-form")) }
            div.table-wrap { table { tbody { @for a in &tr.answers { tr {
                th { (text::one_line(&a.question)) }
                td { (lines(&a.answer)) }
            } } } } }
        }
        h2 { (t!(lang, "web-ticket-history")) }
        (timeline(lang, &tr))
        h2 { (t!(lang, "web-ticket-messages")) }
        (messages(lang, &tr.messages))
        // Staff only: every person who may open a server's pages (`InGuild`) is one of its
        // agents, moderators or managers, so every one of them may read the notes.
        h2 { (t!(lang, "web-ticket-notes")) }
        (notes(lang, &tr))
    };
    Ok(html(layout::server_page(&g, Nav::Tickets, &title, body)))
}

/// The ticket's facts, one row each.
fn header(lang: Lang, tr: &Transcript) -> Markup {
    let t = &tr.ticket;
    let who = |u| name_of(lang, &tr.names, u);
    let first_response = t
        .first_response_at
        .map(|at| (at, dur(lang, Some((at - t.opened_at).num_seconds()))));
    let none = t!(lang, "web-ticket-none");
    html! {
        div.table-wrap { table { tbody {
            tr { th { (t!(lang, "web-col-topic")) } td { (text::one_line(&t.topic)) } }
            tr { th { (t!(lang, "web-col-status")) } td {
                (status_chip(lang, t.status))
                @if t.closed_inactive { " " span.muted { (t!(lang, "web-ticket-closed-inactive")) } }
            } }
            tr { th { (t!(lang, "web-col-tier")) } td { (t.tier.0) } }
            tr { th { (t!(lang, "web-col-priority")) } td { (priority_name(lang, t.priority)) } }
            tr { th { (t!(lang, "web-col-category")) } td {
                @if let Some(c) = &tr.category { (c) } @else { span.muted { (none) } }
            } }
            tr { th { (t!(lang, "web-col-tags")) } td {
                @for tag in &tr.tags { span.chip { (tag) } " " }
                @if tr.tags.is_empty() { span.muted { (none) } }
            } }
            tr { th { (t!(lang, "web-col-owner")) } td { (who(t.owner)) } }
            @if t.opened_by != t.owner {
                tr { th { (t!(lang, "web-ticket-opened-by")) } td { (who(t.opened_by)) } }
            }
            tr { th { (t!(lang, "web-col-holder")) } td {
                @if let Some(h) = t.claimed_by { (who(h)) } @else { span.muted { (t!(lang, "web-ticket-nobody-yet")) } }
            } }
            tr { th { (t!(lang, "web-col-opened")) } td { (when(t.opened_at)) } }
            tr { th { (t!(lang, "web-ticket-first-response")) } td {
                @if let Some((at, after)) = &first_response {
                    (t!(lang, "web-ticket-first-response-after", after = after.as_str())) " (" (when(*at)) ")"
                } @else { span.muted { (t!(lang, "web-ticket-none-yet")) } }
            } }
            @if let Some(c) = t.closed_at {
                tr { th { (t!(lang, "web-col-closed")) } td {
                    (when(c))
                    @if let Some(by) = t.closed_by { " " (t!(lang, "web-ticket-closed-by", name = who(by))) }
                } }
            }
            @if let Some(r) = &t.resolution {
                tr { th { (t!(lang, "web-ticket-resolution")) } td { (text::one_line(r)) } }
            }
            @if t.reopen_count > 0 {
                tr { th { (t!(lang, "web-ticket-reopened")) } td { (t!(lang, "web-ticket-reopened-times", count = t.reopen_count)) } }
            }
            tr { th { (t!(lang, "web-col-rating")) } td {
                @if let Some(s) = tr.rating { (stars(lang, s)) " " (t!(lang, "web-ticket-rating-from-owner", score = s)) }
                @else { span.muted { (t!(lang, "web-ticket-not-rated")) } }
            } }
        } } }
    }
}

/// Multi-line member text with its line breaks kept.
fn lines(s: &str) -> Markup {
    html! {
        @for (i, line) in text::clean(s).split('\n').enumerate() {
            @if i > 0 { br; }
            (line)
        }
    }
}

/// Every event, oldest first, in words: what, who, when.
fn timeline(lang: Lang, tr: &Transcript) -> Markup {
    if tr.events.is_empty() {
        return html! { p.muted { (t!(lang, "web-ticket-no-history")) } };
    }
    html! {
        ol.timeline {
            @for e in &tr.events {
                li {
                    span.muted { (when(e.at)) } " "
                    // Plain text in, escaped by maud on the way out.
                    (event_line(lang, e, |u| name_of(lang, &tr.names, u), str::to_string))
                }
            }
        }
    }
}

async fn as_html(
    State(dash): State<Dash>,
    g: InGuild,
    Path(path): Path<HashMap<String, String>>,
) -> Result<Response, WebError> {
    let t = found(&dash, &g, &path).await?;
    let doc = dash.desk.transcript_html(t.id, g.lang()).await?;
    let name = format!("ticket-{}-{}.html", g.guild.0, t.no.0);
    let mut res = download(doc, "text/html; charset=utf-8", &name);
    res.headers_mut().insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(TRANSCRIPT_CSP),
    );
    Ok(res)
}

async fn as_markdown(
    State(dash): State<Dash>,
    g: InGuild,
    Path(path): Path<HashMap<String, String>>,
) -> Result<Response, WebError> {
    let t = found(&dash, &g, &path).await?;
    let doc = dash.desk.transcript_markdown(t.id, g.lang()).await?;
    let name = format!("ticket-{}-{}.md", g.guild.0, t.no.0);
    Ok(download(doc, "text/markdown; charset=utf-8", &name))
}
