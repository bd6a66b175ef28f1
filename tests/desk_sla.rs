//! The SLA clock on both backends: deadlines, automatic escalation once per deadline (also from
//! two desks at once and after a restart), urgent tickets, business hours, and the queue.

#[macro_use]
mod common;

use chrono::Duration;
use common::*;
use concierge::desk::{DeskRules, NewMessage, QueueFilter};
use concierge::tickets::{
    AuthorKind, BusinessHours, ChannelId, EventKind, MessageId, Notify, Priority, Status, Tier,
    UrgentKeywords,
};
use std::sync::Arc;

fn msg(
    id: u64,
    who: concierge::tickets::Actor,
    kind: AuthorKind,
    minute: i64,
    text: &str,
) -> NewMessage {
    NewMessage {
        message_id: MessageId(id),
        author: who.user,
        author_name: format!("user{}", who.user),
        kind,
        author_tier: who.tier,
        at: at(minute),
        content: text.to_string(),
    }
}

desk_test!(an_unanswered_ticket_escalates_once_per_deadline, |db| {
    let desk = db.desk().await;
    let id = desk
        .open(request(member(1), "help"), at(0))
        .await
        .unwrap()
        .ticket
        .id;
    assert!(desk.due_escalations(at(59)).await.unwrap().is_empty());
    let due = desk.due_escalations(at(60)).await.unwrap();
    assert_eq!(due.len(), 1);
    assert_eq!(due[0].from, Tier(1));
    assert_eq!(due[0].to, Some(Tier(2)));
    assert_eq!(due[0].notify, vec![Notify::TierRole(Tier(2))]);
    assert_eq!(due[0].ticket.sla_due_at, Some(at(120)));
    // Running again at the same time (or a bit later) does nothing more.
    assert!(desk.due_escalations(at(60)).await.unwrap().is_empty());
    assert!(desk.due_escalations(at(119)).await.unwrap().is_empty());
    // The next deadline escalates again, then the top tier records a breach.
    assert_eq!(
        desk.due_escalations(at(120)).await.unwrap()[0].to,
        Some(Tier(3))
    );
    let top = desk.due_escalations(at(180)).await.unwrap();
    assert_eq!(top[0].to, None);
    assert_eq!(top[0].ticket.tier, Tier(3));
    let ev = desk.events(id).await.unwrap();
    let auto: Vec<_> = ev
        .iter()
        .filter(|e| e.automatic && e.kind != EventKind::Opened)
        .collect();
    assert_eq!(auto.len(), 3);
    assert_eq!(auto[0].kind, EventKind::Escalated);
    assert_eq!(auto[0].actor, None);
    assert_eq!(auto[2].kind, EventKind::SlaBreached);
    assert_eq!(desk.ticket(id).await.unwrap().first_sla_due_at, at(60));
});

desk_test!(claimed_or_answered_tickets_do_not_escalate, |db| {
    let desk = db.desk().await;
    let a = desk
        .open(request(member(1), "a"), at(0))
        .await
        .unwrap()
        .ticket
        .id;
    let b = desk
        .open(request(member(2), "b"), at(0))
        .await
        .unwrap()
        .ticket
        .id;
    desk.attach_thread(b, ChannelId(20), at(0)).await.unwrap();
    desk.claim(a, agent(1, 1), at(10)).await.unwrap();
    let r = desk
        .record_message(
            ChannelId(20),
            msg(1, agent(2, 1), AuthorKind::Agent, 10, "hi"),
        )
        .await
        .unwrap();
    assert!(r.first_response);
    assert!(desk.due_escalations(at(500)).await.unwrap().is_empty());
    // Unclaimed again without an answer: the original deadline has passed, so it escalates.
    desk.unclaim(a, agent(1, 1), at(501)).await.unwrap();
    assert_eq!(desk.due_escalations(at(501)).await.unwrap().len(), 1);
});

