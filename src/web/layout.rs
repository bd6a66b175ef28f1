//! The page shell every dashboard page shares: the head (embedded styles, the one small
//! script), the top bar with the server, the person and the language menu, the navigation of
//! a server's pages, and the error page. Built with maud, which escapes every interpolated
//! value. Every page is in the reader's language (`<html lang>` says which).

use super::session::{InGuild, Signed};
use crate::i18n::Lang;
use crate::t;
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

/// Each navigation entry: its page, label's message, path under `/g/{guild}` and whether
/// only managers see it.
const NAV: &[(Nav, &str, &str, bool)] = &[
    (Nav::Overview, "web-nav-overview", "", false),
    (Nav::Tickets, "web-nav-tickets", "/tickets", false),
    (Nav::Kb, "web-nav-kb", "/kb", false),
    (Nav::Gaps, "web-nav-gaps", "/kb/gaps", false),
    (Nav::Categories, "web-nav-categories", "/categories", false),
    (Nav::Settings, "web-nav-settings", "/settings", false),
    (Nav::Audit, "web-nav-audit", "/audit", false),
];

/// A person's access to a server, in words.
pub fn access_label(lang: Lang, access: crate::desk::Access) -> String {
    use crate::desk::Access;
    match access {
        Access::Agent => t!(lang, "web-access-agent"),
        Access::Moderator => t!(lang, "web-access-moderator"),
        Access::Manager => t!(lang, "web-access-manager"),
    }
}

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

/// What the language menu needs: the language the page is in, the session's CSRF token and
/// the page to come back to once another is chosen.
pub struct Menu<'a> {
    pub lang: Lang,
    pub csrf: &'a str,
    pub back: &'a str,
}

/// The language menu: a small form that keeps the choice in the session (`POST /language`)
/// and comes back to the same page. With the script, choosing sends it; without, its button.
pub fn language_menu(m: &Menu<'_>) -> Markup {
    html! {
        form.lang method="post" action="/language" {
            input type="hidden" name="csrf" value=(m.csrf);
            input type="hidden" name="back" value=(m.back);
            label for="ui-language" { (t!(m.lang, "web-language-label")) }
            select #ui-language name="lang" data-autosubmit {
                @for l in Lang::ALL {
                    option value=(l.code()) lang=(l.code()) selected[l == m.lang] { (l.native_name()) }
                }
            }
            button.link type="submit" { (t!(m.lang, "web-language-change")) }
        }
    }
}

/// How the signed-in person is named: a link login as the local administrator, in words.
pub fn person(signed: &Signed) -> String {
    if signed.session.user.is_none() {
        t!(signed.lang, "web-local-admin")
    } else {
        signed.session.user_name.clone()
    }
}

fn topbar(signed: &Signed, server: Option<&InGuild>, back: &str) -> Markup {
    let lang = signed.lang;
    html! {
        header.topbar {
            a.brand href="/" { span.logo aria-hidden="true" { "◆" } " Concierge" }
            @if let Some(g) = server {
                span.server { (g.name) }
                span.badge title=(t!(lang, "web-access-title")) { (access_label(lang, g.access)) }
            }
            span.spacer {}
            (language_menu(&Menu { lang, csrf: &signed.session.csrf, back }))
            span.person { (person(signed)) }
            form.inline method="post" action="/logout" {
                (csrf(signed))
                button.link type="submit" { (t!(lang, "web-sign-out")) }
            }
        }
    }
}

/// A page of a server: the shell, its navigation with `active` marked, and `body`.
pub fn server_page(g: &InGuild, active: Nav, title: &str, body: Markup) -> Markup {
    let lang = g.signed.lang;
    let base = format!("/g/{}", g.guild.0);
    // A page shown in answer to a form comes back to its section's page.
    let back = g.signed.here.clone().unwrap_or_else(|| {
        let path = NAV.iter().find(|n| n.0 == active).map_or("", |n| n.2);
        format!("{base}{path}")
    });
    html! {
        (DOCTYPE)
        html lang=(lang.code()) {
            (head(title))
            body {
                (topbar(&g.signed, Some(g), &back))
                nav.tabs aria-label=(t!(lang, "web-nav-label")) {
                    @for (nav, label, path, managers) in NAV {
                        @if !*managers || g.access.edits_settings() {
                            a href={ (base) (path) } aria-current=[(*nav == active).then_some("page")] { (t!(lang, label)) }
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
    let back = signed.here.as_deref().unwrap_or("/");
    html! {
        (DOCTYPE)
        html lang=(signed.lang.code()) {
            (head(title))
            body {
                (topbar(signed, None, back))
                main { h1 { (title) } (body) }
            }
        }
    }
}

/// A page without the top bar: the login pages (no session: in the browser's language) and
/// the error pages (with the language menu when signed in).
pub fn bare_page(lang: Lang, title: &str, body: Markup) -> Markup {
    bare_page_with(lang, None, title, body)
}

fn bare_page_with(lang: Lang, menu: Option<&Menu<'_>>, title: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang=(lang.code()) {
            (head(title))
            body.bare {
                main.narrow {
                    @if let Some(m) = menu { (language_menu(m)) }
                    p.brand { span.logo aria-hidden="true" { "◆" } " Concierge" }
                    h1 { (title) }
                    (body)
                }
            }
        }
    }
}

/// The page of a failure: its status and what went wrong (`message`, in `lang`).
pub fn error_page(
    lang: Lang,
    menu: Option<&Menu<'_>>,
    status: StatusCode,
    message: &str,
) -> Markup {
    let title = t!(lang, "web-error-title", status = status.as_u16());
    bare_page_with(
        lang,
        menu,
        &title,
        html! {
            p.error role="alert" { (message) }
            p { a href="/" { (t!(lang, "web-error-back")) } }
        },
    )
}
