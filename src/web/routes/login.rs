//! Signing in and out: the login page, one-time link logins (`concierge dashboard link`),
//! and signing out. A link is spent by a POST from its page, never by opening it (a link
//! preview or a prefetch cannot use it up).

use super::html;
use crate::web::app::Dash;
use crate::web::error::WebError;
use crate::web::layout;
use crate::web::session::{set_cookie, Signed, COOKIE_NAME};
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
fn message(m: Option<&str>) -> Option<&'static str> {
    Some(match m? {
        "signin" => "Sign in to see your servers' support desk.",
        "expired" => "Your session has ended. Sign in again.",
        "signed_out" => "You are signed out.",
        "denied" => "Discord login was cancelled.",
        _ => return None,
    })
}

async fn login_page(State(dash): State<Dash>, Query(q): Query<Message>) -> impl IntoResponse {
    html(layout::bare_page(
        "Sign in",
        html! {
            @if let Some(text) = message(q.m.as_deref()) {
                p.notice role="status" { (text) }
            }
            @if dash.config.oauth.is_some() {
                p { a.button href="/login/discord" { "Sign in with Discord" } }
                p.muted { "You see the servers you share with the bot where you are an agent, a moderator or have Manage Server." }
            } @else {
                p.muted { "Discord login is not set up on this dashboard (DISCORD_CLIENT_ID and DISCORD_CLIENT_SECRET)." }
            }
            h2 { "Signing in with a link" }
            p.muted {
                "An administrator with a shell on the host can print a one-time login link: "
                code { "concierge dashboard link --guild ID" }
            }
        },
    ))
}

async fn link_page(Path(token): Path<String>) -> impl IntoResponse {
    html(layout::bare_page(
        "Sign in with a login link",
        html! {
            p { "This one-time link signs you in as the server's local administrator. It works once." }
            form method="post" action={ "/login/link/" (token) } {
                button type="submit" { "Sign in" }
            }
        },
    ))
}

async fn link_sign_in(
    State(dash): State<Dash>,
    Path(token): Path<String>,
) -> Result<Response, WebError> {
    let now = dash.clock.now();
    let Some((session_token, session)) = dash.desk.sign_in_with_link(&token, now).await? else {
        return Err(WebError::bad_request(
            "This login link is unknown, already used or expired. Print a new one with \
             `concierge dashboard link --guild ID`.",
        ));
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
