//! The explanation of a match for moderators (`concierge kb match`, `/kb test`): which
//! entry, what made the score, and why the bot would or would not answer.
//!
//! Everything shown is something a person can check against the question: words as the
//! member wrote them (never the stems matching works on), and counts rather than weighted
//! shares ("2 of 3 words are known").

use super::{language, Decision, Entry, KnowledgeBase, Match};
use crate::i18n::Lang;
use crate::t;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::FluentValue;

/// One topical word of the question, as the member wrote it and as matching read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionWord {
    /// As written in the question (its case kept), e.g. `Charged`.
    pub written: String,
    /// The word the spelling correction read it as, when it did (`pasword` -> `password`).
    pub read_as: Option<String>,
    /// The stem matching works on (`charg`); never shown to people.
    pub stem: String,
    /// Whether some entry's patterns or keywords hold it.
    pub known: bool,
}

/// The words of a question, split as matching sees them: the topical ones (each once, in
/// order) and the common ones (stop words) that count for little.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuestionWords {
    pub topical: Vec<QuestionWord>,
    /// Stop words as written, each once ("I", "was", "this").
    pub common: Vec<String>,
}

impl QuestionWords {
    /// How many topical words the knowledge base knows.
    pub fn known(&self) -> usize {
        self.topical.iter().filter(|w| w.known).count()
    }
}

/// The question's words as matching reads them (normalised, spelling corrected, stemmed),
/// each mapped back to the word the member wrote.
/// `lang` is the language the question was read in.
pub fn question_words(kb: &KnowledgeBase, question: &str, lang: Lang) -> QuestionWords {
    let matcher = kb.matcher_for(lang);
    let query = matcher.prepare(question);
    let written = written_forms(question);
    let mut out = QuestionWords::default();
    for ((normal, corrected), stem) in query
        .normalized
        .split_whitespace()
        .zip(&query.words)
        .zip(&query.stems)
    {
        let as_written = written
            .iter()
            .find(|w| w.to_lowercase() == normal)
            .cloned()
            .unwrap_or_else(|| normal.to_string());
        // Each word once, whatever its case ("pasword ... PASWORD"): its first spelling.
        if language::is_stop_word(lang, normal) || language::is_stop_word(lang, corrected) {
            if !out.common.iter().any(|w| w.to_lowercase() == normal) {
                out.common.push(as_written);
            }
            continue;
        }
        if out
            .topical
            .iter()
            .any(|w| w.written.to_lowercase() == normal)
        {
            continue;
        }
        out.topical.push(QuestionWord {
            written: as_written,
            read_as: (corrected != normal).then(|| corrected.clone()),
            stem: stem.clone(),
            known: matcher.knows(stem),
        });
    }
    out
}

/// The runs of letters and digits of the original text: the words as typed, to show in
/// place of their normalised form (which is lower case).
fn written_forms(question: &str) -> Vec<String> {
    question
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// `v` with exactly `digits` decimals, as a message's number: written the reader's way
/// (`0.85`, `0,85`), never grouped (as `{:.2}` writes it in English).
fn fixed(v: f32, digits: usize) -> FluentValue<'static> {
    FluentValue::Number(FluentNumber::new(
        f64::from(v),
        FluentNumberOptions {
            minimum_fraction_digits: Some(digits),
            maximum_fraction_digits: Some(digits),
            use_grouping: false,
            ..FluentNumberOptions::default()
        },
    ))
}

/// A count as a message's number (its plural form chosen by it), never grouped.
fn whole(n: usize) -> FluentValue<'static> {
    let mut number = FluentNumber::from(n);
    number.options.use_grouping = false;
    FluentValue::Number(number)
}

