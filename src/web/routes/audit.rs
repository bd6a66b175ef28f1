//! `/g/{guild}/audit`: who changed what, newest first: settings (from Discord, the dashboard,
//! `.env` or an import; categories too, as `category:<name>`) and knowledge-base entries.

use super::html;
use crate::i18n::Lang;
use crate::settings::{Audited, Source};
use crate::store::kb_changes::KbChange;
use crate::t;
use crate::tickets::UserId;
use crate::web::app::Dash;
use crate::web::error::WebError;
use crate::web::layout::{self, Nav};
use crate::web::session::InGuild;
use crate::web::words::{code, rich};
use axum::extract::State;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use chrono::{DateTime, Utc};
use maud::{html, Markup};
use std::collections::HashMap;

pub(super) fn routes() -> Router<Dash> {
    Router::new().route("/g/:guild/audit", get(audit))
}

/// How many of each kind of change the page shows.
const SHOWN: u32 = 200;

/// One line of the log.
struct Line {
    at: DateTime<Utc>,
    actor: Option<UserId>,
    via: String,
    what: Markup,
}

fn value(lang: Lang, v: Option<&str>) -> Markup {
    match v {
        Some(v) if v.chars().count() > 120 => {
            html! { code { (v.chars().take(120).collect::<String>()) "…" } }
        }
        Some(v) => html! { code { (v) } },
        None => html! { span.muted { (t!(lang, "web-audit-default")) } },
    }
}

/// Where a setting was changed from, in words.
fn source(lang: Lang, s: Source) -> String {
    match s {
        Source::Env => t!(lang, "web-audit-via-env"),
        Source::Discord => t!(lang, "web-audit-via-discord"),
        Source::Import => t!(lang, "web-audit-via-import"),
        Source::Dashboard => t!(lang, "web-audit-via-dashboard"),
    }
}

fn setting(lang: Lang, a: Audited) -> Line {
    let c = a.change;
    Line {
        at: a.at,
        actor: a.actor,
        via: source(lang, a.source),
        what: html! {
            code { (c.name) } ": " (value(lang, c.old.as_deref())) " → " (value(lang, c.new.as_deref()))
        },
    }
}

fn kb(lang: Lang, c: KbChange) -> Line {
    let mut args = crate::i18n::Args::new();
    args.set("action", c.action.clone());
    Line {
        at: c.at,
        // A link login (a local administrator, no Discord user) is recorded as user 0.
        actor: (c.actor.0 != 0).then_some(c.actor),
        via: t!(lang, "web-audit-via-kb"),
        what: rich(
            lang,
            "web-audit-entry",
            args,
            &[("entry", code(&c.entry_id)), ("file", code(&c.file))],
        ),
    }
}

async fn audit(State(dash): State<Dash>, g: InGuild) -> Result<impl IntoResponse, WebError> {
    let lang = g.lang();
    let (settings, entries) = tokio::try_join!(
        dash.desk.settings_audit(g.guild, SHOWN),
        dash.desk.kb_changes(g.guild, SHOWN),
    )?;
    let mut lines: Vec<Line> = settings
        .into_iter()
        .map(|a| setting(lang, a))
        .chain(entries.into_iter().map(|c| kb(lang, c)))
        .collect();
    lines.sort_by_key(|l| std::cmp::Reverse(l.at));
    let people: Vec<UserId> = lines.iter().filter_map(|l| l.actor).collect();
    let names: HashMap<UserId, String> = dash.desk.names_of(&people).await?;
    let who = |a: Option<UserId>| match a {
        Some(u) => names.get(&u).cloned().unwrap_or_else(|| u.0.to_string()),
        None => t!(lang, "web-audit-operator"),
    };
    let body = html! {
        @if lines.is_empty() {
            p.muted { (t!(lang, "web-audit-none")) }
        } @else {
            div.table-wrap { table {
                thead { tr {
                    th { (t!(lang, "web-col-when-utc")) } th { (t!(lang, "web-col-who")) }
                    th { (t!(lang, "web-col-through")) } th { (t!(lang, "web-col-what")) }
                } }
                tbody { @for l in &lines { tr {
                    td { (l.at.format("%Y-%m-%d %H:%M")) }
                    td { (who(l.actor)) }
                    td { span.chip { (l.via) } }
                    td { (l.what) }
                } } }
            } }
        }
    };
    Ok(html(layout::server_page(
        &g,
        Nav::Audit,
        &t!(lang, "web-nav-audit"),
        body,
    )))
}
