//! Ticket priorities on both backends: an agent who may work a ticket sets low, normal, high
//! or urgent; a ticket waiting for its first answer gets the new priority's target from then;
//! urgent notifies on-call; each change is an event; the queue puts urgent, then high, then
//! normal, then low first; members and closed tickets are refused.

#[macro_use]
mod common;

use chrono::Duration;
use common::*;
use concierge::desk::{DeskError, QueueFilter};
use concierge::tickets::{EventKind, Notify, Priority, Refusal, Tier};

desk_test!(an_agent_sets_the_priority_and_its_target_follows, |db| {
    let desk = db.desk().await;
    let t = desk
        .open(request(member(1), "slow exports"), at(0))
        .await
        .unwrap()
        .ticket;
    assert_eq!(t.priority, Priority::Normal);
    assert_eq!(t.sla_due_at, Some(at(60)));

    let o = desk
        .set_priority(t.id, agent(1, 1), Priority::High, at(10))
        .await
        .unwrap();
    assert!(!o.already && o.notify.is_empty());
    assert_eq!(o.ticket.priority, Priority::High);
    assert_eq!(o.ticket.sla_due_at, Some(at(10) + Duration::minutes(30)));
    // Raising never moves a deadline later: due at 40, urgent from 38 would be 53.
    let u = desk
        .open(request(member(9), "almost late"), at(0))
        .await
        .unwrap()
        .ticket;
    let raised = desk
        .set_priority(u.id, agent(1, 1), Priority::Urgent, at(50))
        .await
        .unwrap();
    assert_eq!(raised.ticket.sla_due_at, Some(at(60)), "kept, not 50 + 15");
    let again = desk
        .set_priority(t.id, agent(1, 1), Priority::High, at(11))
        .await
        .unwrap();
    assert!(again.already, "the same priority changes nothing");

    // Urgent pings on-call and the tier; low gets the long target.
    let o = desk
        .set_priority(t.id, agent(1, 1), Priority::Urgent, at(12))
        .await
        .unwrap();
    assert_eq!(
        o.notify,
        vec![Notify::UrgentRole, Notify::TierRole(Tier(1))]
    );
    assert_eq!(o.ticket.sla_due_at, Some(at(12) + Duration::minutes(15)));
    let o = desk
        .set_priority(t.id, agent(1, 1), Priority::Low, at(13))
        .await
        .unwrap();
    assert_eq!(o.ticket.sla_due_at, Some(at(13) + Duration::minutes(240)));

    let changes: Vec<_> = desk
        .events(t.id)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.kind == EventKind::PriorityChanged)
        .map(|e| e.reason.unwrap_or_default())
        .collect();
    assert_eq!(changes, ["normal → high", "high → urgent", "urgent → low"]);
});

desk_test!(members_and_closed_tickets_are_refused, |db| {
    let desk = db.desk().await;
    let owner = member(2);
    let t = desk
        .open(request(owner, "printer"), at(0))
        .await
        .unwrap()
        .ticket;
    match desk
        .set_priority(t.id, owner, Priority::Urgent, at(1))
        .await
    {
        Err(DeskError::Refused(Refusal::AgentsOnly { .. })) => {}
        other => panic!("a member set the priority: {other:?}"),
    }
    // Held by a tier-1 agent: another tier-1 agent may not change it.
    desk.claim(t.id, agent(1, 1), at(2)).await.unwrap();
    match desk
        .set_priority(t.id, agent(2, 1), Priority::Low, at(3))
        .await
    {
        Err(DeskError::Refused(Refusal::NotTheHolder { .. })) => {}
        other => panic!("another agent changed a held ticket: {other:?}"),
    }
    desk.close(t.id, agent(1, 1), None, at(4)).await.unwrap();
    match desk
        .set_priority(t.id, agent(1, 1), Priority::Low, at(5))
        .await
    {
        Err(DeskError::Refused(Refusal::Closed(_))) => {}
        other => panic!("a closed ticket changed: {other:?}"),
    }
});

desk_test!(the_queue_goes_by_priority_then_age, |db| {
    let desk = db.desk().await;
    let mut ids = Vec::new();
    for (n, p) in [
        (1, Priority::Low),
        (2, Priority::Normal),
        (3, Priority::High),
        (4, Priority::Urgent),
    ] {
        let t = desk
            .open(
                request(member(n), &format!("ticket {n}")),
                at(n.cast_signed()),
            )
            .await
            .unwrap()
            .ticket;
        if p != Priority::Normal {
            desk.set_priority(t.id, agent(1, 1), p, at(10))
                .await
                .unwrap();
        }
        ids.push(t.id);
    }
    let q = desk
        .queue(
            at(20),
            QueueFilter {
                guild: Some(GUILD),
                ..QueueFilter::default()
            },
        )
        .await
        .unwrap();
    let order: Vec<_> = q.entries.iter().map(|e| e.ticket.id).collect();
    assert_eq!(order, vec![ids[3], ids[2], ids[1], ids[0]]);
});
