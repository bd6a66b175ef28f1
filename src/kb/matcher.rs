//! Scoring a question against the knowledge base: the classifier's logits, BM25 over
//! each entry's patterns, keyword and regex evidence, then a softmax over entries and a
//! confidence that decides whether to answer at all.

use super::classifier::{softmax_parts, Classifier, Scores, TrainParams};
use super::compounds::Compounds;
use super::evidence::{Evidence, Hit};
use super::features::{FeatureSpace, Prepared, SparseVec};
use super::files::Entry;
use super::index::{Bm25, Docs, SearchScratch, Speller};
use super::language;
use crate::i18n::Lang;
use rustc_hash::FxHashMap;
use std::cell::RefCell;

/// Knowledge bases larger than this are served by BM25 and evidence alone: training the
/// classifier grows with entries x patterns (about 2 s at 1 000 entries, 2.6 s at 1 500,
/// 4.4 s at 2 000, 10 s at 3 000 and 28 s at 5 000 on 2 cores), and a reload should take
/// seconds at most. The BM25-only path has its own calibrated confidence.
pub const MAX_TRAINED_ENTRIES: usize = 1_500;
/// Training also grows with what each entry holds: patterns x features, and a pattern's
/// features (words, word pairs, character n-grams) grow with its length. So the classifier
/// is trained only while the patterns' text, summed in bytes, stays under this budget too;
/// above it the base is served by the BM25-only path like a large one. Chosen so that a base
/// at either edge loads in under 3 s on 2 cores (`cargo bench --bench kb_match` prints it).
pub const MAX_TRAINED_TEXT_BYTES: usize = 600_000;

/// The text the classifier would be trained on, in bytes.
pub fn training_text_bytes(entries: &[Entry]) -> usize {
    entries
        .iter()
        .flat_map(|e| &e.patterns)
        .map(String::len)
        .sum()
}

/// Whether a base of these entries gets the classifier: between 2 and
/// [`MAX_TRAINED_ENTRIES`] entries, and at most [`MAX_TRAINED_TEXT_BYTES`] of patterns.
pub fn trains_classifier(entries: &[Entry]) -> bool {
    (2..=MAX_TRAINED_ENTRIES).contains(&entries.len())
        && training_text_bytes(entries) <= MAX_TRAINED_TEXT_BYTES
}
/// How many of the best entries a match reports.
pub const TOP: usize = 3;
/// Without the classifier, probabilities are a softmax over this many best entries
/// (not over the whole base, whose size would otherwise flatten them).
pub const BM25_ONLY_CANDIDATES: usize = 10;
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
    /// Train the classifier when the base is small enough ([`trains_classifier`]);
    /// `false` always uses the BM25-only path (for evaluating it on a small base).
    pub classifier: bool,
}

