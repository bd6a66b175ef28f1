//! Staff notes and a ticket's history on both backends: agents add and read notes, members
//! are refused, an empty note is refused, each note is a `note_added` event, the staff
//! transcript carries notes and history, and deleting a server's data deletes its notes.

#[macro_use]
mod common;

use common::*;
use concierge::desk::DeskError;
use concierge::tickets::{EventKind, Refusal};

desk_test!(agents_keep_notes_members_never_see_them, |db| {
    let desk = db.desk().await;
    let owner = member(1);
    let t = desk
        .open(request(owner, "refund please"), at(0))
        .await
        .unwrap()
        .ticket;
    let ann = agent(1, 1);
    let n = desk
        .add_note(
            t.id,
            &ann,
            "  customer is VIP\nrefund approved by finance  ",
            at(1),
        )
        .await
        .unwrap();
    assert_eq!(n.body, "customer is VIP\nrefund approved by finance");
    desk.add_note(t.id, &agent(2, 2), "second", at(2))
        .await
        .unwrap();

    for denied in [
        desk.add_note(t.id, &owner, "let me in", at(3))
            .await
            .map(|_| ()),
        desk.notes(t.id, &owner).await.map(|_| ()),
        desk.history(t.id, &owner).await.map(|_| ()),
    ] {
        match denied {
            Err(DeskError::Refused(Refusal::AgentsOnly { .. })) => {}
            other => panic!("a member reached the notes: {other:?}"),
        }
    }
    match desk.add_note(t.id, &ann, "\u{200b} \n", at(3)).await {
        Err(DeskError::Refused(Refusal::EmptyNote)) => {}
        other => panic!("an empty note: {other:?}"),
    }

    let notes = desk.notes(t.id, &ann).await.unwrap();
    let bodies: Vec<&str> = notes.iter().map(|n| n.body.as_str()).collect();
    assert_eq!(
        bodies,
        ["customer is VIP\nrefund approved by finance", "second"]
    );
    assert_eq!(
        desk.history(t.id, &ann).await.unwrap().len(),
        3,
        "agents read the history"
    );
    let kinds = event_kinds(&desk, t.id).await;
    assert_eq!(
        kinds,
        [
            EventKind::Opened,
            EventKind::NoteAdded,
            EventKind::NoteAdded
        ]
    );
    let md = desk
        .transcript_markdown(t.id, concierge::i18n::Lang::En)
        .await
        .unwrap();
    assert!(md.contains("## Staff notes"), "{md}");
    assert!(md.contains("> refund approved by finance"), "{md}");
    assert!(md.contains("## History"), "{md}");
    assert!(md.contains("staff note added by"), "{md}");
    let html = desk
        .transcript_html(t.id, concierge::i18n::Lang::En)
        .await
        .unwrap();
    assert!(html.contains("customer is VIP"), "{html}");

    desk.store().delete_guild_data(GUILD).await.unwrap();
    assert!(desk.store().notes_of(t.id).await.unwrap().is_empty());
});
