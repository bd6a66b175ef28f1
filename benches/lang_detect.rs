//! Language detection on short chat text (`cargo bench --bench lang_detect`): `whatlang`
//! against `lingua`, both limited to the shipped languages, on every question and pattern of
//! the hand-written per-language knowledge bases (`data/kb-eval-languages/<lang>/`: 200
//! messages a language, most of them 3 to 15 words of Discord chat). Prints accuracy per
//! language and by length, how often each gives no answer, and the time per message; the
//! matcher uses the winner (see docs/languages.md). Then what languages cost the matcher:
//! loading the six-language evaluation base and a question's time, detection included,
//! against the English base alone. No harness: tables.

use std::time::Instant;

const LANGS: [(&str, whatlang::Lang, lingua::Language); 6] = [
    ("en", whatlang::Lang::Eng, lingua::Language::English),
    ("de", whatlang::Lang::Deu, lingua::Language::German),
    ("fr", whatlang::Lang::Fra, lingua::Language::French),
    ("es", whatlang::Lang::Spa, lingua::Language::Spanish),
    ("pt-BR", whatlang::Lang::Por, lingua::Language::Portuguese),
    ("ru", whatlang::Lang::Rus, lingua::Language::Russian),
];

/// Every message of `lang`'s set: its questions and its entries' patterns.
fn messages(lang: &str) -> Vec<String> {
    let dir = format!(
        "{}/data/kb-eval-languages/{lang}",
        env!("CARGO_MANIFEST_DIR")
    );
    let mut out = Vec::new();
    for line in std::fs::read_to_string(format!("{dir}/queries.jsonl"))
        .expect("questions")
        .lines()
        .filter(|l| !l.trim().is_empty())
    {
        let v: serde_json::Value = serde_json::from_str(line).expect("a question");
        out.push(v["text"].as_str().unwrap().to_string());
    }
    for line in std::fs::read_to_string(format!("{dir}/kb.jsonl"))
        .expect("entries")
        .lines()
        .filter(|l| !l.trim().is_empty())
    {
        let v: serde_json::Value = serde_json::from_str(line).expect("an entry");
        for p in v["patterns"].as_array().unwrap() {
            out.push(p.as_str().unwrap().to_string());
        }
    }
    out
}

#[derive(Default)]
struct Tally {
    right: usize,
    none: usize,
    total: usize,
    short_right: usize,
    short_total: usize,
    nanos: u128,
}

impl Tally {
    fn add(&mut self, words: usize, got: Option<usize>, want: usize, nanos: u128) {
        self.total += 1;
        self.nanos += nanos;
        let right = got == Some(want);
        self.right += usize::from(right);
        self.none += usize::from(got.is_none());
        if words <= 4 {
            self.short_total += 1;
            self.short_right += usize::from(right);
        }
    }

    fn row(&self) -> String {
        let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
        format!(
            "{:>6.1} % {:>9.1} % ({:>3}) {:>6.1} % {:>8.1} µs",
            pct(self.right, self.total),
            pct(self.short_right, self.short_total),
            self.short_total,
            pct(self.none, self.total),
            self.nanos as f64 / self.total.max(1) as f64 / 1000.0
        )
    }
}

fn main() {
    let whatlang = whatlang::Detector::with_allowlist(LANGS.iter().map(|l| l.1).collect());
    let start = Instant::now();
    let lingua = lingua::LanguageDetectorBuilder::from_languages(
        &LANGS.iter().map(|l| l.2).collect::<Vec<_>>(),
    )
    .with_preloaded_language_models()
    .build();
    let lingua_load = start.elapsed();

    let mut w_all = Tally::default();
    let mut l_all = Tally::default();
    let mut rows = Vec::new();
    for (want, (code, _, _)) in LANGS.iter().enumerate() {
        let (mut w, mut l) = (Tally::default(), Tally::default());
        for text in messages(code) {
            let words = text.split_whitespace().count();
            let t = Instant::now();
            let got = whatlang
                .detect(&text)
                .and_then(|i| LANGS.iter().position(|x| x.1 == i.lang()));
            let nanos = t.elapsed().as_nanos();
            w.add(words, got, want, nanos);
            w_all.add(words, got, want, nanos);
            let t = Instant::now();
            let got = lingua
                .detect_language_of(&text)
                .and_then(|lang| LANGS.iter().position(|x| x.2 == lang));
            let nanos = t.elapsed().as_nanos();
            l.add(words, got, want, nanos);
            l_all.add(words, got, want, nanos);
        }
        rows.push((code, w, l));
    }
    println!("language detection on short chat text, limited to the 6 shipped languages");
    println!(
        "lingua's models loaded in {:.0} ms",
        lingua_load.as_secs_f64() * 1000.0
    );
    println!(
        "{:<6} {:<9} {:>8} {:>18} {:>8} {:>11}",
        "lang", "detector", "right", "right (≤4 words)", "none", "per message"
    );
    for (code, w, l) in &rows {
        println!("{code:<6} whatlang  {}", w.row());
        println!("{code:<6} lingua    {}", l.row());
    }
    println!("all    whatlang  {}", w_all.row());
    println!("all    lingua    {}", l_all.row());
    knowledge_base();
}

/// What languages cost the matcher: loading the six-language evaluation base against the
/// English one alone, and a question's time (detection and matching) in each.
fn knowledge_base() {
    use concierge::kb::KnowledgeBase;
    let data = format!("{}/data/kb-eval-languages", env!("CARGO_MANIFEST_DIR"));
    let questions: Vec<String> =
        std::fs::read_to_string(format!("{data}/multilingual/queries.jsonl"))
            .expect("the labelled questions (python3 multilingual.py)")
            .lines()
            .map(|l| {
                serde_json::from_str::<serde_json::Value>(l).expect("a question")["text"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect();
    let english = concierge::kb::eval::load_jsonl_entries(
        std::path::Path::new(&format!("{data}/en/kb.jsonl")),
        concierge::i18n::Lang::En,
    )
    .expect("the English base");
    println!(
        "\nthe matcher, {} questions in six languages",
        questions.len()
    );
    println!(
        "{:<28} {:>9} {:>14} {:>14}",
        "knowledge base", "load", "per question", "p90 question"
    );
    let run = |name: &str, load: &dyn Fn() -> KnowledgeBase| {
        let t = Instant::now();
        let kb = load();
        let loaded = t.elapsed();
        // Once to warm (lingua loads a language's models on first use), then timed.
        for q in &questions {
            std::hint::black_box(kb.best_match(q));
        }
        let mut times: Vec<u128> = questions
            .iter()
            .map(|q| {
                let t = Instant::now();
                std::hint::black_box(kb.best_match(q));
                t.elapsed().as_nanos()
            })
            .collect();
        times.sort_unstable();
        let median = times[times.len() / 2] as f64 / 1000.0;
        let p90 = times[times.len() * 9 / 10] as f64 / 1000.0;
        println!(
            "{name:<28} {:>6.1} ms {:>11.0} µs {:>11.0} µs",
            loaded.as_secs_f64() * 1000.0,
            median,
            p90
        );
    };
    run("English only (20 entries)", &|| {
        KnowledgeBase::from_entries(english.clone())
    });
    run("six languages (20 entries)", &|| {
        KnowledgeBase::load(std::path::Path::new(&format!(
            "{data}/multilingual/responses"
        )))
        .unwrap_or_else(|p| panic!("{p:?}"))
    });
}
