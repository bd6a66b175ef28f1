//! Tags on both backends: a server's list (names checked, no duplicates, per server), put on
//! tickets by agents (members refused, unknown tags refused, twice is "already"), the queue
//! filtered by a tag, the transcript and the history carry them, removing a tag takes it off
//! every ticket, and deleting a server's data deletes its tags.

#[macro_use]
mod common;

use common::*;
use concierge::desk::{DeskError, QueueFilter};
use concierge::tickets::{EventKind, GuildId, Refusal, UserId};

const MOD: UserId = UserId(900);

fn refused<T: std::fmt::Debug>(r: Result<T, DeskError>) -> Refusal {
    match r {
        Err(DeskError::Refused(r)) => r,
        other => panic!("not refused: {other:?}"),
    }
}

desk_test!(tags_are_kept_put_on_tickets_and_filter_the_queue, |db| {
    let desk = db.desk().await;
    assert_eq!(
        desk.create_tag(GUILD, " #Billing ", "money things", MOD, at(0))
            .await
            .unwrap(),
        "billing"
    );
    desk.create_tag(GUILD, "bug", "", MOD, at(0)).await.unwrap();
    assert!(matches!(
        refused(desk.create_tag(GUILD, "billing", "", MOD, at(1)).await),
        Refusal::TagExists(_)
    ));
    assert!(matches!(
        refused(desk.create_tag(GUILD, "no spaces", "", MOD, at(1)).await),
        Refusal::BadTagName(_)
    ));
    // Another server has its own list.
    desk.create_tag(GuildId(2), "billing", "", MOD, at(1))
        .await
        .unwrap();

    let a = desk
        .open(request(member(1), "refund"), at(2))
        .await
        .unwrap()
        .ticket;
    let b = desk
        .open(request(member(2), "crash"), at(3))
        .await
        .unwrap()
        .ticket;
    let ann = agent(1, 1);
    assert!(desk
        .tag_ticket(a.id, &ann, "billing", true, at(4))
        .await
        .unwrap());
    assert!(
        !desk
            .tag_ticket(a.id, &ann, "billing", true, at(5))
            .await
            .unwrap(),
        "already"
    );
    assert!(desk
        .tag_ticket(b.id, &ann, "bug", true, at(5))
        .await
        .unwrap());
    assert!(matches!(
        refused(desk.tag_ticket(a.id, &member(1), "bug", true, at(6)).await),
        Refusal::AgentsOnly { .. }
    ));
    assert_eq!(
        refused(desk.tag_ticket(a.id, &ann, "nope", true, at(6)).await),
        Refusal::NoSuchTag("nope".into())
    );

    let queue = |tag: Option<&str>| {
        let desk = &desk;
        let filter = QueueFilter {
            guild: Some(GUILD),
            tag: tag.map(str::to_string),
            ..QueueFilter::default()
        };
        async move { desk.queue(at(10), filter).await.unwrap() }
    };
    let q = queue(Some("billing")).await;
    assert_eq!(q.entries.len(), 1);
    assert_eq!(
        (q.entries[0].ticket.id, q.entries[0].tags.clone()),
        (a.id, vec!["billing".to_string()])
    );
    assert_eq!(queue(None).await.entries.len(), 2);

    let md = desk
        .transcript_markdown(a.id, concierge::i18n::Lang::En)
        .await
        .unwrap();
    assert!(md.contains("- **Tags:** billing"), "{md}");
    assert!(md.contains("tagged billing by"), "{md}");
    assert!(event_kinds(&desk, a.id)
        .await
        .contains(&EventKind::TagAdded));
    let listed = desk.tags(GUILD).await.unwrap();
    let counts: Vec<(&str, u64)> = listed
        .iter()
        .map(|t| (t.name.as_str(), t.tickets))
        .collect();
    assert_eq!(counts, [("billing", 1), ("bug", 1)]);

    // Taking a tag off, then removing one from the list.
    assert!(desk
        .tag_ticket(b.id, &ann, "bug", false, at(11))
        .await
        .unwrap());
    assert!(!desk
        .tag_ticket(b.id, &ann, "bug", false, at(12))
        .await
        .unwrap());
    assert_eq!(desk.remove_tag(GUILD, "billing").await.unwrap(), 1);
    assert!(desk.ticket_tags(a.id).await.unwrap().is_empty());
    assert!(matches!(
        refused(desk.remove_tag(GUILD, "billing").await),
        Refusal::NoSuchTag(_)
    ));

    desk.store().delete_guild_data(GUILD).await.unwrap();
    assert!(desk.tags(GUILD).await.unwrap().is_empty());
    assert_eq!(
        desk.tags(GuildId(2)).await.unwrap().len(),
        1,
        "the other server keeps its own"
    );
});