desk_test!(two_desks_running_the_clock_at_once_escalate_once, |db| {
    let d1 = Arc::new(db.desk().await);
    let d2 = Arc::new(db.desk().await);
    for i in 0..10 {
        d1.open(request(member(i), "help"), at(0)).await.unwrap();
    }
    let (x, y) = tokio::join!(d1.due_escalations(at(61)), d2.due_escalations(at(61)));
    assert_eq!(x.unwrap().len() + y.unwrap().len(), 10);
    for t in d1
        .queue(at(61), QueueFilter::default())
        .await
        .unwrap()
        .entries
    {
        assert_eq!(t.ticket.tier, Tier(2));
        let esc = d1
            .events(t.ticket.id)
            .await
            .unwrap()
            .iter()
            .filter(|e| e.kind == EventKind::Escalated)
            .count();
        assert_eq!(esc, 1);
    }
});

desk_test!(the_clock_works_from_the_database_after_a_restart, |db| {
    {
        let desk = db.desk().await;
        desk.open(request(member(1), "help"), at(0)).await.unwrap();
        desk.store().close().await;
    }
    let desk = db.desk().await;
    let due = desk.due_escalations(at(90)).await.unwrap();
    assert_eq!(due.len(), 1);
});

desk_test!(urgent_words_make_a_ticket_urgent_with_a_shorter_sla, |db| {
    let desk = db.desk().await;
    let o = desk
        .open(request(member(1), "Account HACKED, need help"), at(0))
        .await
        .unwrap();
    assert_eq!(o.ticket.priority, Priority::Urgent);
    assert_eq!(o.urgent_keywords, vec!["hacked".to_string()]);
    assert_eq!(
        o.notify,
        vec![Notify::UrgentRole, Notify::TierRole(Tier(1))]
    );
    assert_eq!(o.expect_answer_by, at(15));
    assert_eq!(
        desk.due_escalations(at(15)).await.unwrap()[0].notify,
        vec![Notify::UrgentRole, Notify::TierRole(Tier(2))]
    );
    // Custom keywords replace the defaults.
    let custom = db
        .desk_with(DeskRules {
            urgent: UrgentKeywords::new(["server on fire"]),
            ..DeskRules::default()
        })
        .await;
    assert_eq!(
        custom
            .open(request(member(2), "hacked"), at(0))
            .await
            .unwrap()
            .ticket
            .priority,
        Priority::Normal
    );
    assert_eq!(
        custom
            .open(request(member(3), "the server on fire"), at(0))
            .await
            .unwrap()
            .ticket
            .priority,
        Priority::Urgent
    );
});

desk_test!(the_owners_first_message_can_make_it_urgent, |db| {
    let desk = db.desk().await;
    let id = desk
        .open(request(member(1), "question"), at(0))
        .await
        .unwrap()
        .ticket
        .id;
    desk.attach_thread(id, ChannelId(30), at(0)).await.unwrap();
    // A bot message first does nothing; the owner's first message has the word.
    desk.record_message(
        ChannelId(30),
        msg(1, agent(99, 1), AuthorKind::Bot, 0, "Welcome! outage?"),
    )
    .await
    .unwrap();
    let r = desk
        .record_message(
            ChannelId(30),
            msg(
                2,
                member(1),
                AuthorKind::Member,
                1,
                "We have a total outage",
            ),
        )
        .await
        .unwrap();
    assert_eq!(r.became_urgent, vec!["outage".to_string()]);
    assert_eq!(
        r.notify,
        vec![Notify::UrgentRole, Notify::TierRole(Tier(1))]
    );
    let t = desk.ticket(id).await.unwrap();
    assert_eq!(t.priority, Priority::Urgent);
    assert_eq!(t.sla_due_at, Some(at(16)));
    // A later message with urgent words changes nothing more.
    let again = desk
        .record_message(
            ChannelId(30),
            msg(3, member(1), AuthorKind::Member, 2, "security breach too"),
        )
        .await
        .unwrap();
    assert!(again.became_urgent.is_empty());
    let raised = desk
        .events(id)
        .await
        .unwrap()
        .iter()
        .filter(|e| e.kind == EventKind::PriorityRaised)
        .count();
    assert_eq!(raised, 1);
});

