//! What a page answers when it cannot show what was asked: a status and a sentence saying
//! what went wrong, as a page in the dashboard's style and the reader's language. A database
//! or Discord failure is told to the person (and logged), never swallowed.
//!
//! A failure met before the language is known (a `?` on the database) keeps what failed and
//! is put in words by [`localise`], which the language layer runs on every response.

use super::layout::{self, Menu};
use crate::i18n::Lang;
use crate::t;
use axum::body::Body;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

/// A page's failure.
#[derive(Debug)]
pub enum WebError {
    /// Shown as a page with this status; the message is in the reader's language.
    Page(StatusCode, String),
    /// The database failed (what it said).
    Database(String),
    /// Discord could not be asked who the person is in a server (what failed).
    Discord(String),
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
    pub fn csrf(lang: Lang) -> WebError {
        WebError::forbidden(t!(lang, "web-error-csrf"))
    }
}

impl From<crate::desk::DeskError> for WebError {
    fn from(err: crate::desk::DeskError) -> WebError {
        tracing::error!(error = %err, "a dashboard page failed");
        WebError::Database(err.to_string())
    }
}

impl From<crate::desk::DirectoryError> for WebError {
    fn from(err: crate::desk::DirectoryError) -> WebError {
        tracing::warn!(error = %err, "asking Discord for a dashboard page failed");
        WebError::Discord(err.to_string())
    }
}

/// A failure's page still to be put in the reader's words (kept on its response).
#[derive(Debug, Clone)]
pub struct Failed {
    status: StatusCode,
    said: Said,
}

#[derive(Debug, Clone)]
enum Said {
    Text(String),
    Database(String),
    Discord(String),
}

impl Failed {
    fn message(&self, lang: Lang) -> String {
        match &self.said {
            Said::Text(t) => t.clone(),
            Said::Database(e) => t!(lang, "web-error-database", error = e.as_str()),
            Said::Discord(e) => t!(lang, "web-error-discord", error = e.as_str()),
        }
    }

    fn page(&self, lang: Lang, menu: Option<&Menu<'_>>) -> String {
        layout::error_page(lang, menu, self.status, &self.message(lang)).into_string()
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let failed = match self {
            WebError::Page(status, message) => Failed {
                status,
                said: Said::Text(message),
            },
            WebError::Database(e) => Failed {
                status: StatusCode::SERVICE_UNAVAILABLE,
                said: Said::Database(e),
            },
            WebError::Discord(e) => Failed {
                status: StatusCode::BAD_GATEWAY,
                said: Said::Discord(e),
            },
            WebError::SignIn(why) => {
                return Redirect::to(&format!("/login?m={why}")).into_response()
            }
        };
        // In English here; the language layer writes it again in the reader's language.
        let page = failed.page(Lang::En, None);
        let mut res = (failed.status, axum::response::Html(page)).into_response();
        res.extensions_mut().insert(failed);
        res
    }
}

/// A failure's page in `lang`, with the language menu when `menu` is given; any other
/// response as it is.
pub fn localise(mut res: Response, lang: Lang, menu: Option<&Menu<'_>>) -> Response {
    let Some(failed) = res.extensions_mut().remove::<Failed>() else {
        return res;
    };
    res.headers_mut().remove(header::CONTENT_LENGTH);
    *res.body_mut() = Body::from(failed.page(lang, menu));
    res
}
