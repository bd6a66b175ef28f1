//! `/kb add|edit|remove|list` through serenity and the emulator: only moderators may, the form
//! is Discord's modal, a bad entry is refused saying why, a good one answers at once, and
//! each change is audited and told in the log channel.

mod discord;

use concierge::bot::commands::kb;
use concierge::bot::kb_edit::fields;
use concierge::bot::render;
use concierge::tickets::GuildId;
use discord::*;
use discord_emulator::Opt;

#[tokio::test]
async fn moderators_add_edit_list_and_remove_entries_live_and_audited() {
    let folder = responses_copy();
    let w = world_in(folder.path()).await;
    let help = w.channel("help");
    let moderator = w.user("mod-max");
    let guild = w.emu.guild_id();

    // A member who is no moderator cannot.
    let r = slash(&w, help, w.user("carol"), kb::NAME, kb::subs::ADD, vec![]).await;
    assert_refused(&r, &render::kb_edit_only(concierge::i18n::Lang::En));

    // The form, then a bad entry: refused with what is wrong, nothing written.
    let r = slash(&w, help, moderator, kb::NAME, kb::subs::ADD, vec![]).await;
    let modal = r.modal.expect("the entry form");
    let form_id = modal["custom_id"].as_str().unwrap().to_string();
    assert_eq!(modal["components"].as_array().unwrap().len(), 5);
    let submit = |values: &[(&str, &str)]| {
        let i = w.emu.submit_modal(help, moderator, &form_id, values);
        let w = &w;
        async move { w.emu.wait_for_interaction_response(&i, T).await.unwrap() }
    };
    let bad = submit(&[
        (fields::ID, "Opening Hours!"),
        (fields::TITLE, ""),
        (fields::PATTERNS, "when are you open"),
        (fields::ANSWER, "We are open 9 to 5."),
        (fields::KEYWORDS, ""),
    ])
    .await;
    assert!(
        text_of(&bad).contains("Nothing was changed"),
        "{}",
        text_of(&bad)
    );
    assert!(!folder
        .path()
        .join(guild.to_string())
        .join("concierge.toml")
        .exists());

    let good = submit(&[
        (fields::ID, "opening-hours"),
        (fields::TITLE, "Opening hours"),
        (
            fields::PATTERNS,
            "when is the shop open\nwhat are your opening hours\nare you open on sundays\nopening times of the store",
        ),
        (fields::ANSWER, "We are open **9 to 5**, Monday to Friday."),
        (fields::KEYWORDS, "open, hours"),
    ])
    .await;
    assert!(
        text_of(&good).contains("Added `opening-hours`"),
        "{}",
        text_of(&good)
    );
    // It answers at once.
    let answer = ask(&w, "carol", "what are your opening hours?").await;
    assert!(
        answer.embeds[0]["description"]
            .as_str()
            .unwrap_or_default()
            .contains("9 to 5"),
        "{:?}",
        answer.embeds
    );

    // Edit: the form comes filled in.
    let r = slash(
        &w,
        help,
        moderator,
        kb::NAME,
        kb::subs::EDIT,
        vec![Opt::string(kb::opts::ENTRY, "opening-hours")],
    )
    .await;
    let modal = r.modal.expect("the filled form");
    let shown = modal.to_string();
    assert!(shown.contains("what are your opening hours"), "{shown}");

    // The list marks the server's own entry.
    let r = slash(&w, help, moderator, kb::NAME, kb::subs::LIST, vec![]).await;
    assert!(
        text_of(&r).contains("`opening-hours` — Opening hours *(this server's)*"),
        "{}",
        text_of(&r)
    );

    let r = slash(
        &w,
        help,
        moderator,
        kb::NAME,
        kb::subs::REMOVE,
        vec![Opt::string(kb::opts::ENTRY, "opening-hours")],
    )
    .await;
    assert!(
        text_of(&r).contains("Removed `opening-hours`"),
        "{}",
        text_of(&r)
    );

    // Audited, newest first, and told in the log channel.
    let changes = w.bot.desk.kb_changes(GuildId(guild), 10).await.unwrap();
    let actions: Vec<&str> = changes.iter().map(|c| c.action.as_str()).collect();
    assert_eq!(actions, ["removed", "added"]);
    assert!(changes
        .iter()
        .all(|c| c.actor.0 == moderator && c.entry_id == "opening-hours"));
    let log = w
        .emu
        .wait_for_message(
            w.channel("support-log"),
            |m| m.content.contains("removed the knowledge-base entry"),
            T,
        )
        .await
        .expect("the change in the log channel");
    assert!(log.pings().users.is_empty());
    w.shutdown().await;
}

#[tokio::test]
async fn a_refusal_names_the_problems_in_the_moderators_language() {
    let folder = responses_copy();
    let w = world_in(folder.path()).await;
    let help = w.channel("help");
    let moderator = w.user("mod-max");
    w.emu.set_user_locale(moderator, "de");

    let r = slash(&w, help, moderator, kb::NAME, kb::subs::ADD, vec![]).await;
    let modal = r.modal.expect("the entry form");
    let form_id = modal["custom_id"].as_str().unwrap().to_string();
    let i = w.emu.submit_modal(
        help,
        moderator,
        &form_id,
        &[
            (fields::ID, "Opening Hours!"),
            (fields::TITLE, ""),
            (fields::PATTERNS, "when are you open"),
            (fields::ANSWER, "We are open 9 to 5."),
            (fields::KEYWORDS, ""),
        ],
    );
    let bad = w.emu.wait_for_interaction_response(&i, T).await.unwrap();
    let said = text_of(&bad);
    assert!(said.contains("Es wurde nichts geändert"), "{said}");
    // (Made inert: the backticks come escaped.)
    assert!(
        said.contains("die ID \\`Opening Hours!\\` darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten"),
        "{said}"
    );
    assert!(!said.contains("must be lower-case"), "{said}");

    // A shared entry cannot be removed for one server: said in German, naming the German
    // command.
    let r = slash(
        &w,
        help,
        moderator,
        kb::NAME,
        kb::subs::REMOVE,
        vec![Opt::string(kb::opts::ENTRY, "reset-password")],
    )
    .await;
    let said = text_of(&r);
    assert!(
        said.contains("reset-password\\` ist ein gemeinsamer Eintrag: er gilt für alle Server"),
        "{said}"
    );
    assert!(said.contains("/wissen bearbeiten"), "{said}");
    w.shutdown().await;
}
