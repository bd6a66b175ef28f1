//! The knowledge base in several languages: `[response.lang.<code>]` translations and a file's
//! `language`, validated with file and line; questions read in their own language (detected
//! among the base's), matched against that language's patterns; answers in that language, or
//! in another one when the entry has no translation.

use concierge::i18n::Lang;
use concierge::kb::{Decision, KnowledgeBase};
use std::path::Path;

fn load(files: &[(&str, &str)]) -> Result<KnowledgeBase, Vec<String>> {
    let dir = tempfile::tempdir().unwrap();
    for (name, body) in files {
        std::fs::write(dir.path().join(name), body).unwrap();
    }
    KnowledgeBase::load(dir.path()).map_err(|problems| {
        problems
            .iter()
            .map(|p| {
                p.to_string()
                    .replace(&format!("{}/", dir.path().display()), "")
            })
            .collect()
    })
}

const BASE: &str = include_str!("data/multilingual.toml");

#[test]
fn translations_load_and_each_language_gets_its_index() {
    let kb = load(&[("a.toml", BASE)]).unwrap();
    assert_eq!(kb.languages(), vec![Lang::En, Lang::De, Lang::Fr]);
    assert_eq!(kb.primary_language(), Lang::En);
    let e = kb.entry("reset-password").unwrap();
    assert_eq!(e.lang, Lang::En);
    assert_eq!(e.translations.len(), 2);
    let fr = e.answer_in(Lang::Fr).unwrap();
    assert_eq!(fr.title, Some("Mot de passe oublié"));
    // German has patterns but no answer: there is no German answer.
    assert!(e.answer_in(Lang::De).is_none());
    // The title falls back to the entry's own when a translation gives none.
    let refund = kb.entry("refund").unwrap();
    assert_eq!(refund.answer_in(Lang::De).unwrap().title, Some("Refunds"));
}

#[test]
fn a_question_is_answered_in_its_language() {
    let kb = load(&[("a.toml", BASE)]).unwrap();
    for (q, lang, id) in [
        (
            "J'ai oublié mon mot de passe, je fais comment ?",
            Lang::Fr,
            "reset-password",
        ),
        (
            "Bonjour, comment je peux me faire rembourser mon achat ?",
            Lang::Fr,
            "refund",
        ),
        (
            "Ich habe mein Passwort vergessen, was nun?",
            Lang::De,
            "reset-password",
        ),
        ("Wie bekomme ich mein Geld zurück?", Lang::De, "refund"),
        (
            "I forgot my password, how do I reset it?",
            Lang::En,
            "reset-password",
        ),
    ] {
        let m = kb.best_match(q);
        assert_eq!(m.lang, lang, "{q}");
        assert_eq!(
            m.answer.as_ref().map(|a| a.id.as_str()),
            Some(id),
            "{q}: {:?} {:?}",
            m.decision,
            m.candidates
        );
    }
}

#[test]
fn the_answer_comes_in_the_question_language_else_the_fallback() {
    let kb = load(&[("a.toml", BASE)]).unwrap();
    let e = kb.entry("reset-password").unwrap();
    // French: the French text.
    let shown = e.answer_for(Lang::Fr, Lang::En);
    assert_eq!(shown.lang, Lang::Fr);
    assert!(shown.answer.starts_with("Clique"));
    // German: no German answer; the server's language (French here) has one.
    let shown = e.answer_for(Lang::De, Lang::Fr);
    assert_eq!(shown.lang, Lang::Fr);
    // Neither: the entry's own.
    let install = kb.entry("install").unwrap();
    let shown = install.answer_for(Lang::De, Lang::Ru);
    assert_eq!(shown.lang, Lang::En);
    assert_eq!(shown.answer, "Download the installer from our website.");
}

#[test]
fn a_language_the_base_lacks_gets_no_answer() {
    // English and French only: Spanish, Portuguese and Russian questions about the very
    // topics the base covers get no (wrong) answer.
    let kb = load(&[("a.toml", BASE)]).unwrap();
    let en_fr = BASE
        .split("\n[response.lang.de]")
        .enumerate()
        .map(|(i, part)| {
            if i == 0 {
                part.to_string()
            } else {
                // Drop the German table: up to the next [[response]].
                part.find("[[response]]")
                    .map_or(String::new(), |at| part[at..].to_string())
            }
        })
        .collect::<String>();
    let kb2 = load(&[("a.toml", &en_fr)]).unwrap();
    assert_eq!(kb2.languages(), vec![Lang::En, Lang::Fr]);
    for q in [
        "¿Cómo restablezco mi contraseña? La olvidé",
        "Esqueci minha senha, como faço para redefinir?",
        "Я забыл пароль, как его сбросить?",
        "Как вернуть деньги за покупку?",
    ] {
        let m = kb2.best_match(q);
        assert!(m.answer.is_none(), "{q}: answered {:?}", m.answer);
    }
    // And with German in the base, a German question is answered.
    assert!(kb
        .best_match("Ich habe mein Passwort vergessen")
        .answer
        .is_some());
}

