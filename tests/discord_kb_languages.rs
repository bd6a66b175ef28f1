//! The knowledge base in several languages through the real serenity client against the
//! Discord emulator: a French question in a watched channel gets the French answer (and French
//! buttons); an entry without a German answer answers a German question in the server's
//! language and says so, in German; a question in a language the base lacks gets no answer.

mod discord;

use concierge::i18n::Lang;
use concierge::t;
use discord::{ask, bot_messages, button_labels, world_in, T};

const BASE: &str = include_str!("data/multilingual.toml");

async fn multilingual_world() -> (concierge::sandbox::world::World, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("support.toml"), BASE).unwrap();
    (world_in(dir.path()).await, dir)
}

fn embed_text(m: &discord_emulator::Message) -> (String, String) {
    let e = &m.embeds[0];
    (
        e["title"].as_str().unwrap_or_default().to_string(),
        e["description"].as_str().unwrap_or_default().to_string(),
    )
}

#[tokio::test]
async fn a_french_question_gets_the_french_answer() {
    let (w, _dir) = multilingual_world().await;
    let answer = ask(
        &w,
        "alice",
        "Bonjour, j'ai oublié mon mot de passe, je fais comment ?",
    )
    .await;
    let (title, description) = embed_text(&answer);
    assert_eq!(title, "Mot de passe oublié");
    assert_eq!(
        description,
        "Clique sur « Mot de passe oublié ? » sur l'écran de connexion."
    );
    // The buttons and footer speak the question's language too.
    assert_eq!(
        button_labels(&answer),
        [
            t!(Lang::Fr, "answer-button-solved"),
            t!(Lang::Fr, "answer-button-human")
        ]
    );
    // The same base answers English in English.
    let help = w.channel("help");
    w.emu.post_message(
        help,
        w.user("bob"),
        "how do I get a refund for my purchase?",
    );
    assert!(w.settle(T).await);
    let last = bot_messages(&w, help).pop().unwrap();
    assert_eq!(embed_text(&last).0, "Refunds");
    assert_eq!(button_labels(&last), ["Solved", "Talk to a human"]);
}

#[tokio::test]
async fn an_untranslated_answer_comes_in_the_servers_language_and_says_so() {
    let (w, _dir) = multilingual_world().await;
    // German patterns, no German answer: the server's language (English) with a German note.
    let answer = ask(
        &w,
        "alice",
        "Ich habe mein Passwort vergessen, wie setze ich es zurück?",
    )
    .await;
    let (title, description) = embed_text(&answer);
    assert_eq!(title, "Reset your password");
    let note = t!(
        Lang::De,
        "answer-other-language",
        wanted = "Deutsch",
        given = "English"
    );
    assert_eq!(
        description,
        format!("*{note}*\n\nClick Forgot password on the login screen.")
    );
    assert_eq!(
        button_labels(&answer),
        [
            t!(Lang::De, "answer-button-solved"),
            t!(Lang::De, "answer-button-human")
        ]
    );
}

#[tokio::test]
async fn a_question_in_a_language_the_base_lacks_gets_no_answer() {
    let (w, _dir) = multilingual_world().await;
    let help = w.channel("help");
    for (who, q) in [
        ("alice", "¿Cómo restablezco mi contraseña? La olvidé"),
        ("bob", "Я забыл пароль, как его сбросить?"),
        ("carol", "Esqueci minha senha, como faço para redefinir?"),
    ] {
        w.emu.post_message(help, w.user(who), q);
    }
    assert!(w.settle(T).await, "the bot handled every message");
    let said: Vec<_> = bot_messages(&w, help)
        .iter()
        .map(|m| (m.content.clone(), m.embeds.clone()))
        .collect();
    assert!(said.is_empty(), "no answers expected: {said:?}");
    // They are kept as unanswered questions for the moderators, not lost.
    assert_eq!(w.bot.desk.metrics().unanswered.get(), 3);
}