impl Default for MatchParams {
    fn default() -> Self {
        MatchParams {
            bm25_weight: 10.0,
            keyword_bonus: 1.0,
            regex_bonus: 4.0,
            threshold: 0.84,
            classifier: true,
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
    /// Normalised BM25 score of the runner-up.
    pub bm25_2: f32,
    /// Whether the classifier was left out (large base): the confidence is then
    /// calibrated for BM25 and evidence alone.
    pub bm25_only: bool,
}

/// Per-query scratch buffers, reused across calls on one thread.
#[derive(Default)]
struct Scratch {
    scores: Scores,
    bm25: SearchScratch,
    evidence: Vec<Hit>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// The index over a knowledge base's entries, in one language.
pub struct Matcher {
    /// The language questions are read in, and the entries' text taken in
    /// ([`Entry::patterns_in`]).
    lang: Lang,
    /// German: compounds split against the base's words.
    compounds: Option<Compounds>,
    space: FeatureSpace,
    model: Option<Classifier>,
    bm25: Bm25,
    speller: Speller,
    keywords: Vec<Vec<String>>,
    /// The entries' keywords and regexes, indexed.
    evidence: Evidence,
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
    /// Indexes the entries in English (and trains the classifier when the base is small
    /// enough).
    pub fn build(entries: &[Entry], params: MatchParams) -> Matcher {
        Matcher::build_in(entries, Lang::En, params)
    }

    /// Indexes the entries' text in `lang`: each entry's patterns and keywords in that
    /// language, or its own where it has none there.
    pub fn build_in(entries: &[Entry], lang: Lang, params: MatchParams) -> Matcher {
        let train = params.classifier && trains_classifier(entries);
        let compounds = (lang == Lang::De).then(|| german_compounds(entries));
        let reader = Reader {
            lang,
            compounds: compounds.as_ref(),
        };
        let prepared = prepare_entries(entries, train, &reader);
        let speller = Speller::from_counts(prepared.words.iter().map(|(w, n)| (w.as_str(), *n)));
        let bm25 = Bm25::from_docs(prepared.stems, &prepared.docs);
        let (space, model) = if train {
            let refs: Vec<Vec<&str>> = prepared
                .patterns
                .iter()
                .map(|p| p.words.iter().map(String::as_str).collect())
                .collect();
            let texts: Vec<Prepared<'_>> = prepared
                .patterns
                .iter()
                .zip(&refs)
                .map(|(p, words)| Prepared {
                    stems: &p.stems,
                    words,
                })
                .collect();
            let space = FeatureSpace::fit(&texts);
            let samples: Vec<(SparseVec, u32)> = texts
                .iter()
                .zip(&prepared.patterns)
                .map(|(t, p)| (space.vectorize(t), p.entry))
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
        let keywords = prepared.keywords;
        Matcher {
            lang,
            compounds,
            space,
            model,
            bm25,
            speller,
            evidence: Evidence::build(entries, &keywords),
            keywords,
            params,
        }
    }

    /// The settings in use.
    pub fn params(&self) -> &MatchParams {
        &self.params
    }

    /// The language it reads questions in.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    fn reader(&self) -> Reader<'_> {
        Reader {
            lang: self.lang,
            compounds: self.compounds.as_ref(),
        }
    }

    /// Whether the classifier was trained (small enough knowledge base).
    pub fn has_classifier(&self) -> bool {
        self.model.is_some()
    }

    /// Whether some entry's patterns or keywords hold this stem (a word the knowledge base
    /// knows).
    pub fn knows(&self, stem: &str) -> bool {
        self.bm25.knows(stem)
    }

    /// Normalises, corrects spelling and stems a question.
    pub fn prepare(&self, question: &str) -> Query {
        let clipped: String = question.chars().take(MAX_QUERY_CHARS).collect();
        let reader = self.reader();
        let normalized = reader.normalize(&clipped);
        let words: Vec<String> = normalized
            .split_whitespace()
            .map(|w| self.speller.correct(w).unwrap_or(w).to_string())
            .collect();
        let stems = words.iter().map(|w| reader.stem(w)).collect();
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
            self.evidence
                .find(&query.stems, original, &mut scratch.evidence);
            for hit in &scratch.evidence {
                let bonus = if hit.regex {
                    self.params.regex_bonus
                } else {
                    0.0
                } + self.params.keyword_bonus * hit.keywords.min(2) as f32;
                if bonus > 0.0 {
                    scratch.scores.add(hit.entry, bonus);
                }
            }
            // With the classifier: a softmax over every entry. Without it: over the
            // best few only (entries the question shares nothing with count at logit 0).
            let keep = if self.model.is_some() {
                TOP
            } else {
                BM25_ONLY_CANDIDATES
            };
            let mut ranked: Vec<(usize, f32)> = Vec::with_capacity(keep + 1);
            for (&c, &logit) in scratch.scores.touched.iter().zip(&scratch.scores.values) {
                let worst = ranked.last().map_or(f32::MIN, |r| r.1);
                if (ranked.len() < keep || logit > worst) && allowed(c as usize) {
                    let at = ranked.partition_point(|r| r.1 >= logit);
                    ranked.insert(at, (c as usize, logit));
                    ranked.truncate(keep);
                }
            }
            let (max, z) = if self.model.is_some() {
                softmax_parts(&scratch.scores, n.max(1))
            } else {
                let max = ranked.first().map_or(0.0, |r| r.1).max(0.0);
                let pad = keep.min(n).saturating_sub(ranked.len()) as f32;
                let z = ranked.iter().map(|r| (r.1 - max).exp()).sum::<f32>() + pad * (-max).exp();
                (max, z.max(f32::MIN_POSITIVE))
            };
            let base = (-max).exp() / z;
            let bm25_of = |entry: usize| {
                hits.hits
                    .iter()
                    .find(|h| h.0 as usize == entry)
                    .map_or(0.0, |h| h.1)
            };
            let bm25_2 = ranked.get(1).map_or(0.0, |r| bm25_of(r.0));
            ranked.truncate(TOP);
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
                bm25_2,
                bm25_only: self.model.is_none(),
                ..Signals::default()
            };
            if let Some(&(best, _)) = ranked.first() {
                signals.bm25 = bm25_of(best);
                let (regex_hit, kw) = evidence_for(best);
                signals.regex_hit = regex_hit;
                signals.keyword_hits = kw;
            }
            Scored { ranked, signals }
        })
    }
}

