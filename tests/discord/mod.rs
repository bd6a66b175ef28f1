//! The `discord_*` tests' world: the emulator, a fresh SQLite database and the real bot
//! with the shipped responses, through `concierge::sandbox::world`.
#![allow(dead_code)]

use concierge::sandbox::world::{World, WorldSpec};
use discord_emulator::{InteractionResponse, Message, Opt};
use std::future::Future;
use std::time::Duration;

/// How long to wait for the bot to do something.
pub const T: Duration = Duration::from_secs(10);

/// The shipped responses folder.
pub fn responses() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("responses")
}

/// A copy of the shipped responses, so a test that edits the knowledge base writes into its own folder.
pub fn responses_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for e in std::fs::read_dir(responses()).unwrap() {
        let e = e.unwrap();
        if e.path().is_file() {
            std::fs::copy(e.path(), dir.path().join(e.file_name())).unwrap();
        }
    }
    dir
}

/// A world with the default settings.
pub async fn world() -> World {
    world_with(|s| s).await
}

/// A world with some settings changed.
/// A world answering from the response files in `responses` (a copy a test may change).
pub async fn world_in(responses: &std::path::Path) -> World {
    let dir = responses.to_path_buf();
    world_with(move |s| WorldSpec {
        responses_dir: dir,
        ..s
    })
    .await
}

pub async fn world_with(f: impl FnOnce(WorldSpec) -> WorldSpec) -> World {
    let _ = tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "warn".into()),
        )
        .with_test_writer()
        .try_init();
    World::start(f(WorldSpec::new(responses())))
        .await
        .expect("the world starts")
}

/// The bot's messages in a channel, oldest first.
pub fn bot_messages(w: &World, channel: u64) -> Vec<Message> {
    let bot = w.emu.bot_user_id();
    w.emu
        .messages(channel)
        .into_iter()
        .filter(|m| m.author_id == bot)
        .collect()
}

/// The custom id of the button labelled `label` on a message.
/// The labels of a message's buttons, row by row.
pub fn button_labels(m: &Message) -> Vec<String> {
    m.components
        .iter()
        .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
        .filter_map(|b| b["label"].as_str().map(str::to_string))
        .collect()
}

pub fn button(m: &Message, label: &str) -> String {
    m.components
        .iter()
        .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
        .find(|b| b["label"] == label)
        .and_then(|b| b["custom_id"].as_str().map(str::to_string))
        .unwrap_or_else(|| panic!("no button {label:?} on {:?}", m.components))
}

