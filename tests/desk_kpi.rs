//! KPIs on a scenario with known answers, and the `stats` / `transcript` / `migrate` verbs.

#[macro_use]
mod common;

use chrono::{Duration, Utc};
use common::*;
use concierge::desk::{Desk, NewAnswer, NewMessage};
use concierge::kpi;
use concierge::tickets::{Actor, AuthorKind, ChannelId, MessageId, TicketId};
use std::process::Command;
use std::sync::atomic::{AtomicU64, Ordering};

static NEXT_MSG: AtomicU64 = AtomicU64::new(1);

async fn say(desk: &Desk, thread: u64, who: Actor, kind: AuthorKind, when: chrono::DateTime<Utc>) {
    desk.record_message(
        ChannelId(thread),
        NewMessage {
            message_id: MessageId(NEXT_MSG.fetch_add(1, Ordering::SeqCst)),
            author: who.user,
            author_name: "x".into(),
            kind,
            author_tier: who.tier,
            at: when,
            content: "hello".into(),
        },
    )
    .await
    .unwrap();
}

async fn open(desk: &Desk, who: Actor, thread: u64, when: chrono::DateTime<Utc>) -> TicketId {
    let id = desk.open(request(who, "q"), when).await.unwrap().ticket.id;
    desk.attach_thread(id, ChannelId(thread), when)
        .await
        .unwrap();
    id
}

desk_test!(the_report_matches_the_definitions, |db| {
    let desk = db.desk().await;
    let now = at(60 * 48);
    let (a, b) = (agent(1, 1), agent(2, 1));
    // T1: answered in 10 min by A, closed after one response, owner rates 5 (a stranger rates 1).
    let t1 = open(&desk, member(1), 1, at(0)).await;
    desk.claim(t1, a, at(5)).await.unwrap();
    say(&desk, 1, a, AuthorKind::Agent, at(10)).await;
    desk.close(t1, a, None, at(20)).await.unwrap();
    desk.rate(t1, member(1).user, 5, at(21)).await.unwrap();
    desk.rate(t1, member(9).user, 1, at(21)).await.unwrap();
    // T2: B answers in 30 min, two responses, owner rates 3.
    let t2 = open(&desk, member(2), 2, at(0)).await;
    desk.claim(t2, b, at(1)).await.unwrap();
    say(
        &desk,
        2,
        Actor::member(member(2).user),
        AuthorKind::Member,
        at(2),
    )
    .await;
    say(&desk, 2, b, AuthorKind::Bot, at(3)).await;
    say(&desk, 2, b, AuthorKind::Agent, at(30)).await;
    say(&desk, 2, b, AuthorKind::Agent, at(40)).await;
    desk.close(t2, b, None, at(50)).await.unwrap();
    desk.rate(t2, member(2).user, 3, at(51)).await.unwrap();
    // T3: A answers after 90 min (SLA missed), one response, closed, reopened, closed again.
    let t3 = open(&desk, member(3), 3, at(0)).await;
    desk.claim(t3, a, at(80)).await.unwrap();
    say(&desk, 3, a, AuthorKind::Agent, at(90)).await;
    desk.close(t3, a, None, at(100)).await.unwrap();
    desk.reopen(t3, member(3), at(110)).await.unwrap();
    desk.claim(t3, a, at(111)).await.unwrap();
    desk.close(t3, a, None, at(120)).await.unwrap();
    // T4: never answered, still open (SLA missed). T5: opened 30 min ago (not yet due).
    open(&desk, member(4), 4, at(0)).await;
    open(&desk, member(5), 5, now - Duration::minutes(30)).await;
    // Auto-answers: old and no ticket (deflected); followed by a ticket (not); recent and
    // unrated (pending, excluded); recent and rated helpful (deflected).
    let ans = |id: u64, who: Actor, when| NewAnswer {
        message_id: MessageId(10_000 + id),
        guild: GUILD,
        channel: ChannelId(77),
        asker: who.user,
        entry_id: "e".into(),
        score: 0.9,
        at: when,
    };
    desk.record_auto_answer(ans(1, member(6), at(0)))
        .await
        .unwrap();
    desk.record_auto_answer(ans(2, member(7), at(10)))
        .await
        .unwrap();
    desk.answer_feedback(MessageId(10_002), member(7).user, Some(false), at(11))
        .await
        .unwrap();
    open(&desk, member(7), 7, at(30)).await;
    desk.record_auto_answer(ans(3, member(8), now - Duration::hours(1)))
        .await
        .unwrap();
    desk.record_auto_answer(ans(4, member(9), now - Duration::hours(1)))
        .await
        .unwrap();
    desk.answer_feedback(MessageId(10_004), member(9).user, Some(true), now)
        .await
        .unwrap();
    // Bystanders' votes are feedback on the entry: two 👎 on the answer the asker found
    // helpful, and one 👍 on the one the asker did not, change no outcome.
    for n in [20, 21] {
        desk.answer_feedback(MessageId(10_004), member(n).user, Some(false), now)
            .await
            .unwrap();
    }
    desk.answer_feedback(MessageId(10_002), member(22).user, Some(true), at(12))
        .await
        .unwrap();

    let r = kpi::report(desk.store(), GUILD, now, 7).await.unwrap();
    assert_eq!(r.tickets_opened, 6);
    assert_eq!(r.tickets_closed, 3);
    assert_eq!(r.tickets_reopened, 1);
    assert_eq!(r.frt_median_s, Some(1800));
    assert_eq!(r.frt_p90_s, Some(5400));
    assert!((r.fcr_rate.unwrap() - 1.0 / 3.0).abs() < 1e-9);
    assert!((r.responses_to_resolution.unwrap() - 4.0 / 3.0).abs() < 1e-9);
    assert_eq!(r.csat_mean, Some(4.0));
    assert_eq!(r.csat_count, 2);
    assert_eq!(r.csat_satisfied_rate, Some(0.5));
    // Met: T1, T2. Missed: T3 (late), T4 and T7's ticket (unanswered past deadline). T5 not due.
    assert_eq!(r.sla_met_rate, Some(2.0 / 5.0));
    assert_eq!(r.auto_answers, 4);
    // Resolved: answer 4 (confirmed by its asker), answer 1 (assumed: old, no ticket);
    // not: answer 2 (its asker said no and opened a ticket); answer 3 pending.
    assert!((r.deflection_rate.unwrap() - 2.0 / 3.0).abs() < 1e-9);
    assert_eq!((r.answers_confirmed, r.answers_assumed), (1, 1));
    assert_eq!((r.others_helpful, r.others_not_helpful), (1, 2));
    let text = r.to_string();
    assert!(
        text.contains("4 / 66.7% (1 confirmed by the asker, 1 assumed)"),
        "{text}"
    );
    assert!(text.contains("1 helpful / 2 not helpful"), "{text}");
    assert_eq!(r.backlog.total, 3);
    assert_eq!(r.backlog.by_tier.get("1"), Some(&3));
    assert_eq!((r.backlog.under_1h, r.backlog.over_24h), (1, 2));
    let fa = r
        .agents
        .iter()
        .find(|x| x.agent == a.user.to_string())
        .unwrap();
    assert_eq!(
        (fa.first_responses, fa.frt_median_s, fa.tickets_closed),
        (2, Some(600), 2)
    );
    assert_eq!(
        (fa.fcr_rate, fa.csat_mean, fa.csat_count),
        (Some(0.5), Some(5.0), 1)
    );
    let fb = r
        .agents
        .iter()
        .find(|x| x.agent == b.user.to_string())
        .unwrap();
    assert_eq!(
        (
            fb.first_responses,
            fb.frt_median_s,
            fb.fcr_rate,
            fb.csat_mean
        ),
        (1, Some(1800), Some(0.0), Some(3.0))
    );
    // A shorter window sees nothing from two days ago but the backlog is always "now".
    let day = kpi::report(desk.store(), GUILD, now, 1).await.unwrap();
    assert_eq!(day.tickets_opened, 1);
    assert_eq!(day.backlog.total, 3);
    assert!(r.to_string().contains("first contact resolution"));
});

