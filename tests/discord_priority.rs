//! `/ticket priority` through serenity and the emulator: an agent raises a ticket to high,
//! then urgent (on-call and the tier pinged in the thread, the log told), the queue marks it; a member is
//! refused; the same priority again changes nothing.

mod discord;

use concierge::bot::commands::ticket::{opts, subs, NAME};
use concierge::tickets::Priority;
use discord::*;
use discord_emulator::Opt;

#[tokio::test]
async fn an_agent_sets_a_tickets_priority() {
    let w = world().await;
    let thread = open_ticket(&w, "carol", "exports are slow").await;
    let (ann, carol) = (w.user("agent-ann"), w.user("carol"));
    let set = |who: u64, level: &str| {
        slash(
            &w,
            thread,
            who,
            NAME,
            subs::PRIORITY,
            vec![Opt::string(opts::LEVEL, level)],
        )
    };

    let r = set(carol, "urgent").await;
    assert!(r.ephemeral, "{}", text_of(&r));
    assert!(
        text_of(&r).starts_with("Only support agents"),
        "{}",
        text_of(&r)
    );

    let r = set(ann, "high").await;
    let said = text_of(&r);
    assert!(!r.ephemeral, "said in the thread");
    assert!(
        said.contains("is now of **high** priority (was normal), set by"),
        "{said}"
    );
    assert!(said.contains("A first answer is expected by <t:"), "{said}");
    assert!(r.allowed_mentions.is_some());
    assert_eq!(ticket(&w, thread).await.priority, Priority::High);
    let r = set(ann, "high").await;
    assert!(
        r.ephemeral && text_of(&r).contains("already of high priority"),
        "{}",
        text_of(&r)
    );

    let r = set(ann, "urgent").await;
    assert!(text_of(&r).contains("**urgent**"), "{}", text_of(&r));
    let on_call = w.emu.role_id("on-call");
    let pinged = w
        .emu
        .wait_for_message(thread, |m| m.content.contains("now **urgent**"), T)
        .await
        .expect("the on-call notice");
    let mut roles = pinged.pings().roles;
    roles.sort_unstable();
    let mut expected = vec![on_call, w.emu.role_id("tier-1")];
    expected.sort_unstable();
    assert_eq!(roles, expected, "on-call and the ticket's tier");
    let log = w.channel("support-log");
    w.emu
        .wait_for_message(log, |m| m.content.contains("now of **urgent** priority"), T)
        .await
        .expect("the log channel is told");

    let r = slash(&w, w.channel("help"), ann, NAME, subs::QUEUE, vec![]).await;
    assert!(
        text_of(&r).contains("🚨 #1 exports are slow"),
        "{}",
        text_of(&r)
    );
    w.shutdown().await;
}
