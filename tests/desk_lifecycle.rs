//! The ticket lifecycle on both backends: open limits, claim races, transfer, escalate,
//! close, reopen, and the audit log.

#[macro_use]
mod common;

use common::*;
use concierge::desk::{DeskError, DeskRules};
use concierge::tickets::{
    Actor, ChannelId, EventKind, InteractionId, Notify, Refusal, Status, TicketId, TicketNo, Tier,
};
use std::sync::Arc;

fn refusal(e: DeskError) -> Refusal {
    match e {
        DeskError::Refused(r) => r,
        other => panic!("expected a refusal, got {other}"),
    }
}

desk_test!(open_assigns_tier_one_and_notifies_it, |db| {
    let desk = db.desk().await;
    let o = desk
        .open(request(member(1), "Cannot change avatar"), at(0))
        .await
        .unwrap();
    assert_eq!(o.ticket.status, Status::Open);
    assert_eq!(o.ticket.tier, Tier(1));
    assert_eq!(o.notify, vec![Notify::TierRole(Tier(1))]);
    assert_eq!(o.expect_answer_by, at(60));
    assert!(o.urgent_keywords.is_empty());
    let ev = desk.events(o.ticket.id).await.unwrap();
    assert_eq!(ev.len(), 1);
    assert_eq!(ev[0].kind, EventKind::Opened);
    assert_eq!(ev[0].actor, Some(member(1).user));
});

desk_test!(too_many_open_tickets_is_refused_naming_them, |db| {
    let desk = db.desk().await;
    let mut ids = Vec::new();
    for i in 0..3 {
        ids.push(
            desk.open(request(member(1), &format!("q{i}")), at(i))
                .await
                .unwrap()
                .ticket
                .no,
        );
    }
    let r = refusal(
        desk.open(request(member(1), "fourth"), at(5))
            .await
            .unwrap_err(),
    );
    assert_eq!(
        r,
        Refusal::TooManyOpen {
            max: 3,
            open: ids.clone()
        }
    );
    assert!(r.to_string().contains(&ids[2].to_string()));
    // Another member is not affected; closing one frees a slot.
    desk.open(request(member(2), "mine"), at(5)).await.unwrap();
    desk.close(TicketId(ids[0].0), member(1), None, at(6))
        .await
        .unwrap();
    desk.open(request(member(1), "fourth"), at(7))
        .await
        .unwrap();
});

desk_test!(concurrent_opens_respect_the_limit, |db| {
    let desk = Arc::new(
        db.desk_with(DeskRules {
            max_open: 2,
            ..DeskRules::default()
        })
        .await,
    );
    let mut tasks = Vec::new();
    for i in 0..6 {
        let desk = desk.clone();
        tasks.push(tokio::spawn(async move {
            desk.open(request(member(9), &format!("q{i}")), at(0)).await
        }));
    }
    let mut ok = 0;
    for t in tasks {
        if t.await.unwrap().is_ok() {
            ok += 1;
        }
    }
    assert_eq!(ok, 2);
});

desk_test!(an_agent_may_open_for_a_member_but_a_member_may_not, |db| {
    let desk = db.desk().await;
    let mut req = request(agent(1, 1), "for member");
    req.owner = member(3).user;
    let o = desk.open(req, at(0)).await.unwrap();
    assert_eq!(o.ticket.owner, member(3).user);
    assert_eq!(o.ticket.opened_by, agent(1, 1).user);
    let mut req = request(member(4), "for someone else");
    req.owner = member(3).user;
    assert!(matches!(
        refusal(desk.open(req, at(0)).await.unwrap_err()),
        Refusal::AgentsOnly { .. }
    ));
    assert_eq!(
        refusal(
            desk.open(request(member(4), "   "), at(0))
                .await
                .unwrap_err()
        ),
        Refusal::EmptyTopic
    );
});

