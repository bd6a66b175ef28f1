//! Two servers side by side on one database (SQLite and PostgreSQL): each has its own ticket
//! 1, its own queue, KPIs and knowledge gaps; a ticket number from one server is no ticket in
//! the other. And the upgrade from the schema before per-server scoping, with data in it:
//! tickets numbered in their server in the order they were opened, nothing lost.

#[macro_use]
mod common;

use common::*;
use concierge::desk::{DeskError, NewQuestion, QueueFilter};
use concierge::store::Store;
use concierge::tickets::{ChannelId, GuildId, MessageId, Refusal, TicketNo};

const A: GuildId = GuildId(100);
const B: GuildId = GuildId(200);

fn in_server(guild: GuildId, n: u64, topic: &str) -> concierge::desk::OpenRequest {
    let mut r = request(member(n), topic);
    r.guild = guild;
    r
}

desk_test!(two_servers_side_by_side, |db| {
    let desk = db.desk().await;
    let a1 = desk
        .open(in_server(A, 1, "a first"), at(0))
        .await
        .unwrap()
        .ticket;
    let b1 = desk
        .open(in_server(B, 1, "b first"), at(1))
        .await
        .unwrap()
        .ticket;
    let a2 = desk
        .open(in_server(A, 2, "a second"), at(2))
        .await
        .unwrap()
        .ticket;
    assert_eq!(
        (a1.no, b1.no, a2.no),
        (TicketNo(1), TicketNo(1), TicketNo(2))
    );
    assert_ne!(a1.id, b1.id);

    // By number, in its own server only.
    assert_eq!(
        desk.ticket_by_number(B, TicketNo(1)).await.unwrap().id,
        b1.id
    );
    let refused = desk.ticket_by_number(B, TicketNo(2)).await;
    assert!(
        matches!(
            refused,
            Err(DeskError::Refused(Refusal::NoSuchTicket(TicketNo(2))))
        ),
        "{refused:?}"
    );

    // A member's open-ticket limit counts their tickets in that server only.
    for n in 0..3 {
        desk.open(in_server(A, 9, &format!("a {n}")), at(3))
            .await
            .unwrap();
    }
    desk.open(in_server(B, 9, "b, still allowed"), at(3))
        .await
        .unwrap();

    // The queue of one server.
    let queue = |g| {
        let desk = &desk;
        async move {
            let filter = QueueFilter {
                guild: Some(g),
                include_claimed: true,
                ..QueueFilter::default()
            };
            desk.queue(at(10), filter).await.unwrap().entries.len()
        }
    };
    assert_eq!((queue(A).await, queue(B).await), (5, 2));

    // KPIs per server.
    desk.record_message(a1.thread.unwrap_or(ChannelId(0)), message_by_agent(1))
        .await
        .ok();
    let ka = desk.kpi_report(A, at(60), 1).await.unwrap();
    let kb = desk.kpi_report(B, at(60), 1).await.unwrap();
    assert_eq!((ka.tickets_opened, kb.tickets_opened), (5, 2));

    // Knowledge gaps: a question in server B followed by a ticket there is B's gap only.
    let q = NewQuestion {
        message_id: Some(MessageId(77)),
        guild: B,
        channel: ChannelId(5),
        asker: member(4).user,
        text: "how do I export invoices?".into(),
        at: at(20),
    };
    desk.record_unanswered(q).await.unwrap();
    desk.open(in_server(B, 4, "exports"), at(21)).await.unwrap();
    let gaps_b = desk.knowledge_gaps(B, at(0), 10).await.unwrap();
    assert_eq!(gaps_b.len(), 1);
    assert_eq!(gaps_b[0].ticket, TicketNo(3), "B's third ticket");
    assert!(desk.knowledge_gaps(A, at(0), 10).await.unwrap().is_empty());
});

/// An agent's message, for tickets that have no thread (recorded by ticket elsewhere).
fn message_by_agent(id: u64) -> concierge::desk::NewMessage {
    concierge::desk::NewMessage {
        message_id: MessageId(id),
        author: agent(1, 1).user,
        author_name: "agent".into(),
        kind: concierge::tickets::AuthorKind::Agent,
        author_tier: Some(concierge::tickets::Tier(1)),
        at: at(5),
        content: "hello".into(),
    }
}