fn concierge(db: &common::TestDb, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_concierge"))
        .args(args)
        .env("DATABASE_URL", &db.url)
        .env_remove("RUST_LOG")
        .current_dir(std::env::temp_dir())
        .output()
        .expect("run concierge")
}

desk_test!(the_cli_migrates_reports_and_prints_transcripts, |db| {
    let out = concierge(&db, &["migrate"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let desk = db.desk().await;
    let now = Utc::now();
    let id = open(&desk, member(1), 1, now - Duration::hours(2)).await;
    say(
        &desk,
        1,
        agent(1, 1),
        AuthorKind::Agent,
        now - Duration::hours(1),
    )
    .await;
    desk.close(id, member(1), Some("done".into()), now)
        .await
        .unwrap();
    let out = concierge(&db, &["stats", "--days", "7", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for key in [
        "tickets_opened",
        "tickets_closed",
        "tickets_reopened",
        "frt_median_s",
        "frt_p90_s",
        "fcr_rate",
        "responses_to_resolution",
        "csat_mean",
        "csat_count",
        "sla_met_rate",
        "auto_answers",
        "deflection_rate",
        "answers_confirmed",
        "answers_assumed",
        "others_helpful",
        "others_not_helpful",
        "backlog",
    ] {
        assert!(v.get(key).is_some(), "missing {key} in {v}");
    }
    assert_eq!(v["tickets_opened"], 1);
    assert_eq!(v["frt_median_s"], 3600);
    assert_eq!(v["fcr_rate"], 1.0);
    let out = concierge(&db, &["stats"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("first response time"));
    let out = concierge(&db, &["transcript", &format!("#{}", id.0), "--html"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("<!DOCTYPE html>"));
    let out = concierge(&db, &["transcript", "999"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("There is no ticket #999."));
});
