//! The page shell every dashboard page shares: the head (embedded styles, the one small
//! script), the top bar with the server and the person, the navigation of a server's pages,
//! and the error page. Built with maud, which escapes every interpolated value.

use super::session::{InGuild, Signed};
use axum::http::StatusCode;
use maud::{html, Markup, DOCTYPE};

/// The pages of a server, in the navigation's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nav {
    Overview,
    Tickets,
    Kb,
    Gaps,
    Categories,
    Settings,
    Audit,
}

/// Each navigation entry: its page, label, path under `/g/{guild}` and whether only
/// managers see it.
const NAV: &[(Nav, &str, &str, bool)] = &[
    (Nav::Overview, "Overview", "", false),
    (Nav::Tickets, "Tickets", "/tickets", false),
    (Nav::Kb, "Knowledge base", "/kb", false),
    (Nav::Gaps, "Gaps", "/kb/gaps", false),
    (Nav::Categories, "Categories", "/categories", false),
    (Nav::Settings, "Settings", "/settings", false),
    (Nav::Audit, "Audit log", "/audit", false),
];

fn head(title: &str) -> Markup {
    html! {
        head {
            meta charset="utf-8";
            meta name="viewport" content="width=device-width, initial-scale=1";
            meta name="color-scheme" content="light dark";
            title { (title) " · Concierge" }
            link rel="stylesheet" href=(super::assets::STYLE_PATH);
            link rel="icon" href=(super::assets::ICON_PATH);
            script src=(super::assets::SCRIPT_PATH) defer {}
        }
    }
}

/// The hidden field carrying the session's CSRF token; every form has it.
pub fn csrf(signed: &Signed) -> Markup {
    html! { input type="hidden" name="csrf" value=(signed.session.csrf); }
}

fn topbar(signed: &Signed, server: Option<&InGuild>) -> Markup {
    html! {
        header.topbar {
            a.brand href="/" { span.logo aria-hidden="true" { "◆" } " Concierge" }
            @if let Some(g) = server {
                span.server { (g.name) }
                span.badge title="What you may do here" { (g.access.label()) }
            }
            span.spacer {}
            span.person { (signed.session.user_name) }
            form.inline method="post" action="/logout" {
                (csrf(signed))
                button.link type="submit" { "Sign out" }
            }
        }
    }
}

/// A page of a server: the shell, its navigation with `active` marked, and `body`.
pub fn server_page(g: &InGuild, active: Nav, title: &str, body: Markup) -> Markup {
    let base = format!("/g/{}", g.guild.0);
    html! {
        (DOCTYPE)
        html lang="en" {
            (head(title))
            body {
                (topbar(&g.signed, Some(g)))
                nav.tabs aria-label="Pages" {
                    @for (nav, label, path, managers) in NAV {
                        @if !*managers || g.access.edits_settings() {
                            a href={ (base) (path) } aria-current=[(*nav == active).then_some("page")] { (label) }
                        }
                    }
                }
                main { h1 { (title) } (body) }
            }
        }
    }
}

/// A page outside any server (the list of servers).
pub fn signed_page(signed: &Signed, title: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            (head(title))
            body {
                (topbar(signed, None))
                main { h1 { (title) } (body) }
            }
        }
    }
}

/// A page for someone not signed in (the login pages).
pub fn bare_page(title: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            (head(title))
            body.bare {
                main.narrow {
                    p.brand { span.logo aria-hidden="true" { "◆" } " Concierge" }
                    h1 { (title) }
                    (body)
                }
            }
        }
    }
}

/// The page of a failure: its status and what went wrong.
pub fn error_page(status: StatusCode, message: &str) -> Markup {
    let title = status.canonical_reason().unwrap_or("Error");
    bare_page(
        title,
        html! {
            p.error role="alert" { (message) }
            p { a href="/" { "Back to your servers" } }
        },
    )
}
