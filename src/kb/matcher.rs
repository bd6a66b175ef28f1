//! Scoring a question against the knowledge base: the classifier's logits, BM25 over
//! each entry's patterns, keyword and regex evidence, then a softmax over entries and a
//! confidence that decides whether to answer at all.

use super::features::{FeatureSpace, Prepared, SparseVec};
use super::files::Entry;
use super::index::{Bm25, Speller};
use super::model::{softmax_parts, Classifier, Scores, TrainParams};
use super::text;
use std::cell::RefCell;

/// Knowledge bases larger than this are served by BM25 and evidence alone: training the
/// classifier grows with entries x patterns and would hold up a reload for too long.
pub const MAX_TRAINED_ENTRIES: usize = 5_000;
/// How many of the best entries a match reports.
pub const TOP: usize = 3;
/// Only the start of a long message is read: questions are short.
pub const MAX_QUERY_CHARS: usize = 1_000;

/// How the signals are combined; the defaults were chosen on a development set.
#[derive(Debug, Clone, Copy)]
pub struct MatchParams {
    /// Weight of the normalised BM25 score, in logits.
    pub bm25_weight: f32,
    /// Logits added per keyword of the entry found in the question (up to 2).
    pub keyword_bonus: f32,
    /// Logits added when one of the entry's regexes matches.
    pub regex_bonus: f32,
    /// Answer only at or above this confidence (entries may set their own).
    pub threshold: f32,
}

impl Default for MatchParams {
    fn default() -> Self {
        MatchParams {
            bm25_weight: 10.0,
            keyword_bonus: 1.0,
            regex_bonus: 4.0,
            threshold: 0.84,
        }
    }
}

/// The measurements behind a decision, for explanations and tuning.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Signals {
    /// Probability of the best entry.
    pub p1: f32,
    /// Probability of the runner-up.
    pub p2: f32,
    /// Normalised BM25 score of the best entry.
    pub bm25: f32,
    /// Share of the question (by IDF) made of words the knowledge base knows.
    pub known_share: f32,
    /// Words in the normalised question.
    pub words: usize,
    /// Whether one of the best entry's regexes matched.
    pub regex_hit: bool,
    /// Keywords of the best entry found in the question.
    pub keyword_hits: usize,
}

/// Per-query scratch buffers, reused across calls on one thread.
#[derive(Default)]
struct Scratch {
    scores: Scores,
    bm25: Vec<f32>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// The index over a knowledge base's entries.
pub struct Matcher {
    space: FeatureSpace,
    model: Option<Classifier>,
    bm25: Bm25,
    speller: Speller,
    keywords: Vec<Vec<String>>,
    /// Entries with keywords or regexes: the only ones that need checking for evidence.
    with_evidence: Vec<u32>,
    params: MatchParams,
}

/// A question prepared for scoring.
pub struct Query {
    pub normalized: String,
    /// Words after spelling correction.
    pub words: Vec<String>,
    pub stems: Vec<String>,
}

/// The outcome of scoring: the best entries by probability (up to [`TOP`], best first)
/// and the signals.
pub struct Scored {
    pub ranked: Vec<(usize, f32)>,
    pub signals: Signals,
}

impl Matcher {
    /// Indexes the entries (and trains the classifier when the base is small enough).
    pub fn build(entries: &[Entry], params: MatchParams) -> Matcher {
        let train = entries.len() <= MAX_TRAINED_ENTRIES && entries.len() >= 2;
        let (prepared, words) = prepare_entries(entries, train);
        let speller = Speller::from_counts(words.iter().flatten().map(|(w, n)| (w.as_str(), *n)));
        let docs: Vec<&[String]> = prepared.iter().map(|e| e.doc.as_slice()).collect();
        let bm25 = Bm25::build(&docs);
        let (space, model) = if train {
            let mut texts: Vec<Prepared<'_>> = Vec::new();
            let mut classes: Vec<u32> = Vec::new();
            let refs: Vec<Vec<Vec<&str>>> = prepared
                .iter()
                .map(|e| {
                    e.pattern_words
                        .iter()
                        .map(|ws| ws.iter().map(String::as_str).collect())
                        .collect()
                })
                .collect();
            for (c, (e, words)) in prepared.iter().zip(&refs).enumerate() {
                for (stems, words) in e.pattern_stems.iter().zip(words) {
                    texts.push(Prepared { stems, words });
                    classes.push(c as u32);
                }
            }
            let space = FeatureSpace::fit(&texts);
            let samples: Vec<(SparseVec, u32)> = texts
                .iter()
                .zip(classes)
                .map(|(p, c)| (space.vectorize(p), c))
                .collect();
            let model = Classifier::train(
                &samples,
                space.feature_count(),
                entries.len(),
                TrainParams::for_samples(samples.len()),
            );
            (space, Some(model))
        } else {
            (FeatureSpace::default(), None)
        };
        let keywords: Vec<Vec<String>> = prepared.into_iter().map(|e| e.keywords).collect();
        Matcher {
            space,
            model,
            bm25,
            speller,
            with_evidence: (0..entries.len() as u32)
                .filter(|&i| {
                    !entries[i as usize].regex.is_empty() || !keywords[i as usize].is_empty()
                })
                .collect(),
            keywords,
            params,
        }
    }

