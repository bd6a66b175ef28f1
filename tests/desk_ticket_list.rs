//! The ticket list on both backends: one server's tickets only, each filter (status, tier,
//! category or none, tag, holder, priority, opening period, text in the topic or in the
//! messages with `%` and `_` taken literally), newest first with paging and the total, rows
//! carrying their category's name (kept when it is removed), tags and the owner's rating; and
//! the CSV export: its header, quoting, and formulas in member text made inert.

#[macro_use]
mod common;

use common::*;
use concierge::desk::{
    CategoryFilter, Desk, DeskError, NewMessage, PageRequest, TicketListFilter, TicketListRow,
    MAX_PAGE_SIZE,
};
use concierge::store::events::NewEvent;
use concierge::store::tickets::{Inserted, NewTicket};
use concierge::tickets::category::CategoryDraft;
use concierge::tickets::{
    Actor, AuthorKind, ChannelId, EventKind, GuildId, MessageId, Priority, Refusal, Status,
    TicketId, Tier, UserId,
};

const MOD: UserId = UserId(900);

/// Opens a ticket for member `n` about `topic` at minute `minute`, in thread `100 + n`.
async fn open(desk: &Desk, guild: GuildId, n: u64, topic: &str, minute: i64) -> TicketId {
    let mut req = request(member(n), topic);
    req.guild = guild;
    let id = desk.open(req, at(minute)).await.unwrap().ticket.id;
    desk.attach_thread(id, ChannelId(100 + n), at(minute))
        .await
        .unwrap();
    id
}

/// Posts `content` by `who` in member `n`'s ticket thread.
async fn say(desk: &Desk, n: u64, who: Actor, id: u64, content: &str, minute: i64) {
    desk.record_message(
        ChannelId(100 + n),
        NewMessage {
            message_id: MessageId(id),
            author: who.user,
            author_name: "someone".into(),
            kind: if who.is_agent() {
                AuthorKind::Agent
            } else {
                AuthorKind::Member
            },
            author_tier: who.tier,
            at: at(minute),
            content: content.into(),
        },
    )
    .await
    .unwrap();
}

/// The numbers of the first page (of 100) `filter` lists in [`GUILD`].
async fn numbers(desk: &Desk, filter: TicketListFilter) -> Vec<i64> {
    let page = desk
        .ticket_list(
            GUILD,
            &filter,
            PageRequest {
                number: 1,
                size: 100,
            },
        )
        .await
        .unwrap();
    assert_eq!(page.total, page.rows.len() as u64, "{filter:?}");
    page.rows.iter().map(|r| r.no.0).collect()
}

