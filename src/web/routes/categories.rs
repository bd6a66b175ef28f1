//! `/g/{guild}/categories`: the server's ticket categories in panel order: emoji, name,
//! description, team, first-response target, starting priority, inactivity, and the form's
//! questions. Read only here: `/category` in Discord changes them, because a change there
//! also refreshes every posted panel, which only the bot can do.

use super::html;
use crate::desk::ServerNames;
use crate::tickets::category::form_text;
use crate::web::app::Dash;
use crate::web::error::WebError;
use crate::web::layout::{self, Nav};
use crate::web::session::InGuild;
use axum::extract::State;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use maud::html;

pub(super) fn routes() -> Router<Dash> {
    Router::new().route("/g/:guild/categories", get(categories))
}

fn role(names: &ServerNames, id: Option<u64>) -> String {
    match id {
        None => "the tier-1 role".to_string(),
        Some(id) => names
            .name_of(id)
            .map_or_else(|| format!("role {id}"), |n| format!("@{n}")),
    }
}

async fn categories(State(dash): State<Dash>, g: InGuild) -> Result<impl IntoResponse, WebError> {
    let names = dash.directory.names(g.guild).await.unwrap_or_default();
    let cats = &g.server.categories;
    let body = html! {
        p.muted {
            "Moderators and members with Manage Server change categories with "
            code { "/category add|edit|remove" } " in Discord, which also updates every ticket panel."
        }
        @if cats.is_empty() {
            p.notice { "No categories: every ticket is alike. Add one with " code { "/category add" } "." }
        } @else {
            div.table-wrap { table {
                thead { tr {
                    th { "Category" } th { "Team" } th { "First response" } th { "Priority" }
                    th { "Asks “Is this solved?”" } th { "Form" }
                } }
                tbody { @for c in cats { tr {
                    td {
                        strong { (c.label()) }
                        @if !c.description.is_empty() { div.muted { (c.description) } }
                    }
                    td { (role(&names, c.team_role)) }
                    td { @match c.first_response_minutes {
                        Some(m) => { (m) " min" },
                        None => span.muted { "the server's" },
                    } }
                    td { (c.priority.as_str()) }
                    td { @if c.inactivity { "yes" } @else { "no" } }
                    td {
                        @if c.form.is_empty() { span.muted { "(the topic only)" } }
                        @else { pre { (form_text(&c.form)) } }
                    }
                } } }
            } }
        }
    };
    Ok(html(layout::server_page(
        &g,
        Nav::Categories,
        "Categories",
        body,
    )))
}
