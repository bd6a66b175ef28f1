//! Tags through serenity and the emulator: a moderator adds one, an agent puts it on a ticket
//! with `/ticket tag add` (a subcommand group, the tag autocompleted), the queue filters by
//! it; members may neither add tags nor tag tickets.

mod discord;

use concierge::bot::commands::{tag, ticket};
use discord::*;
use discord_emulator::Opt;

#[tokio::test]
async fn a_moderator_adds_a_tag_and_an_agent_tags_a_ticket() {
    let w = world().await;
    let help = w.channel("help");
    let (moderator, ann, carol) = (w.user("mod-max"), w.user("agent-ann"), w.user("carol"));
    let add = |who: u64| {
        slash(
            &w,
            help,
            who,
            tag::NAME,
            tag::subs::ADD,
            vec![
                Opt::string(tag::opts::NAME, "billing"),
                Opt::string(tag::opts::DESCRIPTION, "refunds and invoices"),
            ],
        )
    };
    let r = add(carol).await;
    assert!(
        text_of(&r).starts_with("Only this server's moderators"),
        "{}",
        text_of(&r)
    );
    let r = add(moderator).await;
    assert!(
        r.ephemeral && text_of(&r).contains("Added the tag `billing`"),
        "{}",
        text_of(&r)
    );

    let thread = open_ticket(&w, "carol", "refund please").await;
    let tags = offered(
        &w,
        thread,
        ann,
        (ticket::NAME, ticket::subs::TAG_ADD),
        ticket::opts::TAG,
        "bil",
    );
    assert_eq!(tags.await, ["billing"]);

    let tag_it = |who: u64| {
        slash(
            &w,
            thread,
            who,
            ticket::NAME,
            ticket::subs::TAG_ADD,
            vec![Opt::string(ticket::opts::TAG, "billing")],
        )
    };
    let r = tag_it(carol).await;
    assert!(
        text_of(&r).starts_with("Only support agents"),
        "{}",
        text_of(&r)
    );
    let r = tag_it(ann).await;
    assert!(r.ephemeral, "tags are the staff's");
    assert_eq!(
        text_of(&r),
        "Ticket 1 now carries `billing`. Its tags: `billing`."
    );

    let r = slash(
        &w,
        help,
        ann,
        ticket::NAME,
        ticket::subs::QUEUE,
        vec![Opt::string(ticket::opts::TAG, "billing")],
    )
    .await;
    assert!(
        text_of(&r).contains("#1 refund please `billing`"),
        "{}",
        text_of(&r)
    );
    let r = slash(&w, help, ann, tag::NAME, tag::subs::LIST, vec![]).await;
    assert!(
        text_of(&r).contains("`billing`: refunds and invoices (1 ticket(s))"),
        "{}",
        text_of(&r)
    );
    w.shutdown().await;
}
