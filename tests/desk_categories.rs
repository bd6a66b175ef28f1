//! Categories on both backends: a server's list (checked as a whole, names unique in any case,
//! per server, audited), a ticket opened in one (its form's answers checked and kept, its
//! starting priority, its team pinged at tier 1, its first-response target), moved by an agent
//! (released to the new team, a new deadline, an event; members refused), the queue filtered by
//! category, the KPIs by category (a removed category keeps its name), the transcript, the
//! inactivity clock off per category, and the server's data deleted with its categories.

#[macro_use]
mod common;

use common::*;
use concierge::desk::{Desk, DeskError, NewMessage, OpenRequest, QueueFilter};
use concierge::tickets::category::CategoryDraft;
use concierge::tickets::{
    AuthorKind, ChannelId, EventKind, GuildId, MessageId, Notify, Priority, Refusal, Status, UserId,
};

const MOD: UserId = UserId(900);
const TEAM: u64 = 4242;

fn refused<T: std::fmt::Debug>(r: Result<T, DeskError>) -> Refusal {
    match r {
        Err(DeskError::Refused(r)) => r,
        other => panic!("not refused: {other:?}"),
    }
}

fn billing() -> CategoryDraft {
    CategoryDraft {
        name: "Billing".into(),
        emoji: Some("💳".into()),
        description: "Payments and refunds".into(),
        team_role: Some(TEAM),
        first_response_minutes: Some(20),
        priority: Some(Priority::High),
        inactivity: Some(false),
        form: "Order number | short | 3-12\nWhat happened? | paragraph | optional".into(),
    }
}

fn in_category(
    who: concierge::tickets::Actor,
    c: &concierge::tickets::Category,
    answers: &[&str],
) -> OpenRequest {
    let mut r = request(who, "my order");
    r.category = Some(c.id);
    r.answers = answers.iter().map(|a| a.to_string()).collect();
    r
}

