//! `/g/{guild}/settings`: the server's settings, every one with what it is for, its value
//! (role and channel ids named as Discord names them) and its default. Managers change them
//! here with the same validation as `/config` (every problem at once, each named, nothing
//! written then) and the same audit, recorded as made on the dashboard.

use super::html;
use crate::desk::{DeskError, ServerNames, SettingsError};
use crate::i18n::Lang;
use crate::settings::{Kind, Source, KEYS};
use crate::t;
use crate::web::app::Dash;
use crate::web::error::WebError;
use crate::web::layout::{self, Nav};
use crate::web::session::InGuild;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::{Form, Router};
use maud::{html, Markup};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};

pub(super) fn routes() -> Router<Dash> {
    Router::new().route("/g/:guild/settings", get(show).post(save))
}

#[derive(Deserialize)]
struct Saved {
    saved: Option<u32>,
}

async fn show(
    State(dash): State<Dash>,
    g: InGuild,
    Query(q): Query<Saved>,
) -> Result<Response, WebError> {
    let lang = g.lang();
    let current = current(&g);
    let notice = q.saved.map(|n| match n {
        0 => t!(lang, "web-settings-unchanged"),
        n => t!(lang, "web-settings-saved", count = n),
    });
    page(
        &dash,
        &g,
        &current,
        &BTreeMap::new(),
        notice,
        StatusCode::OK,
    )
    .await
}

/// The settings as text, by name.
fn current(g: &InGuild) -> BTreeMap<String, String> {
    g.server
        .settings
        .values()
        .into_iter()
        .map(|(k, v)| (k.name.to_string(), v))
        .collect()
}

async fn save(
    State(dash): State<Dash>,
    g: InGuild,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, WebError> {
    g.signed
        .check_csrf(form.get("csrf").map_or("", String::as_str))?;
    g.must_edit_settings()?;
    let current = current(&g);
    // Only what was changed on the page is changed (and audited); empty is the default.
    let changes: Vec<(String, Option<String>)> = KEYS
        .iter()
        .filter_map(|k| {
            let sent = form.get(k.name)?.trim().to_string();
            let now = current.get(k.name).map_or("", String::as_str);
            (sent != now).then(|| (k.name.to_string(), (!sent.is_empty()).then_some(sent)))
        })
        .collect();
    if changes.is_empty() {
        return Ok(redirect(&g, 0));
    }
    let done = dash
        .desk
        .change_settings(
            g.guild,
            &changes,
            g.signed.session.user,
            Source::Dashboard,
            dash.clock.now(),
        )
        .await;
    match done {
        Ok(changed) => {
            tracing::info!(
                guild = g.guild.0,
                changed = changed.len(),
                "settings changed on the dashboard"
            );
            Ok(redirect(&g, changed.len()))
        }
        Err(SettingsError::Invalid(problems)) => {
            let sent: BTreeMap<String, String> = KEYS
                .iter()
                .filter_map(|k| Some((k.name.to_string(), form.get(k.name)?.trim().to_string())))
                .collect();
            let lang = g.lang();
            let problems = problems
                .into_iter()
                .map(|(k, p)| (k, p.text(lang)))
                .collect();
            let page = page_with(&dash, &g, &sent, &problems, None).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(SettingsError::Store(e)) => Err(DeskError::Store(e).into()),
    }
}

fn redirect(g: &InGuild, n: usize) -> Response {
    Redirect::to(&format!("/g/{}/settings?saved={n}", g.guild.0)).into_response()
}

async fn page(
    dash: &Dash,
    g: &InGuild,
    values: &BTreeMap<String, String>,
    problems: &BTreeMap<String, String>,
    notice: Option<String>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let page = page_with(dash, g, values, problems, notice).await?;
    Ok((status, page).into_response())
}

async fn page_with(
    dash: &Dash,
    g: &InGuild,
    values: &BTreeMap<String, String>,
    problems: &BTreeMap<String, String>,
    notice: Option<String>,
) -> Result<axum::response::Html<String>, WebError> {
    // Names make ids readable; without them (Discord unreachable) the ids still show.
    let lang = g.lang();
    let names = dash.directory.names(g.guild).await.unwrap_or_default();
    let editable = g.access.edits_settings();
    let body = html! {
        @if let Some(n) = &notice { p.notice role="status" { (n) } }
        @if !problems.is_empty() {
            p.error role="alert" {
                (t!(lang, "web-settings-invalid", count = problems.len()))
            }
        }
        @if !editable {
            p.muted { (t!(lang, "web-settings-managers-only")) }
        }
        form method="post" {
            (layout::csrf(&g.signed))
            div.table-wrap { table {
                thead { tr {
                    th { (t!(lang, "web-col-setting")) } th { (t!(lang, "web-col-value")) } th { (t!(lang, "web-col-default")) }
                } }
                tbody {
                    @for k in KEYS {
                        @let value = values.get(k.name).map_or("", String::as_str);
                        @let problem = problems.get(k.name);
                        tr {
                            td {
                                label for=(k.name) { code { (k.name) } }
                                div.muted { (k.help) }
                            }
                            td {
                                input id=(k.name) name=(k.name) value=(value) size="40"
                                    disabled[!editable]
                                    aria-invalid=[problem.map(|_| "true")];
                                @if let Some(p) = problem { div.error { (p) } }
                                @let named = named(lang, &names, k.kind, value);
                                @if !named.is_empty() { div.muted { (named) } }
                            }
                            td.muted { (default_of(lang, k)) }
                        }
                    }
                }
            } }
            @if editable {
                p {
                    button type="submit" { (t!(lang, "web-settings-save")) } " "
                    span.muted { (t!(lang, "web-settings-empty-default")) }
                }
            }
        }
        @if editable && !(names.roles.is_empty() && names.channels.is_empty()) {
            (ids(lang, &names))
        }
    };
    Ok(html(layout::server_page(
        g,
        Nav::Settings,
        &t!(lang, "web-nav-settings"),
        body,
    )))
}

fn default_of(lang: Lang, k: &crate::settings::Key) -> String {
    let d = k.default_text();
    if d.is_empty() {
        t!(lang, "web-settings-not-set")
    } else {
        d
    }
}

/// The roles or channels a value names, as `@name` / `#name`.
fn named(lang: Lang, names: &ServerNames, kind: Kind, value: &str) -> String {
    let sigil = match kind {
        Kind::Channel | Kind::Channels => "#",
        Kind::Role | Kind::Roles => "@",
        _ => return String::new(),
    };
    value
        .split(',')
        .filter_map(|id| id.trim().parse::<u64>().ok())
        .map(|id| match names.name_of(id) {
            Some(n) => format!("{sigil}{n}"),
            None => t!(lang, "web-settings-not-in-server", id = id.to_string()),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The server's roles and channels with their ids, to copy into the values.
fn ids(lang: Lang, names: &ServerNames) -> Markup {
    html! {
        details.panel {
            summary { (t!(lang, "web-settings-ids")) }
            div.grid2 {
                div { h2 { (t!(lang, "web-settings-roles")) } ul { @for (id, n) in &names.roles { li { "@" (n) " " code { (id) } } } } }
                div { h2 { (t!(lang, "web-settings-channels")) } ul { @for (id, n) in &names.channels { li { "#" (n) " " code { (id) } } } } }
            }
        }
    }
}
