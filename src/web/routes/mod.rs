//! The dashboard's routes, one file per page: [`login`] (sign-in, sign-out, login links),
//! [`discord_login`] (Sign in with Discord), [`home`] (your servers), [`overview`] (a
//! server's KPIs), [`language`] (the language menu's choice), and the rest. Every page is in
//! the reader's language (the language layer, [`crate::web::session::language`]); every
//! response carries the security headers.

mod audit;
mod categories;
mod discord_login;
mod home;
mod kb;
mod language;
mod login;
mod overview;
mod settings;
mod ticket;
mod ticket_transcript;
mod tickets;

use super::app::Dash;
use super::error::WebError;
use super::session::UiLang;
use crate::t;
use axum::http::{header, HeaderValue};
use axum::response::Response;
use axum::Router;

/// Every page, the assets, and a 404 page for the rest.
pub fn router(dash: &Dash) -> Router<Dash> {
    Router::new()
        .merge(login::routes())
        .merge(language::routes())
        .merge(discord_login::routes())
        .merge(home::routes())
        .merge(overview::routes())
        .merge(settings::routes())
        .merge(categories::routes())
        .merge(audit::routes())
        .merge(kb::routes())
        .merge(tickets::routes())
        .merge(super::assets::routes())
        .fallback(|UiLang(lang): UiLang| async move {
            WebError::not_found(t!(lang, "web-error-no-page"))
        })
        .layer(axum::middleware::from_fn_with_state(
            dash.clone(),
            super::session::language,
        ))
        .layer(axum::middleware::map_response(security_headers))
}

/// Pages are never framed, never sniffed, load nothing from elsewhere, and send no referrer
/// (a login link's token never leaves in a Referer).
async fn security_headers(mut res: Response) -> Response {
    let h = res.headers_mut();
    for (name, value) in [
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; \
             form-action 'self' https://discord.com; frame-ancestors 'none'; base-uri 'none'",
        ),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
    ] {
        h.entry(name).or_insert(HeaderValue::from_static(value));
    }
    if !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    res
}

/// `maud` markup as an HTML response.
pub(super) fn html(markup: maud::Markup) -> axum::response::Html<String> {
    axum::response::Html(markup.into_string())
}
