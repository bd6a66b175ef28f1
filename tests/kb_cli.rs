//! The `concierge kb` command-line contract: exit codes, `file:line: message` problems,
//! and the `--json` shape of `kb match`.

use std::process::Command;

fn concierge(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_concierge"))
        .args(args)
        .env_remove("RESPONSES_DIR")
        .env("RUST_LOG", "warn")
        .output()
        .expect("run concierge");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const KB: &str = "[[response]]\nid = \"reset-password\"\npatterns = [\"how do I reset my password\", \"forgot my password\"]\nanswer = \"Use the link.\"\n\n[[response]]\nid = \"refund\"\npatterns = [\"can I get a refund\", \"I want my money back\"]\nanswer = \"14 days.\"\n";

#[test]
fn check_match_and_eval_speak_of_languages() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_str().unwrap();
    let kb = format!(
        "{KB}\n[response.lang.fr]\npatterns = [\"je veux être remboursé\", \"comment obtenir un remboursement\"]\nanswer = \"14 jours.\"\n"
    );
    std::fs::write(dir.path().join("a.toml"), kb).unwrap();
    let (code, out, _) = concierge(&["kb", "check", "--responses", path]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("languages: en 2 entries; fr 1 translated with patterns, 1 with answers"),
        "{out}"
    );
    // Detected, or forced with --lang.
    let (code, out, _) = concierge(&[
        "kb",
        "match",
        "--responses",
        path,
        "--json",
        "je voudrais être remboursé",
    ]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(v["lang"], "fr", "{out}");
    assert_eq!(v["candidates"][0]["id"], "refund", "{out}");
    let (_, out, _) = concierge(&[
        "kb",
        "match",
        "--responses",
        path,
        "--json",
        "--lang",
        "en",
        "je voudrais être remboursé",
    ]);
    let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(v["lang"], "en", "{out}");
    // A language the base lacks, or none Concierge knows: a clear error.
    let (code, _, err) = concierge(&["kb", "match", "--responses", path, "--lang", "de", "x"]);
    assert_eq!(code, 2, "an error, as every failed command");
    assert!(
        err.contains("the knowledge base has no de text (its languages: en, fr)"),
        "{err}"
    );
    let (code, _, err) = concierge(&["kb", "match", "--responses", path, "--lang", "xx", "x"]);
    assert_ne!(code, 0);
    assert!(
        err.contains("`xx` is not a language Concierge matches"),
        "{err}"
    );
    // kb eval reports by language for labelled questions.
    let queries = dir.path().join("q.jsonl");
    std::fs::write(
        &queries,
        "{\"text\": \"comment obtenir un remboursement ?\", \"expected\": \"refund\", \"lang\": \"fr\"}\n{\"text\": \"I forgot my password\", \"expected\": \"reset-password\", \"lang\": \"en\"}\n",
    )
    .unwrap();
    let (code, out, err) = concierge(&[
        "kb",
        "eval",
        "--responses",
        path,
        "--queries",
        queries.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("by language at 0.84:"), "{out}");
    assert!(out.lines().any(|l| l.starts_with("fr ")), "{out}");
    assert!(out.lines().any(|l| l.starts_with("en ")), "{out}");
}

#[test]
fn check_passes_on_a_good_folder_and_lists_problems_on_a_bad_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_str().unwrap();
    std::fs::write(dir.path().join("a.toml"), KB).unwrap();
    let (code, out, _) = concierge(&["kb", "check", "--responses", path]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.starts_with("ok: 2 entries, 4 patterns, 1 files"),
        "{out}"
    );

    std::fs::write(
        dir.path().join("b.toml"),
        "[[response]]\nid = \"refund\"\nanswer = \"\"\nextra = 1\n",
    )
    .unwrap();
    let (code, out, _) = concierge(&["kb", "check", "--responses", path]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines.len() >= 3, "{out}");
    for line in lines {
        assert!(
            line.contains("b.toml:"),
            "every problem names file and line: {line}"
        );
    }
}

#[test]
fn match_json_prints_one_object_a_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.toml"), KB).unwrap();
    let path = dir.path().to_str().unwrap();
    let (code, out, err) = concierge(&[
        "kb",
        "match",
        "--responses",
        path,
        "--json",
        "how",
        "do",
        "I",
        "reset",
        "my",
        "password",
    ]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(v["text"], "how do I reset my password");
    assert_eq!(v["answer"]["id"], "reset-password");
    assert!(v["answer"]["score"].as_f64().unwrap() > 0.0);
    assert_eq!(v["candidates"][0]["id"], "reset-password");

    let (_, out, _) = concierge(&["kb", "match", "--responses", path, "--json", "thanks!"]);
    let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert!(v["answer"].is_null());
}

#[test]
fn match_explains_in_words() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.toml"), KB).unwrap();
    let path = dir.path().to_str().unwrap();
    let (_, out, _) = concierge(&["kb", "match", "--responses", path, "can i get a refund"]);
    assert!(out.contains("answer:   refund"), "{out}");
    assert!(out.contains("shared words: refund"), "{out}");
    assert!(
        out.contains("closest pattern: \"can I get a refund\""),
        "{out}"
    );
}

