//! The knowledge base: response files -> index -> best match. Pure: knows nothing of Discord.
//!
//! [`KnowledgeBase::load`] reads and validates a folder of response files;
//! [`KnowledgeBase::best_match`] scores a question and decides whether to answer.

mod classifier;
mod compounds;
pub mod detect;
pub mod edit;
pub mod eval;
mod evidence;
pub mod explain;
mod features;
pub mod files;
pub mod folder;
pub mod grouping;
mod index;
pub mod language;
pub mod live;
pub mod matcher;
pub mod problem;
pub mod servers;
pub mod text;

pub use files::{Entry, Localised, Location, Problem, Translation, MAX_ID_CHARS};
pub use matcher::{MatchParams, Signals};

use crate::i18n::Lang;
use matcher::{confidence, Matcher};
use std::path::Path;

/// A loaded, indexed knowledge base. Cheap to share behind an `Arc`.
pub struct KnowledgeBase {
    entries: Vec<Entry>,
    /// One index a language the entries have patterns in, the language most entries are
    /// written in first.
    matchers: Vec<Matcher>,
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
    /// The language the question was read in (detected among the base's, or given).
    pub lang: Lang,
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

    /// Indexes entries with explicit matching settings: one index a language they have
    /// patterns in, built side by side.
    pub fn with_params(entries: Vec<Entry>, params: MatchParams) -> KnowledgeBase {
        let langs = languages_of(&entries);
        let matchers = if let [only] = langs.as_slice() {
            vec![Matcher::build_in(&entries, *only, params)]
        } else {
            std::thread::scope(|scope| {
                let workers: Vec<_> = langs
                    .iter()
                    .map(|&lang| {
                        let entries = &entries;
                        scope.spawn(move || Matcher::build_in(entries, lang, params))
                    })
                    .collect();
                workers
                    .into_iter()
                    .map(|w| w.join().expect("indexing a language does not panic"))
                    .collect()
            })
        };
        KnowledgeBase { entries, matchers }
    }

    /// The languages questions are matched in, the one most entries are written in first.
    pub fn languages(&self) -> Vec<Lang> {
        self.matchers.iter().map(Matcher::lang).collect()
    }

    /// The language most entries are written in.
    pub fn primary_language(&self) -> Lang {
        self.matchers[0].lang()
    }

    /// The index for `lang`, else the primary one.
    pub(crate) fn matcher_for(&self, lang: Lang) -> &Matcher {
        self.matchers
            .iter()
            .find(|m| m.lang() == lang)
            .unwrap_or(&self.matchers[0])
    }

    /// The language of `text` among this base's, or `fallback` when it cannot be told (no
    /// letters) or the base has one language only.
    pub fn detect(&self, text: &str, fallback: Option<Lang>) -> Lang {
        let langs = self.languages();
        detect::detect(text, &langs)
            .or(fallback.filter(|l| langs.contains(l)))
            .unwrap_or(langs[0])
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
        self.matchers[0].params()
    }

    /// Whether the classifier is trained ([`matcher::trains_classifier`]).
    pub fn has_classifier(&self) -> bool {
        self.matchers[0].has_classifier()
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
        let lang = self.detect(text, None);
        self.best_match_as(text, lang, channel, keep)
    }

    /// The best entry for a question read in `lang` (not detected). A base without that
    /// language answers nothing: its entries' words are another language's.
    pub fn best_match_as(
        &self,
        text: &str,
        lang: Lang,
        channel: Option<u64>,
        keep: impl Fn(&Entry) -> bool,
    ) -> Match {
        let Some(matcher) = self.matchers.iter().find(|m| m.lang() == lang) else {
            return Match {
                answer: None,
                candidates: Vec::new(),
                decision: Decision::NoCandidate,
                signals: Signals::default(),
                lang,
            };
        };
        let query = matcher.prepare(text);
        let allowed = |i: usize| {
            let e = &self.entries[i];
            let chans = &e.channels;
            (chans.is_empty() || channel.is_some_and(|c| chans.contains(&c))) && keep(e)
        };
        let scored = matcher.score(&query, text, &self.entries, allowed);
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
                lang,
            };
        };
        let score = confidence(&signals);
        let threshold = self.entries[best.index]
            .threshold
            .unwrap_or(self.params().threshold);
        let decision = if !language::looks_answerable(lang, &query.normalized) {
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
            lang,
        }
    }
}

/// The languages entries have patterns in: the one most entries are written in first, then
/// by how many entries have patterns in each (English when there are no entries).
fn languages_of(entries: &[Entry]) -> Vec<Lang> {
    let mut counts: Vec<(Lang, usize, usize)> = Lang::ALL.iter().map(|&l| (l, 0, 0)).collect();
    for e in entries {
        for l in e.languages() {
            if let Some(c) = counts.iter_mut().find(|c| c.0 == l) {
                c.2 += 1;
                if l == e.lang {
                    c.1 += 1;
                }
            }
        }
    }
    counts.retain(|c| c.2 > 0);
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(b.2.cmp(&a.2)).then(a.0.cmp(&b.0)));
    let langs: Vec<Lang> = counts.into_iter().map(|c| c.0).collect();
    if langs.is_empty() {
        vec![Lang::En]
    } else {
        langs
    }
}
