//! `concierge kb ...`: moderators' tools for the response files (check, match, eval).

use crate::config;
use crate::i18n::Lang;
use crate::kb::{self, eval, KnowledgeBase, Match, MatchParams};
use anyhow::{bail, Context};
use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// The `kb` verbs.
#[derive(clap::Subcommand)]
pub enum KbCommand {
    /// Validate the response files: a summary, or every problem as `file:line: message`.
    Check {
        /// The responses folder (default: RESPONSES_DIR, else ./responses).
        #[arg(long)]
        responses: Option<PathBuf>,
    },
    /// Show what the bot would answer to questions (TEXT, or one a line from stdin).
    Match {
        #[arg(long)]
        responses: Option<PathBuf>,
        /// One JSON object a line: {"text", "answer": {"id","score"}|null, "candidates": [...],
        /// "lang"}.
        #[arg(long)]
        json: bool,
        /// Read the questions in this language (en, de, fr, es, pt-BR, ru) instead of
        /// detecting it among the base's languages.
        #[arg(long, value_parser = parse_lang)]
        lang: Option<Lang>,
        /// The question (words are joined); none: read questions from stdin.
        text: Vec<String>,
    },
    /// Knowledge gaps: questions nobody answered that turned into tickets (write these next).
    Gaps {
        /// How many days back.
        #[arg(long, default_value_t = 30)]
        days: u32,
        /// At most this many questions.
        #[arg(long, default_value_t = 50)]
        limit: u32,
        /// The server (default: GUILD_ID; needed when the database holds several).
        #[arg(long, env = "GUILD_ID")]
        guild: Option<u64>,
        /// The database (default: DATABASE_URL, else sqlite://concierge.db).
        #[arg(long)]
        database_url: Option<String>,
    },
    /// Measure precision, coverage and out-of-scope answers on labelled questions.
    Eval {
        #[arg(long, conflicts_with = "kb")]
        responses: Option<PathBuf>,
        /// A knowledge base in JSON lines ({"id", "patterns"} a line) instead of TOML files
        /// (written in --lang, else English).
        #[arg(long)]
        kb: Option<PathBuf>,
        /// Read every question in this language (en, de, fr, es, pt-BR, ru) instead of
        /// detecting it among the base's languages. Questions labelled `"lang"` are also
        /// reported language by language.
        #[arg(long, value_parser = parse_lang)]
        lang: Option<Lang>,
        /// Labelled questions: {"text", "expected": "<id>" | null} a line.
        #[arg(long)]
        queries: PathBuf,
        /// Threshold to report at (default: the configured one).
        #[arg(long)]
        threshold: Option<f32>,
        /// Leave the classifier out and match by BM25, keywords and regexes alone, as
        /// knowledge bases over 1 500 entries are (to see how a base would fare once it
        /// grows past that).
        #[arg(long)]
        no_classifier: bool,
        /// Also write each question's signals as JSON lines to this file (for tuning).
        #[arg(long, hide = true)]
        signals: Option<PathBuf>,
    },
}

/// A `--lang` value: a language the matcher reads.
pub(crate) fn parse_lang(code: &str) -> Result<Lang, String> {
    Lang::parse(code).ok_or_else(|| {
        let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        format!(
            "`{code}` is not a language Concierge matches; use one of: {}",
            codes.join(", ")
        )
    })
}

