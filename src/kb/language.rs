//! Reading a question in its own language: normalisation, stems, stop words and pleasantries
//! for each language the knowledge base matches in. English keeps the hand-tuned rules of
//! [`text`] (contractions, a light stemmer) exactly; the other languages use their Snowball
//! stemmer (`rust-stemmers`), NLTK's stop words (`stop-words`), French elisions (`l'appli`
//! reads as `appli`) and, for German, compounds split against the base's own words
//! ([`super::compounds`]).

use super::text;
use crate::i18n::Lang;
use rust_stemmers::{Algorithm, Stemmer};
use std::collections::HashSet;
use std::sync::OnceLock;
use unicode_normalization::UnicodeNormalization;

/// Normalises `text` for matching in `lang` into `out` (cleared first), with `scratch` as
/// working space: NFKC, lower case, URLs, mentions and custom emoji dropped, punctuation
/// turned into spaces. English writes out its contractions ([`text::normalize_into`]); French
/// drops elided articles and pronouns (`l'`, `d'`, `qu'`...); the rest split at apostrophes.
pub fn normalize_into(lang: Lang, input: &str, out: &mut String, scratch: &mut String) {
    if lang == Lang::En {
        return text::normalize_into(input, out, scratch);
    }
    out.clear();
    scratch.clear();
    scratch.extend(input.nfkc());
    *scratch = scratch.to_lowercase();
    let mut cleaned = String::new();
    for raw in scratch.split_whitespace() {
        if text::is_noise_token(raw) {
            continue;
        }
        text::clean_into(raw, &mut cleaned);
        for piece in cleaned.split_whitespace() {
            let piece = match lang {
                Lang::Fr => strip_elision(piece),
                _ => piece,
            };
            for word in piece.split('\'').filter(|w| !w.is_empty()) {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(word);
            }
        }
    }
}

/// [`normalize_into`] into a new string.
pub fn normalize(lang: Lang, input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    normalize_into(lang, input, &mut out, &mut String::new());
    out
}

/// French elision: `l'application` → `application`, `qu'il` → `il`, `jusqu'à` → `à`.
fn strip_elision(piece: &str) -> &str {
    const ELIDED: &[&str] = &[
        "l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'", "qu'", "jusqu'", "lorsqu'", "puisqu'",
        "quoiqu'",
    ];
    ELIDED
        .iter()
        .find_map(|e| piece.strip_prefix(e).filter(|rest| !rest.is_empty()))
        .unwrap_or(piece)
}

/// The stem of a normalised word in `lang`. Other languages than English are stemmed by their
/// Snowball stemmer and then lose their accents (`réinitialiser` and `reinitialiser`, typed
/// without accents, meet), and Russian's `ё` is `е`.
pub fn stem(lang: Lang, word: &str) -> String {
    let algorithm = match lang {
        Lang::En => return text::stem(word),
        Lang::De => Algorithm::German,
        Lang::Fr => Algorithm::French,
        Lang::Es => Algorithm::Spanish,
        Lang::PtBr => Algorithm::Portuguese,
        Lang::Ru => Algorithm::Russian,
    };
    if word.chars().any(|c| c.is_ascii_digit()) {
        // "2fa", "404": codes, not words.
        return word.to_string();
    }
    if lang == Lang::Ru && word.contains('ё') {
        // Before stemming: the stemmer reads `ё` as a letter of its own.
        return stem(lang, &word.replace('ё', "е"));
    }
    let stemmed = Stemmer::create(algorithm).stem(word);
    fold(lang, &stemmed)
}