desk_test!(categories_are_kept_checked_and_audited, |db| {
    let desk = db.desk().await;
    let b = desk
        .create_category(GUILD, &billing(), MOD, at(0))
        .await
        .unwrap();
    assert_eq!(
        (b.name.as_str(), b.label()),
        ("Billing", "💳 Billing".to_string())
    );
    assert_eq!(b.form.len(), 2);
    // Names are unique in any case; every problem is reported at once.
    let again = CategoryDraft {
        name: "BILLING".into(),
        ..CategoryDraft::default()
    };
    assert!(matches!(
        refused(desk.create_category(GUILD, &again, MOD, at(1)).await),
        Refusal::CategoryExists(n) if n == "BILLING"
    ));
    let bad = CategoryDraft {
        name: String::new(),
        form: "x | 9-3".into(),
        ..CategoryDraft::default()
    };
    match refused(desk.create_category(GUILD, &bad, MOD, at(1)).await) {
        Refusal::BadCategory(p) => {
            assert!(p.contains("name: a category needs a name"), "{p}");
            assert!(p.contains("form line 1:"), "{p}");
        }
        other => panic!("{other:?}"),
    }
    // Names compare in any case, beyond ASCII too, on both databases.
    let umlaut = |name: &str| CategoryDraft {
        name: name.into(),
        ..CategoryDraft::default()
    };
    desk.create_category(GUILD, &umlaut("Ärger"), MOD, at(1))
        .await
        .unwrap();
    assert!(matches!(
        refused(
            desk.create_category(GUILD, &umlaut("ärger"), MOD, at(1))
                .await
        ),
        Refusal::CategoryExists(_)
    ));
    desk.remove_category(GUILD, "ÄRGER", MOD, at(1))
        .await
        .unwrap();
    // Another server has its own list.
    desk.create_category(GuildId(2), &billing(), MOD, at(1))
        .await
        .unwrap();
    let tech = CategoryDraft {
        name: "Technical".into(),
        ..CategoryDraft::default()
    };
    desk.create_category(GUILD, &tech, MOD, at(2))
        .await
        .unwrap();
    let names: Vec<String> = desk
        .categories(GUILD)
        .await
        .unwrap()
        .into_iter()
        .map(|c| c.name)
        .collect();
    assert_eq!(
        names,
        ["Billing", "Technical"],
        "in the order they were made"
    );

    // Edit renames; the server's cache sees it at once.
    let edited = CategoryDraft {
        name: "Payments".into(),
        ..billing()
    };
    let p = desk
        .edit_category(GUILD, "billing", &edited, MOD, at(3))
        .await
        .unwrap();
    assert_eq!((p.id, p.name.as_str()), (b.id, "Payments"));
    assert!(desk
        .server(GUILD)
        .await
        .unwrap()
        .category_named("payments")
        .is_some());
    assert!(matches!(
        refused(desk.edit_category(GUILD, "nope", &edited, MOD, at(3)).await),
        Refusal::NoSuchCategory(_)
    ));
    let renamed_onto = CategoryDraft {
        name: "technical".into(),
        ..billing()
    };
    assert!(matches!(
        refused(
            desk.edit_category(GUILD, "Payments", &renamed_onto, MOD, at(3))
                .await
        ),
        Refusal::CategoryExists(_)
    ));
    let removed = desk
        .remove_category(GUILD, "TECHNICAL", MOD, at(4))
        .await
        .unwrap();
    assert_eq!(removed.name, "Technical");
    assert_eq!(desk.categories(GUILD).await.unwrap().len(), 1);
    // A removed name may be used again.
    desk.create_category(GUILD, &tech, MOD, at(5))
        .await
        .unwrap();

    let audit = desk.settings_audit(GUILD, 50).await.unwrap();
    let names: Vec<(&str, bool, bool)> = audit
        .iter()
        .map(|a| {
            (
                a.change.name.as_str(),
                a.change.old.is_some(),
                a.change.new.is_some(),
            )
        })
        .collect();
    assert_eq!(
        names,
        [
            ("category:Technical", false, true),
            ("category:Technical", true, false),
            ("category:Billing", true, true),
            ("category:Technical", false, true),
            ("category:Ärger", true, false),
            ("category:Ärger", false, true),
            ("category:Billing", false, true),
        ],
        "newest first: every change, by whom"
    );
    assert!(audit.iter().all(|a| a.actor == Some(MOD)));
    assert!(audit[2]
        .change
        .new
        .as_deref()
        .unwrap()
        .contains("\"Payments\""));
});

