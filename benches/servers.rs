//! Knowledge bases per server: the memory and start time of a shared base of 1 000 entries
//! with 100 servers of 50 entries each (some overriding shared ids), beside the shared base
//! alone and with 1 server, so the cost of one server is visible; one server's reload; and
//! matching speed through a server's view against the shared base alone. Prints figures;
//! run: `cargo bench --bench servers`.
//!
//! Each configuration is loaded in a fresh child process (this binary again, told by
//! `SERVERS_BENCH_CHILD`), so its memory figures start from the same clean process and
//! none is left over from the loads before it.

mod common;

use common::{base_patterns, synthetic_entries, Rng};
use concierge::kb::files::Entry;
use concierge::kb::folder::server_folders;
use concierge::kb::live::{LiveKb, Part};
use concierge::kb::KnowledgeBase;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

const SHARED: usize = 1_000;
const SERVERS: usize = 100;
const PER_SERVER: usize = 50;
/// Of each server's entries, how many override a shared id.
const OVERRIDES: usize = 5;
const PATTERNS: usize = 10;
/// Entries per response file.
const PER_FILE: usize = 100;
const FIRST_GUILD: u64 = 1_000_000_000_000_000_001;
const QUESTIONS: usize = 3_000;
const RELOADS: usize = 10;
const LOADS: usize = 3;
const CHILD: &str = "SERVERS_BENCH_CHILD";

/// Resident and peak memory of this process, in MiB (Linux; `None` elsewhere).
fn memory_mib() -> Option<(f64, f64)> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let kib = |key: &str| -> Option<f64> {
        let line = status.lines().find(|l| l.starts_with(key))?;
        line.split_whitespace().nth(1)?.parse::<f64>().ok()
    };
    Some((kib("VmRSS:")? / 1024.0, kib("VmHWM:")? / 1024.0))
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs.get(xs.len() / 2).copied().unwrap_or(f64::NAN)
}

fn percentile(mut xs: Vec<f64>, p: usize) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs.get((xs.len() * p / 100).min(xs.len().saturating_sub(1)))
        .copied()
        .unwrap_or(f64::NAN)
}

/// `e` with `PATTERNS` patterns: the missing ones are its own phrasings, reworded.
fn padded(mut e: Entry) -> Entry {
    const AROUND: &[(&str, &str)] = &[
        ("anyone know ", ""),
        ("", " please"),
        ("quick question: ", ""),
        ("", " again today"),
        ("help, ", ""),
    ];
    let n = e.patterns.len();
    for k in n..PATTERNS {
        let (pre, post) = AROUND[k % AROUND.len()];
        let p = format!("{pre}{}{post}", e.patterns[k % n]);
        e.patterns.push(p);
    }
    // Pattern 0 ends with the entry's product name: a keyword and a title for half of them.
    if let Some(product) = e.patterns[0].split_whitespace().last().map(str::to_string) {
        if e.id.len().is_multiple_of(2) {
            e.title = Some(format!("About {product}"));
            e.keywords = vec![product];
        }
    }
    e
}

/// The shared entries and each server's own (distinct vocabulary: each entry has its own
/// synthetic product name, from one generator run).
fn bases() -> (Vec<Entry>, Vec<Vec<Entry>>) {
    let mut all = synthetic_entries(SHARED + SERVERS * PER_SERVER, &base_patterns()).into_iter();
    let shared: Vec<Entry> = all.by_ref().take(SHARED).map(padded).collect();
    let servers = (0..SERVERS)
        .map(|s| {
            (0..PER_SERVER)
                .map(|k| {
                    let mut e = all.next().expect("enough synthetic entries");
                    if k < OVERRIDES {
                        // The server's own answer to a shared question.
                        let over = &shared[(s * 37 + k * 101) % SHARED];
                        e.id.clone_from(&over.id);
                        e.patterns.clone_from(&over.patterns);
                    } else {
                        e.id = format!("server-{s}-entry-{k}");
                    }
                    e.answer = format!("Server {s}'s answer {k}");
                    padded(e)
                })
                .collect()
        })
        .collect();
    (shared, servers)
}

