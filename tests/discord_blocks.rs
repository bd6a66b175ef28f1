//! `/support block|unblock|blocks` through serenity and the emulator: a moderator blocks a
//! member, who is then refused a ticket without being told by whom; the log channel is told
//! without a ping; agents who are not moderators may not block; unblocking lets them open.

mod discord;

use concierge::bot::commands::support::{opts, subs, NAME};
use concierge::tickets::Refusal;
use discord::*;
use discord_emulator::Opt;

#[tokio::test]
async fn a_moderator_blocks_and_unblocks_a_member() {
    let w = world().await;
    let (help, log) = (w.channel("help"), w.channel("support-log"));
    let (moderator, carol, ann) = (w.user("mod-max"), w.user("carol"), w.user("agent-ann"));
    let block = |by: u64, who: u64| {
        slash(
            &w,
            help,
            by,
            NAME,
            subs::BLOCK,
            vec![
                Opt::user(opts::MEMBER, who),
                Opt::string(opts::REASON, "[spam](https://evil.example) @everyone"),
                Opt::integer(opts::DAYS, 3),
            ],
        )
    };

    // An agent who is not a moderator may not block.
    let r = block(ann, carol).await;
    assert_refused(&r, &Refusal::BlocksModeratorsOnly.to_string());

    let r = block(moderator, carol).await;
    assert!(r.ephemeral, "only the moderator sees it");
    let said = text_of(&r);
    assert!(
        said.contains(&format!(
            "Blocked <@{carol}> from opening tickets until <t:"
        )),
        "{said}"
    );
    assert!(
        said.contains("\\[spam\\]") && !said.contains("@everyone"),
        "the reason is inert: {said}"
    );
    let told = w
        .emu
        .wait_for_message(
            log,
            |m| m.content.contains(&format!("blocked <@{carol}>")),
            T,
        )
        .await
        .expect("the log channel is told");
    assert!(
        told.pings().users.is_empty() && !told.pings().everyone,
        "{told:?}"
    );

    // Carol is refused, and not told by whom.
    let r = try_open(&w, "carol", "let me in").await;
    let refused = text_of(&r);
    assert!(
        refused.starts_with("You can't open tickets on this server until <t:"),
        "{refused}"
    );
    assert!(!refused.contains(&moderator.to_string()), "{refused}");
    assert!(w.emu.threads().is_empty(), "no thread was made");

    let r = slash(&w, help, moderator, NAME, subs::BLOCKS, vec![]).await;
    assert!(
        text_of(&r).contains(&format!("<@{carol}> until <t:")),
        "{}",
        text_of(&r)
    );

    // Lifted: she opens a ticket.
    let unblock = vec![Opt::user(opts::MEMBER, carol)];
    let r = slash(&w, help, moderator, NAME, subs::UNBLOCK, unblock.clone()).await;
    assert_eq!(text_of(&r), format!("<@{carol}> can open tickets again."));
    let r = slash(&w, help, moderator, NAME, subs::UNBLOCK, unblock).await;
    assert_eq!(text_of(&r), format!("<@{carol}> is not blocked."));
    open_ticket(&w, "carol", "thanks for letting me back").await;
    w.shutdown().await;
}

#[tokio::test]
async fn a_german_moderator_is_answered_in_german_and_the_log_stays_in_the_servers_language() {
    let w = world().await;
    let help = w.channel("help");
    let (moderator, carol) = (w.user("mod-max"), w.user("carol"));
    w.emu.set_user_locale(moderator, "de");
    let r = slash(&w, help, moderator, NAME, subs::BLOCKS, vec![]).await;
    assert_eq!(text_of(&r), "Niemand ist für Tickets gesperrt.");
    let r = slash(
        &w,
        help,
        moderator,
        NAME,
        subs::BLOCK,
        vec![Opt::user(opts::MEMBER, carol)],
    )
    .await;
    assert_eq!(
        text_of(&r),
        format!(
            "<@{carol}> darf bis auf Weiteres keine Tickets mehr öffnen. Der Person wird nur gesagt, dass sie hier bis auf Weiteres keine Tickets öffnen kann."
        )
    );
    let log = w.channel("support-log");
    assert!(
        w.emu
            .wait_for_message(
                log,
                |m| m.content
                    == format!(
                "<@{moderator}> blocked <@{carol}> from opening tickets until the block is lifted"
            ),
                T
            )
            .await
            .is_some(),
        "the log line is in the server's language (English)"
    );
}
