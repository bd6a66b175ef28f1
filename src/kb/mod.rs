//! The knowledge base: response files -> index -> best match. Pure: knows nothing of Discord.
//!
//! [`KnowledgeBase::load`] reads and validates a folder of response files;
//! [`KnowledgeBase::best_match`] scores a question and decides whether to answer.

mod classifier;
pub mod edit;
pub mod eval;
mod evidence;
pub mod explain;
mod features;
pub mod files;
pub mod folder;
pub mod grouping;
mod index;
pub mod live;
pub mod matcher;
pub mod servers;
pub mod text;

pub use files::{Entry, Location, Problem, MAX_ID_CHARS};
pub use matcher::{MatchParams, Signals};

use matcher::{confidence, Matcher};
use std::path::Path;

/// A loaded, indexed knowledge base. Cheap to share behind an `Arc`.
pub struct KnowledgeBase {
    entries: Vec<Entry>,
    matcher: Matcher,
}

/// An entry and how strongly it matches.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// Index into [`KnowledgeBase::entries`].
    pub index: usize,
    pub id: String,
    /// For the answer: the confidence that it is right. For candidates: the entry's share
    /// of the probability over all entries. Both in [0, 1].
    pub score: f32,
}

/// Why the knowledge base did or did not answer.
#[derive(Debug, Clone, PartialEq)]
pub enum Decision {
    /// Confident enough: post the answer.
    Answer,
    /// The message is chit-chat, a link, or has no topical words.
    NotAQuestion,
    /// No entry shares anything with the question.
    NoCandidate,
    /// The best entry's confidence is under the threshold.
    BelowThreshold { score: f32, threshold: f32 },
}

/// The result of matching one question.
#[derive(Debug, Clone)]
pub struct Match {
    /// What the bot would post, if anything.
    pub answer: Option<Candidate>,
    /// The best entries (up to 3), best first, whether or not one is answered.
    pub candidates: Vec<Candidate>,
    pub decision: Decision,
    pub signals: Signals,
}

impl KnowledgeBase {
    /// Reads and validates every response file in `dir`; returns all problems at once.
    pub fn load(dir: &Path) -> Result<KnowledgeBase, Vec<Problem>> {
        Ok(KnowledgeBase::from_entries(files::load_dir(dir)?))
    }

    /// Indexes already-validated entries with the default matching settings.
    pub fn from_entries(entries: Vec<Entry>) -> KnowledgeBase {
        KnowledgeBase::with_params(entries, MatchParams::default())
    }

    /// Indexes entries with explicit matching settings.
    pub fn with_params(entries: Vec<Entry>, params: MatchParams) -> KnowledgeBase {
        let matcher = Matcher::build(&entries, params);
        KnowledgeBase { entries, matcher }
    }

    /// All entries, in file order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// An entry by id.
    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }

    /// An entry by id, or else by title (any case): what an agent typed for `/kb send`.
    pub fn entry_by_id_or_title(&self, wanted: &str) -> Option<&Entry> {
        self.entry(wanted).or_else(|| {
            self.entries.iter().find(|e| {
                e.title
                    .as_deref()
                    .is_some_and(|t| t.eq_ignore_ascii_case(wanted))
            })
        })
    }

    /// Up to `limit` entries to suggest while an agent types `typed` (lower case): those
    /// matching `topic` best first (when given), then the rest in file order; only entries
    /// whose id or title contains `typed`.
    pub fn suggest(&self, topic: Option<&str>, typed: &str, limit: usize) -> Vec<&Entry> {
        let fits = |e: &Entry| {
            typed.is_empty()
                || e.id.contains(typed)
                || e.title
                    .as_deref()
                    .unwrap_or_default()
                    .to_lowercase()
                    .contains(typed)
        };
        let best: Vec<usize> = topic
            .map(|t| {
                self.best_match(t)
                    .candidates
                    .iter()
                    .map(|c| c.index)
                    .collect()
            })
            .unwrap_or_default();
        let mut seen = vec![false; self.entries.len()];
        best.into_iter()
            .chain(0..self.entries.len())
            .filter(|&i| !std::mem::replace(&mut seen[i], true))
            .map(|i| &self.entries[i])
            .filter(|e| fits(e))
            .take(limit)
            .collect()
    }

    /// Total patterns over all entries.
    pub fn pattern_count(&self) -> usize {
        self.entries.iter().map(|e| e.patterns.len()).sum()
    }

    /// The settings in use.
    pub fn params(&self) -> &MatchParams {
        self.matcher.params()
    }

    /// Whether the classifier is trained ([`matcher::trains_classifier`]).
    pub fn has_classifier(&self) -> bool {
        self.matcher.has_classifier()
    }

    /// The best entry for a question asked anywhere.
    pub fn best_match(&self, text: &str) -> Match {
        self.best_match_in(text, None)
    }

    /// The best entry for a question asked in `channel` (entries limited to other
    /// channels are left out).
    pub fn best_match_in(&self, text: &str, channel: Option<u64>) -> Match {
        self.best_match_filtered(text, channel, |_| true)
    }

    /// [`KnowledgeBase::best_match_in`] among the entries `keep` accepts (a server's view
    /// leaves out the shared entries it overrides).
    pub fn best_match_filtered(
        &self,
        text: &str,
        channel: Option<u64>,
        keep: impl Fn(&Entry) -> bool,
    ) -> Match {
        let query = self.matcher.prepare(text);
        let allowed = |i: usize| {
            let e = &self.entries[i];
            let chans = &e.channels;
            (chans.is_empty() || channel.is_some_and(|c| chans.contains(&c))) && keep(e)
        };
        let scored = self.matcher.score(&query, text, &self.entries, allowed);
        let candidates: Vec<Candidate> = scored
            .ranked
            .iter()
            .take(3)
            .map(|&(index, p)| Candidate {
                index,
                id: self.entries[index].id.clone(),
                score: p,
            })
            .collect();
        let signals = scored.signals;
        let Some(best) = candidates.first() else {
            return Match {
                answer: None,
                candidates,
                decision: Decision::NoCandidate,
                signals,
            };
        };
        let score = confidence(&signals);
        let threshold = self.entries[best.index]
            .threshold
            .unwrap_or(self.params().threshold);
        let decision = if !text::looks_answerable(&query.normalized) {
            Decision::NotAQuestion
        } else if score >= threshold {
            Decision::Answer
        } else {
            Decision::BelowThreshold { score, threshold }
        };
        let answer = (decision == Decision::Answer).then(|| Candidate {
            score,
            ..best.clone()
        });
        Match {
            answer,
            candidates,
            decision,
            signals,
        }
    }
}
