//! `/g/{guild}/categories`: the server's ticket categories in panel order: emoji, name,
//! description, team, first-response target, starting priority, inactivity, and the form's
//! questions. Read only here: `/category` in Discord changes them, because a change there
//! also refreshes every posted panel, which only the bot can do.

use super::html;
use super::tickets::priority_name;
use crate::desk::ServerNames;
use crate::i18n::Lang;
use crate::t;
use crate::tickets::Question;
use crate::web::app::Dash;
use crate::web::error::WebError;
use crate::web::layout::{self, Nav};
use crate::web::session::InGuild;
use crate::web::words::{code, rich};
use axum::extract::State;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use maud::html;

pub(super) fn routes() -> Router<Dash> {
    Router::new().route("/g/:guild/categories", get(categories))
}

fn role(lang: Lang, names: &ServerNames, id: Option<u64>) -> String {
    match id {
        None => t!(lang, "web-categories-tier-1-role"),
        Some(id) => names.name_of(id).map_or_else(
            || t!(lang, "web-categories-role", id = id.to_string()),
            |n| format!("@{n}"),
        ),
    }
}

/// A form's questions, one a line: the label, its kind, whether required, and its length
/// limits (as `/category` takes them, with the words in the reader's language).
fn form_text(lang: Lang, form: &[Question]) -> String {
    form.iter()
        .map(|q| {
            let kind = if q.paragraph {
                t!(lang, "web-form-paragraph")
            } else {
                t!(lang, "web-form-short")
            };
            let required = if q.required {
                t!(lang, "web-form-required")
            } else {
                t!(lang, "web-form-optional")
            };
            format!("{} | {kind} | {required} | {}-{}", q.label, q.min, q.max)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

async fn categories(State(dash): State<Dash>, g: InGuild) -> Result<impl IntoResponse, WebError> {
    let lang = g.lang();
    let names = dash.directory.names(g.guild).await.unwrap_or_default();
    let cats = &g.server.categories;
    let body = html! {
        p.muted {
            (rich(lang, "web-categories-intro", Default::default(),
                &[("command", code("/category add|edit|remove"))]))
        }
        @if cats.is_empty() {
            p.notice {
                (rich(lang, "web-categories-none", Default::default(),
                    &[("command", code("/category add"))]))
            }
        } @else {
            div.table-wrap { table {
                thead { tr {
                    th { (t!(lang, "web-col-category")) } th { (t!(lang, "web-col-team")) }
                    th { (t!(lang, "web-col-first-response")) } th { (t!(lang, "web-col-priority")) }
                    th { (t!(lang, "web-col-asks-solved")) } th { (t!(lang, "web-col-form")) }
                } }
                tbody { @for c in cats { tr {
                    td {
                        strong { (c.label()) }
                        @if !c.description.is_empty() { div.muted { (c.description) } }
                    }
                    td { (role(lang, &names, c.team_role)) }
                    td { @match c.first_response_minutes {
                        Some(m) => { (t!(lang, "web-minutes", minutes = m)) },
                        None => span.muted { (t!(lang, "web-categories-servers")) },
                    } }
                    td { (priority_name(lang, c.priority)) }
                    td { @if c.inactivity { (t!(lang, "web-yes")) } @else { (t!(lang, "web-no")) } }
                    td {
                        @if c.form.is_empty() { span.muted { (t!(lang, "web-categories-topic-only")) } }
                        @else { pre { (form_text(lang, &c.form)) } }
                    }
                } } }
            } }
        }
    };
    Ok(html(layout::server_page(
        &g,
        Nav::Categories,
        &t!(lang, "web-nav-categories"),
        body,
    )))
}
