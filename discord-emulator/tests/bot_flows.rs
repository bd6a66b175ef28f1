//! The flows a support bot uses, driven through a real serenity client: buttons (update and
//! ephemeral reply), modals, autocomplete, deferred responses edited later, follow-ups,
//! attachments (multipart), private threads with members, archive/lock, and reactions.

mod common;

use common::{spec, WAIT};
use discord_emulator::{Emulator, Opt};
use serenity::all::{
    AutocompleteChoice, ChannelType, Context, CreateActionRow, CreateAttachment,
    CreateAutocompleteResponse, CreateButton, CreateInputText, CreateInteractionResponse,
    CreateInteractionResponseFollowup, CreateInteractionResponseMessage, CreateMessage,
    CreateModal, CreateThread, EditInteractionResponse, EditThread, EventHandler, InputTextStyle,
    Interaction, Message, Reaction, ReactionType,
};
use serenity::async_trait;
use std::sync::{Arc, Mutex};

#[derive(Default)]
struct Seen {
    reactions: Vec<(u64, String, bool)>,
    thread_id: Option<u64>,
}

struct Bot(Arc<Mutex<Seen>>);

#[async_trait]
impl EventHandler for Bot {
    async fn message(&self, ctx: Context, msg: Message) {
        if msg.author.bot {
            return;
        }
        match msg.content.as_str() {
            "question" => {
                let row = CreateActionRow::Buttons(vec![
                    CreateButton::new("solved").label("Solved"),
                    CreateButton::new("human").label("Talk to a human"),
                ]);
                let m = msg
                    .channel_id
                    .send_message(
                        &ctx.http,
                        CreateMessage::new()
                            .content("answer")
                            .components(vec![row])
                            .reference_message(&msg),
                    )
                    .await
                    .unwrap();
                m.react(&ctx.http, ReactionType::Unicode("👍".into()))
                    .await
                    .unwrap();
            }
            "transcript" => {
                let file = CreateAttachment::bytes(b"# transcript\n".to_vec(), "ticket-1.md");
                msg.channel_id
                    .send_message(
                        &ctx.http,
                        CreateMessage::new().content("log").add_file(file),
                    )
                    .await
                    .unwrap();
            }
            _ => {}
        }
    }

    async fn reaction_add(&self, _: Context, r: Reaction) {
        let u = r.user_id.unwrap().get();
        self.0
            .lock()
            .unwrap()
            .reactions
            .push((u, r.emoji.to_string(), true));
    }

    async fn reaction_remove(&self, _: Context, r: Reaction) {
        let u = r.user_id.unwrap().get();
        self.0
            .lock()
            .unwrap()
            .reactions
            .push((u, r.emoji.to_string(), false));
    }