/// Writes `entries` into `dir` as `name-NN.toml` files of `PER_FILE` entries.
fn write_files(entries: &[Entry], dir: &Path, name: &str) {
    std::fs::create_dir_all(dir).expect("create folder");
    for (n, chunk) in entries.chunks(PER_FILE).enumerate() {
        let mut out = String::new();
        for e in chunk {
            let patterns: Vec<String> = e.patterns.iter().map(|p| format!("{p:?}")).collect();
            let _ = writeln!(out, "[[response]]\nid = {:?}", e.id);
            if let Some(t) = &e.title {
                let _ = writeln!(out, "title = {t:?}");
            }
            if !e.keywords.is_empty() {
                let _ = writeln!(out, "keywords = {:?}", e.keywords);
            }
            let _ = writeln!(
                out,
                "patterns = [{}]\nanswer = {:?}\n",
                patterns.join(", "),
                e.answer
            );
        }
        std::fs::write(dir.join(format!("{name}-{n:02}.toml")), out).expect("write");
    }
}

/// A pattern with small changes, as members type it: a word dropped, a typo, a greeting.
fn reworded(rng: &mut Rng, pattern: &str) -> String {
    let mut words: Vec<String> = pattern.split_whitespace().map(str::to_string).collect();
    for _ in 0..1 + rng.below(2) {
        match rng.below(4) {
            0 if words.len() > 3 => {
                let i = rng.below(words.len());
                words.remove(i);
            }
            1 | 2 => {
                let i = rng.below(words.len());
                let mut chars: Vec<char> = words[i].chars().collect();
                if chars.len() > 4 {
                    let c = 1 + rng.below(chars.len() - 2);
                    if rng.below(2) == 0 {
                        chars.remove(c);
                    } else {
                        chars.swap(c, c + 1);
                    }
                    words[i] = chars.into_iter().collect();
                }
            }
            _ => words.insert(
                0,
                rng.pick(&["hi,", "hey", "hello,", "quick q:"]).to_string(),
            ),
        }
    }
    let mut q = words.join(" ");
    if rng.below(3) == 0 {
        q.push('?');
    }
    q
}

/// Per question, µs: median, mean, 90th percentile; and how many were answered, and rightly.
struct Speed {
    median: f64,
    mean: f64,
    p90: f64,
    answered: usize,
    right: usize,
}

impl Speed {
    fn of(micros: Vec<f64>, answered: usize, right: usize) -> Speed {
        let mean = micros.iter().sum::<f64>() / micros.len() as f64;
        Speed {
            median: median(micros.clone()),
            mean,
            p90: percentile(micros, 90),
            answered,
            right,
        }
    }

    fn report(&self, key: &str, out: &mut Vec<(String, f64)>) {
        out.push((format!("{key}_median"), self.median));
        out.push((format!("{key}_mean"), self.mean));
        out.push((format!("{key}_p90"), self.p90));
        out.push((format!("{key}_answered"), self.answered as f64));
        out.push((format!("{key}_right"), self.right as f64));
    }
}

/// Times `ask` on every question (after a warm-up pass over a few).
fn time_questions(
    questions: &[(Option<u64>, String, String)],
    ask: impl Fn(Option<u64>, &str) -> Option<String>,
) -> Speed {
    for (g, q, _) in questions.iter().take(200) {
        std::hint::black_box(ask(*g, q));
    }
    let (mut answered, mut right) = (0, 0);
    let micros = questions
        .iter()
        .map(|(g, q, want)| {
            let t = Instant::now();
            let got = std::hint::black_box(ask(*g, q));
            let us = t.elapsed().as_secs_f64() * 1e6;
            if let Some(id) = got {
                answered += 1;
                right += usize::from(&id == want);
            }
            us
        })
        .collect();
    Speed::of(micros, answered, right)
}