desk_test!(a_ticket_in_a_category_takes_its_rules_and_form, |db| {
    let desk = db.desk().await;
    let b = desk
        .create_category(GUILD, &billing(), MOD, at(0))
        .await
        .unwrap();
    // The form's answers are checked.
    assert!(matches!(
        refused(desk.open(in_category(member(1), &b, &[""]), at(1)).await),
        Refusal::BadAnswer(why) if why.contains("“Order number” needs an answer")
    ));
    assert!(matches!(
        refused(desk.open(in_category(member(1), &b, &["12"]), at(1)).await),
        Refusal::BadAnswer(why) if why.contains("3 to 12")
    ));
    let opened = desk
        .open(
            in_category(member(1), &b, &[" A-123 ", "charged twice"]),
            at(1),
        )
        .await
        .unwrap();
    let t = &opened.ticket;
    assert_eq!(t.category, Some(b.id));
    assert_eq!(
        t.priority,
        Priority::High,
        "the category's starting priority"
    );
    assert_eq!(
        t.first_sla_due_at,
        at(21),
        "the category's 20 minutes (shorter than high's 30)"
    );
    assert_eq!(
        opened.notify,
        vec![Notify::TeamRole(TEAM)],
        "its team, not tier 1"
    );
    let answers = desk.form_answers(t.id).await.unwrap();
    let pairs: Vec<(&str, &str)> = answers
        .iter()
        .map(|a| (a.question.as_str(), a.answer.as_str()))
        .collect();
    assert_eq!(
        pairs,
        [
            ("Order number", "A-123"),
            ("What happened?", "charged twice")
        ]
    );
    // Urgent words still win; on-call and the team are pinged.
    let urgent = desk
        .open(in_category(member(2), &b, &["B-7777"]), at(2))
        .await;
    assert!(urgent.is_ok());
    let mut r = in_category(member(3), &b, &["C-1234"]);
    r.topic = "account hacked".into();
    let u = desk.open(r, at(3)).await.unwrap();
    assert_eq!(u.ticket.priority, Priority::Urgent);
    assert_eq!(u.notify, vec![Notify::UrgentRole, Notify::TeamRole(TEAM)]);

    // Escalated past tier 1, the server's tier roles take over.
    let up = desk
        .escalate(t.id, agent(1, 1), None, None, at(4))
        .await
        .unwrap();
    assert_eq!(
        up.notify,
        vec![Notify::TierRole(concierge::tickets::Tier(2))]
    );

    // A removed category opens nothing new.
    desk.remove_category(GUILD, "billing", MOD, at(5))
        .await
        .unwrap();
    assert!(matches!(
        refused(
            desk.open(in_category(member(4), &b, &["D-1234"]), at(6))
                .await
        ),
        Refusal::NoSuchCategory(_)
    ));

    // The transcript names the category (removed or not) and carries the answers.
    let md = desk
        .transcript_markdown(t.id, concierge::i18n::Lang::En)
        .await
        .unwrap();
    assert!(md.contains("- **Category:** Billing"), "{md}");
    assert!(md.contains("**Order number**\n> A-123"), "{md}");
});