    async fn interaction_create(&self, ctx: Context, interaction: Interaction) {
        match interaction {
            Interaction::Component(c) if c.data.custom_id == "solved" => {
                let msg = CreateInteractionResponseMessage::new()
                    .content("Thanks!")
                    .components(vec![]);
                c.create_response(&ctx.http, CreateInteractionResponse::UpdateMessage(msg))
                    .await
                    .unwrap();
            }
            Interaction::Component(c) => {
                let modal = CreateModal::new("topic-modal", "Topic").components(vec![
                    CreateActionRow::InputText(CreateInputText::new(
                        InputTextStyle::Short,
                        "Topic",
                        "topic",
                    )),
                ]);
                c.create_response(&ctx.http, CreateInteractionResponse::Modal(modal))
                    .await
                    .unwrap();
            }
            Interaction::Modal(m) => {
                m.defer_ephemeral(&ctx.http).await.unwrap();
                let topic = match &m.data.components[0].components[0] {
                    serenity::all::ActionRowComponent::InputText(t) => {
                        t.value.clone().unwrap_or_default()
                    }
                    _ => String::new(),
                };
                // A private ticket thread with the member in it.
                let parent = m.channel_id;
                let thread = parent
                    .create_thread(
                        &ctx.http,
                        CreateThread::new(format!("ticket: {topic}"))
                            .kind(ChannelType::PrivateThread)
                            .invitable(false),
                    )
                    .await
                    .unwrap();
                thread
                    .id
                    .add_thread_member(&ctx.http, m.user.id)
                    .await
                    .unwrap();
                thread.id.say(&ctx.http, "intro").await.unwrap();
                thread
                    .id
                    .edit_thread(&ctx.http, EditThread::new().archived(true).locked(true))
                    .await
                    .unwrap();
                self.0.lock().unwrap().thread_id = Some(thread.id.get());
                m.edit_response(
                    &ctx.http,
                    EditInteractionResponse::new().content(format!("Opened {}", thread.id)),
                )
                .await
                .unwrap();
                m.create_followup(
                    &ctx.http,
                    CreateInteractionResponseFollowup::new()
                        .content("follow")
                        .ephemeral(true),
                )
                .await
                .unwrap();
            }
            Interaction::Command(c) => {
                let row =
                    CreateActionRow::Buttons(vec![CreateButton::new("solved").label("Solved")]);
                let msg = CreateInteractionResponseMessage::new()
                    .content("panel")
                    .components(vec![row])
                    .ephemeral(true);
                c.create_response(&ctx.http, CreateInteractionResponse::Message(msg))
                    .await
                    .unwrap();
            }
            Interaction::Autocomplete(a) => {
                let typed = a
                    .data
                    .autocomplete()
                    .map(|f| f.value.to_string())
                    .unwrap_or_default();
                let resp = CreateAutocompleteResponse::new()
                    .set_choices(vec![AutocompleteChoice::new(format!("{typed}-1"), "one")]);
                a.create_response(&ctx.http, CreateInteractionResponse::Autocomplete(resp))
                    .await
                    .unwrap();
            }
            _ => {}
        }
    }
}

async fn setup() -> (Emulator, Arc<Mutex<Seen>>) {
    let emu = Emulator::start(spec()).await.unwrap();
    let seen = Arc::new(Mutex::new(Seen::default()));
    common::client(&emu, Bot(seen.clone())).await;
    (emu, seen)
}

#[tokio::test]
async fn answer_buttons_reactions() {
    let (emu, seen) = setup().await;
    let help = emu.channel_id("help");
    let alice = emu.user_id("alice");
    let q = emu.post_message(help, alice, "question");
    let answer = emu
        .wait_for_message(help, |m| m.content == "answer", WAIT)
        .await
        .unwrap();
    assert_eq!(answer.components[0]["components"][0]["custom_id"], "solved");
    assert_eq!(
        answer.message_reference.as_ref().unwrap()["message_id"],
        q.to_string()
    );
    let bot = emu.bot_user_id();
    assert!(
        emu.wait_until(WAIT, |e| e.reactions(help, answer.id).get("👍")
            == Some(&vec![bot]))
            .await
    );

    // The member reacts and un-reacts; the handler sees both (and the bot's own).
    emu.add_reaction(help, answer.id, alice, "👎").unwrap();
    emu.remove_reaction(help, answer.id, alice, "👎").unwrap();
    let s = seen.clone();
    assert!(
        emu.wait_until(WAIT, |_| s.lock().unwrap().reactions.len() == 3)
            .await
    );
    assert_eq!(
        seen.lock().unwrap().reactions[1..],
        [
            (alice, "👎".to_string(), true),
            (alice, "👎".to_string(), false)
        ]
    );

    // "Solved" updates the message in place (callback type 7).
    let click = emu.click_button(help, answer.id, alice, "solved");
    let r = emu
        .wait_for_interaction_response(&click, WAIT)
        .await
        .unwrap();
    assert_eq!((r.callback_type, r.content.as_str()), (7, "Thanks!"));
    assert!(emu.message(help, answer.id).unwrap().components.is_empty());
}