desk_test!(business_hours_count_only_business_time, |db| {
    let hours = BusinessHours::parse("mon-fri 09:00-17:00", "Europe/Berlin").unwrap();
    let desk = db
        .desk_with(DeskRules {
            hours: Some(hours),
            ..DeskRules::default()
        })
        .await;
    // Friday 2024-01-19 16:30 Berlin (15:30 UTC): 30 business minutes left that day.
    let fri: chrono::DateTime<chrono::Utc> = "2024-01-19T15:30:00Z".parse().unwrap();
    let o = desk.open(request(member(1), "help"), fri).await.unwrap();
    let monday_0930 = "2024-01-22T08:30:00Z".parse().unwrap();
    assert_eq!(o.expect_answer_by, monday_0930);
    assert_eq!(o.desk_opens_at, None);
    // Nothing escalates over the weekend.
    assert!(desk
        .due_escalations(fri + Duration::days(2))
        .await
        .unwrap()
        .is_empty());
    assert_eq!(desk.due_escalations(monday_0930).await.unwrap().len(), 1);
    // On Saturday the member is told when the desk opens.
    let sat = "2024-01-20T12:00:00Z".parse().unwrap();
    let o = desk.open(request(member(2), "weekend"), sat).await.unwrap();
    assert_eq!(
        o.desk_opens_at,
        Some("2024-01-22T08:00:00Z".parse().unwrap())
    );
    assert_eq!(
        o.expect_answer_by,
        "2024-01-22T09:00:00Z"
            .parse::<chrono::DateTime<chrono::Utc>>()
            .unwrap()
    );
});

desk_test!(the_queue_puts_urgent_first_then_oldest, |db| {
    let desk = db.desk().await;
    let old = desk
        .open(request(member(1), "old"), at(0))
        .await
        .unwrap()
        .ticket
        .id;
    let newer = desk
        .open(request(member(2), "newer"), at(10))
        .await
        .unwrap()
        .ticket
        .id;
    let urgent = desk
        .open(request(member(3), "data loss!"), at(20))
        .await
        .unwrap()
        .ticket
        .id;
    let claimed = desk
        .open(request(member(4), "claimed"), at(5))
        .await
        .unwrap()
        .ticket
        .id;
    desk.claim(claimed, agent(1, 1), at(6)).await.unwrap();
    let q = desk.queue(at(30), QueueFilter::default()).await.unwrap();
    let ids: Vec<_> = q.entries.iter().map(|e| e.ticket.id).collect();
    assert_eq!(ids, vec![urgent, old, newer]);
    assert_eq!(q.entries[1].waited, Duration::minutes(30));
    assert_eq!(q.entries[1].time_left, Some(Duration::minutes(30)));
    assert_eq!(q.entries[0].time_left, Some(Duration::minutes(5)));
    assert_eq!(q.typical_first_response, None);
    assert_eq!(q.entries[0].estimated_wait, None);
    let all = desk
        .queue(
            at(30),
            QueueFilter {
                include_claimed: true,
                tier: None,
                guild: Some(GUILD),
                tag: None,
                categories: None,
            },
        )
        .await
        .unwrap();
    assert_eq!(all.entries.len(), 4);
    let t2 = desk
        .queue(
            at(30),
            QueueFilter {
                include_claimed: true,
                tier: Some(Tier(2)),
                guild: None,
                tag: None,
                categories: None,
            },
        )
        .await
        .unwrap();
    assert!(t2.entries.is_empty());
});

desk_test!(the_estimated_wait_comes_from_recent_first_responses, |db| {
    let desk = db.desk().await;
    for (i, minutes) in [10i64, 20, 30].into_iter().enumerate() {
        let id = desk
            .open(request(member(i as u64), "x"), at(0))
            .await
            .unwrap()
            .ticket
            .id;
        desk.attach_thread(id, ChannelId(100 + i as u64), at(0))
            .await
            .unwrap();
        desk.record_message(
            ChannelId(100 + i as u64),
            msg(
                200 + i as u64,
                agent(1, 1),
                AuthorKind::Agent,
                minutes,
                "hello",
            ),
        )
        .await
        .unwrap();
    }
    desk.open(request(member(9), "waiting"), at(35))
        .await
        .unwrap();
    let q = desk.queue(at(40), QueueFilter::default()).await.unwrap();
    assert_eq!(q.typical_first_response, Some(Duration::minutes(20)));
    let waiting = q
        .entries
        .iter()
        .find(|e| e.ticket.topic == "waiting")
        .unwrap();
    assert_eq!(waiting.estimated_wait, Some(Duration::minutes(15)));
    assert_eq!(waiting.ticket.status, Status::Open);
});