#[test]
fn a_forced_language_reads_the_question_in_it() {
    let kb = load(&[("a.toml", BASE)]).unwrap();
    let m = kb.best_match_as("mot de passe oublié", Lang::Fr, None, |_| true);
    assert_eq!(m.lang, Lang::Fr);
    assert_eq!(m.answer.map(|a| a.id), Some("reset-password".into()));
    // A language the base does not have: nothing.
    let m = kb.best_match_as("contraseña olvidada", Lang::Es, None, |_| true);
    assert_eq!(m.decision, Decision::NoCandidate);
}

#[test]
fn a_file_in_another_language_is_read_in_it() {
    let de = r#"
language = "de"

[[response]]
id = "passwort"
patterns = ["wie setze ich mein passwort zurück", "passwort vergessen", "neues passwort festlegen"]
answer = "Klicke auf Passwort vergessen."

[[response]]
id = "zahlung"
patterns = ["welche zahlungsmethoden gibt es", "kann ich mit paypal zahlen", "zahlungsmethode ändern"]
answer = "Wir akzeptieren Karte und PayPal."
"#;
    let kb = load(&[("de.toml", de)]).unwrap();
    assert_eq!(kb.languages(), vec![Lang::De]);
    // German stems: "Passwörter" meets "passwort"; a compound meets its parts.
    let m = kb.best_match("Ich habe meine Passwörter vergessen");
    assert_eq!(m.answer.map(|a| a.id), Some("passwort".into()));
    let m = kb.best_match("Wo kann ich meine Zahlungsmethode ändern?");
    assert_eq!(m.answer.map(|a| a.id), Some("zahlung".into()));
    // Pleasantries are not questions in German either ("danke, passwort!" is a thank-you).
    assert_eq!(
        kb.best_match("Danke, Passwort!").decision,
        Decision::NotAQuestion
    );
}

#[test]
fn translation_problems_name_file_line_and_what_is_wrong() {
    let bad = r#"language = "xx"

[[response]]
id = "a"
patterns = ["p"]
answer = "a"

[response.lang.de]
pattern = ["typo"]

[[response]]
id = "b"
patterns = ["p"]
answer = "a"
lang = { en = { answer = "same as the file" }, it = { answer = "non" } }

[[response]]
id = "c"
patterns = ["p"]
answer = "a"

[response.lang.fr]
title = "Rien d'autre"
patterns = []
answer = 3
"#;
    let Err(problems) = load(&[("bad.toml", bad)]) else {
        panic!("the file has problems")
    };
    let all = problems.join("\n");
    for wanted in [
        "bad.toml:1: `language` names `xx`, which is not a language Concierge matches; use one of: en, de, fr, es, pt-BR, ru",
        "unknown field `pattern` in [response.lang.de]; expected one of: patterns, answer, title, keywords",
        "[response.lang.de] has neither `patterns` nor `answer`",
        "`lang` names `it`, which is not a language Concierge matches",
        "`answer` in [response.lang.fr] must be a string, found integer",
        "`patterns` in [response.lang.fr] is empty",
    ] {
        assert!(all.contains(wanted), "missing {wanted:?} in:\n{all}");
    }
    // The file is English (its `language` is wrong): `en` is then its own language.
    // Every problem carries the file and a line.
    assert!(problems.iter().all(|p| p.starts_with("bad.toml:")), "{all}");
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("bad.toml:8:") || p.starts_with("bad.toml:9:")),
        "the German table's problems point at it: {all}"
    );
}

#[test]
fn the_shipped_multilingual_evaluation_base_loads() {
    let dir =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("data/kb-eval-languages/multilingual/responses");
    let kb = KnowledgeBase::load(&dir).unwrap();
    assert_eq!(kb.entries().len(), 20);
    assert_eq!(kb.languages().len(), 6);
}
