//! The database goes away mid-run and comes back, with the real bot against the emulator:
//! SQLite's disk fills up (its own size cap, `PRAGMA max_page_count`) and PostgreSQL becomes
//! unreachable (a loopback proxy in front of it is cut). Nothing the bot confirmed is lost,
//! nothing it showed stays unrecorded, and it recovers without a restart:
//! - a command whose write fails says the database is unavailable, and did nothing;
//! - a rating that could not be saved asks the member to give it again;
//! - a member's message in a ticket is fetched again from Discord and recorded once the
//!   database is back; an auto-answer that was posted but not recorded is recorded then, and
//!   its Solved button works even before that.

#[macro_use]
mod common;
mod discord;

use common::proxy::Proxy;
use common::TestDb;
use concierge::bot::commands::ticket;
use concierge::bot::render;
use concierge::sandbox::world::World;
use concierge::store::{PageLimit, StoreOptions};
use concierge::tickets::MessageId;
use discord::{ask, bot_messages, button, open_ticket, slash, text_of, world_with, T};
use discord_emulator::Opt;
use sqlx::Connection as _;
use std::time::Duration;

/// A database that can be taken away and given back.
enum Outage {
    /// SQLite: the file's size is capped at what it is, and the tables a ticket writes to
    /// are filled to the brim, so that their next row needs a page the cap refuses.
    Full { limit: PageLimit, url: String },
    /// PostgreSQL behind a proxy that can be cut.
    Gone(Proxy),
}

impl Outage {
    async fn begin(&self) {
        match self {
            Outage::Full { limit, url } => {
                limit.set(1);
                fill_to_the_brim(url).await;
            }
            Outage::Gone(proxy) => proxy.down().await,
        }
    }

    fn end(&self) {
        match self {
            Outage::Full { limit, .. } => limit.set(PageLimit::UNLIMITED),
            Outage::Gone(proxy) => proxy.up(),
        }
    }

    /// Whether every write fails during it. A capped SQLite file still takes a write that fits
    /// in the room left in its pages (which write does depends on how the pages split).
    fn refuses_every_write(&self) -> bool {
        matches!(self, Outage::Gone(_))
    }

    /// Whether the bot can still take a question (and so post an answer) during it: the
    /// full SQLite file keeps room in the table of answered questions.
    fn answers_during(&self) -> bool {
        matches!(self, Outage::Full { .. })
    }
}

/// Ids for filler rows, far from Discord's.
static FILLER_IDS: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(1 << 50);

/// Fills the tables of ticket messages, events, ratings and answers up to the cap, rows from
/// big to one byte, through a connection of its own capped at the file's size.
async fn fill_to_the_brim(url: &str) {
    let mut c = sqlx::SqliteConnection::connect(url).await.unwrap();
    sqlx::query("PRAGMA max_page_count = 1")
        .execute(&mut c)
        .await
        .unwrap();
    // A filler ticket of its own for the rows that need one.
    sqlx::query(
        "INSERT INTO tickets (guild_id, owner_id, opened_by, topic, tier, status, priority, opened_at, first_sla_due_at) \
         VALUES (0, 0, 0, 'filler', 1, 'closed', 'normal', 0, 0)",
    )
    .execute(&mut c)
    .await
    .ok();
    let filler: i64 = sqlx::query_scalar("SELECT MIN(id) FROM tickets WHERE topic = 'filler'")
        .fetch_one(&mut c)
        .await
        .unwrap();
    let inserts = [
        "INSERT INTO messages (message_id, ticket_id, author_id, author_name, kind, at, content) VALUES ($1, $2, 0, 'f', 'member', 0, $3)",
        "INSERT INTO events (ticket_id, kind, at, reason) VALUES ($2, 'claimed', $1, $3)",
        "INSERT INTO ratings (ticket_id, rater_id, score, is_owner, at) VALUES ($2, $1, 1, FALSE, length($3))",
        "INSERT INTO answers (message_id, channel_id, asker_id, entry_id, score, at) VALUES ($1, 0, $2, $3, 0, 0)",
    ];
    for sql in inserts {
        for size in [2000, 400, 60, 8, 1] {
            loop {
                let n = FILLER_IDS.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                let r = sqlx::query(sql)
                    .bind(n)
                    .bind(filler)
                    .bind("x".repeat(size))
                    .execute(&mut c)
                    .await;
                match r {
                    Ok(_) => continue,
                    Err(e) if e.to_string().contains("full") => break,
                    Err(e) => panic!("{sql}: {e}"),
                }
            }
        }
    }
    c.close().await.ok();
}

