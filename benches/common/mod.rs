//! Synthetic knowledge bases for the benches: real support phrasings (the shipped
//! `responses/`) with synthetic variation, the questions to ask them, and response files
//! written from them; [`seed`]: large support desks in the database, for the store and web
//! benches.
#![allow(dead_code)]

pub mod seed;

/// The runtime of a bench that times a database: two workers, as the target machine has.
/// `None` (and a line saying how to get figures) when `cargo test --benches` runs it
/// without `--bench`: then it stays quick.
pub fn database_bench_runtime(name: &str) -> Option<tokio::runtime::Runtime> {
    if !std::env::args().any(|a| a == "--bench") {
        println!("{name} bench: run with `cargo bench --bench {name}` for figures");
        return None;
    }
    Some(
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime"),
    )
}

use concierge::kb::files::{Entry, Location};
use concierge::kb::KnowledgeBase;
use std::path::{Path, PathBuf};

/// Real questions (one chit-chat) asked of every base.
pub const QUESTIONS: &[&str] = &[
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
pub struct Rng(pub u64);
impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    /// A number below `n` (`n` must not be 0).
    // The remainder is below `n`, a `usize`.
    #[allow(clippy::cast_possible_truncation)]
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// A made-up product or feature name: gives each synthetic entry its own rare words,
/// as a real large knowledge base has.
pub fn word(rng: &mut Rng) -> String {
    const SYL: &[&str] = &[
        "ka", "lo", "mi", "ra", "ven", "tor", "ex", "sil", "dra", "po", "qua", "zen", "bri", "mon",
        "tex", "lu", "gra", "phi", "nor", "cal",
    ];
    (0..2 + rng.next() % 2).map(|_| *rng.pick(SYL)).collect()
}

pub fn base_patterns() -> Vec<Vec<String>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("responses");
    let kb = KnowledgeBase::load(&dir).expect("the shipped responses load");
    kb.entries().iter().map(|e| e.patterns.clone()).collect()
}

/// `n` entries: each takes a real entry's phrasings, a few rewritten around a synthetic
/// product name, with 5 to 10 patterns.
pub fn synthetic_entries(n: usize, bases: &[Vec<String>]) -> Vec<Entry> {
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

/// Writes `entries` as response files into `dir`: a new file every 1 000 entries or 4 MB
/// (under the 8 MB a file may hold).
pub fn write_response_files(entries: &[Entry], dir: &Path) {
    let mut out = String::new();
    let (mut file, mut in_file) = (0usize, 0usize);
    let flush = |out: &mut String, file: &mut usize| {
        if !out.is_empty() {
            std::fs::write(dir.join(format!("part-{file:03}.toml")), &*out).expect("write");
            out.clear();
            *file += 1;
        }
    };
    for e in entries {
        let patterns: Vec<String> = e.patterns.iter().map(|p| format!("{p:?}")).collect();
        out += &format!(
            "[[response]]\nid = \"{}\"\npatterns = [{}]\nanswer = \"{}\"\n\n",
            e.id,
            patterns.join(", "),
            e.answer
        );
        in_file += 1;
        if in_file == 1000 || out.len() > 4 * 1024 * 1024 {
            flush(&mut out, &mut file);
            in_file = 0;
        }
    }
    flush(&mut out, &mut file);
}