/// A server with five tickets (numbers 1 to 5, opened 10 minutes apart) and another server's:
/// 1 "Refund please": Billing, tagged billing, answered and closed by ann, rated 4;
/// 2 "App CRASHES": tagged bug, escalated to tier 2, urgent;
/// 3 "50% off coupon": claimed by bob, a member message "use code a_b";
/// 4 "5000 off": a message "codeAXB"; 5 "Login loop" (opened at the same minute as 4).
async fn seeded(desk: &Desk) {
    let billing = desk
        .create_category(
            GUILD,
            &CategoryDraft {
                name: "Billing".into(),
                description: "money".into(),
                ..CategoryDraft::default()
            },
            MOD,
            at(0),
        )
        .await
        .unwrap();
    for tag in ["billing", "bug"] {
        desk.create_tag(GUILD, tag, "", MOD, at(0)).await.unwrap();
    }
    let (ann, bob) = (agent(1, 1), agent(2, 1));

    let mut req = request(member(1), "Refund please");
    req.category = Some(billing.id);
    let t1 = desk.open(req, at(0)).await.unwrap().ticket.id;
    desk.attach_thread(t1, ChannelId(101), at(0)).await.unwrap();
    desk.tag_ticket(t1, &ann, "billing", true, at(1))
        .await
        .unwrap();
    desk.claim(t1, ann, at(2)).await.unwrap();
    say(desk, 1, ann, 11, "refunded", 3).await;
    desk.close(t1, ann, None, at(4)).await.unwrap();
    desk.rate(t1, member(1).user, 4, at(5)).await.unwrap();

    let t2 = open(desk, GUILD, 2, "App CRASHES", 10).await;
    desk.tag_ticket(t2, &ann, "bug", true, at(11))
        .await
        .unwrap();
    desk.escalate(t2, ann, None, None, at(12)).await.unwrap();
    desk.set_priority(t2, agent(3, 2), Priority::Urgent, at(13))
        .await
        .unwrap();

    let t3 = open(desk, GUILD, 3, "50% off coupon", 20).await;
    desk.claim(t3, bob, at(21)).await.unwrap();
    say(desk, 3, member(3), 31, "use code a_b", 22).await;

    open(desk, GUILD, 4, "5000 off", 30).await;
    say(desk, 4, member(4), 41, "codeAXB", 31).await;
    open(desk, GUILD, 5, "Login loop", 30).await;

    // Another server's tickets match every search here; they are never listed.
    let other = open(desk, GuildId(2), 9, "Refund please 50% a_b", 0).await;
    say(desk, 9, member(9), 91, "App CRASHES", 1).await;
    desk.claim(other, ann, at(2)).await.unwrap();

    // A removed category keeps its name on its tickets.
    desk.remove_category(GUILD, "Billing", MOD, at(40))
        .await
        .unwrap();
}

fn filter() -> TicketListFilter {
    TicketListFilter::default()
}

fn search(text: &str) -> TicketListFilter {
    TicketListFilter {
        search: Some(text.into()),
        ..filter()
    }
}

desk_test!(each_filter_lists_only_its_tickets, |db| {
    let desk = db.desk().await;
    seeded(&desk).await;

    assert_eq!(numbers(&desk, filter()).await, [5, 4, 3, 2, 1]);
    let statuses = |s: &[Status]| TicketListFilter {
        statuses: s.to_vec(),
        ..filter()
    };
    assert_eq!(numbers(&desk, statuses(&[Status::Closed])).await, [1]);
    assert_eq!(
        numbers(&desk, statuses(&[Status::Claimed, Status::Open])).await,
        [5, 4, 3, 2]
    );
    assert_eq!(numbers(&desk, statuses(&[Status::Claimed])).await, [3]);
    let tier = |t: u8| TicketListFilter {
        tier: Some(Tier(t)),
        ..filter()
    };
    assert_eq!(numbers(&desk, tier(2)).await, [2]);
    assert_eq!(numbers(&desk, tier(1)).await, [5, 4, 3, 1]);

    let billing = desk.store().categories(GUILD, true).await.unwrap()[0]
        .category
        .id;
    let category = |c| TicketListFilter {
        category: Some(c),
        ..filter()
    };
    assert_eq!(
        numbers(&desk, category(CategoryFilter::Is(billing))).await,
        [1]
    );
    assert_eq!(
        numbers(&desk, category(CategoryFilter::Uncategorised)).await,
        [5, 4, 3, 2]
    );

    let tag = |t: &str| TicketListFilter {
        tag: Some(t.into()),
        ..filter()
    };
    assert_eq!(numbers(&desk, tag("billing")).await, [1]);
    assert_eq!(
        numbers(&desk, tag(" #BUG ")).await,
        [2],
        "as tags are typed"
    );
    assert_eq!(numbers(&desk, tag("feature")).await, Vec::<i64>::new());
    match desk
        .ticket_list(GUILD, &tag("no spaces"), PageRequest::default())
        .await
    {
        Err(DeskError::Refused(Refusal::BadTagName(_))) => {}
        other => panic!("not refused: {other:?}"),
    }

    let holder = |a: Actor| TicketListFilter {
        agent: Some(a.user),
        ..filter()
    };
    assert_eq!(
        numbers(&desk, holder(agent(1, 1))).await,
        [1],
        "kept after close; the other server's claim is not listed"
    );
    assert_eq!(numbers(&desk, holder(agent(2, 1))).await, [3]);
    let priority = |p| TicketListFilter {
        priority: Some(p),
        ..filter()
    };
    assert_eq!(numbers(&desk, priority(Priority::Urgent)).await, [2]);
    assert_eq!(
        numbers(&desk, priority(Priority::Normal)).await,
        [5, 4, 3, 1]
    );

    let period = TicketListFilter {
        opened_from: Some(at(10)),
        opened_before: Some(at(30)),
        ..filter()
    };
    assert_eq!(
        numbers(&desk, period).await,
        [3, 2],
        "from is inclusive, before exclusive"
    );

    // Filters combine with AND.
    let both = TicketListFilter {
        statuses: vec![Status::Open, Status::Claimed],
        priority: Some(Priority::Normal),
        opened_from: Some(at(20)),
        ..filter()
    };
    assert_eq!(numbers(&desk, both).await, [5, 4, 3]);
});

