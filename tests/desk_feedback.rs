//! Messages, transcripts, ratings and auto-answers on both backends.

#[macro_use]
mod common;

use common::*;
use concierge::desk::{DeskError, NewAnswer, NewMessage, NewQuestion};
use concierge::tickets::{Actor, AuthorKind, ChannelId, MessageId, Refusal, TicketNo, UserId};

fn msg(id: u64, who: Actor, name: &str, kind: AuthorKind, minute: i64, text: &str) -> NewMessage {
    NewMessage {
        message_id: MessageId(id),
        author: who.user,
        author_name: name.to_string(),
        kind,
        author_tier: who.tier,
        at: at(minute),
        content: text.to_string(),
    }
}

desk_test!(
    bot_messages_do_not_stop_the_clock_and_redelivery_counts_once,
    |db| {
        let desk = db.desk().await;
        let id = ticket_with_thread(&desk, member(1), 10).await;
        let bot = desk
            .record_message(
                ChannelId(10),
                msg(
                    1,
                    agent(9, 1),
                    "Concierge",
                    AuthorKind::Bot,
                    1,
                    "Thanks, an agent will come",
                ),
            )
            .await
            .unwrap();
        assert!(!bot.first_response);
        assert_eq!(desk.ticket(id).await.unwrap().first_response_at, None);
        let first = desk
            .record_message(
                ChannelId(10),
                msg(2, agent(1, 1), "Ann", AuthorKind::Agent, 12, "Hi!"),
            )
            .await
            .unwrap();
        assert!(first.first_response);
        let dup = desk
            .record_message(
                ChannelId(10),
                msg(2, agent(1, 1), "Ann", AuthorKind::Agent, 12, "Hi!"),
            )
            .await
            .unwrap();
        assert!(dup.already);
        desk.record_message(
            ChannelId(10),
            msg(3, agent(2, 1), "Bob", AuthorKind::Agent, 20, "Also"),
        )
        .await
        .unwrap();
        let t = desk.ticket(id).await.unwrap();
        assert_eq!(t.first_response_at, Some(at(12)));
        assert_eq!(t.first_responder, Some(agent(1, 1).user));
        assert_eq!(t.agent_responses, 2);
        assert_eq!(t.sla_due_at, None);
        assert!(matches!(
            desk.record_message(
                ChannelId(11),
                msg(4, member(1), "M", AuthorKind::Member, 1, "x")
            )
            .await
            .unwrap_err(),
            DeskError::Refused(Refusal::NotATicket)
        ));
    }
);

desk_test!(transcripts_in_markdown_and_escaped_html, |db| {
    let desk = db.desk().await;
    let id = ticket_with_thread(&desk, member(1), 10).await;
    desk.record_message(
        ChannelId(10),
        msg(
            1,
            member(1),
            "Mia",
            AuthorKind::Member,
            1,
            "It says <script>alert('x')</script> & loops",
        ),
    )
    .await
    .unwrap();
    desk.record_message(
        ChannelId(10),
        msg(
            2,
            agent(1, 1),
            "Ann",
            AuthorKind::Agent,
            3,
            "Clear cookies\nthen retry",
        ),
    )
    .await
    .unwrap();
    desk.close(id, agent(1, 1), Some("cookies".into()), at(5))
        .await
        .unwrap();
    let md = desk
        .transcript_markdown(id, concierge::i18n::Lang::En)
        .await
        .unwrap();
    assert!(
        md.starts_with(&format!("# Ticket {id}: Login loop")),
        "{md}"
    );
    assert!(md.contains("**Ann** (agent)"), "{md}");
    assert!(md.contains("> Clear cookies\n> then retry"), "{md}");
    assert!(md.contains("**Resolution:** cookies"), "{md}");
    let html = desk
        .transcript_html(id, concierge::i18n::Lang::En)
        .await
        .unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; loops"));
    assert!(!html.contains("<script>"));
    assert!(
        !html.contains("src=\"http"),
        "self-contained: no external resources"
    );
    let mia = html.find("Mia").unwrap();
    assert!(
        mia < html.find("Ann</strong>").unwrap(),
        "messages in order"
    );
});

