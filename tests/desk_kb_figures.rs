//! The knowledge base page's figures on both backends: per-entry uses, votes and outcomes
//! (the deflection KPI's), and unanswered questions grouped into topics.

#[macro_use]
mod common;

use common::*;
use concierge::desk::{Desk, EntryFigures, NewAgentAnswer, NewAnswer, NewMessage, NewQuestion};
use concierge::tickets::{Actor, AuthorKind, ChannelId, GuildId, MessageId, TicketNo, UserId};

const OTHER: GuildId = GuildId(2);

/// An auto-answer of `entry` to `who` in `guild`, posted as message `id`.
async fn answer(desk: &Desk, guild: GuildId, id: u64, entry: &str, who: Actor, minute: i64) {
    let recorded = desk
        .record_auto_answer(NewAnswer {
            message_id: MessageId(id),
            guild,
            channel: ChannelId(7),
            asker: who.user,
            entry_id: entry.into(),
            score: 0.8,
            at: at(minute),
        })
        .await
        .unwrap();
    assert!(recorded);
}

/// `who`'s vote on the answer posted as message `id`.
async fn vote(desk: &Desk, id: u64, who: Actor, helpful: bool, minute: i64) {
    assert!(desk
        .answer_feedback(MessageId(id), who.user, Some(helpful), at(minute))
        .await
        .unwrap());
}

/// An agent's message in a ticket's thread.
async fn in_ticket(desk: &Desk, thread: u64, id: u64, who: Actor, kind: AuthorKind, text: &str) {
    desk.record_message(
        ChannelId(thread),
        NewMessage {
            message_id: MessageId(id),
            author: who.user,
            author_name: "x".into(),
            kind,
            author_tier: who.tier,
            at: at(70),
            content: text.into(),
        },
    )
    .await
    .unwrap();
}

/// A canned answer an agent sent outside tickets.
async fn agent_answer(desk: &Desk, guild: GuildId, id: u64, entry: &str, minute: i64) {
    desk.record_agent_answer(NewAgentAnswer {
        message_id: MessageId(id),
        guild,
        channel: ChannelId(7),
        agent: agent(1, 1).user,
        entry_id: entry.into(),
        asker: Some(member(30).user),
        reply_to: Some(MessageId(id + 1)),
        at: at(minute),
    })
    .await
    .unwrap();
}

fn row<'a>(rows: &'a [EntryFigures], id: &str) -> &'a EntryFigures {
    rows.iter()
        .find(|r| r.entry_id == id)
        .unwrap_or_else(|| panic!("no row for {id}: {rows:?}"))
}