/// The world on SQLite with a size cap, or on PostgreSQL behind a proxy.
async fn world_on(backend: &str) -> Option<(World, Outage, Option<TestDb>)> {
    let fast = StoreOptions {
        acquire_timeout: Duration::from_secs(1),
        ..StoreOptions::default()
    };
    if backend == "sqlite" {
        let db = TestDb::sqlite().await;
        let limit = PageLimit::new(PageLimit::UNLIMITED);
        let store = StoreOptions {
            sqlite_page_limit: Some(limit.clone()),
            ..fast
        };
        let url = db.url.clone();
        let w = world_with(|s| {
            let mut s = s.set("MEMBER_ANSWERS_PER_MINUTE", 0);
            s.database_url = Some(url.clone());
            s.store = store;
            s
        })
        .await;
        return Some((w, Outage::Full { limit, url }, Some(db)));
    }
    let db = TestDb::postgres().await;
    let proxy = Proxy::start("127.0.0.1:5432".into()).await;
    let url = db
        .url
        .replace("127.0.0.1:5432", &format!("127.0.0.1:{}", proxy.port));
    assert_ne!(url, db.url, "the test database URL names 127.0.0.1:5432");
    let w = world_with(|s| {
        let mut s = s.set("MEMBER_ANSWERS_PER_MINUTE", 0);
        s.database_url = Some(url);
        s.store = fast;
        s
    })
    .await;
    Some((w, Outage::Gone(proxy), Some(db)))
}