/// How a matcher reads text: its language's normalisation and stems, German compounds split.
#[derive(Clone, Copy)]
struct Reader<'a> {
    lang: Lang,
    compounds: Option<&'a Compounds>,
}

impl Reader<'_> {
    fn normalize_into(&self, text: &str, out: &mut String, scratch: &mut String) {
        language::normalize_into(self.lang, text, out, scratch);
        if let Some(c) = self.compounds {
            *out = c.expand(out);
        }
    }

    fn normalize(&self, text: &str) -> String {
        let (mut out, mut scratch) = (String::new(), String::new());
        self.normalize_into(text, &mut out, &mut scratch);
        out
    }

    fn stem(&self, word: &str) -> String {
        language::stem(self.lang, word)
    }
}

/// The words German compounds may split into: those of the entries' German text.
fn german_compounds(entries: &[Entry]) -> Compounds {
    let (mut out, mut scratch) = (String::new(), String::new());
    let mut words: Vec<String> = Vec::new();
    for e in entries {
        for text in e
            .patterns_in(Lang::De)
            .iter()
            .chain(e.keywords_in(Lang::De))
        {
            language::normalize_into(Lang::De, text, &mut out, &mut scratch);
            words.extend(out.split_whitespace().map(str::to_string));
        }
    }
    Compounds::from_words(words.iter().map(String::as_str))
}

/// The entries' text, normalised, stemmed and interned once at load.
struct PreparedEntries {
    /// Distinct pattern words in order of first use, with how often each occurs.
    words: Vec<(String, u32)>,
    /// Distinct stems (the BM25 terms) by id, in order of first use.
    stems: Vec<String>,
    /// Each entry's BM25 document: the stems of all its patterns and keywords.
    docs: Docs,
    /// Each entry's keywords, stemmed.
    keywords: Vec<Vec<String>>,
    /// Each pattern's entry, words and stems (only when the classifier is trained).
    patterns: Vec<PatternText>,
}

/// One pattern as the classifier sees it.
struct PatternText {
    entry: u32,
    words: Vec<String>,
    stems: Vec<String>,
}

/// What one worker prepared: like [`PreparedEntries`], with ids local to the worker.
#[derive(Default)]
struct Part {
    /// Word -> local word id.
    word_ids: FxHashMap<String, u32>,
    /// Per local word id: how often it occurs, and its stem's local id.
    word_info: Vec<(u32, u32)>,
    /// Stem -> local stem id.
    stem_ids: FxHashMap<String, u32>,
    /// Stems by local id.
    stems: Vec<String>,
    docs: Docs,
    keywords: Vec<Vec<String>>,
    patterns: Vec<PatternText>,
}

impl Part {
    fn stem_id(&mut self, stem: &str) -> u32 {
        if let Some(&id) = self.stem_ids.get(stem) {
            return id;
        }
        // Fewer than 2^32 distinct stems (see [`Docs`]).
        #[allow(clippy::cast_possible_truncation)]
        let id = self.stems.len() as u32;
        self.stem_ids.insert(stem.to_string(), id);
        self.stems.push(stem.to_string());
        id
    }

