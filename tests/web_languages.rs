//! The dashboard in the reader's language, over real HTTP beside the real bot: the browser's
//! `Accept-Language` picks it (the login pages too), the language menu's choice (a POST with
//! the session's CSRF token) overrides it and stays with the session, a language Concierge
//! does not ship falls back to English, a bad code in the menu's form is a clear 400, and
//! error pages, numbers and plurals follow the language. On SQLite, and on PostgreSQL with
//! `CONCIERGE_TEST_POSTGRES_URL` set (`--include-ignored`).

#[path = "common/mod.rs"]
mod common;
mod discord;
mod web;

use concierge::clock::Clock;
use concierge::i18n::{self, Args, Lang};
use concierge::sandbox::world::World;
use discord::*;
use web::{link_login, Browser, Page, SESSION};

/// The language a page says it is in (`<html lang="…">`).
fn lang_of(page: &Page) -> &str {
    let at = page
        .body
        .find("<html lang=\"")
        .unwrap_or_else(|| panic!("no <html lang>: {}", page.body))
        + "<html lang=\"".len();
    let rest = &page.body[at..];
    &rest[..rest.find('"').unwrap()]
}

/// Asserts `page` holds every one of `texts`.
fn shows(page: &Page, texts: &[&str]) {
    for text in texts {
        assert!(
            page.body.contains(text),
            "{text:?} is not on the page:\n{}",
            page.body
        );
    }
}

/// The language the session of browser `b` chose, as stored.
async fn stored_language(w: &World, b: &Browser) -> Option<String> {
    let token = b.cookie(SESSION).expect("signed in");
    w.bot
        .desk
        .session(token, w.clock.now())
        .await
        .unwrap()
        .expect("a live session")
        .language
}

