//! Close requests on both backends: an agent proposes closing; the owner closes (the reason
//! becomes the resolution) or keeps it open; unanswered, the clock closes it once, after
//! `close_request_hours`; only the owner answers, a request ends once, closing the ticket
//! otherwise ends it, members may not propose.

#[macro_use]
mod common;

use common::*;
use concierge::desk::{CloseAnswer, DeskError};
use concierge::tickets::{EventKind, Refusal, Status};

async fn opened(desk: &concierge::desk::Desk, n: u64) -> concierge::tickets::Ticket {
    desk.open(request(member(n), "my export fails"), at(0))
        .await
        .unwrap()
        .ticket
}

desk_test!(the_owner_closes_or_keeps_open, |db| {
    let desk = db.desk().await;
    let ann = agent(1, 1);
    let t = opened(&desk, 1).await;
    match desk.request_close(t.id, &member(1), None, at(1)).await {
        Err(DeskError::Refused(Refusal::AgentsOnly { .. })) => {}
        other => panic!("a member proposed closing: {other:?}"),
    }
    let r = desk
        .request_close(t.id, &ann, Some("the export works again".into()), at(1))
        .await
        .unwrap();
    assert_eq!(r.due, at(1 + 24 * 60));
    // Someone else may not answer; the owner keeps it open, once.
    match desk
        .answer_close_request(t.id, member(2), true, at(2))
        .await
    {
        Err(DeskError::Refused(Refusal::OwnerAnswersCloseRequest { .. })) => {}
        other => panic!("not the owner: {other:?}"),
    }
    match desk
        .answer_close_request(t.id, member(1), false, at(2))
        .await
        .unwrap()
    {
        CloseAnswer::KeptOpen { request } => assert_eq!(request.by, ann.user),
        other => panic!("{other:?}"),
    }
    match desk
        .answer_close_request(t.id, member(1), true, at(3))
        .await
    {
        Err(DeskError::Refused(Refusal::NoCloseRequest(_))) => {}
        other => panic!("answered twice: {other:?}"),
    }
    assert_eq!(desk.ticket(t.id).await.unwrap().status, Status::Open);

    // Asked again, the owner closes: the reason is the resolution.
    desk.request_close(t.id, &ann, Some("fixed for real".into()), at(4))
        .await
        .unwrap();
    match desk
        .answer_close_request(t.id, member(1), true, at(5))
        .await
        .unwrap()
    {
        CloseAnswer::Closed(o) => {
            assert_eq!(o.ticket.status, Status::Closed);
            assert_eq!(o.ticket.resolution.as_deref(), Some("fixed for real"));
            assert_eq!(o.ticket.closed_by, Some(member(1).user));
        }
        other => panic!("{other:?}"),
    }
    let kinds = event_kinds(&desk, t.id).await;
    assert_eq!(
        kinds,
        [
            EventKind::Opened,
            EventKind::CloseRequested,
            EventKind::CloseRequestDeclined,
            EventKind::CloseRequested,
            EventKind::Closed
        ]
    );
    assert!(desk
        .due_close_requests(at(10_000))
        .await
        .unwrap()
        .is_empty());
});

desk_test!(an_unanswered_request_closes_the_ticket_once, |db| {
    let desk = db.desk().await;
    let ann = agent(1, 1);
    let t = opened(&desk, 1).await;
    desk.request_close(t.id, &ann, Some("done".into()), at(10))
        .await
        .unwrap();
    assert!(desk
        .due_close_requests(at(10 + 24 * 60 - 1))
        .await
        .unwrap()
        .is_empty());
    let closed = desk.due_close_requests(at(10 + 24 * 60)).await.unwrap();
    assert_eq!(closed.len(), 1);
    let c = &closed[0].ticket;
    assert_eq!((c.id, c.status), (t.id, Status::Closed));
    assert_eq!(c.closed_by, Some(ann.user));
    assert_eq!(c.resolution.as_deref(), Some("done"));
    assert!(
        desk.due_close_requests(at(10 + 24 * 60 + 5))
            .await
            .unwrap()
            .is_empty(),
        "once"
    );
    let last = desk.events(t.id).await.unwrap().pop().unwrap();
    assert!(last.automatic && last.kind == EventKind::Closed, "{last:?}");

    // A ticket an agent closes meanwhile ends its request: the clock closes nothing.
    let u = opened(&desk, 2).await;
    desk.request_close(u.id, &ann, None, at(20)).await.unwrap();
    desk.close(u.id, ann, None, at(21)).await.unwrap();
    assert!(desk
        .due_close_requests(at(100_000))
        .await
        .unwrap()
        .is_empty());
    match desk
        .answer_close_request(u.id, member(2), true, at(22))
        .await
    {
        Err(DeskError::Refused(Refusal::NoCloseRequest(_))) => {}
        other => panic!("{other:?}"),
    }
});

desk_test!(the_members_own_words_withdraw_a_request, |db| {
    let desk = db.desk().await;
    let ann = agent(1, 1);
    let id = ticket_with_thread(&desk, member(1), 10).await;
    desk.request_close(id, &ann, None, at(1)).await.unwrap();
    desk.record_message(
        concierge::tickets::ChannelId(10),
        concierge::desk::NewMessage {
            message_id: concierge::tickets::MessageId(1),
            author: member(1).user,
            author_name: "carol".into(),
            kind: concierge::tickets::AuthorKind::Member,
            author_tier: None,
            at: at(2),
            content: "no, it still fails".into(),
        },
    )
    .await
    .unwrap();
    assert!(desk
        .due_close_requests(at(3 * 24 * 60))
        .await
        .unwrap()
        .is_empty());
    assert_ne!(desk.ticket(id).await.unwrap().status, Status::Closed);
});