/// A readable explanation for moderators, in `lang` (the reader's): which entry, what made
/// the score, and why the bot would or would not answer. Entry ids, files, patterns and the
/// question's words are shown as they are.
pub fn explain(kb: &KnowledgeBase, text: &str, m: &Match, lang: Lang) -> String {
    let mut s = t!(lang, "kb-explain-question", question = text);
    s.push('\n');
    let answer = match (&m.answer, &m.decision) {
        (Some(a), _) => Some(t!(
            lang,
            "kb-explain-answer",
            entry = a.id.as_str(),
            confidence = fixed(a.score, 2)
        )),
        (None, Decision::NotAQuestion) => Some(t!(lang, "kb-explain-not-a-question")),
        (None, Decision::NoCandidate) => Some(t!(lang, "kb-explain-no-candidate")),
        (None, Decision::BelowThreshold { score, threshold }) => Some(t!(
            lang,
            "kb-explain-below-threshold",
            confidence = fixed(*score, 2),
            threshold = fixed(*threshold, 2)
        )),
        (None, Decision::Answer) => None,
    };
    if let Some(line) = answer {
        s += &line;
        s.push('\n');
    }
    if kb.languages().len() > 1 {
        s += &t!(lang, "kb-explain-language", language = m.lang.code());
        s.push('\n');
    }
    let words = question_words(kb, text, m.lang);
    s += &t!(
        lang,
        "kb-explain-words",
        words = describe_words(&words, lang)
    );
    s.push('\n');
    let sig = &m.signals;
    let mut why = vec![t!(
        lang,
        "kb-explain-why",
        best = fixed(sig.p1 * 100.0, 0),
        runner_up = fixed(sig.p2 * 100.0, 0),
        bm25 = fixed(sig.bm25, 2)
    )];
    if sig.regex_hit {
        why.push(t!(lang, "kb-explain-regex"));
    }
    if sig.keyword_hits > 0 {
        why.push(t!(
            lang,
            "kb-explain-keywords",
            count = whole(sig.keyword_hits)
        ));
    }
    s += &why.join(&t!(lang, "kb-explain-and"));
    s.push('\n');
    for (rank, c) in m.candidates.iter().enumerate() {
        let entry = &kb.entries()[c.index];
        let shared = shared_words(&words, entry, m.lang);
        let candidate = t!(
            lang,
            "kb-explain-candidate",
            rank = whole(rank + 1),
            entry = c.id.as_str(),
            share = fixed(c.score * 100.0, 0),
            source = entry.source.to_string()
        );
        let shared = if shared.is_empty() {
            t!(lang, "kb-explain-shared-none")
        } else {
            t!(lang, "kb-explain-shared", words = shared.join(", "))
        };
        let closest = t!(
            lang,
            "kb-explain-closest",
            pattern = closest_pattern(&words, entry, m.lang)
        );
        s += &format!("  {candidate}\n     {shared}\n     {closest}\n");
    }
    s
}

/// "2 of 3 words are known to the knowledge base: charged, twice (not: month); I, was, this
/// are too common to count", with the spelling corrections made; in `lang`.
fn describe_words(words: &QuestionWords, lang: Lang) -> String {
    let list = |known: bool| -> Vec<&str> {
        words
            .topical
            .iter()
            .filter(|w| w.known == known)
            .map(|w| w.written.as_str())
            .collect()
    };
    let total = words.topical.len();
    let mut clauses = Vec::new();
    if total == 0 {
        clauses.push(t!(lang, "kb-explain-no-topical"));
    } else {
        let (known, unknown) = (list(true), list(false));
        clauses.push(if known.is_empty() {
            t!(
                lang,
                "kb-explain-none-known",
                total = whole(total),
                words = unknown.join(", ")
            )
        } else {
            let mut s = t!(
                lang,
                "kb-explain-known",
                known = whole(known.len()),
                total = whole(total),
                words = known.join(", ")
            );
            if !unknown.is_empty() {
                s.push(' ');
                s += &t!(lang, "kb-explain-unknown", words = unknown.join(", "));
            }
            s
        });
    }
    let corrected: Vec<String> = words
        .topical
        .iter()
        .filter_map(|w| {
            w.read_as.as_ref().map(|r| {
                t!(
                    lang,
                    "kb-explain-read-as",
                    written = w.written.as_str(),
                    read = r.as_str()
                )
            })
        })
        .collect();
    if !corrected.is_empty() {
        clauses.push(t!(
            lang,
            "kb-explain-read",
            corrections = corrected.join(", ")
        ));
    }
    if !words.common.is_empty() {
        clauses.push(t!(
            lang,
            "kb-explain-common",
            words = words.common.join(", "),
            count = whole(words.common.len())
        ));
    }
    clauses.join(&t!(lang, "kb-explain-and"))
}

/// The stems (of non-stop words) of a pattern or keyword.
fn stems_of(text: &str, lang: Lang) -> Vec<String> {
    language::normalize(lang, text)
        .split_whitespace()
        .filter(|w| !language::is_stop_word(lang, w))
        .map(|w| language::stem(lang, w))
        .collect()
}

/// The question's words (as written) whose stem is in the entry's patterns or keywords.
fn shared_words<'w>(words: &'w QuestionWords, entry: &Entry, lang: Lang) -> Vec<&'w str> {
    let entry_stems: Vec<String> = entry
        .patterns_in(lang)
        .iter()
        .chain(entry.keywords_in(lang))
        .flat_map(|p| stems_of(p, lang))
        .collect();
    words
        .topical
        .iter()
        .filter(|w| entry_stems.contains(&w.stem))
        .map(|w| w.written.as_str())
        .collect()
}