    /// The local id of `word`'s stem, counting one more use of the word.
    fn use_word(&mut self, word: &str, reader: &Reader<'_>) -> u32 {
        if let Some(&id) = self.word_ids.get(word) {
            let info = &mut self.word_info[id as usize];
            info.0 += 1;
            return info.1;
        }
        let stem = self.stem_id(&reader.stem(word));
        // Fewer than 2^32 distinct words (see [`Docs`]).
        #[allow(clippy::cast_possible_truncation)]
        let id = self.word_info.len() as u32;
        self.word_ids.insert(word.to_string(), id);
        self.word_info.push((1, stem));
        stem
    }

    // `first_entry + i` is an entry's index: fewer than 2^32 entries (see [`Docs`]).
    #[allow(clippy::cast_possible_truncation)]
    fn prepare(
        entries: &[Entry],
        per_pattern: bool,
        first_entry: u32,
        reader: &Reader<'_>,
    ) -> Part {
        let mut part = Part::default();
        let (mut normalized, mut scratch) = (String::new(), String::new());
        for (i, entry) in entries.iter().enumerate() {
            for p in entry.patterns_in(reader.lang) {
                reader.normalize_into(p, &mut normalized, &mut scratch);
                let start = part.docs.terms.len();
                for w in normalized.split_whitespace() {
                    let stem = part.use_word(w, reader);
                    part.docs.terms.push(stem);
                }
                if per_pattern {
                    let words = normalized.split_whitespace().map(str::to_string).collect();
                    let stems = part.docs.terms[start..]
                        .iter()
                        .map(|&id| part.stems[id as usize].clone())
                        .collect();
                    part.patterns.push(PatternText {
                        entry: first_entry + i as u32,
                        words,
                        stems,
                    });
                }
            }
            let mut keywords = Vec::new();
            for k in entry.keywords_in(reader.lang) {
                reader.normalize_into(k, &mut normalized, &mut scratch);
                for w in normalized.split_whitespace() {
                    let stem = reader.stem(w);
                    let id = part.stem_id(&stem);
                    part.docs.terms.push(id);
                    keywords.push(stem);
                }
            }
            part.keywords.push(keywords);
            part.docs.ends.push(part.docs.terms.len());
        }
        part
    }
}

/// Normalises, stems and interns every entry, on all cores: word forms repeat across a
/// base far more than they differ, so each distinct word is stemmed once per worker and
/// the documents are arrays of ids. Ids are then made global in order of first use, so
/// the result does not depend on the number of cores.
fn prepare_entries(entries: &[Entry], per_pattern: bool, reader: &Reader<'_>) -> PreparedEntries {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8);
    let chunk = entries.len().div_ceil(threads).max(1);
    let parts: Vec<Part> = std::thread::scope(|scope| {
        let workers: Vec<_> = entries
            .chunks(chunk)
            .enumerate()
            .map(|(k, part)| {
                // The index of the chunk's first entry: fewer than 2^32 (see [`Docs`]).
                #[allow(clippy::cast_possible_truncation)]
                let first = (k * chunk) as u32;
                let reader = *reader;
                scope.spawn(move || Part::prepare(part, per_pattern, first, &reader))
            })
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().expect("preparing entries does not panic"))
            .collect()
    });
    let mut out = PreparedEntries {
        words: Vec::new(),
        stems: Vec::new(),
        docs: Docs::default(),
        keywords: Vec::with_capacity(entries.len()),
        patterns: Vec::new(),
    };
    out.docs
        .terms
        .reserve(parts.iter().map(|p| p.docs.terms.len()).sum());
    out.docs.ends.reserve(entries.len());
    let mut word_ids: FxHashMap<String, u32> = FxHashMap::default();
    let mut stem_ids: FxHashMap<String, u32> = FxHashMap::default();
    for part in parts {
        // Local stem ids -> global ones.
        let global: Vec<u32> = part
            .stems
            .into_iter()
            .map(|stem| match stem_ids.get(&stem) {
                Some(&id) => id,
                None => {
                    // Fewer than 2^32 distinct stems (see [`Docs`]).
                    #[allow(clippy::cast_possible_truncation)]
                    let id = out.stems.len() as u32;
                    out.stems.push(stem.clone());
                    stem_ids.insert(stem, id);
                    id
                }
            })
            .collect();
        let mut words = vec![String::new(); part.word_ids.len()];
        for (word, id) in part.word_ids {
            words[id as usize] = word;
        }
        for (word, &(count, _)) in words.into_iter().zip(&part.word_info) {
            match word_ids.get(&word) {
                Some(&id) => out.words[id as usize].1 += count,
                None => {
                    // Fewer than 2^32 distinct words (see [`Docs`]).
                    #[allow(clippy::cast_possible_truncation)]
                    let id = out.words.len() as u32;
                    word_ids.insert(word.clone(), id);
                    out.words.push((word, count));
                }
            }
        }
        let offset = out.docs.terms.len();
        out.docs
            .terms
            .extend(part.docs.terms.iter().map(|&t| global[t as usize]));
        out.docs
            .ends
            .extend(part.docs.ends.iter().map(|&e| e + offset));
        out.keywords.extend(part.keywords);
        out.patterns.extend(part.patterns);
    }
    out
}