/// The child: loads `dir`, measures, prints `key value` lines.
fn child(dir: &Path) {
    let mut out: Vec<(String, f64)> = Vec::new();
    let (rss0, _) = memory_mib().unwrap_or((f64::NAN, f64::NAN));
    let t = Instant::now();
    let live = LiveKb::load(dir).expect("the synthetic bases load");
    let mut loads = vec![t.elapsed().as_secs_f64() * 1e3];
    let (rss1, peak) = memory_mib().unwrap_or((f64::NAN, f64::NAN));
    out.push(("rss_before".into(), rss0));
    out.push(("rss_after".into(), rss1));
    out.push(("peak".into(), peak));
    for _ in 1..LOADS {
        let t = Instant::now();
        drop(std::hint::black_box(LiveKb::load(dir).expect("loads")));
        loads.push(t.elapsed().as_secs_f64() * 1e3);
    }
    out.push(("load_first_ms".into(), loads[0]));
    out.push(("load_ms".into(), median(loads)));

    let guilds: Vec<u64> = server_folders(dir).into_iter().map(|(g, _)| g).collect();
    if !guilds.is_empty() {
        let reloads = (0..RELOADS)
            .map(|i| {
                let g = guilds[i % guilds.len()];
                let t = Instant::now();
                live.reload_part(Part::Server(g)).expect("reloads");
                t.elapsed().as_secs_f64() * 1e3
            })
            .collect();
        out.push(("reload_ms".into(), median(reloads)));
    }

    // The questions: half from the asking server's own entries, half from the shared ones.
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let shared = live.current();
    let questions: Vec<(Option<u64>, String, String)> = (0..QUESTIONS)
        .map(|_| {
            let g = (!guilds.is_empty()).then(|| *rng.pick(&guilds));
            let view = g.map(|g| live.for_server(g));
            let own = view.as_ref().and_then(|v| v.own.clone());
            let e = match &own {
                Some(own) if rng.below(2) == 0 => rng.pick(own.entries()).clone(),
                _ => rng.pick(shared.entries()).clone(),
            };
            let pattern = rng.pick(&e.patterns).clone();
            let q = reworded(&mut rng, &pattern);
            (g, q, e.id)
        })
        .collect();
    if !guilds.is_empty() {
        let s = time_questions(&questions, |g, q| {
            let view = live.for_server(g.expect("a server's question"));
            view.best_match_in(q, None).answered().map(|e| e.id.clone())
        });
        s.report("server", &mut out);
        // The same questions grouped by server: how much of the cost is cold caches from
        // switching bases at every question.
        let mut grouped = questions.clone();
        grouped.sort_by_key(|(g, _, _)| *g);
        let s = time_questions(&grouped, |g, q| {
            let view = live.for_server(g.expect("a server's question"));
            view.best_match_in(q, None).answered().map(|e| e.id.clone())
        });
        s.report("grouped", &mut out);
    }
    let s = time_questions(&questions, |_, q| {
        live.current().best_match_in(q, None).answer.map(|a| a.id)
    });
    s.report("shared", &mut out);
    for (k, v) in out {
        println!("{k} {v}");
    }
}

/// Runs a child on `dir` and reads its figures.
fn run_child(dir: &Path) -> HashMap<String, f64> {
    let exe = std::env::current_exe().expect("this bench's path");
    let out = Command::new(exe)
        .env(CHILD, dir)
        .stderr(Stdio::inherit())
        .output()
        .expect("the child runs");
    assert!(out.status.success(), "the child failed: {}", out.status);
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| {
            let (k, v) = l.split_once(' ')?;
            Some((k.to_string(), v.parse().ok()?))
        })
        .collect()
}

