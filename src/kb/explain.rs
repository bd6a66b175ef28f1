//! The explanation of a match for moderators (`concierge kb match`, `/kb test`): which
//! entry, what made the score, and why the bot would or would not answer.
//!
//! Everything shown is something a person can check against the question: words as the
//! member wrote them (never the stems matching works on), and counts rather than weighted
//! shares ("2 of 3 words are known").

use super::{language, Decision, Entry, KnowledgeBase, Match};
use crate::i18n::Lang;

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

/// A readable explanation for moderators: which entry, what made the score, and why
/// the bot would or would not answer.
pub fn explain(kb: &KnowledgeBase, text: &str, m: &Match) -> String {
    let mut s = format!("question: {text}\n");
    match (&m.answer, &m.decision) {
        (Some(a), _) => s += &format!("answer:   {} (confidence {:.2})\n", a.id, a.score),
        (None, Decision::NotAQuestion) => {
            s += "answer:   none: this reads as chit-chat or has no topical words\n"
        }
        (None, Decision::NoCandidate) => {
            s += "answer:   none: no entry shares a word with this question\n"
        }
        (None, Decision::BelowThreshold { score, threshold }) => {
            s += &format!(
                "answer:   none: best confidence {score:.2} is under the threshold {threshold:.2}\n"
            )
        }
        (None, Decision::Answer) => {}
    }
    if kb.languages().len() > 1 {
        s += &format!("language: {}\n", m.lang);
    }
    let words = question_words(kb, text, m.lang);
    s += &format!("words:    {}\n", describe_words(&words));
    let sig = &m.signals;
    s += &format!(
        "why:      best entry takes {:.0}% of the probability, runner-up {:.0}%; \
         word overlap (BM25) {:.2}",
        sig.p1 * 100.0,
        sig.p2 * 100.0,
        sig.bm25,
    );
    if sig.regex_hit {
        s += "; a regex of the best entry matched";
    }
    if sig.keyword_hits > 0 {
        s += &format!("; {} keyword(s) of the best entry found", sig.keyword_hits);
    }
    s.push('\n');
    for (rank, c) in m.candidates.iter().enumerate() {
        let entry = &kb.entries()[c.index];
        let shared = shared_words(&words, entry, m.lang);
        s += &format!(
            "  {}. {} ({:.0}%) {}\n     shared words: {}\n     closest pattern: \"{}\"\n",
            rank + 1,
            c.id,
            c.score * 100.0,
            entry.source,
            if shared.is_empty() {
                "none".to_string()
            } else {
                shared.join(", ")
            },
            closest_pattern(&words, entry, m.lang)
        );
    }
    s
}

/// "2 of 3 words are known to the knowledge base: charged, twice (not: month); I, was, this
/// are too common to count", with the spelling corrections made.
fn describe_words(words: &QuestionWords) -> String {
    let list = |known: bool| -> Vec<&str> {
        words
            .topical
            .iter()
            .filter(|w| w.known == known)
            .map(|w| w.written.as_str())
            .collect()
    };
    let total = words.topical.len();
    let mut s = if total == 0 {
        "no topical words".to_string()
    } else {
        let (known, unknown) = (list(true), list(false));
        let mut s = format!(
            "{} of {total} word{} {} known to the knowledge base",
            known.len(),
            if total == 1 { "" } else { "s" },
            if known.len() == 1 { "is" } else { "are" },
        );
        if !known.is_empty() {
            s += &format!(": {}", known.join(", "));
        }
        if !unknown.is_empty() {
            s += &format!(" (not: {})", unknown.join(", "));
        }
        s
    };
    let corrected: Vec<String> = words
        .topical
        .iter()
        .filter_map(|w| {
            w.read_as
                .as_ref()
                .map(|r| format!("\"{}\" as \"{r}\"", w.written))
        })
        .collect();
    if !corrected.is_empty() {
        s += &format!("; read {}", corrected.join(", "));
    }
    if !words.common.is_empty() {
        s += &format!(
            "; {} {} too common to count",
            words.common.join(", "),
            if words.common.len() == 1 { "is" } else { "are" }
        );
    }
    s
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
        let out = explain(&kb, q, &kb.best_match(q));
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
        let out = explain(&kb, q, &kb.best_match(q));
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
        let out = explain(&kb, "how do I", &kb.best_match("how do I"));
        assert!(
            out.contains("words:    no topical words; how, do, I are too common to count"),
            "{out}"
        );
    }
}