/// `kb eval` (with `extra` flags) of the tiny base on one in-scope and one out-of-scope question.
fn eval_tiny(extra: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.toml"), KB).unwrap();
    let queries = dir.path().join("q.jsonl");
    std::fs::write(&queries, "{\"text\": \"how do i reset my password\", \"expected\": \"reset-password\"}\n{\"text\": \"what is the weather in rome\", \"expected\": null}\n").unwrap();
    let mut args = vec!["kb", "eval"];
    args.extend_from_slice(extra);
    let (responses, queries) = (dir.path().to_str().unwrap(), queries.to_str().unwrap());
    args.extend(["--responses", responses, "--queries", queries]);
    let (code, out, err) = concierge(&args);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("2 questions (1 in scope, 1 out of scope)"),
        "{out}"
    );
    out
}

#[test]
fn eval_reports_precision_coverage_and_out_of_scope() {
    let out = eval_tiny(&[]);
    assert!(
        out.contains("precision 100.0%  coverage 100.0%  out-of-scope answered 0.0%"),
        "{out}"
    );
}

#[test]
fn eval_can_leave_the_classifier_out() {
    let out = eval_tiny(&["--no-classifier"]);
    assert!(out.contains("out-of-scope answered 0.0%"), "{out}");
    let (_, help, _) = concierge(&["kb", "eval", "--help"]);
    assert!(help.contains("--no-classifier"), "{help}");
}

#[test]
fn match_reports_a_line_that_is_not_utf8_and_goes_on() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.toml"), KB).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_concierge"))
        .args(["kb", "match", "--json", "--responses"])
        .arg(dir.path())
        .env("RUST_LOG", "warn")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin
        .write_all(b"forgot my password\r\nbad \xff\xfe line\ncan I get a refund\n")
        .unwrap();
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    let answers: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(answers.len(), 2, "{stdout}");
    assert_eq!(answers[0]["text"], "forgot my password");
    assert_eq!(answers[1]["answer"]["id"], "refund");
    assert!(
        stderr.contains("stdin:2: not UTF-8 (invalid byte at column 5); skipped"),
        "{stderr}"
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "a skipped line shows in the exit code"
    );
}

#[test]
fn a_missing_folder_is_named_as_such_by_every_verb() {
    let dir = tempfile::tempdir().unwrap();
    let queries = dir.path().join("q.jsonl");
    std::fs::write(&queries, "{\"text\": \"hello\", \"expected\": null}\n").unwrap();
    let queries = queries.to_str().unwrap();
    let (code, out, err) = concierge(&["kb", "check", "--responses", "/nonexistent"]);
    assert_eq!(code, 1);
    assert_eq!(out, "/nonexistent: no such folder\n", "{err}");
    let (code, _, err) = concierge(&["kb", "match", "--responses", "/nonexistent", "refund"]);
    assert_ne!(code, 0);
    assert_eq!(err.trim(), "error: /nonexistent: no such folder");
    let args = [
        "kb",
        "eval",
        "--responses",
        "/nonexistent",
        "--queries",
        queries,
    ];
    let (code, _, err) = concierge(&args);
    assert_ne!(code, 0);
    assert_eq!(err.trim(), "error: /nonexistent: no such folder");
}

#[test]
fn the_bot_does_not_start_on_a_missing_folder_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_concierge"))
        .arg("run")
        .current_dir(dir.path())
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("DISCORD_TOKEN", "x.y.z")
        .env("DISCORD_API_BASE", "http://127.0.0.1:9")
        .env("TICKET_CHANNEL_ID", "123456789012345678")
        .env("TIER_ROLE_IDS", "111111111111111111")
        .env("RESPONSES_DIR", "/nonexistent")
        .env(
            "DATABASE_URL",
            format!("sqlite://{}/c.db", dir.path().display()),
        )
        .env("RUST_LOG", "warn")
        .output()
        .expect("run concierge");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{err}");
    assert!(err.contains("/nonexistent: no such folder"), "{err}");
    assert!(!err.contains("/nonexistent:0"), "{err}");
}

/// `kb eval` of the tiny base on these question lines: (exit code, stdout, stderr).
fn eval_lines(lines: &str) -> (i32, String, String) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.toml"), KB).unwrap();
    let queries = dir.path().join("q.jsonl");
    std::fs::write(&queries, lines).unwrap();
    let (responses, queries) = (dir.path().to_str().unwrap(), queries.to_str().unwrap());
    let (code, out, err) =
        concierge(&["kb", "eval", "--responses", responses, "--queries", queries]);
    (code, out, err.replace(queries, "q.jsonl"))
}

#[test]
fn eval_refuses_a_line_without_expected_and_names_it() {
    let (code, out, err) = eval_lines(
        "{\"text\": \"how do i reset my password\", \"expected\": \"reset-password\"}\n\n{\"text\": \"can i get a refund\"}\n",
    );
    assert_ne!(code, 0, "{out}");
    assert!(
        err.contains("q.jsonl:3: no `expected` key"),
        "the file and line: {err}"
    );
    assert!(
        out.is_empty(),
        "no figures from a file that is wrong: {out}"
    );
}

#[test]
fn eval_prints_a_dash_for_a_ratio_over_nothing() {
    let (code, out, err) =
        eval_lines("{\"text\": \"what is the weather in rome\", \"expected\": null}\n");
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("1 questions (0 in scope, 1 out of scope)"),
        "{out}"
    );
    assert!(out.contains("top-1 (no threshold): -"), "{out}");
    assert!(
        out.contains("precision -  coverage -  out-of-scope answered 0.0%  (0 answers)"),
        "{out}"
    );
    assert!(!out.contains("precision 0.0%"), "{out}");
}
