//! Knowledge-base matching speed: bases of 100 to 100 000 entries built from real support
//! phrasings (the shipped `responses/`) with synthetic variation, queried with real
//! questions; the naive baseline (best strsim similarity over every pattern) beside it
//! where it finishes. Also prints load-and-index times. Run: `cargo bench --bench kb_match`.

mod common;

use common::{base_patterns, synthetic_entries, QUESTIONS};
use concierge::kb::files::Entry;
use concierge::kb::matcher::MAX_TRAINED_ENTRIES;
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

/// Writes `entries` as response files and times `KnowledgeBase::load`.
fn time_load(entries: &[Entry]) -> f64 {
    let dir = tempfile::tempdir().expect("temp dir");
    common::write_response_files(entries, dir.path());
    let start = Instant::now();
    let kb = KnowledgeBase::load(dir.path()).expect("synthetic base loads");
    let secs = start.elapsed().as_secs_f64();
    assert_eq!(kb.entries().len(), entries.len());
    secs
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
    for &n in &load_sizes {
        let entries = synthetic_entries(n, &bases);
        println!("  {n:>7} entries: {:.3} s", time_load(&entries));
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