fn main() {
    if let Some(dir) = std::env::var_os(CHILD) {
        child(Path::new(&dir));
        return;
    }
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!(
        "servers bench: shared base {SHARED} entries ({} files, {PATTERNS} patterns each); \
         servers of {PER_SERVER} entries ({OVERRIDES} override shared ids); {cores} cores",
        SHARED.div_ceil(PER_FILE)
    );
    let (rss, _) = memory_mib().unwrap_or((f64::NAN, f64::NAN));
    println!("  this process before writing the bases: RSS {rss:.1} MiB");
    let t = Instant::now();
    let (shared, servers) = bases();
    let root = tempfile::tempdir().expect("temp dir");
    let configs: [(&str, usize); 3] = [
        ("shared alone", 0),
        ("shared + 1 server", 1),
        ("shared + 100 servers", SERVERS),
    ];
    let dirs: Vec<_> = configs
        .iter()
        .enumerate()
        .map(|(i, &(_, n))| {
            let dir = root.path().join(format!("config-{i}"));
            write_files(&shared, &dir, "shared");
            for (s, entries) in servers.iter().take(n).enumerate() {
                let guild = FIRST_GUILD + u64::try_from(s).expect("a small index");
                write_files(entries, &dir.join(guild.to_string()), "own");
            }
            dir
        })
        .collect();
    println!(
        "  bases built and written in {:.2} s; each configuration loads in a fresh process \
         (load: median of {LOADS}; RSS after the first)",
        t.elapsed().as_secs_f64()
    );
    let results: Vec<HashMap<String, f64>> = dirs.iter().map(|d| run_child(d)).collect();
    // Where a server's load time goes: indexing (and training) its entries, without files.
    let index_ms = median(
        (0..5)
            .map(|_| {
                let t = Instant::now();
                let kb = KnowledgeBase::from_entries(servers[0].clone());
                let ms = t.elapsed().as_secs_f64() * 1e3;
                drop(std::hint::black_box(kb));
                ms
            })
            .collect(),
    );
    let trained = KnowledgeBase::from_entries(servers[0].clone()).has_classifier();
    let get = |r: &HashMap<String, f64>, k: &str| r.get(k).copied().unwrap_or(f64::NAN);

    println!();
    println!(
        "  {:<22} {:>10} {:>10} {:>11} {:>10} {:>9} {:>9} {:>10}",
        "configuration",
        "load ms",
        "1st load",
        "RSS before",
        "RSS after",
        "+ MiB",
        "peak",
        "reload ms"
    );
    for ((name, _), r) in configs.iter().zip(&results) {
        let reload = r
            .get("reload_ms")
            .map_or("-".to_string(), |ms| format!("{ms:.1}"));
        println!(
            "  {name:<22} {:>10.1} {:>10.1} {:>11.1} {:>10.1} {:>9.1} {:>9.1} {reload:>10}",
            get(r, "load_ms"),
            get(r, "load_first_ms"),
            get(r, "rss_before"),
            get(r, "rss_after"),
            get(r, "rss_after") - get(r, "rss_before"),
            get(r, "peak"),
        );
    }
    let grown = |r: &HashMap<String, f64>| get(r, "rss_after") - get(r, "rss_before");
    println!();
    for (i, n) in [(1usize, 1usize), (2, SERVERS)] {
        let per = n as f64;
        println!(
            "  per server (from shared + {n:>3} vs shared alone): {:6.2} MiB, {:6.1} ms to load{}",
            (grown(&results[i]) - grown(&results[0])) / per,
            (get(&results[i], "load_ms") - get(&results[0], "load_ms")) / per,
            if n == 1 {
                " (memory: one server is within RSS noise)"
            } else {
                ""
            },
        );
    }
    println!(
        "  one server's {PER_SERVER} entries indexed from memory (no files): {index_ms:.1} ms \
         (median of 5; classifier trained: {trained})"
    );
    println!();
    println!(
        "  matching, {QUESTIONS} questions (patterns reworded; with servers half from the \
         asking server's own entries, half shared), µs per question:"
    );
    println!(
        "  {:<62} {:>8} {:>8} {:>8} {:>9} {:>7}",
        "", "median", "mean", "p90", "answered", "right"
    );
    for ((name, n), r) in configs.iter().zip(&results) {
        let rows: &[(&str, &str)] = if *n == 0 {
            &[("shared", "current().best_match_in")]
        } else {
            &[
                ("server", "for_server(g).best_match_in"),
                ("grouped", "the same, questions grouped by server"),
                ("shared", "current().best_match_in (same questions)"),
            ]
        };
        for (key, what) in rows {
            println!(
                "  {:<62} {:>8.1} {:>8.1} {:>8.1} {:>9} {:>7}",
                format!("{name}: {what}"),
                get(r, &format!("{key}_median")),
                get(r, &format!("{key}_mean")),
                get(r, &format!("{key}_p90")),
                get(r, &format!("{key}_answered")),
                get(r, &format!("{key}_right")),
            );
        }
    }
}