desk_test!(entry_figures_count_uses_votes_and_outcomes, |db| {
    let desk = db.desk().await;
    let now = at(60 * 48);
    // password-reset: confirmed (a bystander says no), refused then a ticket, silent and
    // old (assumed), recent and silent (pending; a bystander says yes), refused and no ticket.
    answer(&desk, GUILD, 101, "password-reset", member(1), 0).await;
    vote(&desk, 101, member(1), true, 1).await;
    vote(&desk, 101, member(20), false, 1).await;
    answer(&desk, GUILD, 102, "password-reset", member(2), 10).await;
    vote(&desk, 102, member(2), false, 11).await;
    desk.open(request(member(2), "still locked out"), at(30))
        .await
        .unwrap();
    answer(&desk, GUILD, 103, "password-reset", member(3), 20).await;
    answer(
        &desk,
        GUILD,
        104,
        "password-reset",
        member(4),
        60 * 47, // an hour before `now`
    )
    .await;
    vote(&desk, 104, member(21), true, 60 * 47).await;
    answer(&desk, GUILD, 105, "password-reset", member(5), 40).await;
    vote(&desk, 105, member(5), false, 41).await;
    // Before the period: not counted.
    answer(&desk, GUILD, 106, "password-reset", member(8), -120).await;
    // refunds: confirmed, then a ticket anyway (the asker's word decides); sent by an agent
    // outside tickets and inside one.
    answer(&desk, GUILD, 201, "refunds", member(6), 0).await;
    vote(&desk, 201, member(6), true, 1).await;
    desk.open(request(member(6), "another thing"), at(60))
        .await
        .unwrap();
    agent_answer(&desk, GUILD, 301, "refunds", 5).await;
    ticket_with_thread(&desk, member(7), 70).await;
    let ann = agent(1, 1);
    in_ticket(
        &desk,
        70,
        401,
        ann,
        AuthorKind::Agent,
        "[kb:refunds] Refunds take 5 days",
    )
    .await;
    in_ticket(
        &desk,
        70,
        402,
        ann,
        AuthorKind::Agent,
        "[kb:only-agents] Try again",
    )
    .await;
    // Not canned answers: a member quoting one, an agent's plain words, a broken marker.
    in_ticket(
        &desk,
        70,
        403,
        member(7),
        AuthorKind::Member,
        "[kb:refunds] fake",
    )
    .await;
    in_ticket(
        &desk,
        70,
        404,
        ann,
        AuthorKind::Agent,
        "kb:refunds is the one",
    )
    .await;
    in_ticket(&desk, 70, 405, ann, AuthorKind::Agent, "[kb:Refunds!] no").await;
    in_ticket(&desk, 70, 406, ann, AuthorKind::Agent, "[kb:] empty").await;
    // Another server's answers, votes, canned answers and tickets: never counted here.
    answer(&desk, OTHER, 901, "password-reset", member(1), 0).await;
    vote(&desk, 901, member(1), true, 1).await;
    answer(&desk, OTHER, 902, "refunds", member(2), 0).await;
    agent_answer(&desk, OTHER, 903, "refunds", 5).await;
    let other = desk
        .open(
            concierge::desk::OpenRequest {
                guild: OTHER,
                ..request(member(9), "elsewhere")
            },
            at(0),
        )
        .await
        .unwrap()
        .ticket
        .id;
    desk.attach_thread(other, ChannelId(90), at(0))
        .await
        .unwrap();
    in_ticket(
        &desk,
        90,
        904,
        ann,
        AuthorKind::Agent,
        "[kb:only-agents] hi",
    )
    .await;

    let rows = desk.entry_figures(GUILD, at(0), now).await.unwrap();
    let ids: Vec<&str> = rows.iter().map(|r| r.entry_id.as_str()).collect();
    assert_eq!(
        ids,
        ["password-reset", "refunds", "only-agents"],
        "most used first"
    );
    assert_eq!(
        row(&rows, "password-reset"),
        &EntryFigures {
            entry_id: "password-reset".into(),
            auto_answers: 5,
            agent_answers: 0,
            agent_answers_in_tickets: 0,
            asker_helpful: 1,
            asker_not_helpful: 2,
            others_helpful: 1,
            others_not_helpful: 1,
            solved: 1,
            talked_to_human: 1,
            assumed_resolved: 1,
            pending: 1,
            helpful_rate: Some(1.0 / 3.0),
            // (1 solved + 1 assumed) of the 4 answers whose outcome is known.
            deflection_rate: Some(0.5),
        }
    );
    let refunds = row(&rows, "refunds");
    assert_eq!(
        (
            refunds.auto_answers,
            refunds.agent_answers,
            refunds.agent_answers_in_tickets
        ),
        (1, 2, 1)
    );
    assert_eq!(
        (refunds.solved, refunds.talked_to_human, refunds.pending),
        (1, 0, 0)
    );
    assert_eq!(
        (refunds.helpful_rate, refunds.deflection_rate),
        (Some(1.0), Some(1.0))
    );
    let agents_only = row(&rows, "only-agents");
    assert_eq!(
        (
            agents_only.auto_answers,
            agents_only.agent_answers,
            agents_only.agent_answers_in_tickets
        ),
        (0, 1, 1)
    );
    assert_eq!(
        (agents_only.helpful_rate, agents_only.deflection_rate),
        (None, None)
    );

    // The same definitions as the deflection KPI over the same period.
    let kpi = desk.kpi_report(GUILD, now, 2).await.unwrap();
    let sum = |f: fn(&EntryFigures) -> u64| rows.iter().map(f).sum::<u64>();
    assert_eq!(kpi.auto_answers, sum(|r| r.auto_answers));
    assert_eq!(kpi.answers_confirmed, sum(|r| r.solved));
    assert_eq!(kpi.answers_assumed, sum(|r| r.assumed_resolved));
    assert_eq!(kpi.others_helpful, sum(|r| r.others_helpful));
    assert_eq!(kpi.others_not_helpful, sum(|r| r.others_not_helpful));
    assert!((kpi.deflection_rate.unwrap() - 3.0 / 5.0).abs() < 1e-9);

    // A period ending early: later answers are left out, recent ones still pending.
    let early = desk.entry_figures(GUILD, at(0), at(15)).await.unwrap();
    let pw = row(&early, "password-reset");
    assert_eq!(
        (
            pw.auto_answers,
            pw.solved,
            pw.talked_to_human,
            pw.assumed_resolved,
            pw.pending
        ),
        (2, 1, 1, 0, 0)
    );
    let refunds = row(&early, "refunds");
    assert_eq!((refunds.auto_answers, refunds.agent_answers), (1, 1));
    assert!(early.iter().all(|r| r.entry_id != "only-agents"));

    // The other server sees only its own.
    let theirs = desk.entry_figures(OTHER, at(0), now).await.unwrap();
    let ids: Vec<(&str, u64, u64)> = theirs
        .iter()
        .map(|r| (r.entry_id.as_str(), r.auto_answers, r.agent_answers))
        .collect();
    assert_eq!(
        ids,
        [
            ("refunds", 1, 1),
            ("only-agents", 0, 1),
            ("password-reset", 1, 0)
        ]
    );
    assert!(desk
        .entry_figures(GuildId(3), at(0), now)
        .await
        .unwrap()
        .is_empty());
});

