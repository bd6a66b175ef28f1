//! Waiting on the member, on both backends: after an agent's last word and the member's
//! silence for `inactivity_hours`, the clock asks once; the member's message withdraws the
//! question; "I still need help" keeps it open and the same silence is not asked about again;
//! unanswered, the ticket closes for inactivity, counted apart and outside first contact
//! resolution; the setting 0 turns it off.

#[macro_use]
mod common;

use common::*;
use concierge::desk::{CloseAnswer, Desk, DeskError, NewMessage};
use concierge::settings::Source;
use concierge::tickets::{Actor, AuthorKind, ChannelId, MessageId, Refusal, Status, TicketId};

const DAY: i64 = 24 * 60;

fn said(id: u64, who: Actor, kind: AuthorKind, minute: i64) -> NewMessage {
    NewMessage {
        message_id: MessageId(id),
        author: who.user,
        author_name: "someone".into(),
        kind,
        author_tier: who.tier,
        at: at(minute),
        content: "words".into(),
    }
}

async fn asked(desk: &Desk, minute: i64) -> Vec<TicketId> {
    desk.ask_inactive(GUILD, at(minute))
        .await
        .unwrap()
        .into_iter()
        .map(|(r, _, _)| r.ticket)
        .collect()
}

desk_test!(
    a_silent_member_is_asked_once_then_closed_for_inactivity,
    |db| {
        let desk = db.desk().await;
        let ann = agent(1, 1);
        let id = ticket_with_thread(&desk, member(1), 10).await;
        desk.record_message(ChannelId(10), said(1, member(1), AuthorKind::Member, 1))
            .await
            .unwrap();
        assert!(
            asked(&desk, 2 * DAY).await.is_empty(),
            "the member had the last word"
        );
        desk.record_message(ChannelId(10), said(2, ann, AuthorKind::Agent, 10))
            .await
            .unwrap();
        desk.record_message(ChannelId(10), said(3, agent(9, 1), AuthorKind::Bot, 11))
            .await
            .unwrap();
        assert!(asked(&desk, 10 + DAY - 1).await.is_empty(), "not yet");
        assert_eq!(
            asked(&desk, 10 + DAY).await,
            vec![id],
            "bot messages do not count"
        );
        assert!(asked(&desk, 10 + DAY + 5).await.is_empty(), "once");

        // Unanswered a day later: closed for inactivity, by the agent, once.
        assert!(desk
            .due_close_requests(at(10 + 2 * DAY - 1))
            .await
            .unwrap()
            .is_empty());
        let closed = desk.due_close_requests(at(10 + 2 * DAY)).await.unwrap();
        assert_eq!(closed.len(), 1);
        let t = desk.ticket(id).await.unwrap();
        assert_eq!((t.status, t.closed_inactive), (Status::Closed, true));
        assert_eq!(t.closed_by, Some(ann.user));
        assert!(desk
            .due_close_requests(at(10 + 3 * DAY))
            .await
            .unwrap()
            .is_empty());
        let report = desk
            .kpi_report(GUILD, at(10 + 2 * DAY + 1), 7)
            .await
            .unwrap();
        assert_eq!(
            (report.tickets_closed, report.tickets_closed_inactive),
            (1, 1)
        );
        assert_eq!(report.fcr_rate, None, "not a first contact resolution");
        assert!(
            report
                .to_string()
                .contains("of them closed for inactivity     1"),
            "{report}"
        );

        // Reopened: no longer counted as closed for inactivity.
        let back = desk
            .reopen(id, member(1), at(10 + 2 * DAY + 2))
            .await
            .unwrap();
        assert!(!back.ticket.closed_inactive);
    }
);

desk_test!(the_member_speaks_or_keeps_it_open, |db| {
    let desk = db.desk().await;
    let ann = agent(1, 1);
    let id = ticket_with_thread(&desk, member(1), 10).await;
    desk.record_message(ChannelId(10), said(1, ann, AuthorKind::Agent, 0))
        .await
        .unwrap();
    assert_eq!(asked(&desk, DAY).await, vec![id]);
    // Their message withdraws the question: nothing closes, nothing to answer.
    desk.record_message(
        ChannelId(10),
        said(2, member(1), AuthorKind::Member, DAY + 1),
    )
    .await
    .unwrap();
    assert!(desk
        .due_close_requests(at(3 * DAY))
        .await
        .unwrap()
        .is_empty());
    match desk
        .answer_close_request(id, member(1), true, at(DAY + 2))
        .await
    {
        Err(DeskError::Refused(Refusal::NoCloseRequest(_))) => {}
        other => panic!("{other:?}"),
    }
    // The agent answers again; asked again; "I still need help" keeps it open for good.
    desk.record_message(ChannelId(10), said(3, ann, AuthorKind::Agent, DAY + 10))
        .await
        .unwrap();
    assert_eq!(asked(&desk, 2 * DAY + 10).await, vec![id]);
    match desk
        .answer_close_request(id, member(1), false, at(2 * DAY + 11))
        .await
        .unwrap()
    {
        CloseAnswer::KeptOpen { .. } => {}
        other => panic!("{other:?}"),
    }
    assert!(
        asked(&desk, 5 * DAY).await.is_empty(),
        "the same silence is asked about once"
    );
    assert_eq!(desk.ticket(id).await.unwrap().status, Status::Open);

    // Off for the server: never asked.
    let other = ticket_with_thread(&desk, member(2), 20).await;
    desk.record_message(ChannelId(20), said(4, ann, AuthorKind::Agent, 0))
        .await
        .unwrap();
    desk.change_settings(
        GUILD,
        &[("inactivity_hours".to_string(), Some("0".to_string()))],
        None,
        Source::Import,
        at(1),
    )
    .await
    .unwrap();
    assert!(asked(&desk, 10 * DAY).await.is_empty());
    let _ = other;
});

desk_test!(a_ticket_waiting_on_the_staff_is_not_asked, |db| {
    let desk = db.desk().await;
    let ann = agent(1, 1);
    let id = ticket_with_thread(&desk, member(1), 10).await;
    desk.claim(id, ann, at(1)).await.unwrap();
    desk.record_message(ChannelId(10), said(1, ann, AuthorKind::Agent, 2))
        .await
        .unwrap();
    // Escalated after the agent's word: it waits on tier 2, not on the member.
    desk.escalate(id, ann, None, Some("billing".into()), at(3))
        .await
        .unwrap();
    assert!(asked(&desk, 5 * DAY).await.is_empty());
    // Tier 2 answers: now it waits on the member.
    desk.record_message(
        ChannelId(10),
        said(2, agent(2, 2), AuthorKind::Agent, 5 * DAY),
    )
    .await
    .unwrap();
    assert_eq!(asked(&desk, 6 * DAY).await, vec![id]);
});