desk_test!(an_agent_moves_a_ticket_to_another_team, |db| {
    let desk = db.desk().await;
    let b = desk
        .create_category(GUILD, &billing(), MOD, at(0))
        .await
        .unwrap();
    let tech = CategoryDraft {
        name: "Technical".into(),
        team_role: Some(77),
        first_response_minutes: Some(120),
        ..CategoryDraft::default()
    };
    desk.create_category(GUILD, &tech, MOD, at(0))
        .await
        .unwrap();
    let t = desk
        .open(in_category(member(1), &b, &["A-123"]), at(1))
        .await
        .unwrap()
        .ticket;
    let ann = agent(1, 1);
    desk.claim(t.id, ann, at(2)).await.unwrap();
    assert!(matches!(
        refused(desk.move_ticket(t.id, member(1), "Technical", at(3)).await),
        Refusal::AgentsOnly { .. }
    ));
    assert!(matches!(
        refused(desk.move_ticket(t.id, ann, "billing", at(3)).await),
        Refusal::SameCategory { .. }
    ));
    assert!(matches!(
        refused(desk.move_ticket(t.id, ann, "Sales", at(3)).await),
        Refusal::NoSuchCategory(_)
    ));
    let moved = desk
        .move_ticket(t.id, ann, "technical", at(3))
        .await
        .unwrap();
    let m = &moved.ticket;
    assert_eq!(m.status, Status::Open, "released to the new team's queue");
    assert_eq!(m.claimed_by, None);
    assert_eq!(
        m.sla_due_at,
        Some(at(33)),
        "from now: high priority's 30 minutes (Technical's 120 never lengthens it)"
    );
    assert_eq!(moved.notify, vec![Notify::TeamRole(77)]);
    let events = desk.events(t.id).await.unwrap();
    let last = events.last().unwrap();
    assert_eq!(last.kind, EventKind::Moved);
    assert_eq!(last.reason.as_deref(), Some("Billing → Technical"));

    // The queue filters by category.
    let other = desk
        .open(request(member(2), "no category"), at(4))
        .await
        .unwrap();
    let only = |cs| QueueFilter {
        guild: Some(GUILD),
        include_claimed: true,
        categories: Some(cs),
        ..QueueFilter::default()
    };
    let tech_id = desk.category_named(GUILD, "technical").await.unwrap().id;
    let q = desk.queue(at(5), only(vec![tech_id])).await.unwrap();
    assert_eq!(
        q.entries.iter().map(|e| e.ticket.id).collect::<Vec<_>>(),
        vec![t.id]
    );
    let q = desk.queue(at(5), only(vec![b.id])).await.unwrap();
    assert!(q.entries.is_empty());
    let all = desk
        .queue(
            at(5),
            QueueFilter {
                guild: Some(GUILD),
                ..QueueFilter::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(all.entries.len(), 2);
    assert!(all.entries.iter().any(|e| e.ticket.id == other.ticket.id));
});

desk_test!(the_kpis_break_down_by_category, |db| {
    let desk = db.desk().await;
    let report = desk.kpi_report(GUILD, at(60), 7).await.unwrap();
    assert!(report.by_category.is_empty(), "no categories: no breakdown");
    let b = desk
        .create_category(GUILD, &billing(), MOD, at(0))
        .await
        .unwrap();
    let ann = agent(1, 1);
    let a = desk
        .open(in_category(member(1), &b, &["A-123"]), at(1))
        .await
        .unwrap()
        .ticket;
    desk.open(in_category(member(2), &b, &["B-123"]), at(2))
        .await
        .unwrap();
    desk.open(request(member(3), "plain"), at(3)).await.unwrap();
    desk.attach_thread(a.id, ChannelId(10), at(1))
        .await
        .unwrap();
    desk.record_message(
        ChannelId(10),
        NewMessage {
            message_id: MessageId(1),
            author: ann.user,
            author_name: "ann".into(),
            kind: AuthorKind::Agent,
            author_tier: ann.tier,
            at: at(7),
            content: "hello".into(),
        },
    )
    .await
    .unwrap();
    desk.close(a.id, ann, None, at(8)).await.unwrap();
    desk.rate(a.id, member(1).user, 4, at(9)).await.unwrap();
    // Removed, it keeps its name in the figures.
    desk.remove_category(GUILD, "Billing", MOD, at(10))
        .await
        .unwrap();

    let report = desk.kpi_report(GUILD, at(60), 7).await.unwrap();
    let rows: Vec<String> = report
        .by_category
        .iter()
        .map(|g| {
            format!(
                "{} {} {} {:?} {:?} {}",
                g.name,
                g.tickets_opened,
                g.tickets_closed,
                g.frt_median_s,
                g.csat_mean,
                g.csat_count
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            "(no category) 1 0 None None 0",
            "Billing 2 1 Some(360) Some(4.0) 1"
        ]
    );
    let text = report.to_string();
    assert!(
        text.contains("per category (opened, closed, FRT median, CSAT):"),
        "{text}"
    );
});

desk_test!(a_category_can_turn_the_inactivity_question_off, |db| {
    let desk = db.desk().await;
    let b = desk
        .create_category(GUILD, &billing(), MOD, at(0))
        .await
        .unwrap();
    let quiet = desk
        .open(in_category(member(1), &b, &["A-123"]), at(1))
        .await
        .unwrap()
        .ticket;
    let plain = desk
        .open(request(member(2), "plain"), at(1))
        .await
        .unwrap()
        .ticket;
    let ann = agent(1, 1);
    for (i, (t, thread)) in [(quiet.id, 10), (plain.id, 11)].into_iter().enumerate() {
        desk.attach_thread(t, ChannelId(thread), at(1))
            .await
            .unwrap();
        desk.record_message(
            ChannelId(thread),
            NewMessage {
                message_id: MessageId(100 + i as u64),
                author: ann.user,
                author_name: "ann".into(),
                kind: AuthorKind::Agent,
                author_tier: ann.tier,
                at: at(2),
                content: "try this".into(),
            },
        )
        .await
        .unwrap();
    }
    let asked: Vec<_> = desk
        .ask_inactive(GUILD, at(2 + 24 * 60))
        .await
        .unwrap()
        .into_iter()
        .map(|(r, _, _)| r.ticket)
        .collect();
    assert_eq!(asked, vec![plain.id], "Billing's tickets are never asked");
});

desk_test!(deleting_a_server_deletes_its_categories, |db| {
    let desk: Desk = db.desk().await;
    let b = desk
        .create_category(GUILD, &billing(), MOD, at(0))
        .await
        .unwrap();
    desk.open(in_category(member(1), &b, &["A-123"]), at(1))
        .await
        .unwrap();
    desk.store().delete_guild_data(GUILD).await.unwrap();
    assert!(desk.categories(GUILD).await.unwrap().is_empty());
    assert!(desk
        .store()
        .categories(GUILD, true)
        .await
        .unwrap()
        .is_empty());
});

desk_test!(concierge_stats_prints_the_breakdown_by_category, |db| {
    let desk = db.desk().await;
    let b = desk
        .create_category(GUILD, &billing(), MOD, at(0))
        .await
        .unwrap();
    let now = chrono::Utc::now();
    desk.open(
        in_category(member(1), &b, &["A-123"]),
        now - chrono::Duration::hours(1),
    )
    .await
    .unwrap();
    desk.open(
        request(member(2), "plain"),
        now - chrono::Duration::hours(1),
    )
    .await
    .unwrap();
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_concierge"))
            .args(args)
            .env("DATABASE_URL", &db.url)
            .env("GUILD_ID", GUILD.0.to_string())
            .env_remove("RUST_LOG")
            .current_dir(std::env::temp_dir())
            .output()
            .expect("run concierge")
    };
    let out = run(&["stats", "--days", "7", "--by", "category"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.starts_with("Support KPIs, last 7 days"), "{text}");
    assert!(
        text.contains("per category (opened, closed, FRT median, CSAT):"),
        "{text}"
    );
    assert!(
        text.contains("    (no category)           1     0"),
        "{text}"
    );
    assert!(
        text.contains("    Billing                 1     0"),
        "{text}"
    );
    let out = run(&["stats", "--days", "7", "--by", "category", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[1]["name"], "Billing");
    assert_eq!(v[1]["tickets_opened"], 1);
    let out = run(&["stats", "--by", "tag"]);
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("no ticket opened in this period has a tag")
    );
    let out = run(&["stats", "--by", "team"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid value 'team'"));
});

desk_test!(the_limits_hold_before_any_form, |db| {
    // At most 25 categories, counted where they are written.
    let desk = db.desk().await;
    for i in 0..25 {
        let c = CategoryDraft {
            name: format!("c{i}"),
            ..CategoryDraft::default()
        };
        desk.create_category(GUILD, &c, MOD, at(0)).await.unwrap();
    }
    let one_more = CategoryDraft {
        name: "c25".into(),
        ..CategoryDraft::default()
    };
    assert!(matches!(
        refused(desk.create_category(GUILD, &one_more, MOD, at(0)).await),
        Refusal::TooManyCategories(25)
    ));

    // A member over the opening rate is told before any form.
    let desk = db
        .desk_with(concierge::tickets::DeskRules {
            max_open: 10,
            open_rate: Some(concierge::tickets::OpenRate {
                max: 2,
                per: chrono::Duration::hours(1),
            }),
            ..concierge::tickets::DeskRules::default()
        })
        .await;
    let alice = member(1);
    for i in 0..2 {
        desk.open(request(alice, &format!("q{i}")), at(i))
            .await
            .unwrap();
    }
    let r = desk
        .refusal_to_open(GUILD, alice.user, &alice, at(3))
        .await
        .unwrap();
    assert!(matches!(r, Some(Refusal::OpeningTooFast { .. })), "{r:?}");
    assert!(desk
        .refusal_to_open(GUILD, alice.user, &alice, at(61))
        .await
        .unwrap()
        .is_none());
});
