//! The set-up and configuration screens in the member's language, through the real serenity
//! client against the Discord emulator: a German server owner goes through `/setup` and
//! `/config` in German (a bad value is refused in German); a German moderator gets the
//! `/category`, `/panel` and `/kb add|list|test` forms and replies in German, while the panel
//! posted in a channel, the panel's words offered and the log channel's lines follow the
//! server's language (French here); English members still read English.

mod discord;

use concierge::bot::commands::{category, config, kb, panel};
use concierge::bot::kb_edit::fields;
use concierge::bot::render;
use concierge::bot::setup::{Action, Step};
use concierge::i18n::Lang;
use concierge::sandbox::world::World;
use concierge::settings::Problem;
use concierge::t;
use concierge::tickets::GuildId;
use discord::*;
use discord_emulator::{InteractionResponse, Opt};
use serde_json::Value;

/// The labels of a form's fields, in order.
fn labels(modal: &Value) -> Vec<String> {
    fields_of(modal, "label")
}

/// What a form's fields are filled with, in order (empty when nothing is).
fn prefilled(modal: &Value) -> Vec<String> {
    fields_of(modal, "value")
}

fn fields_of(modal: &Value, key: &str) -> Vec<String> {
    modal["components"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
        .map(|f| f[key].as_str().unwrap_or_default().to_string())
        .collect()
}

/// The placeholders of the select menus on a response or message.
fn placeholders(components: &[Value]) -> Vec<String> {
    components
        .iter()
        .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
        .filter_map(|c| c["placeholder"].as_str().map(str::to_string))
        .collect()
}

/// `user` submits the form `r` showed in `channel` with `values`; what they see then.
async fn submit(
    w: &World,
    channel: u64,
    user: u64,
    r: &InteractionResponse,
    values: &[(&str, &str)],
) -> InteractionResponse {
    let modal = r
        .modal
        .as_ref()
        .unwrap_or_else(|| panic!("no form: {}", text_of(r)));
    let i = w
        .emu
        .submit_modal(channel, user, modal["custom_id"].as_str().unwrap(), values);
    w.emu
        .wait_for_interaction_response(&i, T)
        .await
        .expect("the bot answers the form")
}

/// The log channel's line that is exactly `line`, if the bot posts it.
async fn logged(w: &World, line: &str) -> bool {
    w.emu
        .wait_for_message(w.channel("support-log"), |m| m.content == line, T)
        .await
        .is_some()
}

#[tokio::test]
async fn a_german_owner_sets_up_and_configures_in_german_the_log_in_the_servers_language() {
    let w = world().await;
    let (help, owner, ann) = (w.channel("help"), w.user("owner"), w.user("agent-ann"));
    w.emu.set_user_locale(owner, "de");

    // /setup: the first step, its menus and its buttons in German.
    let i = w.emu.slash_command(help, owner, "setup", None, vec![]);
    let r = w.emu.wait_for_interaction_response(&i, T).await.unwrap();
    let heading = |lang| {
        t!(
            lang,
            "setup-roles",
            tier1 = "",
            tier2 = "",
            tier3 = "",
            more = ""
        )
        .lines()
        .next()
        .unwrap()
        .to_string()
    };
    assert!(r.ephemeral);
    assert!(r.content.starts_with(&heading(Lang::De)), "{}", r.content);
    assert!(!r.content.contains("step 1 of 3"), "{}", r.content);
    let tier1 = format!("<@&{}>", w.emu.role_id("tier-1"));
    assert!(
        r.content.contains(&format!("Aktuell: Stufe 1 {tier1}")),
        "{}",
        r.content
    );
    assert_eq!(
        placeholders(&r.components)[0],
        t!(Lang::De, "setup-menu-tier", tier = 1)
    );
    assert!(
        button_labels_of(&r).contains(&t!(Lang::De, "setup-button-next-people")),
        "{:?}",
        r.components
    );

    // The next step and the summary, pressed in place, German too.
    let msg = r.message_id.expect("the step's message");
    let press = |step| {
        let i = w
            .emu
            .click_button(help, msg, owner, &Action::Go(step).custom_id());
        let w = &w;
        async move { w.emu.wait_for_interaction_response(&i, T).await.unwrap() }
    };
    let r = press(Step::People).await;
    let people = t!(Lang::De, "setup-people", moderators = "", on_call = "");
    assert!(
        r.content.starts_with(people.lines().next().unwrap()),
        "{}",
        r.content
    );
    assert!(r.content.contains("`/wissen hinzufügen`"), "{}", r.content);
    let r = press(Step::Summary).await;
    assert!(
        r.content.starts_with(&t!(Lang::De, "setup-summary-set-up")),
        "{}",
        r.content
    );
    assert!(
        r.content
            .contains(&t!(Lang::De, "setup-summary-give-roles")),
        "{}",
        r.content
    );
    assert!(
        r.content.contains(&format!(
            "- Supporter: {}",
            t!(Lang::De, "setup-tier-role", tier = 1, role = tier1.clone())
        )),
        "{}",
        r.content
    );
    assert!(
        r.content.contains("`/einstellungen anzeigen`"),
        "{}",
        r.content
    );

    // /config show: the title, the footer's commands and "(default)" in German.
    let r = slash(&w, help, owner, config::NAME, config::subs::SHOW, vec![]).await;
    assert_eq!(r.embeds[0]["title"], t!(Lang::De, "config-show-title"));
    assert_eq!(
        r.embeds[0]["footer"]["text"],
        t!(Lang::De, "config-show-footer")
    );
    assert!(
        text_of(&r).contains(&format!(
            "**max_open_tickets**: {}",
            t!(Lang::De, "config-default", value = "`3`")
        )),
        "{}",
        text_of(&r)
    );
    assert!(text_of(&r).contains("`3` (Standard)"), "{}", text_of(&r));

    // The server's language becomes French: the owner is told in German, the log channel
    // hears it in French.
    let set = |key: &str, value: &str| {
        vec![
            Opt::string(config::opts::KEY, key),
            Opt::string(config::opts::VALUE, value),
        ]
    };
    let r = slash(
        &w,
        help,
        owner,
        config::NAME,
        config::subs::SET,
        set("language", "fr"),
    )
    .await;
    let change = |lang| {
        t!(
            lang,
            "config-changed",
            key = "language",
            value = "`fr`",
            was = t!(lang, "config-not-set")
        )
    };
    assert_eq!(r.content, change(Lang::De));
    assert_eq!(
        r.content,
        "`language` ist jetzt `fr` (vorher (nicht gesetzt))."
    );
    let french = t!(
        Lang::Fr,
        "config-changed-log",
        member = format!("<@{owner}>"),
        change = change(Lang::Fr)
    );
    assert!(
        logged(&w, &french).await,
        "the log line in French: {french}"
    );

    // A value out of range: refused in German, naming the setting; nothing changed.
    let r = slash(
        &w,
        help,
        owner,
        config::NAME,
        config::subs::SET,
        set("max_open_tickets", "1000"),
    )
    .await;
    let problem = Problem::NotANumber {
        value: "1000".into(),
        min: 1,
        max: 100,
    };
    let german = t!(
        Lang::De,
        "config-not-changed",
        problems = t!(
            Lang::De,
            "config-problem",
            key = "max_open_tickets",
            problem = render::inert(&problem.text(Lang::De))
        )
    );
    assert!(r.ephemeral);
    assert_eq!(r.content, german);
    assert!(
        r.content.contains("ist keine ganze Zahl von 1 bis 100"),
        "{}",
        r.content
    );
    assert!(!r.content.contains("Not changed"), "{}", r.content);
    let server = w.bot.server(w.emu.guild_id()).await.unwrap();
    assert_eq!(server.settings.max_open_tickets, 3);
    // A setting that does not exist, and bad business hours, in German too.
    let r = slash(
        &w,
        help,
        owner,
        config::NAME,
        config::subs::SET,
        set("colour", "blau"),
    )
    .await;
    assert_eq!(
        r.content,
        t!(Lang::De, "config-no-such-setting", key = "colour")
    );
    let r = slash(
        &w,
        help,
        owner,
        config::NAME,
        config::subs::SET,
        set("business_hours", "montags"),
    )
    .await;
    assert!(r.content.starts_with("Nicht geändert."), "{}", r.content);
    assert!(r.content.contains("hat nicht die Form"), "{}", r.content);

    // The same refusal for an English member with Manage Server is English: the member's
    // language, not the server's (French) nor the last person's (German).
    w.emu.set_user_locale(owner, "en-US");
    let r = slash(
        &w,
        help,
        owner,
        config::NAME,
        config::subs::SET,
        set("max_open_tickets", "1000"),
    )
    .await;
    assert_eq!(
        r.content,
        "Not changed. `max_open_tickets`: \\`1000\\` is not a whole number from 1 to 100"
    );

    // An English agent's screens stay English.
    let r = slash(&w, help, ann, category::NAME, category::subs::LIST, vec![]).await;
    assert_eq!(r.content, t!(Lang::En, "category-none"));
    assert!(
        r.content
            .starts_with("This server has no ticket categories"),
        "{}",
        r.content
    );
}

/// The labels of a response's buttons.
fn button_labels_of(r: &InteractionResponse) -> Vec<String> {
    r.components
        .iter()
        .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
        .filter_map(|b| b["label"].as_str().map(str::to_string))
        .collect()
}

#[tokio::test]
async fn a_german_moderators_forms_are_german_and_the_panel_speaks_the_servers_language() {
    let folder = responses_copy();
    let w = world_in(folder.path()).await;
    let (help, general) = (w.channel("help"), w.channel("general"));
    let (owner, max, ann) = (w.user("owner"), w.user("mod-max"), w.user("agent-ann"));
    let guild = w.emu.guild_id();
    w.emu.set_user_locale(max, "de");
    // The server speaks French (the owner, English, says so).
    let r = slash(
        &w,
        help,
        owner,
        config::NAME,
        config::subs::SET,
        vec![
            Opt::string(config::opts::KEY, "language"),
            Opt::string(config::opts::VALUE, "fr"),
        ],
    )
    .await;
    assert!(
        r.content.starts_with("`language` is now `fr`"),
        "{}",
        r.content
    );

    // /panel post: the form is German, the words it offers are the panel's: French.
    let r = slash(
        &w,
        help,
        max,
        panel::NAME,
        panel::subs::POST,
        vec![Opt::channel(panel::opts::CHANNEL, general)],
    )
    .await;
    let modal = r.modal.clone().expect("the panel's form");
    assert_eq!(modal["title"], t!(Lang::De, "panel-form-title"));
    assert_eq!(
        labels(&modal),
        [
            t!(Lang::De, "panel-form-field-title"),
            t!(Lang::De, "panel-form-field-description")
        ]
    );
    assert_eq!(
        prefilled(&modal),
        [
            t!(Lang::Fr, "panel-default-title"),
            t!(Lang::Fr, "panel-default-description")
        ]
    );
    assert_eq!(prefilled(&modal)[0], "Contacter l'équipe de support");
    let said = submit(
        &w,
        help,
        max,
        &r,
        &[
            ("title", "Contacter l'équipe de support"),
            ("description", "Choisissez le sujet de votre question."),
        ],
    )
    .await;
    let button = t!(Lang::Fr, "panel-button-open");
    assert_eq!(
        text_of(&said),
        t!(
            Lang::De,
            "panel-posted-button",
            panel = "1",
            channel = format!("<#{general}>"),
            button = button.clone()
        )
    );
    // The panel in #general: its one button in French.
    let posted = bot_messages(&w, general).pop().expect("the panel");
    assert_eq!(button_labels(&posted), std::slice::from_ref(&button));
    assert_eq!(button, "Ouvrir un ticket");
    // The log channel's line in French.
    let line = t!(
        Lang::Fr,
        "panel-posted-log",
        member = format!("<@{max}>"),
        panel = "1",
        channel = format!("<#{general}>")
    );
    assert!(logged(&w, &line).await, "{line}");

    // /category add: the form and the reply in German, the log line in French.
    let r = slash(&w, help, max, category::NAME, category::subs::ADD, vec![]).await;
    let modal = r.modal.clone().expect("the category's form");
    assert_eq!(modal["title"], t!(Lang::De, "category-form-title-new"));
    assert_eq!(
        labels(&modal),
        [
            t!(Lang::De, "category-form-name"),
            t!(Lang::De, "category-form-emoji"),
            t!(Lang::De, "category-form-description"),
            t!(Lang::De, "category-form-questions", max = 5),
        ]
    );
    let said = submit(
        &w,
        help,
        max,
        &r,
        &[
            ("name", "Rechnungen"),
            ("emoji", ""),
            ("description", ""),
            ("questions", ""),
        ],
    )
    .await;
    let c = w
        .bot
        .desk
        .category_named(GuildId(guild), "Rechnungen")
        .await
        .expect("the category");
    let described = |lang| category::described(lang, &c);
    assert_eq!(
        text_of(&said),
        t!(Lang::De, "category-added", category = described(Lang::De))
    );
    assert!(
        text_of(&said).starts_with(
            "Kategorie hinzugefügt: **Rechnungen** (die Rolle von Stufe 1, kein Formular)"
        ),
        "{}",
        text_of(&said)
    );
    let line = t!(
        Lang::Fr,
        "category-added-log",
        member = format!("<@{max}>"),
        category = described(Lang::Fr)
    );
    assert!(logged(&w, &line).await, "{line}");
    // The list, German for max, English for ann.
    let r = slash(&w, help, max, category::NAME, category::subs::LIST, vec![]).await;
    assert_eq!(
        r.content,
        t!(
            Lang::De,
            "category-list",
            count = 1,
            max = 25,
            categories = format!("- {}", described(Lang::De))
        )
    );
    let r = slash(&w, help, ann, category::NAME, category::subs::LIST, vec![]).await;
    assert!(
        r.content.starts_with(
            "**Categories** (1 of at most 25):\n- **Rechnungen** (the tier-1 role, no form)"
        ),
        "{}",
        r.content
    );

    // /panel edit to a menu: the panel, refreshed, has a French placeholder; max is told in
    // German; /panel list is German.
    let r = slash(
        &w,
        help,
        max,
        panel::NAME,
        panel::subs::EDIT,
        vec![
            Opt::string(panel::opts::PANEL, "1"),
            Opt::string(panel::opts::STYLE, "menu"),
        ],
    )
    .await;
    let said = submit(
        &w,
        help,
        max,
        &r,
        &[
            ("title", "Contacter l'équipe de support"),
            ("description", "Choisissez le sujet de votre question."),
        ],
    )
    .await;
    assert_eq!(
        text_of(&said),
        t!(
            Lang::De,
            "panel-updated",
            panel = "1",
            channel = format!("<#{general}>")
        )
    );
    let panel_now = bot_messages(&w, general)
        .into_iter()
        .find(|m| m.id == posted.id)
        .expect("the panel");
    assert_eq!(
        placeholders(&panel_now.components),
        [t!(Lang::Fr, "panel-menu-placeholder")]
    );
    let r = slash(&w, help, max, panel::NAME, panel::subs::LIST, vec![]).await;
    assert!(
        r.content.starts_with("**Ticket-Panels**:\n- **1** `Menü`"),
        "{}",
        r.content
    );

    // /kb add: the form German; the entry written, said in German, logged in French.
    let r = slash(&w, help, max, kb::NAME, kb::subs::ADD, vec![]).await;
    let modal = r.modal.clone().expect("the entry's form");
    assert_eq!(modal["title"], t!(Lang::De, "kb-form-title-new"));
    assert_eq!(
        labels(&modal),
        [
            t!(Lang::De, "kb-form-field-id"),
            t!(Lang::De, "kb-form-field-title"),
            t!(Lang::De, "kb-form-field-patterns"),
            t!(Lang::De, "kb-form-field-answer"),
            t!(Lang::De, "kb-form-field-keywords"),
        ]
    );
    assert!(labels(&modal)[3].contains("{user}"), "{:?}", labels(&modal));
    let said = submit(
        &w,
        help,
        max,
        &r,
        &[
            (fields::ID, "opening-hours"),
            (fields::TITLE, "Opening hours"),
            (
                fields::PATTERNS,
                "when is the shop open\nwhat are your opening hours\nare you open on sundays",
            ),
            (fields::ANSWER, "We are open **9 to 5**, Monday to Friday."),
            (fields::KEYWORDS, "open, hours"),
        ],
    )
    .await;
    assert!(
        text_of(&said).starts_with("`opening-hours` hinzugefügt (in `"),
        "{}",
        text_of(&said)
    );
    assert!(
        w.emu
            .wait_for_message(
                w.channel("support-log"),
                |m| m.content.starts_with(&format!(
                    "<@{max}> a ajouté l'entrée `opening-hours` de la base de connaissances"
                )),
                T
            )
            .await
            .is_some(),
        "the log line in French"
    );

    // /kb list: German for max, its own entry marked in German; English for ann.
    let r = slash(&w, help, max, kb::NAME, kb::subs::LIST, vec![]).await;
    assert!(
        r.content.starts_with("**Wissensdatenbank: "),
        "{}",
        r.content
    );
    let own = format!(
        "`opening-hours` — Opening hours {}",
        t!(Lang::De, "kb-list-own")
    );
    assert!(r.content.contains(&own), "{}", r.content);
    let r = slash(&w, help, ann, kb::NAME, kb::subs::LIST, vec![]).await;
    assert!(r.content.starts_with("**Knowledge base: "), "{}", r.content);
    assert!(
        r.content
            .contains("`opening-hours` — Opening hours *(this server's)*"),
        "{}",
        r.content
    );

    // /kb test: the note that the answer is the server's own, in German.
    let r = slash(
        &w,
        help,
        max,
        kb::NAME,
        kb::subs::TEST,
        vec![Opt::string(
            kb::opts::QUESTION,
            "what are your opening hours",
        )],
    )
    .await;
    assert!(
        r.content.contains(&t!(Lang::De, "kb-test-own-entries")),
        "{}",
        r.content
    );
    assert!(
        !r.content.contains("(from this server's own entries)"),
        "{}",
        r.content
    );
}
