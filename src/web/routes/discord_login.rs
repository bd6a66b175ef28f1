//! "Sign in with Discord": `/login/discord` sends the person to Discord's authorize page with
//! a random `state` (also kept in a short-lived HttpOnly cookie); `/login/discord/callback`
//! checks the state came back unchanged, exchanges the code, and signs in the person Discord
//! vouches for with the servers Discord lists for them.

use super::login::signed_in;
use crate::desk::{new_token, same_secret};
use crate::i18n::Lang;
use crate::t;
use crate::tickets::{GuildId, UserId};
use crate::web::app::Dash;
use crate::web::discord_oauth::{authorize_url, person};
use crate::web::error::WebError;
use crate::web::session::{cookie, set_cookie, UiLang};
use axum::extract::{Query, State};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use serde::Deserialize;

/// The cookie holding the state of a sign-in under way.
const STATE_COOKIE: &str = "concierge_oauth_state";
/// Seconds a sign-in may take at Discord.
const STATE_SECONDS: i64 = 600;

pub(super) fn routes() -> Router<Dash> {
    Router::new()
        .route("/login/discord", get(start))
        .route("/login/discord/callback", get(callback))
}

fn not_set_up(lang: Lang) -> WebError {
    WebError::not_found(t!(lang, "web-error-discord-login-off"))
}

fn redirect_uri(dash: &Dash) -> String {
    format!("{}/login/discord/callback", dash.base_url())
}

async fn start(State(dash): State<Dash>, UiLang(lang): UiLang) -> Result<Response, WebError> {
    let app = dash.config.oauth.as_ref().ok_or_else(|| not_set_up(lang))?;
    let state = new_token();
    let to = authorize_url(&dash.discord_base, app, &redirect_uri(&dash), &state);
    Ok((
        [set_cookie(
            STATE_COOKIE,
            &state,
            STATE_SECONDS,
            dash.config.secure(),
        )],
        Redirect::to(&to),
    )
        .into_response())
}

#[derive(Deserialize)]
struct Callback {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
}

async fn callback(
    State(dash): State<Dash>,
    UiLang(lang): UiLang,
    parts: Parts,
    Query(q): Query<Callback>,
) -> Result<Response, WebError> {
    let app = dash.config.oauth.as_ref().ok_or_else(|| not_set_up(lang))?;
    let forget_state = set_cookie(STATE_COOKIE, "", 0, dash.config.secure());
    let expected = cookie(&parts, STATE_COOKIE).unwrap_or("");
    let came_back = q.state.as_deref().unwrap_or("");
    if expected.is_empty() || !same_secret(expected, came_back) {
        return Err(WebError::bad_request(t!(lang, "web-error-oauth-state")));
    }
    if q.error.is_some() {
        return Ok(([forget_state], Redirect::to("/login?m=denied")).into_response());
    }
    let code = q
        .code
        .filter(|c| !c.is_empty())
        .ok_or_else(|| WebError::bad_request(t!(lang, "web-error-oauth-no-code")))?;
    let who = person(
        &dash.http,
        &dash.discord_base,
        app,
        &code,
        &redirect_uri(&dash),
    )
    .await
    .map_err(|e| {
        tracing::warn!(error = %e, "a Discord sign-in failed");
        WebError::Page(
            StatusCode::BAD_GATEWAY,
            t!(lang, "web-error-oauth-failed", error = e.said(lang)),
        )
    })?;
    let guilds = who.guilds.into_iter().map(GuildId).collect();
    let (token, session) = dash
        .desk
        .sign_in(UserId(who.id), &who.name, guilds, dash.clock.now())
        .await?;
    tracing::info!(user = who.id, "signed in to the dashboard with Discord");
    let mut res = signed_in(&dash, &token, &session, "/");
    res.headers_mut().append(forget_state.0, forget_state.1);
    Ok(res)
}