desk_test!(search_finds_text_in_topics_and_messages_literally, |db| {
    let desk = db.desk().await;
    seeded(&desk).await;

    assert_eq!(
        numbers(&desk, search("refund")).await,
        [1],
        "topic and message"
    );
    assert_eq!(
        numbers(&desk, search("crash")).await,
        [2],
        "case-insensitive"
    );
    assert_eq!(
        numbers(&desk, search("LOGIN LOOP")).await,
        [5],
        "case-insensitive"
    );
    assert_eq!(
        numbers(&desk, search("CODE A_B")).await,
        [3],
        "in a message"
    );
    assert_eq!(
        numbers(&desk, search("a_b")).await,
        [3],
        "`_` is no wildcard: codeAXB is not found"
    );
    assert_eq!(
        numbers(&desk, search("50%")).await,
        [3],
        "`%` is no wildcard: 5000 is not found"
    );
    assert_eq!(numbers(&desk, search("%")).await, [3]);
    assert_eq!(numbers(&desk, search("_")).await, [3]);
    assert_eq!(
        numbers(&desk, search("' OR 1=1 --")).await,
        Vec::<i64>::new()
    );
    assert_eq!(numbers(&desk, search("!")).await, Vec::<i64>::new());
    assert_eq!(
        numbers(&desk, search("  ")).await,
        [5, 4, 3, 2, 1],
        "a blank search is none"
    );
});

desk_test!(
    the_search_index_keeps_up_with_new_and_deleted_messages,
    |db| {
        let desk = db.desk().await;
        seeded(&desk).await;
        // Texts only in messages, long enough for the trigram index.
        assert_eq!(numbers(&desk, search("refunded")).await, [1]);
        assert_eq!(numbers(&desk, search("CODEAXB")).await, [4]);
        assert_eq!(numbers(&desk, search("login lo")).await, [5], "a topic");
        assert_eq!(numbers(&desk, search("login lo")).await, [5], "a topic");
        assert_eq!(numbers(&desk, search("code a_")).await, [3]);
        say(&desk, 5, member(5), 51, "The printer is on fire", 32).await;
        assert_eq!(
            numbers(&desk, search("PRINTER")).await,
            [5],
            "a new message"
        );
        // Another server's data deleted: its messages leave the index, which stays sound.
        desk.delete_server_data(GuildId(2)).await.unwrap();
        assert_eq!(numbers(&desk, search("crashes")).await, [2]);
        if db.url.starts_with("sqlite") {
            let mut c = <sqlx::SqliteConnection as sqlx::Connection>::connect(&db.url)
                .await
                .unwrap();
            sqlx::query("INSERT INTO message_search (message_search) VALUES ('integrity-check')")
                .execute(&mut c)
                .await
                .expect("the trigram index matches the messages");
            let indexed: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM message_search WHERE message_search.content LIKE '%crashes%'",
            )
            .fetch_one(&mut c)
            .await
            .unwrap();
            assert_eq!(indexed, 0, "the deleted server's message left the index");
            sqlx::query("INSERT INTO topic_search (topic_search) VALUES ('integrity-check')")
                .execute(&mut c)
                .await
                .expect("the trigram index matches the topics");
            sqlx::query("INSERT INTO topic_search (topic_search) VALUES ('integrity-check')")
                .execute(&mut c)
                .await
                .expect("the trigram index matches the topics");
        } else {
            let mut c = <sqlx::PgConnection as sqlx::Connection>::connect(&db.url)
                .await
                .unwrap();
            let indexes: Vec<String> = sqlx::query_scalar(
                "SELECT indexname::text FROM pg_indexes WHERE indexname LIKE '%trgm' ORDER BY 1",
            )
            .fetch_all(&mut c)
            .await
            .unwrap();
            assert_eq!(indexes, ["messages_content_trgm", "tickets_topic_trgm"]);
        }
    }
);

