//! The dashboard's knowledge-base pages over real HTTP, beside the real bot on the emulator:
//! the entries with their figures and the test box; the gaps page grouping what members asked
//! in #help; a group turned into an entry (or into patterns of an entry) by a moderator, after
//! which the bot answers the question in Discord; who may send the forms (CSRF, agents); a
//! refused form shown again naming the field; member text escaped.

mod discord;
mod web;

use concierge::sandbox::world::World;
use concierge::tickets::GuildId;
use discord::*;
use discord_emulator::Message;
use web::{discord_login, link_login, Browser, Page};

/// Members ask in #help (none answered); returns once the bot has handled them.
async fn ask_unanswered(w: &World, questions: &[(&str, &str)]) {
    let help = w.channel("help");
    for (member, q) in questions {
        w.emu.post_message(help, w.user(member), q);
    }
    assert!(w.settle(T).await);
    let bot = w.emu.bot_user_id();
    assert!(
        w.emu.messages(help).iter().all(|m| m.author_id != bot),
        "the bot answered none of {questions:?}"
    );
}

/// `member` asks in #help; the bot's reply to that message.
async fn answer_to(w: &World, member: &str, question: &str) -> Message {
    let help = w.channel("help");
    let q = w.emu.post_message(help, w.user(member), question);
    let bot = w.emu.bot_user_id();
    w.emu
        .wait_for_message(
            help,
            |m| {
                m.author_id == bot
                    && m.message_reference.as_ref().is_some_and(|r| {
                        r["message_id"].as_str().and_then(|s| s.parse::<u64>().ok()) == Some(q)
                    })
            },
            T,
        )
        .await
        .unwrap_or_else(|| panic!("no answer to {question:?}"))
}