desk_test!(a_redelivered_open_interaction_opens_nothing_new, |db| {
    let desk = db.desk().await;
    let mut req = request(member(1), "help");
    req.interaction = Some(InteractionId(777));
    let a = desk.open(req.clone(), at(0)).await.unwrap();
    let b = desk.open(req, at(1)).await.unwrap();
    assert!(!a.already);
    assert!(b.already);
    assert_eq!(a.ticket.id, b.ticket.id);
    assert!(b.notify.is_empty());
    assert_eq!(
        desk.open_tickets_of(GUILD, member(1).user)
            .await
            .unwrap()
            .len(),
        1
    );
});

desk_test!(threads_are_attached_once_and_found, |db| {
    let desk = db.desk().await;
    let id = desk
        .open(request(member(1), "help"), at(0))
        .await
        .unwrap()
        .ticket
        .id;
    assert!(
        !desk
            .attach_thread(id, ChannelId(42), at(0))
            .await
            .unwrap()
            .already
    );
    assert!(
        desk.attach_thread(id, ChannelId(42), at(0))
            .await
            .unwrap()
            .already
    );
    assert_eq!(desk.ticket_in_thread(ChannelId(42)).await.unwrap().id, id);
    assert_eq!(
        refusal(desk.ticket_in_thread(ChannelId(43)).await.unwrap_err()),
        Refusal::NotATicket
    );
    // The same thread cannot be a second ticket.
    let mut req = request(member(2), "other");
    req.thread = Some(ChannelId(42));
    let dup = desk.open(req, at(1)).await.unwrap();
    assert!(dup.already);
    assert_eq!(dup.ticket.id, id);
});

desk_test!(claim_needs_an_agent_of_the_tickets_tier, |db| {
    let desk = db.desk().await;
    let id = desk
        .open(request(member(1), "help"), at(0))
        .await
        .unwrap()
        .ticket
        .id;
    assert!(matches!(
        refusal(desk.claim(id, member(2), at(1)).await.unwrap_err()),
        Refusal::AgentsOnly { .. }
    ));
    desk.escalate(id, agent(1, 1), None, Some("needs billing".into()), at(1))
        .await
        .unwrap();
    assert_eq!(
        refusal(desk.claim(id, agent(1, 1), at(2)).await.unwrap_err()),
        Refusal::TierTooLow {
            needed: Tier(2),
            action: "claim"
        }
    );
    let c = desk.claim(id, agent(2, 2), at(2)).await.unwrap();
    assert_eq!(c.ticket.status, Status::Claimed);
    assert_eq!(c.ticket.claimed_by, Some(agent(2, 2).user));
    assert!(desk.claim(id, agent(2, 2), at(3)).await.unwrap().already);
    assert_eq!(
        refusal(desk.claim(id, agent(3, 3), at(3)).await.unwrap_err()),
        Refusal::AlreadyClaimed {
            ticket: TicketNo(id.0),
            by: agent(2, 2).user
        }
    );
    assert_eq!(
        refusal(
            desk.claim(TicketId(999), agent(3, 3), at(3))
                .await
                .unwrap_err()
        ),
        Refusal::NoSuchTicket(TicketNo(999))
    );
});

desk_test!(two_concurrent_claims_have_exactly_one_winner, |db| {
    let desk = Arc::new(db.desk().await);
    for round in 0..5 {
        let id = desk
            .open(request(member(round), "race"), at(0))
            .await
            .unwrap()
            .ticket
            .id;
        let agents: Vec<Actor> = (0..4).map(|i| agent(i, 1)).collect();
        let mut tasks = Vec::new();
        for a in agents.clone() {
            let desk = desk.clone();
            tasks.push(tokio::spawn(async move { desk.claim(id, a, at(1)).await }));
        }
        let results: Vec<_> = futures_join(tasks).await;
        let winners: Vec<_> = results.iter().filter_map(|r| r.as_ref().ok()).collect();
        assert_eq!(winners.len(), 1, "round {round}");
        let holder = winners[0].ticket.claimed_by.unwrap();
        for r in results.iter().filter_map(|r| r.as_ref().err()) {
            match r {
                DeskError::Refused(Refusal::AlreadyClaimed { by, .. }) => assert_eq!(*by, holder),
                other => panic!("loser got {other}"),
            }
        }
        let claims = desk
            .events(id)
            .await
            .unwrap()
            .into_iter()
            .filter(|e| e.kind == EventKind::Claimed)
            .count();
        assert_eq!(claims, 1);
    }
});

