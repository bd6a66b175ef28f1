//! What a page answers when it cannot show what was asked: a status and a sentence saying
//! what went wrong, as a page in the dashboard's style. A database or Discord failure is
//! told to the person (and logged), never swallowed.

use super::layout;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

/// A page's failure.
#[derive(Debug)]
pub enum WebError {
    /// Shown as a page with this status.
    Page(StatusCode, String),
    /// Not signed in (or the session ended): to the login page, saying why.
    SignIn(&'static str),
}

impl WebError {
    pub fn not_found(what: impl Into<String>) -> WebError {
        WebError::Page(StatusCode::NOT_FOUND, what.into())
    }

    pub fn forbidden(why: impl Into<String>) -> WebError {
        WebError::Page(StatusCode::FORBIDDEN, why.into())
    }

    pub fn bad_request(why: impl Into<String>) -> WebError {
        WebError::Page(StatusCode::BAD_REQUEST, why.into())
    }

    /// A form without this session's CSRF token.
    pub fn csrf() -> WebError {
        WebError::forbidden(
            "This form was not sent from this session's page (its security token is missing or \
             stale). Go back, reload the page and send it again.",
        )
    }
}

impl From<crate::desk::DeskError> for WebError {
    fn from(err: crate::desk::DeskError) -> WebError {
        tracing::error!(error = %err, "a dashboard page failed");
        WebError::Page(
            StatusCode::SERVICE_UNAVAILABLE,
            format!("The database failed, so this page cannot be shown: {err}. Try again shortly."),
        )
    }
}

impl From<crate::desk::DirectoryError> for WebError {
    fn from(err: crate::desk::DirectoryError) -> WebError {
        tracing::warn!(error = %err, "asking Discord for a dashboard page failed");
        WebError::Page(
            StatusCode::BAD_GATEWAY,
            format!(
                "Discord could not be asked who you are in this server: {err}. Try again shortly."
            ),
        )
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        match self {
            WebError::Page(status, message) => {
                let page = layout::error_page(status, &message).into_string();
                (status, axum::response::Html(page)).into_response()
            }
            WebError::SignIn(why) => Redirect::to(&format!("/login?m={why}")).into_response(),
        }
    }
}
