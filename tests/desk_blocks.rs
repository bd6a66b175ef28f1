//! Blocks on opening tickets (SQLite and PostgreSQL): a blocked member is refused, with the
//! end of the block and never who set it; an agent may still open a ticket for them; a block
//! ends when it expires or is lifted; a new block replaces the one in force; blocks are per
//! server; deleting a server's data deletes its blocks.

#[macro_use]
mod common;

use common::*;
use concierge::desk::DeskError;
use concierge::tickets::{GuildId, Refusal, UserId};

const MOD: UserId = UserId(900);

fn refused(r: Result<concierge::desk::Opened, DeskError>) -> Refusal {
    match r {
        Err(DeskError::Refused(r)) => r,
        Err(e) => panic!("an error, not a refusal: {e}"),
        Ok(o) => panic!("opened ticket {}", o.ticket.no),
    }
}

desk_test!(a_blocked_member_cannot_open_until_it_ends, |db| {
    let desk = db.desk().await;
    let carol = member(3);
    let b = desk
        .block(GUILD, carol.user, MOD, "spam\nand abuse", Some(2), at(0))
        .await
        .unwrap();
    assert_eq!(b.reason, "spam and abuse");
    assert_eq!(b.until, Some(at(2 * 24 * 60)));

    // Refused by the early check and by the opening itself, saying until when, not by whom.
    let why = desk
        .refusal_to_open(GUILD, carol.user, &carol, at(10))
        .await
        .unwrap()
        .expect("refused");
    assert_eq!(why, Refusal::Blocked { until: b.until });
    let text = why.to_string();
    assert!(
        text.contains(&format!("<t:{}:f>", at(2 * 24 * 60).timestamp())),
        "{text}"
    );
    assert!(!text.contains("900"), "never who blocked: {text}");
    let r = refused(desk.open(request(carol, "let me in"), at(10)).await);
    assert_eq!(r, why);

    // An agent may open one for them; another server knows nothing of the block.
    let mut for_carol = request(agent(7, 1), "opened by an agent");
    for_carol.owner = carol.user;
    desk.open(for_carol, at(11)).await.unwrap();
    let mut elsewhere = request(carol, "another server");
    elsewhere.guild = GuildId(2);
    desk.open(elsewhere, at(12)).await.unwrap();

    // Listed while in force; once it has expired, they may open again.
    assert_eq!(desk.blocks(GUILD, at(20)).await.unwrap(), vec![b.clone()]);
    let after = at(2 * 24 * 60 + 1);
    assert!(desk.blocks(GUILD, after).await.unwrap().is_empty());
    desk.open(request(carol, "back again"), after)
        .await
        .unwrap();
});

desk_test!(a_block_is_lifted_or_replaced, |db| {
    let desk = db.desk().await;
    let dan = member(4);
    desk.block(GUILD, dan.user, MOD, "", None, at(0))
        .await
        .unwrap();
    assert_eq!(
        refused(desk.open(request(dan, "hello"), at(60 * 24 * 365)).await),
        Refusal::Blocked { until: None },
        "until lifted: still in force a year later"
    );
    // A new block replaces the one in force: one block listed, the new end.
    let again = desk
        .block(GUILD, dan.user, MOD, "second thoughts", Some(1), at(5))
        .await
        .unwrap();
    assert_eq!(
        desk.blocks(GUILD, at(6)).await.unwrap(),
        vec![again.clone()]
    );
    // Lifted: they open at once; lifting again finds nothing.
    let lifted = desk.unblock(GUILD, dan.user, MOD, at(7)).await.unwrap();
    assert_eq!(lifted, Some(again));
    assert_eq!(
        desk.unblock(GUILD, dan.user, MOD, at(8)).await.unwrap(),
        None
    );
    desk.open(request(dan, "thanks"), at(9)).await.unwrap();
    assert!(desk.blocks(GUILD, at(9)).await.unwrap().is_empty());
});

desk_test!(deleting_a_servers_data_deletes_its_blocks, |db| {
    let desk = db.desk().await;
    let erin = member(5);
    desk.block(GUILD, erin.user, MOD, "x", None, at(0))
        .await
        .unwrap();
    desk.store().delete_guild_data(GUILD).await.unwrap();
    assert!(desk.blocks(GUILD, at(1)).await.unwrap().is_empty());
    desk.open(request(erin, "fresh start"), at(2))
        .await
        .unwrap();
});