desk_test!(
    unanswered_questions_group_by_topic_with_their_tickets,
    |db| {
        let desk = db.desk().await;
        let ask = |guild: GuildId, id: u64, who: Actor, minute: i64, text: &str| NewQuestion {
            message_id: Some(MessageId(id)),
            guild,
            channel: ChannelId(7),
            asker: who.user,
            text: text.into(),
            at: at(minute),
        };
        for q in [
            ask(GUILD, 1, member(1), 0, "how do I reset my password"),
            ask(GUILD, 2, member(4), 1, "How do I export invoices?"),
            ask(GUILD, 3, member(5), 2, "export invoices to csv"),
            ask(GUILD, 4, member(6), 3, "export invoice pdf"),
            ask(GUILD, 5, member(7), 4, "is the bot down"),
            ask(GUILD, 6, member(2), 5, "password reset??"),
            ask(
                GUILD,
                7,
                member(3),
                10,
                "i forgot my password how to reset it",
            ),
            // Before the period, and another server's: never counted.
            ask(GUILD, 8, member(8), -600, "password reset"),
            ask(OTHER, 9, member(1), 0, "how do I reset my password"),
            ask(OTHER, 10, member(2), 1, "how do I reset my password"),
        ] {
            assert!(desk.record_unanswered(q).await.unwrap());
        }
        // The third asker gave up and opened a ticket.
        let ticket = desk
            .open(request(member(3), "password"), at(20))
            .await
            .unwrap()
            .ticket
            .no;

        let groups = desk.gap_groups(GUILD, at(-60), 10).await.unwrap();
        let summary: Vec<(&str, usize, usize)> = groups
            .iter()
            .map(|g| (g.representative.as_str(), g.count, g.tickets))
            .collect();
        assert_eq!(
            summary,
            [
                ("password reset??", 3, 1),
                ("How do I export invoices?", 3, 0),
                ("is the bot down", 1, 0),
            ],
            "tickets first, then the most asked"
        );
        let password = &groups[0];
        let asked: Vec<(&str, UserId, Option<TicketNo>)> = password
            .questions
            .iter()
            .map(|q| (q.text.as_str(), q.asker, q.ticket))
            .collect();
        assert_eq!(
            asked,
            [
                (
                    "i forgot my password how to reset it",
                    member(3).user,
                    Some(ticket)
                ),
                ("password reset??", member(2).user, None),
                ("how do I reset my password", member(1).user, None),
            ],
            "newest first"
        );
        assert_eq!(password.latest, at(10));
        assert_eq!(password.questions[2].at, at(0));
        assert_eq!(
            password.suggested_patterns,
            [
                "password reset??",
                "i forgot my password how to reset it",
                "how do I reset my password"
            ]
        );
        // A limit keeps the first groups; a later start leaves older questions out.
        let top = desk.gap_groups(GUILD, at(-60), 1).await.unwrap();
        assert_eq!(top.len(), 1);
        assert_eq!(top[0].representative, "password reset??");
        let late = desk.gap_groups(GUILD, at(4), 10).await.unwrap();
        let counts: Vec<usize> = late.iter().map(|g| g.count).collect();
        assert_eq!(counts, [2, 1]);
        // The other server's questions are its own: one group of two.
        let theirs = desk.gap_groups(OTHER, at(-60), 10).await.unwrap();
        assert_eq!(theirs.len(), 1);
        assert_eq!((theirs[0].count, theirs[0].tickets), (2, 0));
        assert!(desk
            .gap_groups(GuildId(3), at(-60), 10)
            .await
            .unwrap()
            .is_empty());
    }
);