desk_test!(
    ratings_owner_counts_others_are_feedback_later_replaces_removal_removes,
    |db| {
        let desk = db.desk().await;
        let id = ticket_with_thread(&desk, member(1), 10).await;
        assert_eq!(
            desk.rate(id, member(1).user, 5, at(1))
                .await
                .unwrap_err()
                .refusal()
                .cloned(),
            Some(Refusal::NotClosedYet(TicketNo(id.0)))
        );
        // The owner closing it before any agent answered leaves nothing to rate.
        desk.close(id, member(1), None, at(2)).await.unwrap();
        assert_eq!(
            desk.rate(id, member(1).user, 5, at(2))
                .await
                .unwrap_err()
                .refusal()
                .cloned(),
            Some(Refusal::NotAnswered(TicketNo(id.0)))
        );
        // Reopened and closed by an agent: now it is rated.
        desk.reopen(id, member(1), at(2)).await.unwrap();
        desk.close(id, agent(1, 1), None, at(2)).await.unwrap();
        assert_eq!(
            desk.rate(id, member(1).user, 6, at(3))
                .await
                .unwrap_err()
                .refusal()
                .cloned(),
            Some(Refusal::BadScore(6))
        );
        let r = desk.rate(id, member(1).user, 2, at(3)).await.unwrap();
        assert!(r.counted && r.changed);
        assert!(
            !desk
                .rate(id, member(1).user, 2, at(3))
                .await
                .unwrap()
                .changed
        );
        desk.rate(id, member(1).user, 5, at(4)).await.unwrap();
        let other = desk.rate(id, member(7).user, 1, at(4)).await.unwrap();
        assert!(!other.counted);
        let ratings = desk.ratings(id).await.unwrap();
        assert_eq!(ratings.len(), 2);
        assert_eq!(
            (ratings[0].rater, ratings[0].score, ratings[0].is_owner),
            (member(1).user, 5, true)
        );
        assert!(!ratings[1].is_owner);
        assert!(desk.unrate(id, member(1).user, at(5)).await.unwrap());
        assert!(!desk.unrate(id, member(1).user, at(5)).await.unwrap());
        assert_eq!(desk.ratings(id).await.unwrap().len(), 1);
    }
);

desk_test!(auto_answers_feedback_and_knowledge_gaps, |db| {
    let desk = db.desk().await;
    let answer = NewAnswer {
        message_id: MessageId(500),
        guild: GUILD,
        channel: ChannelId(7),
        asker: member(1).user,
        entry_id: "password-reset".into(),
        score: 0.82,
        at: at(0),
    };
    assert!(desk.record_auto_answer(answer.clone()).await.unwrap());
    assert!(!desk.record_auto_answer(answer).await.unwrap());
    assert!(desk
        .answer_feedback(MessageId(500), member(1).user, Some(true), at(1))
        .await
        .unwrap());
    assert!(desk
        .answer_feedback(MessageId(500), member(1).user, Some(false), at(2))
        .await
        .unwrap());
    assert!(desk
        .answer_feedback(MessageId(500), member(1).user, None, at(3))
        .await
        .unwrap());
    assert!(!desk
        .answer_feedback(MessageId(501), member(1).user, Some(true), at(3))
        .await
        .unwrap());
    // Unanswered questions; one asker opens a ticket within 24 h, the other does not.
    let q = |id: u64, who: Actor, minute: i64, text: &str| NewQuestion {
        message_id: Some(MessageId(id)),
        guild: GUILD,
        channel: ChannelId(7),
        asker: who.user,
        text: text.into(),
        at: at(minute),
    };
    assert!(desk
        .record_unanswered(q(600, member(2), 0, "how do I export invoices?"))
        .await
        .unwrap());
    assert!(!desk
        .record_unanswered(q(600, member(2), 0, "how do I export invoices?"))
        .await
        .unwrap());
    desk.record_unanswered(q(601, member(3), 0, "what is the meaning of life"))
        .await
        .unwrap();
    desk.record_unanswered(q(602, member(4), 0, "old question"))
        .await
        .unwrap();
    let t = desk
        .open(request(member(2), "invoices"), at(60))
        .await
        .unwrap()
        .ticket
        .id;
    desk.open(request(member(4), "late"), at(60 * 25))
        .await
        .unwrap();
    let gaps = desk.knowledge_gaps(GUILD, at(-60), 10).await.unwrap();
    assert_eq!(gaps.len(), 1);
    assert_eq!(gaps[0].text, "how do I export invoices?");
    assert_eq!(gaps[0].ticket.0, t.0);
    assert_eq!(gaps[0].asker, UserId(1002));
});