desk_test!(pages_come_newest_first_with_the_total, |db| {
    let desk = db.desk().await;
    seeded(&desk).await;
    let page = |number, size| {
        let desk = &desk;
        async move {
            desk.ticket_list(GUILD, &filter(), PageRequest { number, size })
                .await
                .unwrap()
        }
    };
    let first = page(1, 2).await;
    let nos = |rows: &[TicketListRow]| rows.iter().map(|r| r.no.0).collect::<Vec<_>>();
    // 4 and 5 were opened at the same minute: the later id first.
    assert_eq!((nos(&first.rows), first.total), (vec![5, 4], 5));
    assert_eq!(first.page_count(), 3);
    assert_eq!(nos(&page(2, 2).await.rows), [3, 2]);
    let last = page(3, 2).await;
    assert_eq!((nos(&last.rows), last.total), (vec![1], 5));
    let past = page(4, 2).await;
    assert_eq!((past.rows.len(), past.total), (0, 5));
    let clamped = page(0, 1000).await;
    assert_eq!(
        (clamped.page.number, clamped.page.size, clamped.rows.len()),
        (1, MAX_PAGE_SIZE, 5)
    );

    // The total counts the filter's tickets, not the page's.
    let open = desk
        .ticket_list(
            GUILD,
            &TicketListFilter {
                statuses: vec![Status::Open],
                ..filter()
            },
            PageRequest { number: 1, size: 1 },
        )
        .await
        .unwrap();
    assert_eq!((nos(&open.rows), open.total), (vec![5], 3));

    // Another server sees its own ticket only.
    let other = desk
        .ticket_list(GuildId(2), &filter(), PageRequest::default())
        .await
        .unwrap();
    assert_eq!((other.total, other.rows.len()), (1, 1));
    assert_eq!(other.rows[0].topic, "Refund please 50% a_b");
    let none = desk
        .ticket_list(GuildId(3), &search("refund"), PageRequest::default())
        .await
        .unwrap();
    assert_eq!((none.total, none.rows.len()), (0, 0));
});

desk_test!(rows_carry_category_tags_holder_and_rating, |db| {
    let desk = db.desk().await;
    seeded(&desk).await;
    let page = desk
        .ticket_list(GUILD, &filter(), PageRequest::default())
        .await
        .unwrap();
    let row = |no: i64| page.rows.iter().find(|r| r.no.0 == no).unwrap();
    let first = row(1);
    assert_eq!(first.topic, "Refund please");
    assert_eq!(first.status, Status::Closed);
    assert_eq!(
        first.category_name.as_deref(),
        Some("Billing"),
        "removed, still named"
    );
    assert!(first.category.is_some());
    assert_eq!(first.tags, ["billing"]);
    assert_eq!(first.owner, member(1).user);
    assert_eq!(first.holder, Some(agent(1, 1).user));
    assert_eq!(first.rating, Some(4));
    assert_eq!(first.opened_at, at(0));
    assert_eq!(first.first_response_at, Some(at(3)));
    assert_eq!(first.closed_at, Some(at(4)));

    let second = row(2);
    assert_eq!(
        (second.tier, second.priority, second.tags.clone()),
        (Tier(2), Priority::Urgent, vec!["bug".to_string()])
    );
    assert_eq!(
        (
            second.category_name.clone(),
            second.rating,
            second.holder,
            second.closed_at
        ),
        (None, None, None, None)
    );
    assert_eq!(row(3).holder, Some(agent(2, 1).user));
    assert!(row(5).tags.is_empty());
});