desk_test!(
    a_tags_median_first_response_is_the_nearest_rank_of_its_answered_tickets,
    |db| {
        let desk = db.desk().await;
        desk.create_tag(GUILD, "bug", "", MOD, at(0)).await.unwrap();
        desk.create_tag(GUILD, "billing", "", MOD, at(0))
            .await
            .unwrap();
        let ann = agent(1, 1);
        // Answered after 10, 2, 5 and 1 minutes, and one never: the median of four is the 2nd.
        // Billing's three, after 1, 9 and 3 minutes: the 2nd again.
        let answers = [
            ("bug", Some(10)),
            ("bug", Some(2)),
            ("bug", None),
            ("bug", Some(5)),
            ("bug", Some(1)),
            ("billing", Some(1)),
            ("billing", Some(9)),
            ("billing", Some(3)),
        ];
        for (n, (tag, after)) in (1u64..).zip(answers) {
            let t = ticket_with_thread(&desk, member(n), 100 + n).await;
            desk.tag_ticket(t, &ann, tag, true, at(0)).await.unwrap();
            if let Some(minutes) = after {
                desk.record_message(
                    concierge::tickets::ChannelId(100 + n),
                    concierge::desk::NewMessage {
                        message_id: concierge::tickets::MessageId(n),
                        author: ann.user,
                        author_name: "ann".into(),
                        kind: concierge::tickets::AuthorKind::Agent,
                        author_tier: ann.tier,
                        at: at(minutes),
                        content: "on it".into(),
                    },
                )
                .await
                .unwrap();
            }
        }
        let report = desk.kpi_report(GUILD, at(60), 7).await.unwrap();
        let medians: Vec<(String, u64, Option<i64>)> = report
            .by_tag
            .iter()
            .map(|t| (t.name.clone(), t.tickets_opened, t.frt_median_s))
            .collect();
        assert_eq!(
            medians,
            [
                ("billing".to_string(), 3, Some(180)),
                ("bug".to_string(), 5, Some(120))
            ]
        );
    }
);

desk_test!(the_kpis_break_down_by_tag, |db| {
    let desk = db.desk().await;
    desk.create_tag(GUILD, "billing", "", MOD, at(0))
        .await
        .unwrap();
    desk.create_tag(GUILD, "bug", "", MOD, at(0)).await.unwrap();
    let ann = agent(1, 1);
    let a = ticket_with_thread(&desk, member(1), 10).await;
    let b = ticket_with_thread(&desk, member(2), 20).await;
    for (t, tag) in [(a, "billing"), (b, "billing"), (b, "bug")] {
        desk.tag_ticket(t, &ann, tag, true, at(1)).await.unwrap();
    }
    desk.record_message(
        concierge::tickets::ChannelId(10),
        concierge::desk::NewMessage {
            message_id: concierge::tickets::MessageId(1),
            author: ann.user,
            author_name: "ann".into(),
            kind: concierge::tickets::AuthorKind::Agent,
            author_tier: ann.tier,
            at: at(6),
            content: "refunded".into(),
        },
    )
    .await
    .unwrap();
    desk.close(a, ann, None, at(7)).await.unwrap();
    desk.rate(a, member(1).user, 5, at(8)).await.unwrap();

    let report = desk.kpi_report(GUILD, at(60), 7).await.unwrap();
    let rows: Vec<String> = report
        .by_tag
        .iter()
        .map(|t| {
            format!(
                "{} {} {} {:?} {:?} {}",
                t.name,
                t.tickets_opened,
                t.tickets_closed,
                t.frt_median_s,
                t.csat_mean,
                t.csat_count
            )
        })
        .collect();
    assert_eq!(
        rows,
        ["billing 2 1 Some(360) Some(5.0) 1", "bug 1 0 None None 0"]
    );
    let text = report.to_string();
    assert!(
        text.contains("per tag (opened, closed, FRT median, CSAT):"),
        "{text}"
    );
    assert!(
        text.contains("    billing                 2     1     6m 00s  5.00 (1)"),
        "{text}"
    );
});