desk_test!(a_question_is_taken_once_and_can_be_given_back, |db| {
    let desk = db.desk().await;
    let (q, ch) = (MessageId(9001), ChannelId(77));
    assert!(desk.take_question(q, GUILD, ch, at(0)).await.unwrap());
    assert!(
        !desk.take_question(q, GUILD, ch, at(0)).await.unwrap(),
        "the second delivery"
    );
    // Many at once: exactly one wins.
    let desk = std::sync::Arc::new(desk);
    let q2 = MessageId(9002);
    let tasks: Vec<_> = (0..8)
        .map(|_| {
            let desk = desk.clone();
            tokio::spawn(async move { desk.take_question(q2, GUILD, ch, at(1)).await.unwrap() })
        })
        .collect();
    let won = futures_join(tasks).await.into_iter().filter(|w| *w).count();
    assert_eq!(won, 1);
    // Given back (the post failed): a redelivery may take it again.
    desk.give_back_question(q).await.unwrap();
    assert!(desk.take_question(q, GUILD, ch, at(2)).await.unwrap());
});

desk_test!(
    transcripts_and_reports_name_people_and_carry_the_rating,
    |db| {
        let desk = db.desk().await;
        let (owner, ann, stranger) = (member(1), agent(1, 1), agent(2, 1));
        let id = ticket_with_thread(&desk, owner, 77).await;
        desk.remember_name(owner.user, "alice", at(0))
            .await
            .unwrap();
        desk.remember_name(ann.user, "Ann (support)", at(0))
            .await
            .unwrap();
        // A later name replaces an earlier one; invisible names are not kept.
        desk.remember_name(ann.user, "agent-ann", at(1))
            .await
            .unwrap();
        desk.remember_name(stranger.user, "\u{200b}", at(1))
            .await
            .unwrap();
        desk.claim(id, ann, at(2)).await.unwrap();
        desk.record_message(
            ChannelId(77),
            msg(1, ann, "agent-ann", AuthorKind::Agent, 3, "Fixed."),
        )
        .await
        .unwrap();
        desk.close(id, ann, Some("fixed".into()), at(4))
            .await
            .unwrap();
        let md = desk
            .transcript_markdown(id, concierge::i18n::Lang::En)
            .await
            .unwrap();
        assert!(md.contains("- **Owner:** alice\n"), "{md}");
        assert!(md.contains("- **Handled by:** agent-ann\n"), "{md}");
        assert!(md.contains("by agent-ann"), "closed by: {md}");
        assert!(md.contains("- **Rating:** not rated\n"), "{md}");
        assert!(!md.contains(&owner.user.to_string()), "no raw id: {md}");
        desk.rate(id, owner.user, 4, at(5)).await.unwrap();
        let md = desk
            .transcript_markdown(id, concierge::i18n::Lang::En)
            .await
            .unwrap();
        assert!(md.contains("- **Rating:** 4/5 (from the owner)\n"), "{md}");
        let html = desk
            .transcript_html(id, concierge::i18n::Lang::En)
            .await
            .unwrap();
        assert!(
            html.contains("<dt>Rating</dt><dd>4/5 (from the owner)</dd>"),
            "{html}"
        );
        assert!(html.contains("<dt>Owner</dt><dd>alice</dd>"), "{html}");

        // An agent the bot never saw by name is shown by id.
        let other = ticket_with_thread(&desk, member(2), 78).await;
        desk.claim(other, stranger, at(6)).await.unwrap();
        let md = desk
            .transcript_markdown(other, concierge::i18n::Lang::En)
            .await
            .unwrap();
        assert!(
            md.contains(&format!("- **Handled by:** user {}\n", stranger.user)),
            "{md}"
        );

        let report = desk.kpi_report(GUILD, at(60), 1).await.unwrap();
        let row = report
            .agents
            .iter()
            .find(|a| a.agent == ann.user.to_string())
            .unwrap();
        assert_eq!(row.name.as_deref(), Some("agent-ann"));
        let text = report.to_string();
        assert!(text.contains("    agent-ann "), "{text}");
    }
);