/// The pattern sharing the most (stemmed, non-stop) words with the question; only for
/// explanations, never for matching.
fn closest_pattern<'e>(words: &QuestionWords, entry: &'e Entry, lang: Lang) -> &'e str {
    entry
        .patterns_in(lang)
        .iter()
        .max_by_key(|p| {
            let stems = stems_of(p, lang);
            words
                .topical
                .iter()
                .filter(|w| stems.contains(&w.stem))
                .count()
        })
        .map_or("", String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::files::Location;
    use std::path::PathBuf;

    fn kb() -> KnowledgeBase {
        let entry = |id: &str, patterns: &[&str]| {
            Entry::simple(
                id.into(),
                patterns.iter().map(|p| p.to_string()).collect(),
                "a".into(),
                Location {
                    file: PathBuf::from("t.toml"),
                    line: 1,
                },
            )
        };
        KnowledgeBase::from_entries(vec![
            entry(
                "double-charge",
                &["I was charged twice", "double charge on my card"],
            ),
            entry(
                "reset-password",
                &["how do I reset my password", "forgot my password"],
            ),
        ])
    }

    #[test]
    fn shows_the_words_as_written_never_stems() {
        let kb = kb();
        let q = "I was Charged twice this month";
        let out = explain(&kb, q, &kb.best_match(q), Lang::En);
        assert!(out.contains("shared words: Charged, twice\n"), "{out}");
        assert!(!out.contains("charg,") && !out.contains(" twic\n"), "{out}");
        assert!(
            out.contains(
                "words:    2 of 3 words are known to the knowledge base: Charged, twice (not: month); \
                 I, was, this are too common to count\n"
            ),
            "{out}"
        );
        assert!(!out.contains("% of the question's words"), "{out}");
    }

    #[test]
    fn counts_words_once_and_names_spelling_corrections() {
        let kb = kb();
        let words = question_words(&kb, "forgot my pasword, my PASWORD!", Lang::En);
        assert_eq!(words.topical.len(), 2, "{words:?}");
        assert_eq!(words.known(), 2);
        assert_eq!(words.topical[1].written, "pasword");
        assert_eq!(words.topical[1].read_as.as_deref(), Some("password"));
        assert_eq!(words.common, ["my"]);
        let q = "forgot my pasword";
        let out = explain(&kb, q, &kb.best_match(q), Lang::En);
        assert!(
            out.contains("2 of 2 words are known to the knowledge base: forgot, pasword; read \"pasword\" as \"password\"; my is too common to count"),
            "{out}"
        );
        assert!(out.contains("shared words: forgot, pasword\n"), "{out}");
    }

    #[test]
    fn a_question_of_common_words_says_so() {
        let kb = kb();
        let words = question_words(&kb, "how do I", Lang::En);
        assert!(words.topical.is_empty());
        let out = explain(&kb, "how do I", &kb.best_match("how do I"), Lang::En);
        assert!(
            out.contains("words:    no topical words; how, do, I are too common to count"),
            "{out}"
        );
    }

    #[test]
    fn explains_in_the_readers_language() {
        let kb = kb();
        let q = "I was Charged twice this month";
        let m = kb.best_match(q);
        let de = explain(&kb, q, &m, Lang::De);
        for said in [
            "Frage:    I was Charged twice this month\n",
            "Wörter:   2 von 3 Wörtern sind der Wissensdatenbank bekannt: Charged, twice \
             (aber nicht: month); I, was, this sind zu häufig, um mitzuzählen\n",
            "Warum:    Der beste Eintrag erhält ",
            "% der Wahrscheinlichkeit",
            "     gemeinsame Wörter: Charged, twice\n",
            "     ähnlichstes Muster: „I was charged twice“\n",
        ] {
            assert!(de.contains(said), "{said:?} in {de}");
        }
        // The entry's id, its file and the member's words stay as they are.
        assert!(de.contains("  1. double-charge ("), "{de}");
        assert!(de.contains(" t.toml:1\n"), "{de}");
        // Numbers the German way.
        let bm25 = format!("{:.2}", m.signals.bm25).replace('.', ",");
        assert!(de.contains(&format!("(BM25) {bm25}")), "{de}");
        let q = "forgot my pasword";
        let de = explain(&kb, q, &kb.best_match(q), Lang::De);
        assert!(
            de.contains("; „pasword“ als „password“ gelesen; my ist zu häufig, um mitzuzählen"),
            "{de}"
        );

        let ru = explain(&kb, q, &kb.best_match(q), Lang::Ru);
        assert!(
            ru.contains("; 1 слишком частое слово не учитывается: my\n"),
            "{ru}"
        );

        // English is as it was; no other language keeps an English word of it.
        let en = explain(&kb, q, &kb.best_match(q), Lang::En);
        assert!(
            en.starts_with("question: forgot my pasword\nanswer:   reset-password (confidence "),
            "{en}"
        );
        for lang in Lang::ALL.into_iter().skip(1) {
            let out = explain(&kb, q, &kb.best_match(q), lang);
            for english in [
                "question:",
                "answer:",
                "words:",
                "why:",
                "shared words",
                "closest pattern",
                "known to",
                "too common",
            ] {
                assert!(!out.contains(english), "{lang}: {english:?} in {out}");
            }
            assert_eq!(out.lines().count(), en.lines().count(), "{lang}: {out}");
        }
    }
}