fn description(m: &Message) -> String {
    m.embeds[0]["description"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// Posts a form of owned values.
async fn post(b: &mut Browser, path: &str, form: &[(&str, String)]) -> Page {
    let refs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    b.post(path, &refs).await
}

/// `path` with its query encoded.
fn with_query(path: &str, query: &[(&str, &str)]) -> String {
    format!("{path}?{}", serde_urlencoded::to_string(query).unwrap())
}

/// The text of the first `<textarea name="{name}">` on the page, unescaped.
fn textarea(page: &Page, name: &str) -> String {
    let at = page
        .body
        .find(&format!("name=\"{name}\""))
        .expect("the textarea");
    let rest = &page.body[at..];
    let start = rest.find('>').unwrap() + 1;
    let end = rest.find("</textarea>").unwrap();
    rest[start..end]
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[tokio::test]
async fn entries_show_their_figures_and_the_test_box_explains() {
    let w = world().await;
    let (addr, _) = w.serve_dashboard(0, None, None).await.unwrap();
    let guild = w.emu.guild_id();
    ask(&w, "alice", "how do I reset my password?").await;

    let mut b = Browser::new(addr);
    link_login(&w, &mut b, guild).await;
    let page = b.get(&format!("/g/{guild}/kb?days=7")).await;
    assert_eq!(page.status, 200, "{}", page.body);
    let body = &page.body;
    assert!(
        body.contains(">Knowledge base</a>"),
        "the navigation: {body}"
    );
    assert!(body.contains(">Gaps</a>"), "the navigation: {body}");
    // The answered entry first (most used), with its figures; the others at zero.
    let row = body
        .split("<tr>")
        .find(|r| r.contains("<code>reset-password</code>"))
        .expect("the entry's row");
    assert!(row.contains("Resetting your password"), "{row}");
    assert!(row.contains(">shared<"), "{row}");
    assert!(row.contains("account.toml"), "{row}");
    assert!(
        row.contains("<td class=\"num\">1</td><td class=\"num\">0</td>"),
        "one auto-answer, no agent send: {row}"
    );
    let first = body.find("<code>reset-password</code>").unwrap();
    assert!(
        first < body.find("<code>refund</code>").unwrap(),
        "most used first"
    );
    assert!(
        body.contains("<code>server-rules</code>"),
        "every entry is listed"
    );
    let helpful = b.get(&format!("/g/{guild}/kb?days=7&sort=helpful")).await;
    assert_eq!(helpful.status, 200);
    assert_eq!(b.get(&format!("/g/{guild}/kb?sort=best")).await.status, 400);

    // The test box: a known question, with the explanation /kb test gives.
    let path = format!("/g/{guild}/kb");
    let known = b
        .get(&with_query(&path, &[("q", "how do I reset my password?")]))
        .await;
    assert_eq!(known.status, 200);
    let body = &known.body;
    assert!(body.contains("The bot would answer with"), "{body}");
    assert!(
        body.contains("(<code>reset-password</code>): confidence 0."),
        "{body}"
    );
    assert!(body.contains(", threshold 0.84"), "{body}");
    assert!(body.contains("shared words: reset, password"), "{body}");
    assert!(body.contains("closest pattern"), "{body}");
    // Nonsense: not answered, and why.
    let nonsense = b.get(&with_query(&path, &[("q", "qwxz zzkv blorp")])).await;
    assert!(
        nonsense
            .body
            .contains("The bot would not answer: the best entry"),
        "{}",
        nonsense.body
    );
    assert!(
        nonsense.body.contains("is under its threshold 0.84"),
        "{}",
        nonsense.body
    );
}

#[tokio::test]
async fn a_gap_becomes_an_entry_the_bot_answers() {
    let folder = responses_copy();
    let w = world_in(folder.path()).await;
    let (addr, _) = w.serve_dashboard(0, None, None).await.unwrap();
    let guild = w.emu.guild_id();
    ask_unanswered(
        &w,
        &[
            ("alice", "how do I pair the app with my smartwatch"),
            ("bob", "can I pair my smartwatch"),
            ("carol", "smartwatch pairing does not work"),
            ("alice", "where is your office located"),
        ],
    )
    .await;
    // One of them then talked to a human.
    open_ticket(&w, "bob", "my watch").await;

    let mut max = Browser::new(addr);
    discord_login(&w, &mut max, "mod-max").await;
    let gaps = max.get(&format!("/g/{guild}/kb/gaps?days=7")).await;
    assert_eq!(gaps.status, 200, "{}", gaps.body);
    let group = gaps
        .body
        .split("<section")
        .find(|s| s.contains("can I pair my smartwatch"))
        .expect("the smartwatch group");
    assert!(group.contains("<strong>3</strong> questions"), "{group}");
    assert!(
        group.contains("<strong>1</strong> became tickets"),
        "{group}"
    );
    assert!(
        group.contains(&format!("href=\"/g/{guild}/tickets/1\"")),
        "the ticket is linked: {group}"
    );
    assert!(!group.contains("office"), "another topic: {group}");
    assert!(group.contains("Create the entry") && group.contains("Add the patterns"));

    // Create an entry from the group, with the patterns it suggests.
    let section = Page {
        status: 200,
        headers: Default::default(),
        body: group.to_string(),
    };
    let patterns = textarea(&section, "patterns");
    assert!(patterns.contains("can I pair my smartwatch"), "{patterns}");
    assert!(patterns.lines().count() >= 3, "{patterns}");
    let csrf = gaps.csrf();
    let created = max
        .post(
            &format!("/g/{guild}/kb/gaps/new-entry"),
            &[
                ("csrf", &csrf),
                ("id", "smartwatch"),
                ("title", "Pairing a smartwatch"),
                ("answer", "Open **Settings → Devices** and press Pair."),
                ("patterns", &patterns),
            ],
        )
        .await;
    assert_eq!(created.status, 303, "{}", created.body);
    assert_eq!(
        created.location(),
        format!("/g/{guild}/kb?done=added&entry=smartwatch")
    );
    let kb = max.get(created.location()).await;
    assert!(
        kb.body
            .contains("Added the entry `smartwatch`; the bot answers it from now on."),
        "{}",
        kb.body
    );
    assert!(kb.body.contains(">this server's<"), "{}", kb.body);

    // The bot answers it in Discord, with the new entry.
    let answer = answer_to(&w, "carol", "how do I pair my smartwatch?").await;
    assert!(
        description(&answer).contains("Settings → Devices"),
        "{:?}",
        answer.embeds
    );
    let changes = w.bot.desk.kb_changes(GuildId(guild), 10).await.unwrap();
    assert_eq!(changes.len(), 1);
    assert_eq!(changes[0].action, "added");
    assert_eq!(changes[0].entry_id, "smartwatch");
    assert_eq!(changes[0].actor.0, w.user("mod-max"));
}

#[tokio::test]
async fn a_gaps_patterns_are_added_to_an_existing_entry() {
    let folder = responses_copy();
    let w = world_in(folder.path()).await;
    let (addr, _) = w.serve_dashboard(0, None, None).await.unwrap();
    let guild = w.emu.guild_id();
    ask_unanswered(
        &w,
        &[
            ("alice", "where do I find my order number"),
            ("bob", "where do I find my order number"),
            ("carol", "order number?"),
        ],
    )
    .await;

    let mut max = Browser::new(addr);
    discord_login(&w, &mut max, "mod-max").await;
    let gaps = max.get(&format!("/g/{guild}/kb/gaps")).await;
    assert_eq!(gaps.status, 200, "{}", gaps.body);
    assert!(
        gaps.body.contains("<strong>3</strong> questions"),
        "{}",
        gaps.body
    );
    assert!(
        gaps.body
            .contains("name=\"pattern\" value=\"where do I find my order number\" checked"),
        "{}",
        gaps.body
    );
    assert!(
        gaps.body.contains("<option value=\"invoice\""),
        "{}",
        gaps.body
    );

    // Only the pattern kept checked is added.
    let sent = max
        .post(
            &format!("/g/{guild}/kb/gaps/add-patterns"),
            &[
                ("csrf", &gaps.csrf()),
                ("offered", "where do I find my order number"),
                ("offered", "order number?"),
                ("pattern", "where do I find my order number"),
                ("entry", "invoice"),
            ],
        )
        .await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    assert_eq!(
        sent.location(),
        format!("/g/{guild}/kb?done=patterns&entry=invoice&n=1")
    );
    let kb = w.bot.kb.for_server(guild);
    let invoice = kb.entry("invoice").unwrap();
    assert!(invoice
        .patterns
        .iter()
        .any(|p| p == "where do I find my order number"));
    assert!(!invoice.patterns.iter().any(|p| p == "order number?"));
    assert!(kb.overrides("invoice"), "the server's own version now");

    let answer = answer_to(&w, "carol", "where do I find my order number").await;
    assert_eq!(answer.embeds[0]["title"], "Invoices and receipts");
    let changes = w.bot.desk.kb_changes(GuildId(guild), 10).await.unwrap();
    assert_eq!(changes.len(), 1);
    assert_eq!(changes[0].action, "overrode");
    assert_eq!(changes[0].entry_id, "invoice");

    // Nothing new to add: refused, naming the field, nothing written.
    let again = max
        .post(
            &format!("/g/{guild}/kb/gaps/add-patterns"),
            &[
                ("csrf", &gaps.csrf()),
                ("offered", "where do I find my order number"),
                ("pattern", "Where do I find my order number?"),
                ("entry", "invoice"),
            ],
        )
        .await;
    assert_eq!(again.status, 422, "{}", again.body);
    assert!(
        again
            .body
            .contains("Patterns: `patterns`: `invoice` already has every one"),
        "{}",
        again.body
    );
    assert_eq!(
        w.bot
            .desk
            .kb_changes(GuildId(guild), 10)
            .await
            .unwrap()
            .len(),
        1
    );
}

#[tokio::test]
async fn only_moderators_and_managers_send_the_forms_with_the_csrf_token() {
    let folder = responses_copy();
    let w = world_in(folder.path()).await;
    let (addr, _) = w.serve_dashboard(0, None, None).await.unwrap();
    let guild = w.emu.guild_id();
    ask_unanswered(&w, &[("alice", "where is your office located")]).await;
    let path = format!("/g/{guild}/kb/gaps/new-entry");
    let entry = |csrf: Option<&str>| -> Vec<(&'static str, String)> {
        let mut f = vec![
            ("id", "office".to_string()),
            ("answer", "We work from home.".to_string()),
            ("patterns", "where is your office located".to_string()),
        ];
        if let Some(c) = csrf {
            f.push(("csrf", c.to_string()));
        }
        f
    };

    // A manager without the token, or with another one: refused.
    let mut admin = Browser::new(addr);
    link_login(&w, &mut admin, guild).await;
    for csrf in [None, Some(""), Some("not-the-token")] {
        let refused = post(&mut admin, &path, &entry(csrf)).await;
        assert_eq!(refused.status, 403, "{csrf:?}: {}", refused.body);
    }

    // An agent sees the groups but no forms, and may not send one.
    let mut ann = Browser::new(addr);
    discord_login(&w, &mut ann, "agent-ann").await;
    let gaps = ann.get(&format!("/g/{guild}/kb/gaps")).await;
    assert_eq!(gaps.status, 200, "{}", gaps.body);
    assert!(gaps.body.contains("where is your office located"));
    assert!(!gaps.body.contains("Create the entry"), "{}", gaps.body);
    assert!(!gaps.body.contains("Add the patterns"));
    let refused = post(&mut ann, &path, &entry(Some(&gaps.csrf()))).await;
    assert_eq!(refused.status, 403, "{}", refused.body);
    assert!(refused.body.contains("Only moderators"), "{}", refused.body);

    assert!(
        !folder.path().join(guild.to_string()).exists(),
        "nothing written"
    );
    assert!(w
        .bot
        .desk
        .kb_changes(GuildId(guild), 10)
        .await
        .unwrap()
        .is_empty());
}

#[tokio::test]
async fn a_refused_entry_is_shown_again_naming_the_field_and_member_text_is_escaped() {
    let folder = responses_copy();
    let w = world_in(folder.path()).await;
    let (addr, _) = w.serve_dashboard(0, None, None).await.unwrap();
    let guild = w.emu.guild_id();
    ask_unanswered(
        &w,
        &[
            (
                "alice",
                "<script>alert(1)</script> where is your office located",
            ),
            ("bob", "where is your office located"),
        ],
    )
    .await;

    let mut max = Browser::new(addr);
    discord_login(&w, &mut max, "mod-max").await;
    let gaps = max.get(&format!("/g/{guild}/kb/gaps")).await;
    assert_eq!(gaps.status, 200);
    assert!(!gaps.body.contains("<script>alert"), "{}", gaps.body);
    assert!(
        gaps.body
            .contains("&lt;script&gt;alert(1)&lt;/script&gt; where is your office located"),
        "{}",
        gaps.body
    );

    // A bad id and an empty answer: both named, what was sent kept, nothing written.
    let bad = max
        .post(
            &format!("/g/{guild}/kb/gaps/new-entry"),
            &[
                ("csrf", &gaps.csrf()),
                ("id", "Office Address!"),
                ("title", "Our office"),
                ("answer", "   "),
                ("patterns", "where is your office located"),
                ("representative", "where is your office located"),
            ],
        )
        .await;
    assert_eq!(bad.status, 422, "{}", bad.body);
    assert!(bad.body.contains("Nothing was written"), "{}", bad.body);
    assert!(
        bad.body
            .contains("Id: id `Office Address!` must be lower-case letters"),
        "{}",
        bad.body
    );
    assert!(
        bad.body.contains("Answer: `answer` is empty"),
        "{}",
        bad.body
    );
    assert!(
        bad.body.contains("value=\"Office Address!\""),
        "kept: {}",
        bad.body
    );
    assert!(
        bad.body.contains("value=\"Our office\""),
        "kept: {}",
        bad.body
    );
    assert!(bad.body.contains("aria-invalid=\"true\""));
    assert!(
        !folder.path().join(guild.to_string()).exists(),
        "nothing written"
    );
    assert!(w
        .bot
        .desk
        .kb_changes(GuildId(guild), 10)
        .await
        .unwrap()
        .is_empty());

    // An id the shared files use: named too.
    let shared = max
        .post(
            &format!("/g/{guild}/kb/gaps/new-entry"),
            &[
                ("csrf", &gaps.csrf()),
                ("id", "invoice"),
                ("answer", "We work from home."),
                ("patterns", "where is your office located"),
            ],
        )
        .await;
    assert_eq!(shared.status, 422);
    assert!(
        shared.body.contains("Id: `invoice` is a shared entry"),
        "{}",
        shared.body
    );
}

#[tokio::test]
async fn a_refused_entry_is_explained_in_the_readers_language() {
    let folder = responses_copy();
    let w = world_in(folder.path()).await;
    let (addr, _) = w.serve_dashboard(0, None, None).await.unwrap();
    let guild = w.emu.guild_id();
    ask_unanswered(
        &w,
        &[
            ("alice", "where is your office located"),
            ("bob", "where is your office located"),
        ],
    )
    .await;

    let mut max = Browser::speaking(addr, "de-DE");
    discord_login(&w, &mut max, "mod-max").await;
    let gaps = max.get(&format!("/g/{guild}/kb/gaps")).await;
    assert_eq!(gaps.status, 200);
    let bad = max
        .post(
            &format!("/g/{guild}/kb/gaps/new-entry"),
            &[
                ("csrf", &gaps.csrf()),
                ("id", "Office Address!"),
                ("title", "Our office"),
                ("answer", "   "),
                ("patterns", "where is your office located"),
                ("representative", "where is your office located"),
            ],
        )
        .await;
    assert_eq!(bad.status, 422, "{}", bad.body);
    assert!(
        bad.body.contains(
            "ID: die ID `Office Address!` darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten"
        ),
        "{}",
        bad.body
    );
    assert!(
        bad.body.contains("Antwort: `answer` ist leer"),
        "{}",
        bad.body
    );
    assert!(!bad.body.contains("must be lower-case"), "{}", bad.body);
    assert!(!folder.path().join(guild.to_string()).exists());
}