    /// The settings in use.
    pub fn params(&self) -> &MatchParams {
        &self.params
    }

    /// Whether the classifier was trained (small enough knowledge base).
    pub fn has_classifier(&self) -> bool {
        self.model.is_some()
    }

    /// Normalises, corrects spelling and stems a question.
    pub fn prepare(&self, question: &str) -> Query {
        let clipped: String = question.chars().take(MAX_QUERY_CHARS).collect();
        let normalized = text::normalize(&clipped);
        let words: Vec<String> = normalized
            .split_whitespace()
            .map(|w| self.speller.correct(w).unwrap_or(w).to_string())
            .collect();
        let stems = words.iter().map(|w| text::stem(w)).collect();
        Query {
            normalized,
            words,
            stems,
        }
    }

    /// Scores every entry for the question; `allowed` filters entries (e.g. by channel).
    pub fn score(
        &self,
        query: &Query,
        original: &str,
        entries: &[Entry],
        allowed: impl Fn(usize) -> bool,
    ) -> Scored {
        SCRATCH.with(|cell| {
            let mut guard = cell.borrow_mut();
            let scratch = &mut *guard;
            let n = entries.len();
            scratch.scores.reset(n);
            if let Some(model) = &self.model {
                let word_refs: Vec<&str> = query.words.iter().map(String::as_str).collect();
                let x = self.space.vectorize(&Prepared {
                    stems: &query.stems,
                    words: &word_refs,
                });
                model.add_scores(&x, &mut scratch.scores);
            }
            let hits = self.bm25.search(&query.stems, &mut scratch.bm25);
            for &(doc, s) in &hits.hits {
                scratch.scores.add(doc, self.params.bm25_weight * s);
            }
            let evidence_for = |i: usize| -> (bool, usize) {
                let regex_hit = entries[i].regex.iter().any(|r| r.is_match(original));
                let kw = self.keywords[i]
                    .iter()
                    .filter(|k| query.stems.contains(k))
                    .count();
                (regex_hit, kw)
            };
            for &i in &self.with_evidence {
                let (regex_hit, kw) = evidence_for(i as usize);
                let bonus = if regex_hit {
                    self.params.regex_bonus
                } else {
                    0.0
                } + self.params.keyword_bonus * kw.min(2) as f32;
                if bonus > 0.0 {
                    scratch.scores.add(i, bonus);
                }
            }
            let (max, z) = softmax_parts(&scratch.scores, n.max(1));
            let base = (-max).exp() / z;
            let mut ranked: Vec<(usize, f32)> = Vec::with_capacity(TOP + 1);
            for &c in &scratch.scores.touched {
                let logit = scratch.scores.dense[c as usize];
                let worst = ranked.last().map_or(f32::MIN, |r| r.1);
                if (ranked.len() < TOP || logit > worst) && allowed(c as usize) {
                    let at = ranked.partition_point(|r| r.1 >= logit);
                    ranked.insert(at, (c as usize, logit));
                    ranked.truncate(TOP);
                }
            }
            for r in &mut ranked {
                r.1 = (r.1 - max).exp() / z;
            }
            let p1 = ranked.first().map_or(0.0, |r| r.1);
            let p2 = ranked.get(1).map_or(base, |r| r.1.max(base));
            let mut signals = Signals {
                p1,
                p2: if n > 1 { p2 } else { 0.0 },
                known_share: hits.known_share,
                words: query.words.len(),
                ..Signals::default()
            };
            if let Some(&(best, _)) = ranked.first() {
                signals.bm25 = hits
                    .hits
                    .iter()
                    .find(|h| h.0 as usize == best)
                    .map_or(0.0, |h| h.1);
                let (regex_hit, kw) = evidence_for(best);
                signals.regex_hit = regex_hit;
                signals.keyword_hits = kw;
            }
            Scored { ranked, signals }
        })
    }
}

/// One entry's text, normalised and stemmed once at load.
struct PreparedEntry {
    /// Each pattern's words (only when the classifier is trained).
    pattern_words: Vec<Vec<String>>,
    /// Each pattern's stems (only when the classifier is trained).
    pattern_stems: Vec<Vec<String>>,
    /// All stems of all patterns and keywords: the entry's BM25 document.
    doc: Vec<String>,
    keywords: Vec<String>,
}

/// Word counts of the patterns, for the speller.
type WordCounts = rustc_hash::FxHashMap<String, u32>;

/// Normalises and stems every entry, on all cores (each with its own stem cache: word
/// forms repeat across a base far more than they differ). Also counts the words.
fn prepare_entries(entries: &[Entry], per_pattern: bool) -> (Vec<PreparedEntry>, Vec<WordCounts>) {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8);
    let chunk = entries.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let workers: Vec<_> = entries
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    let mut counts = WordCounts::default();
                    let mut cache: rustc_hash::FxHashMap<String, String> = Default::default();
                    let mut stem = |w: &str| -> String {
                        if let Some(s) = cache.get(w) {
                            return s.clone();
                        }
                        let s = text::stem(w);
                        cache.insert(w.to_string(), s.clone());
                        s
                    };
                    let prepared = part
                        .iter()
                        .map(|entry| {
                            let mut e = PreparedEntry {
                                pattern_words: Vec::with_capacity(entry.patterns.len()),
                                pattern_stems: Vec::new(),
                                doc: Vec::new(),
                                keywords: Vec::new(),
                            };
                            for p in &entry.patterns {
                                let normalized = text::normalize(p);
                                let start = e.doc.len();
                                for w in normalized.split_whitespace() {
                                    match counts.get_mut(w) {
                                        Some(n) => *n += 1,
                                        None => {
                                            counts.insert(w.to_string(), 1);
                                        }
                                    }
                                    e.doc.push(stem(w));
                                }
                                if per_pattern {
                                    e.pattern_stems.push(e.doc[start..].to_vec());
                                    e.pattern_words.push(
                                        normalized.split_whitespace().map(str::to_string).collect(),
                                    );
                                }
                            }
                            for k in &entry.keywords {
                                for w in text::normalize(k).split_whitespace() {
                                    e.keywords.push(stem(w));
                                }
                            }
                            e.doc.extend(e.keywords.iter().cloned());
                            e
                        })
                        .collect::<Vec<_>>();
                    (prepared, counts)
                })
            })
            .collect();
        let mut all = Vec::with_capacity(entries.len());
        let mut counts = Vec::new();
        for w in workers {
            let (prepared, c) = w.join().expect("preparing entries does not panic");
            all.extend(prepared);
            counts.push(c);
        }
        (all, counts)
    })
}

/// The confidence that the best entry is the right answer, in [0, 1].
///
/// A logistic calibration over the signals, fitted once on held-out development
/// questions (CLINC150 dev splits, with out-of-scope questions weighted to a fifth of
/// the mass): a clear lead over the runner-up, a high probability, word overlap, known
/// words and a longer question (up to 12 words) all raise it; a regex hit adds strong
/// evidence.
pub fn confidence(s: &Signals) -> f32 {
    let margin = s.p1 - s.p2;
    let words = (s.words.min(12) as f32).ln_1p();
    let z = -7.419
        + 1.521 * margin
        + 3.79 * s.p1
        + 0.979 * s.bm25
        + 1.099 * s.known_share
        + 1.679 * words
        + if s.regex_hit { 3.0 } else { 0.0 };
    1.0 / (1.0 + (-z).exp())
}