/// The status of the ticket in `thread`, read as soon as the database answers again (the
/// pool may hand out a connection the outage cut before it notices).
async fn status(w: &World, thread: u64) -> concierge::tickets::Status {
    for _ in 0..50 {
        let t = w
            .bot
            .desk
            .ticket_in_thread(concierge::tickets::ChannelId(thread));
        match t.await {
            Ok(t) => return t.status,
            Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
    panic!("the database did not come back");
}

/// `asker` presses Solved under `answer`: thanked, and the answer's record as it is then.
async fn press_solved(
    w: &World,
    answer: &discord_emulator::Message,
    asker: u64,
) -> concierge::store::answers::AnswerRecord {
    let help = w.channel("help");
    let i = w
        .emu
        .click_button(help, answer.id, asker, &button(answer, "Solved"));
    let r = w.emu.wait_for_interaction_response(&i, T).await.unwrap();
    assert_eq!(
        text_of(&r),
        render::thanks_solved(concierge::i18n::Lang::En)
    );
    w.bot
        .desk
        .store()
        .answer_by_message(MessageId(answer.id))
        .await
        .unwrap()
        .expect("the answer is recorded")
}

/// The recorded messages of the ticket in `thread`, oldest first.
async fn transcript(w: &World, thread: u64) -> Vec<(MessageId, String)> {
    let t = discord::ticket(w, thread).await;
    w.bot
        .desk
        .store()
        .messages_of(t.id)
        .await
        .unwrap()
        .into_iter()
        .map(|m| (m.message_id, m.content))
        .collect()
}

async fn nothing_is_lost_through_an_outage(backend: &str) {
    let Some((w, outage, _db)) = world_on(backend).await else {
        return;
    };
    let (alice, ann, carol) = (w.user("alice"), w.user("agent-ann"), w.user("carol"));
    let thread = open_ticket(&w, "alice", "my invoice is wrong").await;
    slash(&w, thread, ann, ticket::NAME, ticket::subs::CLAIM, vec![]).await;
    let first = w.emu.post_message(thread, ann, "Looking at it");
    assert!(discord::eventually(|| async { transcript(&w, thread).await.len() == 1 }).await);

    outage.begin().await;

    // A member's message in the ticket: Discord has it, the database cannot take it.
    let missed = w.emu.post_message(thread, alice, "here is the screenshot");
    assert!(w.settle(T).await);
    // Closing needs the database: the agent is told it failed and no rating is asked for,
    // or (a write that still fit) it is closed, stored, and the rating asked for.
    let close = vec![Opt::string(ticket::opts::RESOLUTION, "fixed the invoice")];
    let r = slash(
        &w,
        thread,
        ann,
        ticket::NAME,
        ticket::subs::CLOSE,
        close.clone(),
    )
    .await;
    let said = text_of(&r);
    let refused = said.contains("database is unavailable right now, so nothing was changed");
    assert!(r.ephemeral || !refused, "{said}");
    assert!(refused || said.contains("closed"), "{said}");
    if outage.refuses_every_write() {
        assert!(refused, "{said}");
    }
    assert!(w.settle(T).await);
    let prompts = |w: &World| {
        bot_messages(w, thread)
            .into_iter()
            .filter(|m| m.content.contains("how did we do"))
            .count()
    };
    assert_eq!(
        prompts(&w),
        usize::from(!refused),
        "a rating prompt only for a close said done"
    );
    // A question in the help channel: answered only if the bot can promise one answer.
    let answer = if outage.answers_during() {
        Some(ask(&w, "carol", "how do I reset my password?").await)
    } else {
        let help = w.channel("help");
        w.emu
            .post_message(help, carol, "how do I reset my password?");
        assert!(w.settle(T).await);
        assert!(
            bot_messages(&w, help).is_empty(),
            "silent: the question could not be taken"
        );
        None
    };

    // The database is back: the bot's next clock tick makes good what it missed.
    outage.end();
    let recorded = transcript(&w, thread).await;
    assert!(
        !recorded.iter().any(|(id, _)| id.0 == missed),
        "the missed message is not there yet: {recorded:?}"
    );
    w.advance(chrono::Duration::zero()).await;
    let recorded = transcript(&w, thread).await;
    let ids: Vec<u64> = recorded.iter().map(|(id, _)| id.0).collect();
    assert_eq!(
        ids,
        vec![first, missed],
        "in order, once each: {recorded:?}"
    );
    assert!(w.bot.missed.lock().unwrap().is_empty());
    if let Some(answer) = &answer {
        // Recorded by the retry: the asker's Solved counts.
        let record = press_solved(&w, answer, carol).await;
        assert_eq!(record.helpful, 1);
    }

    let stored = status(&w, thread).await == concierge::tickets::Status::Closed;
    assert_eq!(
        stored, !refused,
        "said {said:?}: confirmed exactly when stored"
    );

    // The same close now works, once.
    if refused {
        let r = slash(&w, thread, ann, ticket::NAME, ticket::subs::CLOSE, close).await;
        assert!(text_of(&r).contains("closed"), "{}", text_of(&r));
    }
    let prompt = w
        .emu
        .wait_for_message(thread, |m| m.content.contains("how did we do"), T)
        .await
        .expect("a rating prompt");
    assert!(
        w.emu
            .wait_until(T, |e| e.reactions(thread, prompt.id).len() == 5)
            .await
    );

    // A rating during an outage is not lost silently: the member is asked to give it again
    // (or, a write that still fit, it is stored).
    let t = discord::ticket(&w, thread).await;
    outage.begin().await;
    let five = render::RATING_EMOJI[4];
    let owner_rated = || async {
        w.bot
            .desk
            .ratings(t.id)
            .await
            .is_ok_and(|r| r.iter().any(|r| r.score == 5 && r.is_owner))
    };
    w.emu.add_reaction(thread, prompt.id, alice, five).unwrap();
    assert!(w.settle(T).await);
    let asked_again = w.emu.messages(thread).iter().any(|m| {
        m.content
            .contains(&render::rating_not_saved(concierge::i18n::Lang::En))
    });
    outage.end();
    if outage.refuses_every_write() {
        assert!(asked_again, "the member is told the rating was not saved");
    }
    assert_eq!(
        owner_rated().await,
        !asked_again,
        "asked again exactly when not stored"
    );
    if asked_again {
        // As a person would: the reaction taken off, then (a moment later) given again.
        w.emu
            .remove_reaction(thread, prompt.id, alice, five)
            .unwrap();
        assert!(w.settle(T).await);
        w.emu.add_reaction(thread, prompt.id, alice, five).unwrap();
    }
    let rated = discord::eventually(owner_rated).await;
    assert!(rated, "the rating given again is stored");
    w.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nothing_is_lost_when_sqlite_fills_up() {
    nothing_is_lost_through_an_outage("sqlite").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs PostgreSQL: set CONCIERGE_TEST_POSTGRES_URL and run with -- --include-ignored"]
async fn nothing_is_lost_when_postgres_goes_away() {
    nothing_is_lost_through_an_outage("postgres").await;
}

/// An answer whose record is gone (the database lost it) still has working buttons: pressing
/// one records it from the button, on both databases.
async fn buttons_work_on_an_unrecorded_answer(backend: &str) {
    let Some((w, _outage, _db)) = world_on(backend).await else {
        return;
    };
    let carol = w.user("carol");
    let answer = ask(&w, "carol", "how do I reset my password?").await;
    assert!(w.settle(T).await);
    let url = w.bot.config.database_url.clone();
    let sql = format!(
        "DELETE FROM answers WHERE message_id = {}",
        MessageId(answer.id).to_db()
    );
    if backend == "sqlite" {
        let mut c = sqlx::SqliteConnection::connect(&url).await.unwrap();
        sqlx::query(&sql).execute(&mut c).await.unwrap();
    } else {
        let mut c = sqlx::PgConnection::connect(&url).await.unwrap();
        sqlx::query(&sql).execute(&mut c).await.unwrap();
    }
    let record = press_solved(&w, &answer, carol).await;
    assert_eq!(record.entry_id, "reset-password");
    assert_eq!(record.asker_id, concierge::tickets::UserId(carol).to_db());
    assert_eq!(record.helpful, 1);
    w.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn buttons_work_on_an_unrecorded_answer_sqlite() {
    buttons_work_on_an_unrecorded_answer("sqlite").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs PostgreSQL: set CONCIERGE_TEST_POSTGRES_URL and run with -- --include-ignored"]
async fn buttons_work_on_an_unrecorded_answer_postgres() {
    buttons_work_on_an_unrecorded_answer("postgres").await;
}