desk_test!(unclaim_and_transfer, |db| {
    let desk = db.desk().await;
    let id = desk
        .open(request(member(1), "help"), at(0))
        .await
        .unwrap()
        .ticket
        .id;
    desk.claim(id, agent(1, 1), at(1)).await.unwrap();
    // A peer of the same tier may neither unclaim nor transfer it.
    assert!(matches!(
        refusal(desk.unclaim(id, agent(2, 1), at(2)).await.unwrap_err()),
        Refusal::NotTheHolder { .. }
    ));
    // The holder transfers to a peer.
    let t = desk
        .transfer(id, agent(1, 1), agent(2, 1), at(2))
        .await
        .unwrap();
    assert_eq!(t.ticket.claimed_by, Some(agent(2, 1).user));
    assert_eq!(t.notify, vec![Notify::Agent(agent(2, 1).user)]);
    // Transfer to a member is refused.
    assert!(matches!(
        refusal(
            desk.transfer(id, agent(2, 1), member(5), at(3))
                .await
                .unwrap_err()
        ),
        Refusal::TargetTierTooLow { .. }
    ));
    // A higher tier may unclaim it; unclaiming again is "already".
    let u = desk.unclaim(id, agent(3, 2), at(3)).await.unwrap();
    assert_eq!(u.ticket.status, Status::Open);
    assert_eq!(u.ticket.claimed_by, None);
    assert!(desk.unclaim(id, agent(3, 2), at(4)).await.unwrap().already);
    let kinds = event_kinds(&desk, id).await;
    assert_eq!(
        kinds,
        vec![
            EventKind::Opened,
            EventKind::Claimed,
            EventKind::Transferred,
            EventKind::Unclaimed
        ]
    );
});

desk_test!(
    escalation_goes_up_releases_the_claim_and_stops_at_the_top,
    |db| {
        let desk = db.desk().await;
        let id = desk
            .open(request(member(1), "help"), at(0))
            .await
            .unwrap()
            .ticket
            .id;
        desk.claim(id, agent(1, 1), at(1)).await.unwrap();
        let e = desk
            .escalate(id, agent(1, 1), None, Some("billing".into()), at(2))
            .await
            .unwrap();
        assert_eq!(e.ticket.tier, Tier(2));
        assert_eq!(e.ticket.status, Status::Open);
        assert_eq!(e.ticket.claimed_by, None);
        assert_eq!(e.notify, vec![Notify::TierRole(Tier(2))]);
        assert_eq!(e.ticket.sla_due_at, Some(at(62)));
        // Tier 1 cannot touch it any more; a lower named tier is refused.
        assert!(matches!(
            refusal(
                desk.escalate(id, agent(1, 1), None, None, at(3))
                    .await
                    .unwrap_err()
            ),
            Refusal::TierTooLow { .. }
        ));
        assert!(matches!(
            refusal(
                desk.escalate(id, agent(2, 2), Some(Tier(1)), None, at(3))
                    .await
                    .unwrap_err()
            ),
            Refusal::NotHigher { .. }
        ));
        assert!(matches!(
            refusal(
                desk.escalate(id, agent(2, 2), Some(Tier(9)), None, at(3))
                    .await
                    .unwrap_err()
            ),
            Refusal::NoSuchTier {
                requested: Tier(9),
                max: 3
            }
        ));
        desk.escalate(id, agent(2, 2), None, None, at(3))
            .await
            .unwrap();
        let r = refusal(
            desk.escalate(id, agent(3, 3), None, None, at(4))
                .await
                .unwrap_err(),
        );
        assert_eq!(
            r,
            Refusal::AtTopTier {
                ticket: TicketNo(id.0),
                tier: Tier(3)
            }
        );
        assert!(r.to_string().contains("cannot be escalated further"));
        let ev = desk.events(id).await.unwrap();
        let esc: Vec<_> = ev
            .iter()
            .filter(|e| e.kind == EventKind::Escalated)
            .collect();
        assert_eq!(esc.len(), 2);
        assert_eq!(
            (esc[0].from_tier, esc[0].to_tier),
            (Some(Tier(1)), Some(Tier(2)))
        );
        assert_eq!(esc[0].reason.as_deref(), Some("billing"));
        assert!(!esc[0].automatic);
    }
);

