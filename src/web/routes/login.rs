//! Signing in and out: the login page, one-time link logins (`concierge dashboard link`),
//! and signing out. A link is spent by a POST from its page, never by opening it (a link
//! preview or a prefetch cannot use it up).

use super::html;
use crate::i18n::Lang;
use crate::t;
use crate::web::app::Dash;
use crate::web::error::WebError;
use crate::web::layout;
use crate::web::session::{set_cookie, Signed, UiLang, COOKIE_NAME};
use crate::web::words::{code, rich};
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use maud::html;
use serde::Deserialize;

pub(super) fn routes() -> Router<Dash> {
    Router::new()
        .route("/login", get(login_page))
        .route("/login/link/:token", get(link_page).post(link_sign_in))
        .route("/logout", post(logout))
}

#[derive(Deserialize)]
struct Message {
    m: Option<String>,
}

/// Why someone was sent to the login page, in words.
fn message(lang: Lang, m: Option<&str>) -> Option<String> {
    let id = match m? {
        "signin" => "web-login-why-signin",
        "expired" => "web-login-why-expired",
        "signed_out" => "web-login-why-signed-out",
        "denied" => "web-login-why-denied",
        _ => return None,
    };
    Some(t!(lang, id))
}

async fn login_page(
    State(dash): State<Dash>,
    UiLang(lang): UiLang,
    Query(q): Query<Message>,
) -> impl IntoResponse {
    html(layout::bare_page(
        lang,
        &t!(lang, "web-login-title"),
        html! {
            @if let Some(text) = message(lang, q.m.as_deref()) {
                p.notice role="status" { (text) }
            }
            @if dash.config.oauth.is_some() {
                p { a.button href="/login/discord" { (t!(lang, "web-login-discord")) } }
                p.muted { (t!(lang, "web-login-discord-who")) }
            } @else {
                p.muted { (t!(lang, "web-login-discord-off")) }
            }
            h2 { (t!(lang, "web-login-link-heading")) }
            p.muted {
                (rich(lang, "web-login-link-how", Default::default(),
                    &[("command", code("concierge dashboard link --guild ID"))]))
            }
        },
    ))
}

async fn link_page(UiLang(lang): UiLang, Path(token): Path<String>) -> impl IntoResponse {
    html(layout::bare_page(
        lang,
        &t!(lang, "web-link-title"),
        html! {
            p { (t!(lang, "web-link-intro")) }
            form method="post" action={ "/login/link/" (token) } {
                button type="submit" { (t!(lang, "web-link-submit")) }
            }
        },
    ))
}

async fn link_sign_in(
    State(dash): State<Dash>,
    UiLang(lang): UiLang,
    Path(token): Path<String>,
) -> Result<Response, WebError> {
    let now = dash.clock.now();
    let Some((session_token, session)) = dash.desk.sign_in_with_link(&token, now).await? else {
        return Err(WebError::bad_request(t!(lang, "web-error-link-spent")));
    };
    let guild = session.guild.map_or(0, |g| g.0);
    tracing::info!(guild, "a login link was used");
    Ok(signed_in(
        &dash,
        &session_token,
        &session,
        &format!("/g/{guild}"),
    ))
}

/// The response that starts a session: its cookie, then to `to`.
pub(super) fn signed_in(
    dash: &Dash,
    token: &str,
    session: &crate::desk::Session,
    to: &str,
) -> Response {
    let max_age = (session.expires_at - dash.clock.now()).num_seconds().max(0);
    (
        [set_cookie(
            COOKIE_NAME,
            token,
            max_age,
            dash.config.secure(),
        )],
        Redirect::to(to),
    )
        .into_response()
}

#[derive(Deserialize)]
struct CsrfOnly {
    #[serde(default)]
    csrf: String,
}

async fn logout(
    State(dash): State<Dash>,
    signed: Signed,
    Form(form): Form<CsrfOnly>,
) -> Result<Response, WebError> {
    signed.check_csrf(&form.csrf)?;
    dash.desk.sign_out(&signed.token).await?;
    Ok((
        [set_cookie(COOKIE_NAME, "", 0, dash.config.secure())],
        Redirect::to("/login?m=signed_out"),
    )
        .into_response())
}
