//! The gaps page's two forms, sent: `POST /g/{guild}/kb/gaps/new-entry` (a new entry from a
//! group) and `POST /g/{guild}/kb/gaps/add-patterns` (the group's patterns added to an
//! entry). Each needs the session's CSRF token and a moderator or manager, then makes the
//! same validated, audited write as `/kb add|edit` ([`crate::desk::Desk::save_kb_entry`]):
//! done, it redirects (303) to the knowledge-base page with a notice; refused, the form is
//! shown again (422) with what was sent and every problem beside its field.

use super::gap_forms::{self, MorePatterns, NewEntry};
use super::problems::Problems;
use crate::desk::{KbChanged, KbEditError};
use crate::kb::edit::EntryForm;
use crate::t;
use crate::tickets::UserId;
use crate::web::app::Dash;
use crate::web::error::WebError;
use crate::web::layout::{self, Nav};
use crate::web::routes::html;
use crate::web::session::InGuild;
use crate::web::words::rich;
use axum::extract::rejection::FormRejection;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::post;
use axum::{Form, Router};
use maud::{html, Markup};

/// The largest form accepted (an answer is at most 4096 characters).
const MAX_FORM_BYTES: usize = 64 * 1024;

pub(super) fn routes() -> Router<Dash> {
    Router::new()
        .route("/g/:guild/kb/gaps/new-entry", post(new_entry))
        .route("/g/:guild/kb/gaps/add-patterns", post(add_patterns))
        .layer(DefaultBodyLimit::max(MAX_FORM_BYTES))
}

/// A form's fields, in order (a name may repeat: the kept patterns).
struct Fields(Vec<(String, String)>);

impl Fields {
    fn one(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map_or("", |(_, v)| v.as_str())
    }

    fn all(&self, name: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
            .collect()
    }
}

/// The form as sent, once it came from this session's page and from someone who may edit
/// the knowledge base.
fn checked(
    g: &InGuild,
    form: Result<Form<Vec<(String, String)>>, FormRejection>,
) -> Result<Fields, WebError> {
    let Form(fields) = form.map_err(|e| {
        WebError::bad_request(t!(
            g.lang(),
            "web-error-form-unreadable",
            error = e.to_string()
        ))
    })?;
    let fields = Fields(fields);
    g.signed.check_csrf(fields.one("csrf"))?;
    g.must_edit_kb()?;
    Ok(fields)
}

/// Who the audit names: the Discord user, or 0 for the local administrator (a link login).
fn actor(g: &InGuild) -> UserId {
    g.signed.session.user.unwrap_or(UserId(0))
}

/// To the knowledge-base page, with a notice of what was done.
fn done(g: &InGuild, query: &[(&str, &str)]) -> Response {
    let query = serde_urlencoded::to_string(query).unwrap_or_default();
    Redirect::to(&format!("/g/{}/kb?{query}", g.guild.0)).into_response()
}

/// A refused form, shown again on a page of its own (titled by message `title`).
fn again(g: &InGuild, title: &str, representative: &str, form: Markup) -> Response {
    let lang = g.lang();
    let body = html! {
        p { a href={ "/g/" (g.guild.0) "/kb/gaps" } { (t!(lang, "web-gaps-back")) } }
        @if !representative.is_empty() {
            p.muted {
                (rich(lang, "web-gaps-for", Default::default(),
                    &[("question", html! { q { (representative) } })]))
            }
        }
        (form)
    };
    (
        StatusCode::UNPROCESSABLE_ENTITY,
        html(layout::server_page(g, Nav::Gaps, &t!(lang, title), body)),
    )
        .into_response()
}

async fn new_entry(
    State(dash): State<Dash>,
    g: InGuild,
    form: Result<Form<Vec<(String, String)>>, FormRejection>,
) -> Result<Response, WebError> {
    let f = checked(&g, form)?;
    let sent = NewEntry {
        id: f.one("id").to_string(),
        title: f.one("title").to_string(),
        answer: f.one("answer").to_string(),
        patterns: f.one("patterns").to_string(),
        representative: f.one("representative").to_string(),
    };
    let form = EntryForm::from_fields(&sent.id, &sent.title, &sent.patterns, &sent.answer, "");
    let saved = dash
        .desk
        .save_kb_entry(&dash.kb, g.guild, actor(&g), form, None, dash.clock.now())
        .await;
    match saved {
        Ok(KbChanged { id, .. }) => {
            tracing::info!(guild = g.guild.0, entry = %id, "an entry was added from the dashboard");
            Ok(done(&g, &[("done", "added"), ("entry", &id)]))
        }
        Err(KbEditError::Invalid(problems)) => {
            let problems = Problems::new(&problems, dash.kb.dir(), g.lang());
            let form = gap_forms::create_form(&g, "f", &sent, &problems);
            Ok(again(
                &g,
                "web-gaps-create-title",
                &sent.representative,
                form,
            ))
        }
        Err(KbEditError::Desk(err)) => Err(err.into()),
    }
}

async fn add_patterns(
    State(dash): State<Dash>,
    g: InGuild,
    form: Result<Form<Vec<(String, String)>>, FormRejection>,
) -> Result<Response, WebError> {
    let f = checked(&g, form)?;
    let sent = MorePatterns {
        offered: f.all("offered"),
        kept: f.all("pattern"),
        entry: f.one("entry").to_string(),
        representative: f.one("representative").to_string(),
    };
    let added = dash
        .desk
        .add_kb_patterns(
            &dash.kb,
            g.guild,
            actor(&g),
            &sent.entry,
            &sent.kept,
            dash.clock.now(),
        )
        .await;
    match added {
        Ok((KbChanged { id, .. }, n)) => {
            tracing::info!(guild = g.guild.0, entry = %id, patterns = n, "patterns were added from the dashboard");
            Ok(done(
                &g,
                &[("done", "patterns"), ("entry", &id), ("n", &n.to_string())],
            ))
        }
        Err(KbEditError::Invalid(problems)) => {
            let problems = Problems::new(&problems, dash.kb.dir(), g.lang());
            let entries = gap_forms::entry_choices(&dash.kb.for_server(g.guild.0));
            let form = gap_forms::patterns_form(&g, "f", &entries, &sent, &problems);
            Ok(again(
                &g,
                "web-gaps-patterns-title",
                &sent.representative,
                form,
            ))
        }
        Err(KbEditError::Desk(err)) => Err(err.into()),
    }
}
