//! The explanation of a match for moderators (`concierge kb match`, `/kb test`): which
//! entry, what made the score, and why the bot would or would not answer.

use super::{text, Decision, Entry, KnowledgeBase, Match};

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
    let sig = &m.signals;
    s += &format!(
        "why:      best entry takes {:.0}% of the probability, runner-up {:.0}%; \
         word overlap (BM25) {:.2}; {:.0}% of the question's words are known to the knowledge base",
        sig.p1 * 100.0,
        sig.p2 * 100.0,
        sig.bm25,
        sig.known_share * 100.0
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
        let shared = shared_words(text, entry);
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
            closest_pattern(text, entry)
        );
    }
    s
}

fn stems_of(text: &str) -> Vec<String> {
    text::normalize(text)
        .split_whitespace()
        .filter(|w| !text::is_stop_word(w))
        .map(text::stem)
        .collect()
}

fn shared_words(text: &str, entry: &Entry) -> Vec<String> {
    let entry_stems: Vec<String> = entry
        .patterns
        .iter()
        .chain(&entry.keywords)
        .flat_map(|p| stems_of(p))
        .collect();
    let mut shared: Vec<String> = stems_of(text)
        .into_iter()
        .filter(|w| entry_stems.contains(w))
        .collect();
    shared.dedup();
    shared
}

/// The pattern sharing the most (stemmed, non-stop) words with the question; only for
/// explanations, never for matching.
fn closest_pattern<'e>(text: &str, entry: &'e Entry) -> &'e str {
    let q = stems_of(text);
    entry
        .patterns
        .iter()
        .max_by_key(|p| stems_of(p).iter().filter(|w| q.contains(w)).count())
        .map_or("", String::as_str)
}