/// Runs one `kb` verb.
pub fn run(cmd: KbCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        KbCommand::Check { responses } => check(config::responses_dir(responses)),
        KbCommand::Match {
            responses,
            json,
            lang,
            text,
        } => {
            let kb = load(config::responses_dir(responses))?;
            if let Some(l) = lang.filter(|l| !kb.languages().contains(l)) {
                bail!(
                    "the knowledge base has no {l} text (its languages: {})",
                    codes(&kb)
                );
            }
            quiet_broken_pipe(match_questions(&kb, json, lang, text))
        }
        KbCommand::Gaps {
            days,
            limit,
            guild,
            database_url,
        } => gaps(days, limit, guild, database_url),
        KbCommand::Eval {
            responses,
            kb,
            queries,
            threshold,
            no_classifier,
            signals,
            lang,
        } => {
            let entries = match kb {
                Some(path) => eval::load_jsonl_entries(&path, lang.unwrap_or(Lang::En))
                    .map_err(anyhow::Error::msg)?,
                None => load_entries(config::responses_dir(responses))?,
            };
            let params = MatchParams {
                classifier: !no_classifier,
                ..MatchParams::default()
            };
            let base = KnowledgeBase::with_params(entries, params);
            if let Some(l) = lang.filter(|l| !base.languages().contains(l)) {
                bail!(
                    "the knowledge base has no {l} text (its languages: {})",
                    codes(&base)
                );
            }
            let queries = eval::load_queries(&queries).map_err(anyhow::Error::msg)?;
            evaluate(&base, &queries, lang, threshold, signals)
        }
    }
}

/// Loads a knowledge base, or fails listing every problem.
pub fn load(dir: PathBuf) -> anyhow::Result<KnowledgeBase> {
    Ok(KnowledgeBase::from_entries(load_entries(dir)?))
}

/// Reads and validates the response files, or fails listing every problem.
fn load_entries(dir: PathBuf) -> anyhow::Result<Vec<kb::Entry>> {
    kb::files::load_dir(&dir).map_err(|problems| {
        // The folder itself is missing (or not a folder): that one line says it all.
        if let [p] = problems.as_slice() {
            if p.at.file == dir && p.at.line == 0 {
                return anyhow::anyhow!("{p}");
            }
        }
        let list: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        anyhow::anyhow!(
            "the responses in {} have {} problem(s):\n{}",
            dir.display(),
            problems.len(),
            list.join("\n")
        )
    })
}