/// Polls an async condition until it holds (up to [`T`]).
pub async fn eventually<F, Fut>(mut f: F) -> bool
where
    F: FnMut() -> Fut,
    Fut: Future<Output = bool>,
{
    let deadline = tokio::time::Instant::now() + T;
    loop {
        if f().await {
            return true;
        }
        if tokio::time::Instant::now() >= deadline {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// `user` runs `/name sub options...` in `channel`; returns what they see.
pub async fn slash(
    w: &World,
    channel: u64,
    user: u64,
    name: &str,
    sub: &str,
    options: Vec<Opt>,
) -> InteractionResponse {
    let i = w.emu.slash_command(channel, user, name, Some(sub), options);
    w.emu
        .wait_for_interaction_response(&i, T)
        .await
        .unwrap_or_else(|| panic!("no response to /{name} {sub}"))
}

/// What `user` is offered while typing `typed` in `option` of `/name sub` in `channel`: the
/// autocomplete choices' values.
pub async fn offered(
    w: &World,
    channel: u64,
    user: u64,
    (name, sub): (&str, &str),
    option: &str,
    typed: &str,
) -> Vec<String> {
    let i = w.emu.autocomplete(
        channel,
        user,
        name,
        Some(sub),
        vec![Opt::focused(option, typed)],
    );
    let r = w
        .emu
        .wait_for_interaction_response(&i, T)
        .await
        .unwrap_or_else(|| panic!("no choices for /{name} {sub}"));
    r.choices
        .iter()
        .filter_map(|c| c["value"].as_str().map(str::to_string))
        .collect()
}

/// `mod-max` runs `/name sub options…` in `#help` and fills the form it shows with `fields`;
/// what they see then.
pub async fn moderator_fills(
    w: &World,
    (name, sub): (&str, &str),
    options: Vec<Opt>,
    fields: &[(&str, &str)],
) -> String {
    let (help, max) = (w.channel("help"), w.user("mod-max"));
    let r = slash(w, help, max, name, sub, options).await;
    let modal = r
        .modal
        .clone()
        .unwrap_or_else(|| panic!("no form: {}", text_of(&r)));
    let i = w
        .emu
        .submit_modal(help, max, modal["custom_id"].as_str().unwrap(), fields);
    text_of(&w.emu.wait_for_interaction_response(&i, T).await.unwrap())
}

/// `user` submits the open-ticket form `modal` in `channel` with `fields`; the new ticket's
/// thread.
pub async fn submit_ticket_form(
    w: &World,
    channel: u64,
    user: u64,
    modal: &serde_json::Value,
    fields: &[(&str, &str)],
) -> discord_emulator::Channel {
    let before: Vec<u64> = w.emu.threads().iter().map(|t| t.id).collect();
    let custom_id = modal["custom_id"].as_str().expect("a form");
    let i = w.emu.submit_modal(channel, user, custom_id, fields);
    let r = w.emu.wait_for_interaction_response(&i, T).await.unwrap();
    w.emu
        .wait_for_thread(|t| !before.contains(&t.id), T)
        .await
        .unwrap_or_else(|| panic!("no ticket; the bot said: {}", text_of(&r)))
}

/// The text a user sees of a response: content, embed titles and descriptions, follow-ups.
pub fn text_of(r: &InteractionResponse) -> String {
    let mut out = r.content.clone();
    for e in &r.embeds {
        for k in ["title", "description"] {
            if let Some(s) = e[k].as_str() {
                out.push('\n');
                out.push_str(s);
            }
        }
    }
    for f in &r.followups {
        out.push('\n');
        out.push_str(&f.content);
    }
    out
}

/// `member` runs `/ticket open <topic>` in `#help`; returns what they see.
pub async fn try_open(w: &World, member: &str, topic: &str) -> InteractionResponse {
    let (help, user) = (w.channel("help"), w.user(member));
    slash(
        w,
        help,
        user,
        "ticket",
        "open",
        vec![Opt::string("topic", topic)],
    )
    .await
}

/// `member` opens a ticket with `topic` in `#help`; returns the thread id.
pub async fn open_ticket(w: &World, member: &str, topic: &str) -> u64 {
    let before: Vec<u64> = w.emu.threads().iter().map(|t| t.id).collect();
    let r = try_open(w, member, topic).await;
    let thread = w
        .emu
        .wait_for_thread(|t| !before.contains(&t.id), T)
        .await
        .unwrap_or_else(|| panic!("no thread; the bot said: {}", text_of(&r)));
    thread.id
}

/// The ticket whose thread this is.
pub async fn ticket(w: &World, thread: u64) -> concierge::tickets::Ticket {
    w.bot
        .desk
        .ticket_in_thread(concierge::tickets::ChannelId(thread))
        .await
        .expect("a ticket in this thread")
}

/// `member` asks `question` in `#help`; returns the bot's first message there (the answer).
pub async fn ask(w: &World, member: &str, question: &str) -> Message {
    let help = w.channel("help");
    w.emu.post_message(help, w.user(member), question);
    let bot = w.emu.bot_user_id();
    let answer = w
        .emu
        .wait_for_message(help, |m| m.author_id == bot, T)
        .await
        .unwrap_or_else(|| panic!("no answer to {question:?}"));
    // The bot records its answer after posting it (or queues the write when the database
    // is down): wait for that too, so what a test does next sees it.
    assert!(w.settle(T).await, "the bot finishes with the question");
    answer
}

/// Asserts that a response is an ephemeral refusal saying `why`.
#[track_caller]
pub fn assert_refused(r: &InteractionResponse, why: &str) {
    let text = text_of(r);
    assert!(r.ephemeral, "not ephemeral: {text}");
    assert!(text.contains(why), "expected {why:?} in: {text}");
}

/// `agent` closes the ticket in `thread` (with `options`); returns the rating prompt once
/// the bot has put its five rating reactions on it.
pub async fn close(w: &World, thread: u64, agent: u64, options: Vec<Opt>) -> Message {
    slash(w, thread, agent, "ticket", "close", options).await;
    let prompt = w
        .emu
        .wait_for_message(thread, |m| m.content.contains("how did we do"), T)
        .await
        .expect("a rating prompt");
    let offered = w
        .emu
        .wait_until(T, |e| e.reactions(thread, prompt.id).len() == 5)
        .await;
    assert!(offered, "the bot offers five rating reactions");
    prompt
}

/// `member` opens a ticket about `topic`; agent-ann claims it, answers `answer` and closes
/// it; the member rates it `stars` (`1️⃣`-`5️⃣`). Returns its thread.
pub async fn answered_and_rated(
    w: &World,
    member: &str,
    topic: &str,
    answer: &str,
    stars: &str,
) -> u64 {
    let thread = open_ticket(w, member, topic).await;
    let ann = w.user("agent-ann");
    slash(w, thread, ann, "ticket", "claim", vec![]).await;
    w.emu.post_message(thread, ann, answer);
    w.settle(T).await;
    let prompt = close(w, thread, ann, vec![]).await;
    w.emu
        .add_reaction(thread, prompt.id, w.user(member), stars)
        .unwrap();
    w.settle(T).await;
    thread
}

/// The text of the first transcript file posted in the log channel (waits for it).
pub async fn transcript_in_log(w: &World) -> String {
    let log = w.channel("support-log");
    let posted = w
        .emu
        .wait_for_message(log, |m| !m.attachments.is_empty(), T)
        .await
        .expect("a transcript in the log channel");
    String::from_utf8(posted.attachments[0].bytes.clone()).unwrap()
}

/// Waits until a ticket's thread is locked and archived (the bot finished it).
pub async fn locked_and_archived(w: &World, thread: u64) -> bool {
    w.emu
        .wait_until(T, |e| {
            e.thread(thread).is_some_and(|t| t.locked && t.archived)
        })
        .await
}
