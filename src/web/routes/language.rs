//! `POST /language`: the language menu's choice (every signed-in page's top bar has it). It
//! needs the session's CSRF token, keeps the language in the session (so every later page
//! is in it, whatever the browser asks for) and goes back to the page it was chosen on.

use crate::i18n::Lang;
use crate::t;
use crate::tickets::text;
use crate::web::app::Dash;
use crate::web::error::WebError;
use crate::web::session::Signed;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::post;
use axum::{Form, Router};
use serde::Deserialize;

pub(super) fn routes() -> Router<Dash> {
    Router::new().route("/language", post(choose))
}

#[derive(Deserialize)]
struct Choice {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    lang: String,
    /// The page the menu was on.
    #[serde(default)]
    back: String,
}

/// Where to go back to: a path of this dashboard, never another site (`//host`, `/\host`).
fn back_to(back: &str) -> &str {
    let local = back.starts_with('/')
        && !back.starts_with("//")
        && !back.starts_with("/\\")
        && !back.chars().any(char::is_control);
    if local {
        back
    } else {
        "/"
    }
}

async fn choose(
    State(dash): State<Dash>,
    signed: Signed,
    Form(form): Form<Choice>,
) -> Result<Response, WebError> {
    signed.check_csrf(&form.csrf)?;
    let Some(lang) = Lang::parse(&form.lang) else {
        let known: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        let code: String = text::one_line(&form.lang).chars().take(40).collect();
        return Err(WebError::bad_request(t!(
            signed.lang,
            "web-error-language",
            code = code,
            known = known.join(", ")
        )));
    };
    dash.desk
        .set_session_language(&signed.token, Some(lang.code()))
        .await?;
    tracing::info!(lang = %lang, "a dashboard session chose its language");
    Ok(Redirect::to(back_to(&form.back)).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_path_of_this_dashboard_is_gone_back_to() {
        assert_eq!(
            back_to("/g/1/tickets?status=open"),
            "/g/1/tickets?status=open"
        );
        for elsewhere in [
            "",
            "https://evil.example/",
            "//evil.example/",
            "/\\evil.example",
            "g/1",
            "/a\r\nSet-Cookie: x",
        ] {
            assert_eq!(back_to(elsewhere), "/", "{elsewhere:?}");
        }
    }
}
