//! Response-file validation: every kind of problem is reported with file and line, all at once.

use concierge::kb::KnowledgeBase;
use std::path::Path;

fn write(dir: &Path, name: &str, body: &[u8]) {
    std::fs::write(dir.join(name), body).unwrap();
}

/// Loads a folder and returns its problems as `file:line: message` with the folder stripped.
fn problems(files: &[(&str, &[u8])]) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    for (name, body) in files {
        write(dir.path(), name, body);
    }
    match KnowledgeBase::load(dir.path()) {
        Ok(_) => Vec::new(),
        Err(problems) => problems
            .iter()
            .map(|p| {
                p.to_string()
                    .replace(&format!("{}/", dir.path().display()), "")
            })
            .collect(),
    }
}

const GOOD: &str = r#"
[[response]]
id = "reset-password"
patterns = ["how do I reset my password"]
answer = "Use the reset link."
"#;

#[test]
fn a_valid_folder_loads() {
    assert!(problems(&[("a.toml", GOOD.as_bytes())]).is_empty());
}

#[test]
fn an_empty_folder_is_valid_and_answers_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let kb = KnowledgeBase::load(dir.path()).unwrap();
    assert!(kb.entries().is_empty());
    assert!(kb.best_match("how do I reset my password").answer.is_none());
}

#[test]
fn a_missing_folder_is_an_error() {
    let err = KnowledgeBase::load(Path::new("/nonexistent/responses"))
        .err()
        .unwrap();
    assert_eq!(err.len(), 1, "{err:?}");
    assert_eq!(err[0].to_string(), "/nonexistent/responses: no such folder");
}

#[test]
fn a_file_given_as_the_folder_is_not_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.toml", GOOD.as_bytes());
    let err = KnowledgeBase::load(&dir.path().join("a.toml"))
        .err()
        .unwrap();
    assert_eq!(err.len(), 1, "{err:?}");
    assert!(
        err[0].what.to_string().starts_with("not a folder"),
        "{err:?}"
    );
}

#[test]
fn problems_come_by_file_then_line() {
    // Found field by field (the unknown field first, the missing answer last), shown by line.
    let bad = b"[[response]]\nid = 5\nextra = 1\npatterns = []\n\n[[response]]\nid = \"ok\"\n";
    let p = problems(&[("b.toml", bad), ("a.toml", bad)]);
    let places: Vec<&str> = p.iter().map(|s| s.split(": ").next().unwrap()).collect();
    let mut sorted = places.clone();
    sorted.sort_by_key(|s| {
        let (file, line) = s.split_once(':').unwrap();
        (file.to_string(), line.parse::<usize>().unwrap())
    });
    assert_eq!(places, sorted, "{p:#?}");
    assert_eq!(
        &places[..6],
        ["a.toml:1", "a.toml:2", "a.toml:3", "a.toml:4", "a.toml:6", "a.toml:6"],
        "{p:#?}"
    );
}

#[test]
fn toml_syntax_error_names_the_line() {
    let p = problems(&[(
        "bad.toml",
        b"[[response]]\nid = \"x\"\npatterns = [\"a\"] oops\nanswer = \"b\"\n",
    )]);
    assert_eq!(p.len(), 1);
    assert!(p[0].starts_with("bad.toml:3: TOML syntax"), "{p:?}");
}

#[test]
fn missing_required_fields_are_each_reported() {
    let p = problems(&[("m.toml", b"\n[[response]]\ntitle = \"No id\"\n")]);
    assert!(
        p.iter()
            .any(|s| s.contains("m.toml:2: missing required field `id`")),
        "{p:?}"
    );
    assert!(
        p.iter()
            .any(|s| s.contains("missing required field `patterns`")),
        "{p:?}"
    );
    assert!(
        p.iter()
            .any(|s| s.contains("missing required field `answer`")),
        "{p:?}"
    );
}

#[test]
fn unknown_field_names_field_file_line_and_what_was_expected() {
    let body = format!("{GOOD}colour = \"red\"\n");
    let p = problems(&[("u.toml", body.as_bytes())]);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].starts_with("u.toml:6: unknown field `colour`"),
        "{p:?}"
    );
    assert!(
        p[0].contains("expected one of: id, patterns, answer"),
        "{p:?}"
    );
}

#[test]
fn duplicate_ids_name_both_places() {
    let p = problems(&[("a.toml", GOOD.as_bytes()), ("b.toml", GOOD.as_bytes())]);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].starts_with("b.toml:2: duplicate id `reset-password`"),
        "{p:?}"
    );
    assert!(p[0].contains("a.toml:2"), "{p:?}");
}

#[test]
fn empty_patterns_and_empty_answer() {
    let body = b"[[response]]\nid = \"e\"\npatterns = []\nanswer = \"  \"\n";
    let p = problems(&[("e.toml", body)]);
    assert!(
        p.iter()
            .any(|s| s.starts_with("e.toml:3: `patterns` is empty")),
        "{p:?}"
    );
    assert!(
        p.iter()
            .any(|s| s.starts_with("e.toml:4: `answer` is empty")),
        "{p:?}"
    );
}