/// Accents off Latin letters (`é` → `e`, `ß` → `ss`); `ё` → `е` in Russian. Other Cyrillic
/// marks (`й`) stay: they make different letters.
pub fn fold(lang: Lang, word: &str) -> String {
    if word.is_ascii() {
        return word.to_string();
    }
    if lang == Lang::Ru {
        return word.replace('ё', "е");
    }
    let mut out = String::with_capacity(word.len());
    for c in word.nfd() {
        match c {
            'ß' => out.push_str("ss"),
            c if unicode_normalization::char::is_combining_mark(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// Whether a normalised word is a function word in `lang`.
pub fn is_stop_word(lang: Lang, word: &str) -> bool {
    match lang {
        Lang::En => text::is_stop_word(word),
        _ => lists(lang).stop.contains(word) || lists(lang).stop.contains(&fold(lang, word)),
    }
}

/// Whether a normalised word is a pleasantry or reaction in `lang` ("danke", "merci", "lol").
pub fn is_chit_chat(lang: Lang, word: &str) -> bool {
    text::is_chit_chat(word)
        || (lang != Lang::En && lists(lang).chit_chat.contains(fold(lang, word).as_str()))
}

/// [`text::looks_answerable`] in `lang`: a topical word (not a stop word nor a pleasantry),
/// and not just a pleasantry with a name.
pub fn looks_answerable(lang: Lang, normalized: &str) -> bool {
    if lang == Lang::En {
        return text::looks_answerable(normalized);
    }
    let words: Vec<&str> = normalized.split_whitespace().collect();
    let Some(first) = words.first() else {
        return false;
    };
    let topical = words
        .iter()
        .filter(|w| !is_stop_word(lang, w) && !is_chit_chat(lang, w))
        .count();
    topical > 0 && !(is_chit_chat(lang, first) && words.len() <= 3 && topical <= 1)
}

/// A language's word lists, folded like [`stem`]'s output so accents typed or not compare.
struct Lists {
    stop: HashSet<String>,
    chit_chat: HashSet<&'static str>,
}

fn lists(lang: Lang) -> &'static Lists {
    static LISTS: OnceLock<Vec<(Lang, Lists)>> = OnceLock::new();
    let all = LISTS.get_or_init(|| {
        Lang::ALL
            .into_iter()
            .filter(|l| *l != Lang::En)
            .map(|l| {
                let code = match l {
                    Lang::PtBr => "pt",
                    other => other.code(),
                };
                let mut stop: HashSet<String> = HashSet::new();
                for w in stop_words::get(code) {
                    stop.insert(w.to_string());
                    stop.insert(fold(l, w));
                }
                let chit_chat = chit_chat(l).iter().copied().collect();
                (l, Lists { stop, chit_chat })
            })
            .collect()
    });
    &all.iter()
        .find(|(l, _)| *l == lang)
        .expect("every language but English has lists")
        .1
}

/// Pleasantries and reactions, accents off; English's ([`text::is_chit_chat`]) count in every
/// language, chat being what it is.
fn chit_chat(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &[],
        Lang::De => &[
            "bitte",
            "danke",
            "dankeschon",
            "gern",
            "gerne",
            "guten",
            "hallo",
            "jo",
            "moin",
            "servus",
            "super",
            "tschuss",
            "ja",
            "jep",
            "klar",
            "prima",
            "vielen",
            "gruss",
        ],
        Lang::Fr => &[
            "bonjour", "bonsoir", "coucou", "merci", "oui", "salut", "super", "genial", "parfait",
            "daccord", "ouais", "mdr", "bonne", "journee", "soiree", "beaucoup", "top", "nickel",
        ],
        Lang::Es => &[
            "adios", "buenas", "buenos", "dias", "gracias", "hola", "jaja", "jajaja", "muchas",
            "perfecto", "si", "vale", "genial", "noches", "tardes", "saludos", "claro",
        ],
        Lang::PtBr => &[
            "obrigado", "obrigada", "oi", "ola", "valeu", "beleza", "kkk", "kkkk", "sim", "bom",
            "boa", "dia", "tarde", "noite", "perfeito", "show", "blz", "vlw", "tchau",
        ],
        Lang::Ru => &[
            "привет",
            "спасибо",
            "пока",
            "да",
            "ок",
            "хорошо",
            "здравствуйте",
            "добрый",
            "день",
            "вечер",
            "утро",
            "отлично",
            "класс",
            "спс",
            "ага",
            "понял",
            "понятно",
            "большое",
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_is_the_hand_tuned_rules() {
        let q = "I can't log in, what's wrong?";
        assert_eq!(normalize(Lang::En, q), text::normalize(q));
        assert_eq!(stem(Lang::En, "resetting"), text::stem("resetting"));
    }

    #[test]
    fn french_drops_elisions_and_accents_meet() {
        assert_eq!(
            normalize(Lang::Fr, "Je n'arrive pas à réinitialiser l'application"),
            "je arrive pas à réinitialiser application"
        );
        assert_eq!(
            stem(Lang::Fr, "réinitialiser"),
            stem(Lang::Fr, "reinitialiser")
        );
        assert_eq!(
            stem(Lang::Fr, "remboursement"),
            stem(Lang::Fr, "remboursements")
        );
    }

    #[test]
    fn snowball_joins_word_forms() {
        assert_eq!(
            stem(Lang::De, "Passwörter".to_lowercase().as_str()),
            stem(Lang::De, "passwort")
        );
        assert_eq!(stem(Lang::Es, "contraseñas"), stem(Lang::Es, "contraseña"));
        assert_eq!(stem(Lang::PtBr, "senhas"), stem(Lang::PtBr, "senha"));
        assert_eq!(stem(Lang::Ru, "пароля"), stem(Lang::Ru, "пароль"));
        assert_eq!(stem(Lang::Ru, "ещё"), stem(Lang::Ru, "еще"));
        assert_eq!(stem(Lang::De, "2fa"), "2fa");
    }

    #[test]
    fn pleasantries_are_not_questions_in_any_language() {
        for (lang, text) in [
            (Lang::De, "Danke!"),
            (Lang::De, "hallo zusammen"),
            (Lang::Fr, "merci beaucoup"),
            (Lang::Es, "¡Hola!"),
            (Lang::PtBr, "valeu"),
            (Lang::Ru, "Спасибо!"),
        ] {
            assert!(!looks_answerable(lang, &normalize(lang, text)), "{text}");
        }
        for (lang, text) in [
            (Lang::De, "Wie setze ich mein Passwort zurück?"),
            (Lang::Fr, "merci, mais comment je rembourse ?"),
            (Lang::Ru, "как сбросить пароль"),
        ] {
            assert!(looks_answerable(lang, &normalize(lang, text)), "{text}");
        }
    }

    #[test]
    fn stop_words_are_known_with_or_without_accents() {
        assert!(is_stop_word(Lang::De, "für"));
        assert!(is_stop_word(Lang::De, "fur"));
        assert!(is_stop_word(Lang::Fr, "le"));
        assert!(is_stop_word(Lang::Ru, "как"));
        assert!(!is_stop_word(Lang::De, "passwort"));
    }
}