async fn the_dashboard_speaks_the_readers_language(w: World) {
    // A ticket answered, closed and rated 5: figures to write in each language.
    answered_and_rated(&w, "carol", "printer on fire", "On it.", "5️⃣").await;
    w.settle(T).await;
    let (addr, _) = w.serve_dashboard(0, None, None).await.unwrap();
    let guild = w.emu.guild_id();
    let overview = format!("/g/{guild}");
    let tickets = format!("/g/{guild}/tickets");

    // A German browser: the login page is German before anyone signs in.
    let mut b = Browser::speaking(addr, "de-DE,de;q=0.9");
    let login = b.get("/login?m=signin").await;
    assert_eq!(login.status, 200);
    assert_eq!(lang_of(&login), "de");
    shows(
        &login,
        &[
            "<title>Anmelden · Concierge</title>",
            "Melde dich an, um den Support-Desk deiner Server zu sehen.",
            "Mit einem Link anmelden",
            "<code>concierge dashboard link --guild ID</code>",
        ],
    );
    assert!(
        !login.body.contains("action=\"/language\""),
        "no menu without a session"
    );

    // Signed in, every page is German, with the menu on it.
    link_login(&w, &mut b, guild).await;
    let page = b.get(&overview).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert_eq!(lang_of(&page), "de");
    shows(
        &page,
        &[
            "<h1>Übersicht</h1>",
            ">Wissensdatenbank</a>",
            "Eröffnete Tickets",
            "5,00 ★",
            "Abmelden",
            "lokale Administration",
            "action=\"/language\"",
            "<option value=\"de\" lang=\"de\" selected>Deutsch</option>",
            "<option value=\"pt-BR\" lang=\"pt-BR\">Português (Brasil)</option>",
            "<option value=\"ru\" lang=\"ru\">Русский</option>",
            &format!("name=\"back\" value=\"{overview}\""),
        ],
    );
    let list = b.get(&tickets).await;
    assert_eq!(lang_of(&list), "de");
    shows(
        &list,
        &[
            "<h1>Tickets</h1>",
            "<strong>1</strong> Ticket ·",
            "Als CSV herunterladen",
            "Offen oder übernommen",
            "Seite 1 von 1 · 1 insgesamt",
            "geschlossen",
        ],
    );
    let ticket = b.get(&web::ticket_path(guild, 1)).await;
    assert_eq!(ticket.status, 200, "{}", ticket.body);
    shows(
        &ticket,
        &["<h2>Verlauf</h2>", "eröffnet von", "Interne Notizen"],
    );
    // The transcript downloads carry German headings too.
    let md = b
        .get(&format!("{}/transcript.md", web::ticket_path(guild, 1)))
        .await;
    assert_eq!(md.status, 200, "{}", md.body);
    assert!(md.body.contains("**Thema:**"), "{}", md.body);
    // A setting refused is said in German.
    let settings_path = format!("/g/{guild}/settings");
    let settings = b.get(&settings_path).await;
    let refused = b
        .post(
            &settings_path,
            &[("csrf", &settings.csrf()), ("max_open_tickets", "1000")],
        )
        .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(
        refused.body.contains("ist keine ganze Zahl von 1 bis 100"),
        "{}",
        refused.body
    );

    // The menu's choice: French, whatever the browser asks for, on every later page.
    let csrf = page.csrf();
    let chosen = b
        .post(
            "/language",
            &[("csrf", &csrf), ("lang", "fr"), ("back", &tickets)],
        )
        .await;
    assert_eq!(chosen.status, 303, "{}", chosen.body);
    assert_eq!(
        chosen.location(),
        tickets,
        "back to the page it was chosen on"
    );
    assert_eq!(stored_language(&w, &b).await.as_deref(), Some("fr"));
    let list = b.get(&tickets).await;
    assert_eq!(lang_of(&list), "fr");
    shows(
        &list,
        &[
            "<h1>Tickets</h1>",
            "Télécharger en CSV",
            "<option value=\"fr\" lang=\"fr\" selected>Français</option>",
        ],
    );
    let page = b.get(&overview).await;
    assert_eq!(lang_of(&page), "fr", "the choice stays with the session");
    shows(&page, &["<h1>Vue d'ensemble</h1>", "Tickets ouverts"]);
    b.header("accept-language", "en-US,en;q=0.9");
    assert_eq!(lang_of(&b.get(&overview).await), "fr");

    // Error pages are in the chosen language too.
    let bad = b.get(&format!("{tickets}?tier=x")).await;
    assert_eq!(bad.status, 400);
    assert_eq!(lang_of(&bad), "fr");
    shows(
        &bad,
        &[
            "Requête incorrecte",
            "`tier=x` n'est pas un niveau",
            "Retour à vos serveurs",
        ],
    );

    // A code that is no language of the dashboard: a clear 400, the choice unchanged.
    let refused = b
        .post(
            "/language",
            &[("csrf", &csrf), ("lang", "klingon"), ("back", &overview)],
        )
        .await;
    assert_eq!(refused.status, 400, "{}", refused.body);
    shows(
        &refused,
        &[
            "`klingon` n'est pas une langue de ce tableau de bord",
            "en, de, fr, es, pt-BR, ru",
        ],
    );
    assert_eq!(stored_language(&w, &b).await.as_deref(), Some("fr"));
    // Without the session's token, nothing changes.
    let forged = b
        .post("/language", &[("lang", "es"), ("back", &overview)])
        .await;
    assert_eq!(forged.status, 403);
    assert_eq!(stored_language(&w, &b).await.as_deref(), Some("fr"));
    // A page elsewhere is never gone back to.
    let away = b
        .post(
            "/language",
            &[
                ("csrf", &csrf),
                ("lang", "ru"),
                ("back", "https://elsewhere.example/"),
            ],
        )
        .await;
    assert_eq!(away.status, 303);
    assert_eq!(away.location(), "/");
    // Russian counts take Russian plurals.
    let list = b.get(&tickets).await;
    assert_eq!(lang_of(&list), "ru");
    shows(&list, &["<strong>1</strong> тикет ·", "Скачать CSV"]);

    // Signed out, the login page follows the browser again.
    let out = b.post("/logout", &[("csrf", &csrf)]).await;
    assert_eq!(out.status, 303);
    let login = b.get(out.location()).await;
    assert_eq!(lang_of(&login), "en");
    shows(&login, &["You are signed out."]);

    // A language Concierge does not ship: English, signed in or not.
    let mut other = Browser::speaking(addr, "ja-JP,ja;q=0.9,zh;q=0.8");
    let login = other.get("/login").await;
    assert_eq!(lang_of(&login), "en");
    shows(&login, &["<title>Sign in · Concierge</title>"]);
    link_login(&w, &mut other, guild).await;
    let page = other.get(&overview).await;
    assert_eq!(lang_of(&page), "en");
    shows(
        &page,
        &[
            "<h1>Overview</h1>",
            "5.00 ★",
            "<option value=\"en\" lang=\"en\" selected>English</option>",
        ],
    );
    assert_eq!(stored_language(&w, &other).await, None);

    // No Accept-Language at all: English.
    let mut bare = Browser::new(addr);
    assert_eq!(lang_of(&bare.get("/login").await), "en");
    w.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_dashboard_speaks_the_readers_language_on_sqlite() {
    the_dashboard_speaks_the_readers_language(world().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs PostgreSQL: set CONCIERGE_TEST_POSTGRES_URL and run with -- --include-ignored"]
async fn the_dashboard_speaks_the_readers_language_on_postgresql() {
    let db = common::TestDb::postgres().await;
    let url = db.url.clone();
    let w = world_with(move |mut s| {
        s.database_url = Some(url);
        s
    })
    .await;
    the_dashboard_speaks_the_readers_language(w).await;
    drop(db);
}

/// Every dashboard message (`web-`) says something in every language, whatever the counts
/// (0, 1, 3, 5, 21: every plural form of every shipped language): no message is missing and
/// no variable is left unfilled.
#[test]
fn every_dashboard_message_formats_in_every_language() {
    let messages: Vec<(String, Vec<String>)> = i18n::message_ids(Lang::En)
        .into_iter()
        .filter(|(id, _)| id.starts_with("web-"))
        .map(|(id, _)| {
            let vars = i18n::variables_of(Lang::En, &id, None);
            (id, vars)
        })
        .collect();
    assert!(
        messages.len() > 200,
        "the dashboard's messages are in web.ftl"
    );
    for lang in Lang::ALL {
        for (id, vars) in &messages {
            assert!(i18n::has_message(lang, id), "{lang} lacks {id}");
            for n in [0, 1, 3, 5, 21] {
                let mut args = Args::new();
                for v in vars {
                    args.set(v.clone(), n);
                }
                let said = i18n::text(lang, id, Some(&args));
                assert!(
                    !said.trim().is_empty() && &said != id && !said.contains("{$"),
                    "{lang}: {id} with {n} = {said:?}"
                );
            }
        }
    }
}
