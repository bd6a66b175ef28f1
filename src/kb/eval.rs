//! Measuring the matcher on labelled questions: precision of the answers given, coverage
//! of in-scope questions, out-of-scope questions answered, a threshold curve and the
//! entries most often confused.

use super::files::{Entry, Location};
use super::{Decision, KnowledgeBase, Signals};
use crate::i18n::Lang;
use serde::Deserialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// One labelled question: `expected` is the entry id, or `None` for out of scope; `lang` the
/// language it is written in, when the file says (`"lang": "de"`), for figures by language.
#[derive(Debug, Clone)]
pub struct LabelledQuery {
    pub text: String,
    pub expected: Option<String>,
    pub lang: Option<Lang>,
}

/// A line of a questions file as written: `expected` must be there, as an id or as `null`
/// (a line without it is a mistake, not a question that must get no answer).
#[derive(Deserialize)]
struct RawQuery {
    text: String,
    #[serde(default, deserialize_with = "present")]
    expected: Option<Option<String>>,
    lang: Option<String>,
}

/// `Some(value)` for a key that is present, even as `null`; a missing key stays `None`.
fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(d).map(Some)
}

#[derive(Deserialize)]
struct JsonlEntry {
    id: String,
    patterns: Vec<String>,
}

fn read_jsonl<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<Vec<T>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|e| format!("{}:{}: {e}", path.display(), i + 1))
        })
        .collect()
}

/// Reads the JSON-lines form of a knowledge base (`{"id", "patterns"}` a line), its entries
/// written in `lang`.
pub fn load_jsonl_entries(path: &Path, lang: Lang) -> Result<Vec<Entry>, String> {
    let raw: Vec<JsonlEntry> = read_jsonl(path)?;
    Ok(raw
        .into_iter()
        .enumerate()
        .map(|(i, e)| {
            let source = Location {
                file: PathBuf::from(path),
                line: i + 1,
            };
            let mut entry = Entry::simple(
                e.id.clone(),
                e.patterns,
                format!("(answer for {})", e.id),
                source,
            );
            entry.lang = lang;
            entry
        })
        .collect())
}

/// Reads labelled questions (`{"text", "expected"}` a line; `expected` is an entry id, or
/// `null` for a question that must get no answer). A line without `expected` is an error
/// naming the file and line.
pub fn load_queries(path: &Path) -> Result<Vec<LabelledQuery>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            let at = || format!("{}:{}", path.display(), i + 1);
            let raw: RawQuery = serde_json::from_str(l).map_err(|e| format!("{}: {e}", at()))?;
            let expected = raw.expected.ok_or_else(|| {
                format!(
                    "{}: no `expected` key: give the entry id, or null for a question that must get no answer",
                    at()
                )
            })?;
            let lang = match raw.lang {
                None => None,
                Some(code) => Some(Lang::parse(&code).ok_or_else(|| {
                    format!("{}: `lang` is `{code}`, not a language Concierge matches", at())
                })?),
            };
            Ok(LabelledQuery {
                text: raw.text,
                expected,
                lang,
            })
        })
        .collect()
}

/// What the matcher did with one labelled question.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub expected: Option<String>,
    pub best: Option<String>,
    /// The confidence of the best entry (0 when it would never answer).
    pub score: f32,
    /// Whether the answer gate (question detection) let it through.
    pub answerable: bool,
    pub signals: Signals,
    /// The language the question was read in.
    pub read_in: Lang,
    /// The language it is written in, when labelled.
    pub lang: Option<Lang>,
}

impl Outcome {
    fn answered_at(&self, threshold: f32) -> bool {
        self.answerable && self.best.is_some() && self.score >= threshold
    }
}

/// Runs every question through the knowledge base, each read in its detected language, or
/// in `lang` when given.
pub fn run(kb: &KnowledgeBase, queries: &[LabelledQuery], lang: Option<Lang>) -> Vec<Outcome> {
    queries
        .iter()
        .map(|q| {
            let read_in = lang.unwrap_or_else(|| kb.detect(&q.text, None));
            let m = kb.best_match_as(&q.text, read_in, None, |_| true);
            let score = match &m.decision {
                Decision::Answer => m.answer.as_ref().map_or(0.0, |a| a.score),
                Decision::BelowThreshold { score, .. } => *score,
                _ => matcher_score(&m.signals),
            };
            Outcome {
                expected: q.expected.clone(),
                best: m.candidates.first().map(|c| c.id.clone()),
                score,
                answerable: !matches!(m.decision, Decision::NotAQuestion | Decision::NoCandidate),
                signals: m.signals,
                read_in,
                lang: q.lang,
            }
        })
        .collect()
}

fn matcher_score(s: &Signals) -> f32 {
    super::matcher::confidence(s)
}

/// The figures at one threshold. A ratio is `None` when nothing is counted under it (no
/// answers for precision, no in-scope questions for coverage and top-1, no out-of-scope
/// ones for their rate): it is then unknown, not 0.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figures {
    pub threshold: f32,
    /// Correct answers / all answers given.
    pub precision: Option<f64>,
    /// In-scope questions answered / all in-scope questions.
    pub coverage: Option<f64>,
    /// Out-of-scope questions answered / all out-of-scope questions.
    pub oos_answered: Option<f64>,
    /// Best entry right, ignoring the threshold, over in-scope questions.
    pub top1: Option<f64>,
    pub answers: usize,
}

/// A ratio as a percentage with one decimal (`93.9%`), or `-` when it is unknown.
pub fn percent(ratio: Option<f64>) -> String {
    ratio.map_or_else(|| "-".to_string(), |r| format!("{:.1}%", r * 100.0))
}

/// Precision, coverage and out-of-scope rate at `threshold`.
pub fn figures(outcomes: &[Outcome], threshold: f32) -> Figures {
    let (mut answers, mut correct, mut in_scope, mut in_answered, mut oos, mut oos_answered) =
        (0usize, 0usize, 0usize, 0usize, 0usize, 0usize);
    let mut top1 = 0usize;
    for o in outcomes {
        let answered = o.answered_at(threshold);
        match &o.expected {
            Some(expected) => {
                in_scope += 1;
                if o.best.as_ref() == Some(expected) {
                    top1 += 1;
                }
                if answered {
                    in_answered += 1;
                    if o.best.as_ref() == Some(expected) {
                        correct += 1;
                    }
                }
            }
            None => {
                oos += 1;
                if answered {
                    oos_answered += 1;
                }
            }
        }
        if answered {
            answers += 1;
        }
    }
    let ratio = |a: usize, b: usize| (b > 0).then(|| a as f64 / b as f64);
    Figures {
        threshold,
        precision: ratio(correct, answers),
        coverage: ratio(in_answered, in_scope),
        oos_answered: ratio(oos_answered, oos),
        top1: ratio(top1, in_scope),
        answers,
    }
}

/// The pairs (expected, given) most often answered wrongly at `threshold`, most first.
pub fn confusions(
    outcomes: &[Outcome],
    threshold: f32,
    most: usize,
) -> Vec<(String, String, usize)> {
    let mut counts: HashMap<(String, String), usize> = HashMap::new();
    for o in outcomes {
        if !o.answered_at(threshold) || o.best == o.expected {
            continue;
        }
        let expected = o
            .expected
            .clone()
            .unwrap_or_else(|| "(out of scope)".into());
        *counts
            .entry((expected, o.best.clone().unwrap_or_default()))
            .or_default() += 1;
    }
    let mut list: Vec<_> = counts.into_iter().map(|((e, g), n)| (e, g, n)).collect();
    list.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
    list.truncate(most);
    list
}
