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