/// A database migrated only up to `upto` (the schema of an earlier release), from copies of
/// the migration files.
async fn database_at(url: &str, sqlite: bool, upto: i64) {
    let dir = tempfile::tempdir().unwrap();
    let from = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("migrations")
        .join(if sqlite { "sqlite" } else { "postgres" });
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let name = e.file_name().into_string().unwrap();
        let version: i64 = name[..4].parse().unwrap();
        if version <= upto {
            std::fs::copy(e.path(), dir.path().join(&name)).unwrap();
        }
    }
    let migrator = sqlx::migrate::Migrator::new(dir.path()).await.unwrap();
    if sqlite {
        let opts: sqlx::sqlite::SqliteConnectOptions = url.parse().unwrap();
        let pool = sqlx::SqlitePool::connect_with(opts.create_if_missing(true))
            .await
            .unwrap();
        migrator.run(&pool).await.unwrap();
        seed_old_rows(&pool).await;
        pool.close().await;
    } else {
        let pool = sqlx::PgPool::connect(url).await.unwrap();
        migrator.run(&pool).await.unwrap();
        seed_old_rows(&pool).await;
        pool.close().await;
    }
}

/// Rows as the earlier release wrote them: tickets of two servers, interleaved, and an
/// answer and a question that did not know their server.
async fn seed_old_rows<DB: sqlx::Database>(pool: &sqlx::Pool<DB>)
where
    for<'c> &'c sqlx::Pool<DB>: sqlx::Executor<'c, Database = DB>,
    for<'q> <DB as sqlx::Database>::Arguments<'q>: sqlx::IntoArguments<'q, DB>,
{
    for (id, guild) in [(1, 100), (2, 200), (3, 100), (4, 100), (5, 200)] {
        // Ids from the table's own sequence, as the earlier release got them.
        sqlx::query(&format!(
            "INSERT INTO tickets (guild_id, owner_id, opened_by, topic, tier, status, priority, \
             opened_at, first_sla_due_at) VALUES ({guild}, 7, 7, 'old {id}', 1, 'open', 'normal', {t}, {t})",
            t = 1_700_000_000 + id
        ))
        .execute(pool)
        .await
        .unwrap();
    }
    sqlx::query(
        "INSERT INTO answers (message_id, channel_id, asker_id, entry_id, score, at) \
         VALUES (900, 5, 8, 'refunds', 0.9, 1700000000)",
    )
    .execute(pool)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO unanswered (message_id, channel_id, asker_id, text, at) \
         VALUES (901, 5, 8, 'what?', 1700000000)",
    )
    .execute(pool)
    .await
    .unwrap();
}

desk_test!(
    the_upgrade_numbers_old_tickets_per_server_and_loses_nothing,
    |db| {
        let sqlite = db.url.starts_with("sqlite");
        database_at(&db.url, sqlite, 6).await;
        let store = Store::open(&db.url).await.expect("the upgrade applies");
        assert_eq!(store.ticket_count().await.unwrap(), 5);
        let no = |guild, n| {
            let store = store.clone();
            async move {
                store
                    .ticket_by_number(GuildId(guild), TicketNo(n))
                    .await
                    .unwrap()
                    .map(|t| (t.id.0, t.topic))
            }
        };
        assert_eq!(no(100, 1).await, Some((1, "old 1".to_string())));
        assert_eq!(no(100, 3).await, Some((4, "old 4".to_string())));
        assert_eq!(no(200, 2).await, Some((5, "old 5".to_string())));
        assert_eq!(no(200, 3).await, None);
        // Two servers' tickets: the old answers' server is unknown until the bot's `.env` server
        // adopts them.
        let desk = concierge::desk::Desk::new(store.clone(), Default::default());
        let adopted = store.adopt_unscoped(GuildId(100)).await.unwrap();
        assert_eq!(adopted, 2, "the answer and the question");
        // New tickets continue each server's numbering.
        let t = desk
            .open(in_server(GuildId(200), 1, "new"), at(0))
            .await
            .unwrap()
            .ticket;
        assert_eq!(t.no, TicketNo(3));
        store.close().await;
    }
);

/// Rows of `table` that belong to `guild` (directly or through its tickets / answers).
async fn rows_of(db: &TestDb, table: &str, guild: GuildId) -> i64 {
    let g = guild.0;
    let sql = match table {
        "events" | "messages" | "ratings" => format!(
            "SELECT COUNT(*) FROM {table} WHERE ticket_id IN (SELECT id FROM tickets WHERE guild_id = {g})"
        ),
        "answer_feedback" => format!(
            "SELECT COUNT(*) FROM answer_feedback WHERE answer_id IN (SELECT id FROM answers WHERE guild_id = {g})"
        ),
        _ => format!("SELECT COUNT(*) FROM {table} WHERE guild_id = {g}"),
    };
    if db.url.starts_with("sqlite") {
        let mut c = <sqlx::SqliteConnection as sqlx::Connection>::connect(&db.url)
            .await
            .unwrap();
        sqlx::query_scalar(&sql).fetch_one(&mut c).await.unwrap()
    } else {
        let mut c = <sqlx::PgConnection as sqlx::Connection>::connect(&db.url)
            .await
            .unwrap();
        sqlx::query_scalar(&sql).fetch_one(&mut c).await.unwrap()
    }
}

