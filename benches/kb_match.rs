//! Knowledge-base matching speed: bases of 100 to 100 000 entries built from real support
//! phrasings (the shipped `responses/`) with synthetic variation, queried with real
//! questions; the naive baseline (best strsim similarity over every pattern) beside it
//! where it finishes. Also prints load-and-index times. Run: `cargo bench --bench kb_match`.

use concierge::kb::files::{Entry, Location};
use concierge::kb::{text, KnowledgeBase};
use criterion::{black_box, BenchmarkId, Criterion};
use std::path::{Path, PathBuf};
use std::time::Instant;

const QUESTIONS: &[&str] = &[
    "how do i reset my password",
    "i forgot my pasword and cant log in",
    "can i get a refund for last month",
    "how do I cancel my subscription",
    "the installer fails with an error on windows",
    "where do i report a bug",
    "is the service down right now?",
    "how do i get the verified role",
    "can someone from the team help me",
    "what are the server rules",
    "my payment failed what do i do",
    "how to update to the latest version",
    "i want to request a new feature",
    "how do i change my email address",
    "lost my phone with the 2fa app",
    "thanks for the help!",
];

/// A small deterministic generator (xorshift), so every run builds the same bases.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next() % items.len() as u64) as usize]
    }
}

/// A made-up product or feature name: gives each synthetic entry its own rare words,
/// as a real large knowledge base has.
fn word(rng: &mut Rng) -> String {
    const SYL: &[&str] = &[
        "ka", "lo", "mi", "ra", "ven", "tor", "ex", "sil", "dra", "po", "qua", "zen", "bri", "mon",
        "tex", "lu", "gra", "phi", "nor", "cal",
    ];
    (0..2 + rng.next() % 2).map(|_| *rng.pick(SYL)).collect()
}

fn base_patterns() -> Vec<Vec<String>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("responses");
    let kb = KnowledgeBase::load(&dir).expect("the shipped responses load");
    kb.entries().iter().map(|e| e.patterns.clone()).collect()
}

/// `n` entries: each takes a real entry's phrasings, a few rewritten around a synthetic
/// product name, with 5 to 10 patterns.
fn synthetic_entries(n: usize, bases: &[Vec<String>]) -> Vec<Entry> {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    (0..n)
        .map(|i| {
            let base = &bases[i % bases.len()];
            let product = word(&mut rng);
            let extra = word(&mut rng);
            let count = 5 + (rng.next() % 6) as usize;
            let patterns = (0..count)
                .map(|k| {
                    let p = &base[k % base.len()];
                    match k % 3 {
                        0 => format!("{p} in {product}"),
                        1 => format!("{product} {extra}: {p}"),
                        _ => format!("{p} with the {extra} {product} plugin"),
                    }
                })
                .collect();
            let source = Location {
                file: PathBuf::from("synthetic.toml"),
                line: i + 1,
            };
            Entry::simple(
                format!("entry-{i}"),
                patterns,
                format!("Answer {i}"),
                source,
            )
        })
        .collect()
}

/// The naive baseline: normalised Levenshtein similarity against every pattern.
fn naive_best(patterns: &[(usize, String)], question: &str) -> (usize, f64) {
    let q = text::normalize(question);
    patterns
        .iter()
        .map(|(i, p)| (*i, strsim::normalized_levenshtein(&q, p)))
        .fold((0, -1.0), |best, x| if x.1 > best.1 { x } else { best })
}

/// Writes `entries` as response files (1 000 entries a file) and times `KnowledgeBase::load`.
fn time_load(entries: &[Entry]) -> f64 {
    let dir = tempfile::tempdir().expect("temp dir");
    for (f, chunk) in entries.chunks(1000).enumerate() {
        let mut out = String::new();
        for e in chunk {
            let patterns: Vec<String> = e.patterns.iter().map(|p| format!("{p:?}")).collect();
            out += &format!(
                "[[response]]\nid = \"{}\"\npatterns = [{}]\nanswer = \"{}\"\n\n",
                e.id,
                patterns.join(", "),
                e.answer
            );
        }
        std::fs::write(dir.path().join(format!("part-{f:03}.toml")), out).expect("write");
    }
    let start = Instant::now();
    let kb = KnowledgeBase::load(dir.path()).expect("synthetic base loads");
    let secs = start.elapsed().as_secs_f64();
    assert_eq!(kb.entries().len(), entries.len());
    secs
}

fn main() {
    let bases = base_patterns();
    let sizes = [100usize, 1_000, 10_000, 100_000];
    let mut criterion = Criterion::default()
        .configure_from_args()
        .sample_size(20)
        .warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(2));
    println!("load + index (files parsed, validated, indexed, classifier trained when <= 5 000 entries):");
    for &n in &sizes {
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