#[test]
fn bad_id_and_wrong_types() {
    let body = b"[[response]]\nid = \"Bad Id\"\npatterns = \"not a list\"\nanswer = 5\n";
    let p = problems(&[("t.toml", body)]);
    assert!(
        p.iter()
            .any(|s| s.starts_with("t.toml:2: id `Bad Id` must be")),
        "{p:?}"
    );
    assert!(
        p.iter()
            .any(|s| s.starts_with("t.toml:3: `patterns` must be a list of strings")),
        "{p:?}"
    );
    assert!(
        p.iter()
            .any(|s| s.starts_with("t.toml:4: `answer` must be a string")),
        "{p:?}"
    );
}

#[test]
fn invalid_regex_reports_the_regex_error() {
    let body = format!("{GOOD}regex = ['(unclosed']\n");
    let p = problems(&[("r.toml", body.as_bytes())]);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].starts_with("r.toml:6: invalid regex `(unclosed`"),
        "{p:?}"
    );
    assert!(p[0].contains("unclosed group"), "{p:?}");
    // The regex crate's own layout, each line indented under the problem: the caret stays
    // under the error.
    let lines: Vec<&str> = p[0].lines().collect();
    assert_eq!(lines[0], "r.toml:6: invalid regex `(unclosed`:", "{}", p[0]);
    let at = lines
        .iter()
        .position(|l| l.trim() == "(unclosed")
        .expect("the regex on its own line");
    assert_eq!(lines[at + 1].trim(), "^", "{}", p[0]);
    assert_eq!(
        lines[at].find('('),
        lines[at + 1].find('^'),
        "the caret under the open parenthesis: {}",
        p[0]
    );
    assert!(lines[1..].iter().all(|l| l.starts_with("    ")), "{}", p[0]);
}

#[test]
fn regex_over_the_size_limit() {
    let body = format!("{GOOD}regex = ['(\\w{{200}}){{200}}']\n");
    let p = problems(&[("big.toml", body.as_bytes())]);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].contains("is too large"), "{p:?}");
}

#[test]
fn answer_over_the_embed_limit() {
    let long = "a".repeat(4097);
    let body = format!("[[response]]\nid = \"l\"\npatterns = [\"q\"]\nanswer = \"{long}\"\n");
    let p = problems(&[("long.toml", body.as_bytes())]);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].starts_with("long.toml:4: `answer` is 4097 characters"),
        "{p:?}"
    );
}

#[test]
fn a_file_that_is_not_utf8() {
    let p = problems(&[("latin1.toml", b"[[response]]\nid = \"caf\xe9\"\n")]);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].starts_with("latin1.toml:2: the file is not valid UTF-8"),
        "{p:?}"
    );
}

#[test]
fn optional_fields_are_checked() {
    let body = format!(
        "{GOOD}threshold = 3\ncooldown = -1\nchannels = [\"abc\"]\noffer_ticket = \"yes\"\n"
    );
    let p = problems(&[("o.toml", body.as_bytes())]);
    assert_eq!(p.len(), 4, "{p:?}");
    for (line, text) in [
        (6, "`threshold` must be a number from 0 to 1"),
        (7, "`cooldown` must be a whole number"),
        (8, "`channels` must be a list of channel ids"),
        (9, "`offer_ticket` must be true or false"),
    ] {
        let want = format!("o.toml:{line}: {text}");
        assert!(
            p.iter().any(|s| s.starts_with(&want)),
            "{want} missing in {p:?}"
        );
    }
}

#[test]
fn all_problems_of_all_files_come_at_once() {
    let p = problems(&[
        ("1.toml", b"not toml at all ="),
        ("2.toml", b"[[response]]\nid = \"ok\"\n"),
        ("3.toml", b"\xff\xfe"),
    ]);
    assert!(p.len() >= 4, "{p:?}");
    for file in ["1.toml", "2.toml", "3.toml"] {
        assert!(
            p.iter().any(|s| s.starts_with(file)),
            "{file} missing in {p:?}"
        );
    }
}

#[test]
fn a_stray_top_level_key_is_reported() {
    let p = problems(&[("s.toml", b"version = 2\n")]);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].starts_with("s.toml:1:"), "{p:?}");
    assert!(p[0].contains("version"), "{p:?}");
}

#[test]
fn an_id_too_long_for_a_button_is_a_problem() {
    let long = "a".repeat(concierge::kb::MAX_ID_CHARS + 1);
    let ok = "b".repeat(concierge::kb::MAX_ID_CHARS);
    let body = format!(
        "[[response]]\nid = \"{long}\"\npatterns = [\"how do I pay\"]\nanswer = \"Pay here.\"\n\n\
         [[response]]\nid = \"{ok}\"\npatterns = [\"how do I reset my password\"]\nanswer = \"Reset.\"\n"
    );
    let found = problems(&[("a.toml", body.as_bytes())]);
    assert_eq!(
        found,
        vec![format!(
            "a.toml:2: id `{long}` is too long (61 characters, the limit is 60)"
        )]
    );
}