fn gaps(
    days: u32,
    limit: u32,
    guild: Option<u64>,
    database_url: Option<String>,
) -> anyhow::Result<ExitCode> {
    let gaps = super::database::runtime()?.block_on(async {
        let store = super::database::open(database_url).await?;
        let desk = crate::desk::Desk::new(store.clone(), Default::default());
        let guild = super::database::pick_guild(&desk, guild).await?;
        let since = chrono::Utc::now() - chrono::Duration::days(days as i64);
        let gaps = store.knowledge_gaps(guild, since, limit as i64).await;
        store.close().await;
        anyhow::Ok(gaps?)
    })?;
    if gaps.is_empty() {
        println!("no knowledge gaps in the last {days} days");
    }
    for g in gaps {
        println!(
            "{}  ticket {}  channel {}  {}",
            g.at.format("%Y-%m-%d %H:%M"),
            g.ticket.0,
            g.channel.0,
            g.text.replace('\n', " ")
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn check(dir: PathBuf) -> anyhow::Result<ExitCode> {
    match kb::files::load_dir(&dir) {
        Ok(entries) => {
            let mut files: Vec<_> = entries.iter().map(|e| &e.source.file).collect();
            files.sort();
            files.dedup();
            let patterns: usize = entries.iter().map(|e| e.patterns.len()).sum();
            println!(
                "ok: {} entries, {} patterns, {} files in {}",
                entries.len(),
                patterns,
                files.len(),
                dir.display()
            );
            if let Some(line) = languages_line(&entries) {
                println!("{line}");
            }
            let bytes = kb::matcher::training_text_bytes(&entries);
            if kb::matcher::trains_classifier(&entries) {
                println!("matching: classifier + BM25 ({bytes} bytes of patterns)");
            } else if entries.len() >= 2 {
                println!(
                    "matching: BM25 only (over the training budget of {} entries and {} bytes of patterns: {} entries, {bytes} bytes)",
                    kb::matcher::MAX_TRAINED_ENTRIES,
                    kb::matcher::MAX_TRAINED_TEXT_BYTES,
                    entries.len()
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(problems) => {
            for p in &problems {
                println!("{p}");
            }
            eprintln!("{} problem(s) in {}", problems.len(), dir.display());
            Ok(ExitCode::from(1))
        }
    }
}

/// "languages: en 20 entries; de 20 with patterns, 18 with answers; ..." for a base whose
/// entries come in more than one language (`None` for one language).
fn languages_line(entries: &[kb::Entry]) -> Option<String> {
    let mut parts = Vec::new();
    for lang in Lang::ALL {
        let own = entries.iter().filter(|e| e.lang == lang).count();
        let translated: Vec<&kb::Translation> =
            entries.iter().filter_map(|e| e.translation(lang)).collect();
        if own == 0 && translated.is_empty() {
            continue;
        }
        let mut part = format!("{lang}");
        if own > 0 {
            part += &format!(" {own} entries");
        }
        if !translated.is_empty() {
            let patterns = translated.iter().filter(|t| !t.patterns.is_empty()).count();
            let answers = translated.iter().filter(|t| t.answer.is_some()).count();
            part += &format!(
                "{}{patterns} translated with patterns, {answers} with answers",
                if own > 0 { ", " } else { " " }
            );
        }
        parts.push(part);
    }
    (parts.len() > 1).then(|| format!("languages: {}", parts.join("; ")))
}

/// A base's languages, as `en, de`.
fn codes(kb: &KnowledgeBase) -> String {
    let codes: Vec<&str> = kb.languages().iter().map(|l| l.code()).collect();
    codes.join(", ")
}

fn match_questions(
    kb: &KnowledgeBase,
    json: bool,
    lang: Option<Lang>,
    text: Vec<String>,
) -> anyhow::Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    let one = |q: &str, out: &mut dyn Write| -> anyhow::Result<()> {
        let read_in = lang.unwrap_or_else(|| kb.detect(q, None));
        let m = kb.best_match_as(q, read_in, None, |_| true);
        if json {
            writeln!(out, "{}", match_json(q, &m))?;
        } else {
            writeln!(out, "{}", kb::explain::explain(kb, q, &m, Lang::En))?;
        }
        Ok(())
    };
    if !text.is_empty() {
        one(&text.join(" "), &mut out)?;
        return Ok(ExitCode::SUCCESS);
    }
    // Line by line as bytes: one line that is not UTF-8 is reported and skipped, the rest
    // still run; the exit code says some were skipped.
    let mut skipped = 0usize;
    for (n, line) in std::io::stdin().lock().split(b'\n').enumerate() {
        let line = line.context("reading questions from stdin")?;
        match std::str::from_utf8(&line) {
            Ok(q) => {
                let q = q.trim_end_matches('\r');
                if !q.trim().is_empty() {
                    one(q, &mut out)?;
                }
            }
            Err(e) => {
                skipped += 1;
                eprintln!(
                    "stdin:{}: not UTF-8 (invalid byte at column {}); skipped",
                    n + 1,
                    e.valid_up_to() + 1
                );
            }
        }
    }
    Ok(if skipped == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// A closed pipe (`kb match ... | head`) ends the output quietly rather than as an error.
fn quiet_broken_pipe(result: anyhow::Result<ExitCode>) -> anyhow::Result<ExitCode> {
    match result {
        Err(e)
            if e.downcast_ref::<std::io::Error>()
                .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe) =>
        {
            Ok(ExitCode::SUCCESS)
        }
        other => other,
    }
}

/// The `--json` form of a match (a contract other tools rely on).
pub fn match_json(text: &str, m: &Match) -> serde_json::Value {
    let round = |s: f32| (s as f64 * 1000.0).round() / 1000.0;
    serde_json::json!({
        "text": text,
        "answer": m.answer.as_ref().map(|a| serde_json::json!({"id": a.id, "score": round(a.score)})),
        "candidates": m.candidates.iter().map(|c| serde_json::json!({"id": c.id, "score": round(c.score)})).collect::<Vec<_>>(),
        "lang": m.lang.code(),
    })
}

fn evaluate(
    kb: &KnowledgeBase,
    queries: &[eval::LabelledQuery],
    lang: Option<Lang>,
    threshold: Option<f32>,
    signals: Option<PathBuf>,
) -> anyhow::Result<ExitCode> {
    if queries.is_empty() {
        bail!("no labelled questions to evaluate");
    }
    let outcomes = eval::run(kb, queries, lang);
    if let Some(path) = signals {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&path)?);
        for o in &outcomes {
            let s = &o.signals;
            writeln!(
                f,
                "{}",
                serde_json::json!({"expected": o.expected, "best": o.best, "answerable": o.answerable,
                    "p1": s.p1, "p2": s.p2, "bm25": s.bm25, "bm25_2": s.bm25_2, "known": s.known_share, "words": s.words,
                    "regex": s.regex_hit, "keywords": s.keyword_hits, "score": o.score})
            )?;
        }
    }
    use std::fmt::Write as _;
    let mut r = String::new();
    let threshold = threshold.unwrap_or(kb.params().threshold);
    let f = eval::figures(&outcomes, threshold);
    let in_scope = queries.iter().filter(|q| q.expected.is_some()).count();
    let _ = writeln!(
        r,
        "{} entries, {} questions ({} in scope, {} out of scope)",
        kb.entries().len(),
        queries.len(),
        in_scope,
        queries.len() - in_scope
    );
    let _ = writeln!(r, "top-1 (no threshold): {}", eval::percent(f.top1));
    let _ = writeln!(
        r,
        "at threshold {:.2}: precision {}  coverage {}  out-of-scope answered {}  ({} answers)",
        threshold,
        eval::percent(f.precision),
        eval::percent(f.coverage),
        eval::percent(f.oos_answered),
        f.answers
    );
    let _ = writeln!(r, "\nthreshold  precision  coverage  oos-answered");
    for step in 0..=19 {
        let t = step as f32 * 0.05;
        let g = eval::figures(&outcomes, t);
        let _ = writeln!(
            r,
            "  {:.2}      {:>6}     {:>6}     {:>6}",
            t,
            eval::percent(g.precision),
            eval::percent(g.coverage),
            eval::percent(g.oos_answered)
        );
    }
    r += &by_language(&outcomes, threshold);
    let confused = eval::confusions(&outcomes, threshold, 10);
    if !confused.is_empty() {
        let _ = writeln!(
            r,
            "\nmost confused at {threshold:.2} (expected -> answered: count)"
        );
        for (expected, given, n) in confused {
            let _ = writeln!(r, "  {expected} -> {given}: {n}");
        }
    }
    emit(&r)?;
    Ok(ExitCode::SUCCESS)
}

/// The figures of each labelled language at `threshold`, with how often its questions were
/// read in it (empty when no question is labelled).
fn by_language(outcomes: &[eval::Outcome], threshold: f32) -> String {
    use std::fmt::Write as _;
    let mut r = String::new();
    let langs: Vec<Lang> = Lang::ALL
        .into_iter()
        .filter(|l| outcomes.iter().any(|o| o.lang == Some(*l)))
        .collect();
    if langs.is_empty() {
        return r;
    }
    let _ = writeln!(
        r,
        "\nby language at {threshold:.2}:\nlang   questions  read-in-it  top-1   precision  coverage  oos-answered"
    );
    for l in langs {
        let mine: Vec<eval::Outcome> = outcomes
            .iter()
            .filter(|o| o.lang == Some(l))
            .cloned()
            .collect();
        let read = mine.iter().filter(|o| o.read_in == l).count() as f64 / mine.len() as f64;
        let g = eval::figures(&mine, threshold);
        let _ = writeln!(
            r,
            "{:<6} {:>9}  {:>10}  {:>6}  {:>9}  {:>8}  {:>12}",
            l.code(),
            mine.len(),
            eval::percent(Some(read)),
            eval::percent(g.top1),
            eval::percent(g.precision),
            eval::percent(g.coverage),
            eval::percent(g.oos_answered)
        );
    }
    r
}

/// Writes a report to stdout; a closed pipe (`| head`) is not an error.
fn emit(report: &str) -> anyhow::Result<()> {
    match std::io::stdout().lock().write_all(report.as_bytes()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}