const TABLES: &[&str] = &[
    "tickets",
    "events",
    "messages",
    "ratings",
    "answers",
    "answer_feedback",
    "unanswered",
    "agent_answers",
    "handled_questions",
    "guild_settings",
    "settings_audit",
    "kb_changes",
    "guilds",
];

/// A server with something in every table.
async fn fill(desk: &concierge::desk::Desk, guild: GuildId, base: u64) {
    use concierge::desk::{NewAgentAnswer, NewAnswer};
    use concierge::settings::Source;
    let mut r = in_server(guild, base, "help");
    r.thread = Some(ChannelId(base * 10));
    let t = desk.open(r, at(0)).await.unwrap().ticket;
    let mut m = message_by_agent(base * 100);
    m.at = at(1);
    desk.record_message(ChannelId(base * 10), m).await.unwrap();
    desk.close(t.id, agent(1, 1), None, at(2)).await.unwrap();
    desk.rate(t.id, member(base).user, 5, at(3)).await.unwrap();
    let answer = NewAnswer {
        message_id: MessageId(base * 1000),
        guild,
        channel: ChannelId(5),
        asker: member(base + 1).user,
        entry_id: "refund".into(),
        score: 0.9,
        at: at(4),
    };
    desk.record_auto_answer(answer).await.unwrap();
    desk.answer_feedback(
        MessageId(base * 1000),
        member(base + 1).user,
        Some(true),
        at(5),
    )
    .await
    .unwrap();
    let q = NewQuestion {
        message_id: Some(MessageId(base * 1000 + 1)),
        guild,
        channel: ChannelId(5),
        asker: member(base + 2).user,
        text: "what?".into(),
        at: at(6),
    };
    desk.record_unanswered(q).await.unwrap();
    desk.record_agent_answer(NewAgentAnswer {
        message_id: MessageId(base * 1000 + 2),
        guild,
        channel: ChannelId(5),
        agent: agent(1, 1).user,
        entry_id: "refund".into(),
        asker: None,
        reply_to: None,
        at: at(7),
    })
    .await
    .unwrap();
    desk.take_question(MessageId(base * 1000 + 3), guild, ChannelId(5), at(8))
        .await
        .unwrap();
    desk.change_settings(
        guild,
        &[("max_open_tickets".to_string(), Some("2".to_string()))],
        None,
        Source::Discord,
        at(9),
    )
    .await
    .unwrap();
    desk.record_kb_change(concierge::store::kb_changes::KbChange {
        guild,
        at: at(10),
        actor: agent(1, 1).user,
        action: "added".into(),
        entry_id: "x".into(),
        file: "1/concierge.toml".into(),
    })
    .await
    .unwrap();
}

desk_test!(
    deleting_a_server_deletes_everything_of_it_and_nothing_else,
    |db| {
        let desk = db.desk().await;
        fill(&desk, A, 1).await;
        fill(&desk, B, 2).await;
        for table in TABLES {
            assert!(rows_of(&db, table, A).await > 0, "{table} has rows of A");
        }
        let deleted = desk.delete_server_data(A).await.unwrap();
        assert_eq!(deleted.tickets, 1);
        for table in TABLES {
            assert_eq!(
                rows_of(&db, table, A).await,
                0,
                "{table} still has rows of A"
            );
            assert!(rows_of(&db, table, B).await > 0, "{table} lost rows of B");
        }
        assert!(!desk.server(A).await.unwrap().configured);
    }
);

desk_test!(a_server_left_is_deleted_after_the_retention_period, |db| {
    let desk = db.desk().await;
    fill(&desk, A, 1).await;
    fill(&desk, B, 2).await;
    let retention = chrono::Duration::days(30);
    assert!(
        !desk.server_present(A, at(0)).await.unwrap(),
        "known already"
    );
    desk.server_left(A, at(20)).await.unwrap();
    desk.server_left(B, at(20)).await.unwrap();
    // B comes back before the period ends: kept.
    desk.server_present(B, at(30)).await.unwrap();
    let day = |d: i64| at(20) + chrono::Duration::days(d);
    assert!(desk
        .expire_left_servers(day(29), retention)
        .await
        .unwrap()
        .is_empty());
    let gone = desk.expire_left_servers(day(31), retention).await.unwrap();
    assert_eq!(gone.len(), 1);
    assert_eq!(gone[0].0, A);
    assert_eq!(rows_of(&db, "tickets", A).await, 0);
    assert_eq!(rows_of(&db, "tickets", B).await, 1);
    // A server never seen before is new, and its welcome is taken once.
    let c = GuildId(300);
    assert!(desk.server_present(c, at(0)).await.unwrap());
    assert!(desk.take_welcome(c, at(0)).await.unwrap());
    assert!(!desk.take_welcome(c, at(1)).await.unwrap());
});
