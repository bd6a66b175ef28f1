//! `/`: the servers the signed-in person may see (a link login goes straight to its own).

use super::html;
use crate::t;
use crate::web::app::Dash;
use crate::web::error::WebError;
use crate::web::layout;
use crate::web::session::{access_of, guild_name, Signed};
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use maud::html;

pub(super) fn routes() -> Router<Dash> {
    Router::new().route("/", get(home))
}

async fn home(State(dash): State<Dash>, signed: Signed) -> Result<Response, WebError> {
    if let (None, Some(g)) = (signed.session.user, signed.session.guild) {
        return Ok(Redirect::to(&format!("/g/{}", g.0)).into_response());
    }
    let lang = signed.lang;
    let known = dash.desk.known_guilds().await?;
    let mut servers = Vec::new();
    for g in signed.session.guilds.iter().filter(|g| known.contains(g)) {
        let server = dash.desk.server(*g).await?;
        if let Some(access) = access_of(&dash, &signed.session, *g, &server).await? {
            servers.push((*g, guild_name(&dash, *g, lang).await, access));
        }
    }
    if let [(g, _, _)] = servers.as_slice() {
        return Ok(Redirect::to(&format!("/g/{}", g.0)).into_response());
    }
    Ok(html(layout::signed_page(
        &signed,
        &t!(lang, "web-home-title"),
        html! {
            @if servers.is_empty() {
                p.notice { (t!(lang, "web-home-none")) }
            } @else {
                div.cards {
                    @for (g, name, access) in &servers {
                        a.card href={ "/g/" (g.0) } {
                            div.value { (name) }
                            div.sub { (t!(lang, "web-home-access", access = layout::access_label(lang, *access))) }
                        }
                    }
                }
            }
        },
    ))
    .into_response())
}
