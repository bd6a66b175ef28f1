//! Knowledge-base matching speed: bases of 100 to 100 000 entries built from real support
//! phrasings (the shipped `responses/`) with synthetic variation, queried with real
//! questions; the naive baseline (best strsim similarity over every pattern) beside it
//! where it finishes. Also prints load-and-index times, at the edges of the training budget
//! too. Run: `cargo bench --bench kb_match` (`KB_BENCH_LOAD_ONLY=1`: the load times only).

mod common;

use common::{base_patterns, synthetic_entries, QUESTIONS};
use concierge::kb::files::Entry;
use concierge::kb::matcher::{training_text_bytes, MAX_TRAINED_ENTRIES, MAX_TRAINED_TEXT_BYTES};
use concierge::kb::{text, KnowledgeBase};
use criterion::{black_box, BenchmarkId, Criterion};
use std::time::Instant;

/// The naive baseline: normalised Levenshtein similarity against every pattern.
fn naive_best(patterns: &[(usize, String)], question: &str) -> (usize, f64) {
    let q = text::normalize(question);
    patterns
        .iter()
        .map(|(i, p)| (*i, strsim::normalized_levenshtein(&q, p)))
        .fold((0, -1.0), |best, x| if x.1 > best.1 { x } else { best })
}

/// Writes `entries` as response files and times `KnowledgeBase::load`; also says whether the
/// classifier was trained.
fn time_load(entries: &[Entry]) -> (f64, bool) {
    let dir = tempfile::tempdir().expect("temp dir");
    common::write_response_files(entries, dir.path());
    let start = Instant::now();
    let kb = KnowledgeBase::load(dir.path()).expect("synthetic base loads");
    let secs = start.elapsed().as_secs_f64();
    assert_eq!(kb.entries().len(), entries.len());
    (secs, kb.has_classifier())
}

/// `n` entries of `patterns` patterns of `words` words each: heavy bases, to find the edges
/// of the training budget.
fn heavy_entries(n: usize, patterns: usize, words: usize, bases: &[Vec<String>]) -> Vec<Entry> {
    let mut out = synthetic_entries(n, bases);
    for (i, e) in out.iter_mut().enumerate() {
        let seed: Vec<&str> = e.patterns[0].split_whitespace().collect();
        e.patterns = (0..patterns)
            .map(|k| {
                (0..words)
                    .map(|w| {
                        let s = seed[(w + k) % seed.len()];
                        if w % 5 == 4 {
                            format!("{s}{}", (i * 31 + k * 7 + w) % 97)
                        } else {
                            s.to_string()
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
    }
    out
}

fn main() {
    let bases = base_patterns();
    let sizes = [100usize, 1_000, 10_000, 100_000];
    // Around the cut between the trained and the BM25-only path, where load time matters.
    let load_sizes = [100usize, 1_000, 1_500, 2_000, 3_000, 10_000, 100_000];
    let mut criterion = Criterion::default()
        .configure_from_args()
        .sample_size(20)
        .warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(2));
    println!(
        "load + index (files parsed, validated, indexed, classifier trained when <= {} entries):",
        MAX_TRAINED_ENTRIES
    );
    let path = |trained: bool| if trained { "classifier" } else { "BM25 only" };
    for &n in &load_sizes {
        let entries = synthetic_entries(n, &bases);
        let (secs, trained) = time_load(&entries);
        println!(
            "  {n:>7} entries, {:>9} bytes of patterns: {secs:.3} s ({})",
            training_text_bytes(&entries),
            path(trained)
        );
    }
    println!(
        "heavy bases (the training budget: <= {MAX_TRAINED_ENTRIES} entries and <= {MAX_TRAINED_TEXT_BYTES} bytes of patterns):"
    );
    // (entries, patterns each, words each): at the entry cut, at the text budget from both
    // sides, and the base that once took 234 s.
    let heavy = [
        (1_500, 12, 6),
        (1_500, 15, 6),
        (300, 45, 8),
        (300, 50, 8),
        (90, 60, 20),
        (100, 60, 20),
        (1_500, 60, 30),
    ];
    for (n, p, w) in heavy {
        let entries = heavy_entries(n, p, w, &bases);
        let bytes = training_text_bytes(&entries);
        let (secs, trained) = time_load(&entries);
        println!(
            "  {n:>5} entries x {p:>2} patterns x {w:>2} words ({bytes:>9} bytes): {secs:.3} s ({})",
            path(trained)
        );
    }
    if std::env::var_os("KB_BENCH_LOAD_ONLY").is_some() {
        return;
    }
    let mut group = criterion.benchmark_group("kb_match");
    for &n in &sizes {
        let kb = KnowledgeBase::from_entries(synthetic_entries(n, &bases));
        let mut next = 0usize;
        group.bench_with_input(BenchmarkId::new("index", n), &kb, |b, kb| {
            b.iter(|| {
                next = (next + 1) % QUESTIONS.len();
                black_box(kb.best_match(QUESTIONS[next]))
            })
        });
        if n <= 10_000 {
            let patterns: Vec<(usize, String)> = kb
                .entries()
                .iter()
                .enumerate()
                .flat_map(|(i, e)| e.patterns.iter().map(move |p| (i, text::normalize(p))))
                .collect();
            group.bench_with_input(BenchmarkId::new("naive_strsim", n), &patterns, |b, ps| {
                b.iter(|| {
                    next = (next + 1) % QUESTIONS.len();
                    black_box(naive_best(ps, QUESTIONS[next]))
                })
            });
        }
    }
    group.finish();
    criterion.final_summary();
}