#[tokio::test]
async fn modal_deferred_thread_and_followup() {
    let (emu, seen) = setup().await;
    let tickets = emu.channel_id("tickets");
    let alice = emu.user_id("alice");
    emu.post_message(tickets, alice, "question");
    let answer = emu
        .wait_for_message(tickets, |m| m.content == "answer", WAIT)
        .await
        .unwrap();
    let click = emu.click_button(tickets, answer.id, alice, "human");
    let r = emu
        .wait_for_interaction_response(&click, WAIT)
        .await
        .unwrap();
    assert_eq!(r.callback_type, 9);
    assert_eq!(r.modal.unwrap()["custom_id"], "topic-modal");

    let submit = emu.submit_modal(
        tickets,
        alice,
        "topic-modal",
        &[("topic", "printer on fire")],
    );
    let r = emu
        .wait_for_interaction_response(&submit, WAIT)
        .await
        .unwrap();
    assert_eq!(r.callback_type, 5);
    assert!(r.ephemeral);
    assert!(r.content.starts_with("Opened "), "{}", r.content);
    let s = seen.clone();
    assert!(
        emu.wait_until(WAIT, |_| s.lock().unwrap().thread_id.is_some())
            .await
    );
    let t = emu.thread(seen.lock().unwrap().thread_id.unwrap()).unwrap();
    assert_eq!(
        (t.kind, t.parent_id, t.name.as_str()),
        (12, Some(tickets), "ticket: printer on fire")
    );
    assert!(t.members.contains(&alice));
    assert!(t.archived && t.locked);
    assert_eq!(emu.messages(t.id)[0].content, "intro");
    // A locked, archived thread refuses members.
    assert!(emu.try_post_message(t.id, alice, "hello?").is_err());
    assert!(emu
        .add_reaction(t.id, emu.messages(t.id)[0].id, alice, "1️⃣")
        .is_err());
    assert!(
        emu.try_post_message(t.id, emu.user_id("bob"), "hi")
            .is_err(),
        "bob is not in it"
    );
    // The follow-up is recorded (ephemeral: not in the channel).
    assert!(
        emu.wait_until(WAIT, |e| !e.interaction(&submit).followups.is_empty())
            .await
    );
    let r = emu.interaction_response(&submit).unwrap();
    assert!(r.followups[0].ephemeral());
}

#[tokio::test]
async fn buttons_on_ephemeral_responses_can_be_pressed() {
    let (emu, _) = setup().await;
    let help = emu.channel_id("help");
    let bob = emu.user_id("bob");
    let cmd = emu.slash_command(help, bob, "panel", None, vec![]);
    let r = emu.wait_for_interaction_response(&cmd, WAIT).await.unwrap();
    assert!(r.ephemeral);
    let original = emu.interaction(&cmd).original.unwrap();
    let click = emu.click_button(help, original.id, bob, "solved");
    let r = emu
        .wait_for_interaction_response(&click, WAIT)
        .await
        .unwrap();
    assert_eq!(r.callback_type, 7);
}

#[tokio::test]
async fn autocomplete_and_attachments() {
    let (emu, _) = setup().await;
    let help = emu.channel_id("help");
    let log = emu.channel_id("log");
    let bob = emu.user_id("bob");
    let a = emu.autocomplete(
        help,
        bob,
        "kb",
        Some("send"),
        vec![Opt::focused("entry", "pass")],
    );
    let r = emu.wait_for_interaction_response(&a, WAIT).await.unwrap();
    assert_eq!(r.callback_type, 8);
    assert_eq!(r.choices[0]["name"], "pass-1");

    emu.post_message(log, bob, "transcript");
    let m = emu
        .wait_for_message(log, |m| m.content == "log", WAIT)
        .await
        .unwrap();
    assert_eq!(m.attachments[0].filename, "ticket-1.md");
    assert_eq!(m.attachments[0].bytes, b"# transcript\n");
    let call = emu
        .rest_calls()
        .into_iter()
        .find(|c| !c.files.is_empty())
        .unwrap();
    assert_eq!(call.body["content"], "log");
    assert_eq!(call.files[0].1, "ticket-1.md");
}