desk_test!(agents_may_escalate_straight_to_a_named_tier, |db| {
    let desk = db.desk().await;
    let id = desk
        .open(request(member(1), "help"), at(0))
        .await
        .unwrap()
        .ticket
        .id;
    let e = desk
        .escalate(id, agent(1, 1), Some(Tier(3)), None, at(1))
        .await
        .unwrap();
    assert_eq!(e.ticket.tier, Tier(3));
    assert!(matches!(
        refusal(
            desk.escalate(id, member(1), None, None, at(1))
                .await
                .unwrap_err()
        ),
        Refusal::AgentsOnly { .. }
    ));
});

desk_test!(close_and_reopen_within_the_window, |db| {
    let desk = db.desk().await;
    let id = desk
        .open(request(member(1), "help"), at(0))
        .await
        .unwrap()
        .ticket
        .id;
    assert!(matches!(
        refusal(desk.close(id, member(2), None, at(1)).await.unwrap_err()),
        Refusal::OwnerOrAgentOnly { .. }
    ));
    let c = desk
        .close(id, agent(1, 1), Some(" fixed the cache ".into()), at(5))
        .await
        .unwrap();
    assert_eq!(c.ticket.status, Status::Closed);
    assert_eq!(c.ticket.resolution.as_deref(), Some("fixed the cache"));
    assert_eq!(c.ticket.sla_due_at, None);
    assert!(
        desk.close(id, member(1), None, at(6))
            .await
            .unwrap()
            .already
    );
    assert!(matches!(
        refusal(desk.claim(id, agent(1, 1), at(6)).await.unwrap_err()),
        Refusal::Closed(_)
    ));
    // The owner reopens within 7 days.
    let r = desk.reopen(id, member(1), at(60 * 24 * 6)).await.unwrap();
    assert_eq!(r.ticket.status, Status::Open);
    assert_eq!(r.ticket.reopen_count, 1);
    assert!(
        desk.reopen(id, member(1), at(60 * 24 * 6))
            .await
            .unwrap()
            .already
    );
    // Closed again, then too late.
    desk.close(id, member(1), None, at(60 * 24 * 7))
        .await
        .unwrap();
    let late = at(60 * 24 * 7) + chrono::Duration::days(7) + chrono::Duration::minutes(1);
    assert!(matches!(
        refusal(desk.reopen(id, agent(1, 1), late).await.unwrap_err()),
        Refusal::ReopenWindowPassed { days: 7, .. }
    ));
    assert!(matches!(
        refusal(
            desk.reopen(id, member(3), at(60 * 24 * 7 + 1))
                .await
                .unwrap_err()
        ),
        Refusal::OwnerOrAgentOnly { .. }
    ));
    let again = desk
        .reopen(id, agent(1, 1), at(60 * 24 * 7 + 1))
        .await
        .unwrap();
    assert_eq!(again.ticket.reopen_count, 2);
    let kinds = event_kinds(&desk, id).await;
    assert_eq!(
        kinds,
        vec![
            EventKind::Opened,
            EventKind::Closed,
            EventKind::Reopened,
            EventKind::Closed,
            EventKind::Reopened
        ]
    );
});