/// The confidence that the best entry is the right answer, in [0, 1].
///
/// A logistic calibration over the signals, fitted once on held-out development
/// questions (CLINC150 dev splits, with out-of-scope questions weighted to a fifth of
/// the mass): a clear lead over the runner-up, a high probability, word overlap, known
/// words and a longer question (up to 12 words) all raise it; a regex hit adds strong
/// evidence.
pub fn confidence(s: &Signals) -> f32 {
    if s.bm25_only {
        return bm25_only_confidence(s);
    }
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

/// The confidence on the BM25-only path (no classifier), in [0, 1].
///
/// Fitted the same way as [`confidence`] (logistic, CLINC150 dev splits matched without
/// the classifier, out-of-scope questions a fifth of the mass), on signals that do not
/// grow or shrink with the size of the base: the best entry's share of a softmax over
/// the [`BM25_ONLY_CANDIDATES`] best entries and its lead there, its normalised BM25
/// score and its lead over the runner-up's, known words and length.
fn bm25_only_confidence(s: &Signals) -> f32 {
    let margin = s.p1 - s.p2;
    let words = (s.words.min(12) as f32).ln_1p();
    let z = -7.027
        + 3.412 * margin
        + 3.658 * s.p1
        + 0.917 * s.bm25
        + 1.485 * (s.bm25 - s.bm25_2)
        + 0.849 * s.known_share
        + 2.015 * words
        + if s.regex_hit { 3.0 } else { 0.0 };
    1.0 / (1.0 + (-z).exp())
}

#[cfg(test)]
mod tests {

    #[test]
    fn the_training_budget_counts_entries_and_pattern_text() {
        let entry = |i: usize, patterns: usize, len: usize| {
            Entry::simple(
                format!("e{i}"),
                (0..patterns).map(|k| format!("{k:0>len$}")).collect(),
                "a".into(),
                Location {
                    file: "t.toml".into(),
                    line: 1,
                },
            )
        };
        let base = |n: usize, patterns: usize, len: usize| -> Vec<Entry> {
            (0..n).map(|i| entry(i, patterns, len)).collect()
        };
        assert!(trains_classifier(&base(2, 1, 10)));
        assert!(
            !trains_classifier(&base(1, 1, 10)),
            "one entry: nothing to tell apart"
        );
        assert!(trains_classifier(&base(MAX_TRAINED_ENTRIES, 4, 100)));
        assert!(!trains_classifier(&base(MAX_TRAINED_ENTRIES + 1, 1, 10)));
        // Few entries, but too much text to train in time.
        let heavy = base(100, 60, 120);
        assert!(training_text_bytes(&heavy) > MAX_TRAINED_TEXT_BYTES);
        assert!(!trains_classifier(&heavy));
    }

    use super::*;
    use crate::kb::files::Location;
    use crate::kb::{Decision, KnowledgeBase};
    use std::path::PathBuf;

    const TOPICS: &[&[&str]] = &[
        &[
            "how do i reset my password",
            "forgot my password",
            "password reset link broken",
        ],
        &[
            "can i get a refund",
            "i want my money back",
            "refund for my last payment",
        ],
        &[
            "how do i install the app",
            "installation fails on windows",
            "setup crashes",
        ],
        &[
            "where do i report a bug",
            "i found a bug",
            "the app crashes on start",
        ],
        &[
            "is the service down",
            "is there an outage right now",
            "servers down",
        ],
        &[
            "how do i cancel my subscription",
            "stop my plan",
            "end my membership",
        ],
    ];

    /// A made-up product name per entry, as large real bases have.
    fn product(i: usize) -> String {
        const SYL: &[&str] = &[
            "ka", "lo", "mi", "ven", "tor", "sil", "dra", "qua", "zen", "bri",
        ];
        let (a, b, c, d) = (i % 10, i / 10 % 10, i / 100 % 10, i / 1000 % 10);
        format!("{}{}{}{}", SYL[a], SYL[b], SYL[c], SYL[d])
    }

    /// `n` entries: each topic's patterns about one product each.
    fn large_base(n: usize) -> KnowledgeBase {
        let entries = (0..n)
            .map(|i| {
                let p = product(i);
                let patterns = TOPICS[i % TOPICS.len()]
                    .iter()
                    .map(|t| format!("{t} in {p}"))
                    .collect();
                let source = Location {
                    file: PathBuf::from("large.toml"),
                    line: i + 1,
                };
                Entry::simple(format!("e{i}"), patterns, format!("A{i}"), source)
            })
            .collect();
        KnowledgeBase::from_entries(entries)
    }

    #[test]
    fn a_large_base_answers_its_patterns_and_stays_silent_otherwise() {
        let kb = large_base(6_000.max(MAX_TRAINED_ENTRIES + 1));
        assert!(!kb.has_classifier());
        let id = |i: usize| format!("e{i}");
        for (question, entry) in [
            (
                format!("how do i reset my password in {}", product(1_230)),
                1_230,
            ),
            (format!("can i get a refund in {}", product(4_003)), 4_003),
            // Near: a word left out, a typo.
            (format!("how do i instal the app {}", product(2_002)), 2_002),
            (format!("is the service down for {}", product(5_004)), 5_004),
        ] {
            let m = kb.best_match(&question);
            assert!(m.signals.bm25_only);
            assert_eq!(
                m.answer.as_ref().map(|a| a.id.clone()),
                Some(id(entry)),
                "{question}: {:?} {:?}",
                m.decision,
                m.signals
            );
        }
        for question in [
            "thanks!",
            "lol",
            "hi everyone",
            // On topic, but a thousand entries fit equally well.
            "how do i reset my password",
            "what is the capital of mongolia",
            "who won the football match yesterday",
        ] {
            let m = kb.best_match(question);
            assert!(m.answer.is_none(), "{question}: {:?}", m.signals);
        }
        assert!(matches!(
            kb.best_match("thanks!").decision,
            Decision::NotAQuestion | Decision::NoCandidate
        ));
    }

    #[test]
    fn the_bm25_only_confidence_rises_with_the_lead_and_a_regex() {
        let clear = Signals {
            p1: 0.7,
            p2: 0.05,
            bm25: 0.6,
            bm25_2: 0.4,
            known_share: 1.0,
            words: 8,
            bm25_only: true,
            ..Signals::default()
        };
        let tied = Signals {
            p1: 0.1,
            p2: 0.1,
            bm25_2: 0.6,
            ..clear
        };
        let threshold = MatchParams::default().threshold;
        assert!(confidence(&clear) >= threshold);
        assert!(confidence(&tied) < 0.5);
        let with_regex = Signals {
            regex_hit: true,
            ..tied
        };
        assert!(confidence(&with_regex) > confidence(&tied));
        // The same signals on the classifier's path are read by its own calibration.
        let trained = Signals {
            bm25_only: false,
            ..clear
        };
        assert_ne!(confidence(&trained), confidence(&clear));
    }

    #[test]
    fn the_classifier_can_be_left_out_of_a_small_base() {
        let entries = || large_base(12).entries().to_vec();
        let off = KnowledgeBase::with_params(
            entries(),
            MatchParams {
                classifier: false,
                ..MatchParams::default()
            },
        );
        let on = KnowledgeBase::from_entries(entries());
        assert!(on.has_classifier() && !off.has_classifier());
        let q = format!("can i get a refund in {}", product(7));
        let m = off.best_match(&q);
        assert!(m.signals.bm25_only);
        assert_eq!(m.answer.map(|a| a.id), Some("e7".to_string()));
        assert!(!on.best_match(&q).signals.bm25_only);
    }
}