/// Inserts a ticket with `topic` as it is (the desk would make it one line), for member `n`.
async fn raw_ticket(desk: &Desk, n: u64, topic: &str, minute: i64) {
    let new = NewTicket {
        guild: GUILD,
        owner: member(n).user,
        opened_by: member(n).user,
        thread: None,
        interaction: None,
        topic: topic.into(),
        category: None,
        answers: Vec::new(),
        tier: Tier(1),
        priority: Priority::Normal,
        opened_at: at(minute),
        sla_due_at: at(minute + 60),
    };
    let event = NewEvent::by(member(n).user, EventKind::Opened, at(minute));
    let inserted = desk.store().insert_ticket(&new, 3, event).await.unwrap();
    assert!(matches!(inserted, Inserted::Created(_)));
}

desk_test!(the_csv_export_quotes_and_neutralises_member_text, |db| {
    let desk = db.desk().await;
    seeded(&desk).await;
    raw_ticket(&desk, 6, "=HYPERLINK(\"x\")", 50).await;
    raw_ticket(&desk, 7, "a, \"quoted\"\nline", 60).await;
    desk.remember_name(member(6).user, "@admin", at(50))
        .await
        .unwrap();
    desk.remember_name(agent(1, 1).user, "Ann", at(50))
        .await
        .unwrap();

    let out = desk.tickets_csv(GUILD, &filter()).await.unwrap();
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        [
            "number",
            "topic",
            "status",
            "tier",
            "priority",
            "category",
            "tags",
            "owner",
            "holder",
            "opened_at",
            "first_response_at",
            "closed_at",
            "rating"
        ]
    );
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let numbers: Vec<&str> = records.iter().map(|r| &r[0]).collect();
    assert_eq!(numbers, ["7", "6", "5", "4", "3", "2", "1"]);

    // The comma, the quotes and the newline survive, quoted as CSV quotes them.
    assert_eq!(&records[0][1], "a, \"quoted\"\nline");
    assert!(out.contains("\"a, \"\"quoted\"\"\nline\""), "{out}");
    // A formula is shown as text, and so is a name that looks like one.
    assert_eq!(&records[1][1], "'=HYPERLINK(\"x\")");
    assert_eq!(&records[1][7], format!("'@admin ({})", member(6).user));

    let first = &records[6];
    assert_eq!(
        first.iter().collect::<Vec<_>>(),
        [
            "1",
            "Refund please",
            "closed",
            "1",
            "normal",
            "Billing",
            "billing",
            &member(1).user.to_string(),
            &format!("Ann ({})", agent(1, 1).user),
            "2024-01-15T10:00:00Z",
            "2024-01-15T10:03:00Z",
            "2024-01-15T10:04:00Z",
            "4"
        ]
    );
    assert_eq!(&records[5][1], "App CRASHES");
    assert_eq!((&records[5][11], &records[5][12]), ("", ""));

    // A period's tickets, another server's never.
    let period = TicketListFilter {
        opened_from: Some(at(10)),
        opened_before: Some(at(30)),
        ..filter()
    };
    let out = desk.tickets_csv(GUILD, &period).await.unwrap();
    assert_eq!(out.lines().count(), 3, "{out}");
    let other = desk.tickets_csv(GuildId(3), &filter()).await.unwrap();
    assert_eq!(other.lines().count(), 1, "the header alone: {other}");
});
