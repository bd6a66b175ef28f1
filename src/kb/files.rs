//! The response files: `responses/*.toml`, each holding `[[response]]` tables. Reads a
//! whole folder, validates every entry and reports **all** problems with file and line.

use super::folder;
use crate::i18n::{Args, Lang};
use fluent_bundle::types::FluentNumber;
use fluent_bundle::FluentValue;
use regex::{Regex, RegexBuilder};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// The longest answer: the bot posts answers as an embed description (4096 characters).
pub const MAX_ANSWER_CHARS: usize = 4096;
/// The longest entry id: ids travel in the custom ids of an answer's buttons, which Discord
/// limits to 100 characters.
pub const MAX_ID_CHARS: usize = 60;
/// The longest title: an embed title (256 characters).
pub const MAX_TITLE_CHARS: usize = 256;
/// The most memory one compiled regex may take.
pub const REGEX_SIZE_LIMIT: usize = 256 * 1024;

/// Where something was written: a file and a 1-based line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub file: PathBuf,
    pub line: usize,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file.display(), self.line)
    }
}

/// One problem found in the response files (or in a change to them): where, and what. Said
/// in any language by [`Problem::text`]; `Display` is the English, `file:line: message` (the
/// command line, the process's log and the tests).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub at: Location,
    pub what: What,
}

impl Problem {
    pub fn new(at: Location, what: What) -> Problem {
        Problem { at, what }
    }

    /// A problem of a whole file or folder (no line).
    pub fn of(file: &Path, what: What) -> Problem {
        Problem::new(
            Location {
                file: file.to_path_buf(),
                line: 0,
            },
            what,
        )
    }

    /// `file:line: message` in `lang`, or `file: message` for a problem of the whole file
    /// (line 0).
    pub fn text(&self, lang: Lang) -> String {
        if self.at.line == 0 {
            format!("{}: {}", self.at.file.display(), self.what.text(lang))
        } else {
            format!("{}: {}", self.at, self.what.text(lang))
        }
    }
}

impl fmt::Display for Problem {
    /// `file:line: message`, or `file: message` for a problem of the whole file (line 0).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

/// What a special file named `*.toml` is, instead of a regular file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Fifo,
    Socket,
    Device,
    Other,
}

impl FileKind {
    fn code(self) -> &'static str {
        match self {
            FileKind::Fifo => "fifo",
            FileKind::Socket => "socket",
            FileKind::Device => "device",
            FileKind::Other => "other",
        }
    }
}

/// What is wrong, with what the sentence names: field names, ids, language codes, limits,
/// places, and the words of the operating system, the TOML parser and the regex crate
/// (`error`), which stay as they are in every language. Its words are the `kbfile-`
/// messages of `locales/*/kb.ftl`; `Display` is the English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum What {
    // The folder and its files.
    /// The responses folder does not exist.
    NoSuchFolder,
    /// The responses folder cannot be opened.
    CannotReadResponsesFolder {
        error: String,
    },
    /// The responses "folder" is a file.
    NotAFolder,
    /// A folder below it cannot be listed.
    CannotReadFolder {
        error: String,
    },
    CannotReadFile {
        error: String,
    },
    CannotWriteFile {
        error: String,
    },
    /// More folders than the guard allows.
    TooManyFolders {
        limit: usize,
    },
    /// A FIFO, socket or device named `*.toml`.
    NotARegularFile {
        kind: FileKind,
    },
    /// A file over its size limit, in bytes.
    FileTooLarge {
        bytes: u64,
        limit: u64,
    },
    /// All files together over the folder's limit, in bytes.
    FolderTooLarge {
        bytes: u64,
        limit: u64,
    },
    /// Listing and reading took over the time limit.
    TooSlow {
        seconds: u64,
    },
    /// Reading panicked; the previous base answers on.
    ReloadFailed,
    // A file's text.
    /// Not UTF-8: the offset of the first bad byte.
    NotUtf8 {
        offset: usize,
    },
    /// The TOML parser's message (on one line).
    TomlSyntax {
        error: String,
    },
    /// The TOML parser's message about a key beside `language` and `[[response]]`.
    UnknownTopLevel {
        error: String,
    },
    /// `field` (`language` or `lang`) names no shipped language.
    UnknownLanguage {
        field: String,
        code: String,
    },
    // An entry's fields.
    UnknownField {
        field: String,
    },
    /// A required string field is missing.
    MissingField {
        field: String,
    },
    MissingPatterns,
    /// `found` is the TOML type found (`integer`, `array`, …).
    NotAString {
        field: String,
        found: String,
    },
    NotAList {
        field: String,
    },
    BadId {
        id: String,
    },
    IdTooLong {
        id: String,
        chars: usize,
        limit: usize,
    },
    EmptyPatterns,
    EmptyPattern,
    EmptyAnswer,
    AnswerTooLong {
        chars: usize,
        limit: usize,
    },
    TitleTooLong {
        limit: usize,
    },
    /// The regex crate's message (maybe several lines, with a caret).
    BadRegex {
        regex: String,
        error: String,
    },
    /// Over `limit` bytes compiled.
    RegexTooLarge {
        regex: String,
        limit: usize,
    },
    BadChannels,
    BadThreshold,
    BadCooldown,
    BadOfferTicket,
    /// The id is used by an entry before, at `first`.
    DuplicateId {
        id: String,
        first: String,
    },
    // An entry's translations (`[response.lang.<code>]`).
    LangNotTables,
    /// The translation is in the file's own language.
    OwnLanguage {
        code: String,
    },
    TranslationTwice {
        code: String,
    },
    TranslationNotATable {
        code: String,
    },
    TranslationUnknownField {
        code: String,
        field: String,
    },
    TranslationNotAString {
        code: String,
        field: String,
        found: String,
    },
    TranslationNotAList {
        code: String,
        field: String,
    },
    TranslationEmptyPattern {
        code: String,
    },
    TranslationEmptyPatterns {
        code: String,
    },
    TranslationEmptyAnswer {
        code: String,
    },
    TranslationAnswerTooLong {
        code: String,
        chars: usize,
        limit: usize,
    },
    TranslationTitleTooLong {
        code: String,
        limit: usize,
    },
    /// Neither patterns nor an answer.
    TranslationEmpty {
        code: String,
    },
    // A change to a server's files (`/kb add|edit|remove`, the dashboard's gap forms).
    /// `response` is something else than `[[response]]` tables.
    NotResponseTables,
    /// The TOML editor's message (several lines).
    TomlUnreadable {
        error: String,
    },
    /// The change would use an id twice in its file; the first is at `first`.
    IdTwiceInFile {
        id: String,
        first: String,
    },
    /// The id is used in another of the server's files, at `at`.
    IdUsedIn {
        id: String,
        at: String,
    },
    /// A new entry's id is the server's entry at `at`.
    IdUsedEditInstead {
        id: String,
        at: String,
    },
    /// A new entry's id is a shared entry's.
    SharedEntryEdit {
        id: String,
    },
    /// A shared entry cannot be removed for one server.
    SharedEntryRemove {
        id: String,
    },
    NoSuchEntry {
        id: String,
    },
    /// The entry left its file while it was edited.
    EntryGone {
        id: String,
    },
    /// Saving panicked (the task's error).
    SaveFailed {
        error: String,
    },
    /// No pattern to add was chosen.
    NoPatternChosen,
    /// The entry has every pattern offered already.
    HasEveryPattern {
        id: String,
    },
}

/// A number written without digit grouping (ids' lengths, limits and offsets read as the
/// constants do); plurals still follow it.
fn plain(n: impl Into<FluentNumber>) -> FluentValue<'static> {
    let mut n: FluentNumber = n.into();
    n.options.use_grouping = false;
    FluentValue::Number(n)
}

/// Bytes as megabytes: one decimal under 10 MB, none above.
fn megabytes(bytes: u64) -> FluentValue<'static> {
    let mb = bytes as f64 / (1024.0 * 1024.0);
    let decimals = if mb >= 10.0 { 0 } else { 1 };
    let mut n = FluentNumber::from(mb);
    n.options.use_grouping = false;
    n.options.minimum_fraction_digits = Some(decimals);
    n.options.maximum_fraction_digits = Some(decimals);
    FluentValue::Number(n)
}

impl What {
    /// The problem in `lang` (the place is [`Problem::text`]'s).
    pub fn text(&self, lang: Lang) -> String {
        let mut a = Args::new();
        let id = match self {
            What::NoSuchFolder => "kbfile-no-such-folder",
            What::CannotReadResponsesFolder { error } => {
                a.set("error", error.as_str());
                "kbfile-cannot-read-responses-folder"
            }
            What::NotAFolder => "kbfile-not-a-folder",
            What::CannotReadFolder { error } => {
                a.set("error", error.as_str());
                "kbfile-cannot-read-folder"
            }
            What::CannotReadFile { error } => {
                a.set("error", error.as_str());
                "kbfile-cannot-read-file"
            }
            What::CannotWriteFile { error } => {
                a.set("error", error.as_str());
                "kbfile-cannot-write-file"
            }
            What::TooManyFolders { limit } => {
                a.set("limit", plain(*limit));
                "kbfile-too-many-folders"
            }
            What::NotARegularFile { kind } => {
                a.set("kind", kind.code());
                "kbfile-not-a-regular-file"
            }
            What::FileTooLarge { bytes, limit } => {
                a.set("size", megabytes(*bytes));
                a.set("limit", megabytes(*limit));
                "kbfile-file-too-large"
            }
            What::FolderTooLarge { bytes, limit } => {
                a.set("size", megabytes(*bytes));
                a.set("limit", megabytes(*limit));
                "kbfile-folder-too-large"
            }
            What::TooSlow { seconds } => {
                a.set("seconds", plain(*seconds));
                "kbfile-too-slow"
            }
            What::ReloadFailed => "kbfile-reload-failed",
            What::NotUtf8 { offset } => {
                a.set("offset", plain(*offset));
                "kbfile-not-utf8"
            }
            What::TomlSyntax { error } => {
                a.set("error", error.as_str());
                "kbfile-toml-syntax"
            }
            What::UnknownTopLevel { error } => {
                a.set("error", error.as_str());
                "kbfile-unknown-top-level"
            }
            What::UnknownLanguage { field, code } => {
                let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
                a.set("field", field.as_str());
                a.set("code", code.as_str());
                a.set("languages", codes.join(", "));
                "kbfile-unknown-language"
            }
            What::UnknownField { field } => {
                a.set("field", field.as_str());
                a.set("fields", FIELDS.join(", "));
                "kbfile-unknown-field"
            }
            What::MissingField { field } => {
                a.set("field", field.as_str());
                "kbfile-missing-field"
            }
            What::MissingPatterns => "kbfile-missing-patterns",
            What::NotAString { field, found } => {
                a.set("field", field.as_str());
                a.set("found", found.as_str());
                "kbfile-not-a-string"
            }
            What::NotAList { field } => {
                a.set("field", field.as_str());
                "kbfile-not-a-list"
            }
            What::BadId { id } => {
                a.set("id", id.as_str());
                "kbfile-bad-id"
            }
            What::IdTooLong { id, chars, limit } => {
                a.set("id", id.as_str());
                a.set("chars", plain(*chars));
                a.set("limit", plain(*limit));
                "kbfile-id-too-long"
            }
            What::EmptyPatterns => "kbfile-empty-patterns",
            What::EmptyPattern => "kbfile-empty-pattern",
            What::EmptyAnswer => "kbfile-empty-answer",
            What::AnswerTooLong { chars, limit } => {
                a.set("chars", plain(*chars));
                a.set("limit", plain(*limit));
                "kbfile-answer-too-long"
            }
            What::TitleTooLong { limit } => {
                a.set("limit", plain(*limit));
                "kbfile-title-too-long"
            }
            What::BadRegex { regex, error } => {
                a.set("regex", regex.as_str());
                if error.contains('\n') {
                    // The regex crate's layout, each further line indented under the
                    // problem so the caret stays under what it points at.
                    let head = crate::i18n::text(lang, "kbfile-bad-regex-block", Some(&a));
                    return indent_continuation(&format!("{head}\n{error}"));
                }
                a.set("error", error.as_str());
                "kbfile-bad-regex"
            }
            What::RegexTooLarge { regex, limit } => {
                a.set("regex", regex.as_str());
                a.set("limit", plain(*limit));
                "kbfile-regex-too-large"
            }
            What::BadChannels => "kbfile-bad-channels",
            What::BadThreshold => "kbfile-bad-threshold",
            What::BadCooldown => "kbfile-bad-cooldown",
            What::BadOfferTicket => "kbfile-bad-offer-ticket",
            What::DuplicateId { id, first } => {
                a.set("id", id.as_str());
                a.set("first", first.as_str());
                "kbfile-duplicate-id"
            }
            What::LangNotTables => "kbfile-lang-not-tables",
            What::OwnLanguage { code } => {
                a.set("code", code.as_str());
                "kbfile-own-language"
            }
            What::TranslationTwice { code } => {
                a.set("code", code.as_str());
                "kbfile-translation-twice"
            }
            What::TranslationNotATable { code } => {
                a.set("code", code.as_str());
                "kbfile-translation-not-a-table"
            }
            What::TranslationUnknownField { code, field } => {
                a.set("code", code.as_str());
                a.set("field", field.as_str());
                a.set("fields", TRANSLATION_FIELDS.join(", "));
                "kbfile-translation-unknown-field"
            }
            What::TranslationNotAString { code, field, found } => {
                a.set("code", code.as_str());
                a.set("field", field.as_str());
                a.set("found", found.as_str());
                "kbfile-translation-not-a-string"
            }
            What::TranslationNotAList { code, field } => {
                a.set("code", code.as_str());
                a.set("field", field.as_str());
                "kbfile-translation-not-a-list"
            }
            What::TranslationEmptyPattern { code } => {
                a.set("code", code.as_str());
                "kbfile-translation-empty-pattern"
            }
            What::TranslationEmptyPatterns { code } => {
                a.set("code", code.as_str());
                "kbfile-translation-empty-patterns"
            }
            What::TranslationEmptyAnswer { code } => {
                a.set("code", code.as_str());
                "kbfile-translation-empty-answer"
            }
            What::TranslationAnswerTooLong { code, chars, limit } => {
                a.set("code", code.as_str());
                a.set("chars", plain(*chars));
                a.set("limit", plain(*limit));
                "kbfile-translation-answer-too-long"
            }
            What::TranslationTitleTooLong { code, limit } => {
                a.set("code", code.as_str());
                a.set("limit", plain(*limit));
                "kbfile-translation-title-too-long"
            }
            What::TranslationEmpty { code } => {
                a.set("code", code.as_str());
                "kbfile-translation-empty"
            }
            What::NotResponseTables => "kbfile-not-response-tables",
            What::TomlUnreadable { error } => {
                a.set("error", error.as_str());
                "kbfile-toml-unreadable"
            }
            What::IdTwiceInFile { id, first } => {
                a.set("id", id.as_str());
                a.set("first", first.as_str());
                "kbfile-id-twice-in-file"
            }
            What::IdUsedIn { id, at } => {
                a.set("id", id.as_str());
                a.set("at", at.as_str());
                "kbfile-id-used-in"
            }
            What::IdUsedEditInstead { id, at } => {
                a.set("id", id.as_str());
                a.set("at", at.as_str());
                "kbfile-id-used-edit-instead"
            }
            What::SharedEntryEdit { id } => {
                a.set("id", id.as_str());
                "kbfile-shared-entry-edit"
            }
            What::SharedEntryRemove { id } => {
                a.set("id", id.as_str());
                "kbfile-shared-entry-remove"
            }
            What::NoSuchEntry { id } => {
                a.set("id", id.as_str());
                "kbfile-no-such-entry"
            }
            What::EntryGone { id } => {
                a.set("id", id.as_str());
                "kbfile-entry-gone"
            }
            What::SaveFailed { error } => {
                a.set("error", error.as_str());
                "kbfile-save-failed"
            }
            What::NoPatternChosen => "kbfile-no-pattern-chosen",
            What::HasEveryPattern { id } => {
                a.set("id", id.as_str());
                "kbfile-has-every-pattern"
            }
        };
        crate::i18n::text(lang, id, Some(&a))
    }
}

impl fmt::Display for What {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

/// One canned response, validated.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Unique across all files, `[a-z0-9-]+`.
    pub id: String,
    pub title: Option<String>,
    /// Example questions as members phrase them.
    pub patterns: Vec<String>,
    /// What the bot posts (Markdown); `{user}` becomes a mention of the asker.
    pub answer: String,
    /// Words that weigh more when a question contains them.
    pub keywords: Vec<String>,
    /// A hit on any of these is strong evidence for the entry. Built with the default
    /// options (only a size limit): matching compiles them again from their source text,
    /// a set at a time.
    pub regex: Vec<Regex>,
    /// Only answer in these channels (empty: everywhere watched).
    pub channels: Vec<u64>,
    pub tags: Vec<String>,
    /// The least confidence at which this entry is posted (overrides the default).
    pub threshold: Option<f32>,
    /// Seconds before this entry is posted again in the same channel.
    pub cooldown_secs: Option<u64>,
    /// Whether the answer offers "Talk to a human" (default true).
    pub offer_ticket: bool,
    /// The language `title`, `patterns`, `answer` and `keywords` are written in: the file's
    /// `language` (English when the file does not say).
    pub lang: Lang,
    /// The same entry in other languages (`[response.lang.<code>]`), by language.
    pub translations: Vec<Translation>,
    /// Where the entry was written.
    pub source: Location,
}

/// An entry in another language: its own example questions, title, answer and keywords.
/// Either may be missing: without patterns, questions in this language are matched against
/// the entry's own patterns; without an answer, the answer comes in another language, with a
/// note saying so.
#[derive(Debug, Clone)]
pub struct Translation {
    pub lang: Lang,
    pub title: Option<String>,
    pub patterns: Vec<String>,
    pub answer: Option<String>,
    pub keywords: Vec<String>,
}

/// An entry's answer in one language.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Localised<'a> {
    pub lang: Lang,
    pub title: Option<&'a str>,
    pub answer: &'a str,
}

impl Entry {
    /// An entry with only the required fields (other tools build these, e.g. `kb eval --kb`).
    pub fn simple(id: String, patterns: Vec<String>, answer: String, source: Location) -> Entry {
        Entry {
            id,
            title: None,
            patterns,
            answer,
            keywords: Vec::new(),
            regex: Vec::new(),
            channels: Vec::new(),
            tags: Vec::new(),
            threshold: None,
            cooldown_secs: None,
            offer_ticket: true,
            lang: Lang::En,
            translations: Vec::new(),
            source,
        }
    }

    /// Its translation into `lang`, if it has one.
    pub fn translation(&self, lang: Lang) -> Option<&Translation> {
        self.translations.iter().find(|t| t.lang == lang)
    }

    /// Every language the entry has patterns in: its own first.
    pub fn languages(&self) -> impl Iterator<Item = Lang> + '_ {
        std::iter::once(self.lang).chain(
            self.translations
                .iter()
                .filter(|t| !t.patterns.is_empty())
                .map(|t| t.lang),
        )
    }

    /// The example questions to match a question in `lang` against: the translation's, else
    /// the entry's own.
    pub fn patterns_in(&self, lang: Lang) -> &[String] {
        match self.translation(lang) {
            Some(t) if !t.patterns.is_empty() => &t.patterns,
            _ => &self.patterns,
        }
    }

    /// The keywords for questions in `lang`: the translation's, else the entry's own.
    pub fn keywords_in(&self, lang: Lang) -> &[String] {
        match self.translation(lang) {
            Some(t) if !t.keywords.is_empty() || !t.patterns.is_empty() => &t.keywords,
            _ => &self.keywords,
        }
    }

    /// The answer in `lang` when the entry has it there.
    pub fn answer_in(&self, lang: Lang) -> Option<Localised<'_>> {
        if lang == self.lang {
            return Some(Localised {
                lang,
                title: self.title.as_deref(),
                answer: &self.answer,
            });
        }
        let t = self.translation(lang)?;
        Some(Localised {
            lang,
            title: t.title.as_deref().or(self.title.as_deref()),
            answer: t.answer.as_deref()?,
        })
    }

    /// The answer for someone who asked in `wanted`: in that language when the entry has it,
    /// else in `fallback` (the server's language), else in the entry's own language. The
    /// caller says so when the language is not the one wanted.
    pub fn answer_for(&self, wanted: Lang, fallback: Lang) -> Localised<'_> {
        self.answer_in(wanted)
            .or_else(|| self.answer_in(fallback))
            .unwrap_or(Localised {
                lang: self.lang,
                title: self.title.as_deref(),
                answer: &self.answer,
            })
    }
}

const FIELDS: &[&str] = &[
    "id",
    "patterns",
    "answer",
    "title",
    "keywords",
    "regex",
    "channels",
    "tags",
    "threshold",
    "cooldown",
    "offer_ticket",
    "lang",
];

/// The fields of a `[response.lang.<code>]` table.
const TRANSLATION_FIELDS: &[&str] = &["patterns", "answer", "title", "keywords"];

type RawTable = BTreeMap<Spanned<String>, Spanned<toml::Value>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    /// The language of the file's entries (a shipped language's code).
    language: Option<Spanned<String>>,
    #[serde(default)]
    response: Vec<Spanned<RawTable>>,
}

/// Reads every `*.toml` file below `dir` (sorted by path; see [`folder`] for which files and
/// the limits) and returns the entries, or every problem found. A folder with no files or no
/// entries is valid.
pub fn load_dir(dir: &Path) -> Result<Vec<Entry>, Vec<Problem>> {
    let deadline = std::time::Instant::now() + folder::READ_TIME_LIMIT;
    let files = folder::list(dir, deadline).map_err(in_order)?;
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8);
    let chunk = files.len().div_ceil(threads).max(1);
    let parsed: Vec<(Vec<Entry>, Vec<Problem>)> = std::thread::scope(|scope| {
        let workers: Vec<_> = files
            .chunks(chunk)
            .map(|part| scope.spawn(move || read_files(part, deadline)))
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().expect("reading response files does not panic"))
            .collect()
    });
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    for (e, p) in parsed {
        entries.extend(e);
        problems.extend(p);
    }
    check_unique_ids(&entries, &mut problems);
    if problems.is_empty() {
        Ok(entries)
    } else {
        Err(in_order(problems))
    }
}

/// Problems as a reader goes through the files: by file, then line (a table's problems are
/// found field by field, not line by line; the order found is kept within a line).
fn in_order(mut problems: Vec<Problem>) -> Vec<Problem> {
    problems.sort_by(|a, b| (&a.at.file, a.at.line).cmp(&(&b.at.file, b.at.line)));
    problems
}

/// A message of several lines (the regex crate's, with a caret under the error) as the
/// continuation of a `file:line:` problem: each further line indented, so the caret stays
/// under what it points at and the problem reads as one block.
fn indent_continuation(message: &str) -> String {
    message.trim_end().replace('\n', "\n    ")
}

/// Reads and parses some files, in order.
fn read_files(files: &[folder::Found], deadline: std::time::Instant) -> (Vec<Entry>, Vec<Problem>) {
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    for file in files {
        match folder::read(file, deadline) {
            Ok(bytes) => parse_file(&file.path, &bytes, &mut entries, &mut problems),
            Err(problem) => problems.push(problem),
        }
    }
    (entries, problems)
}

/// Parses one file's bytes, appending its entries and problems.
pub fn parse_file(
    file: &Path,
    bytes: &[u8],
    entries: &mut Vec<Entry>,
    problems: &mut Vec<Problem>,
) {
    let at = |line: usize| Location {
        file: file.to_path_buf(),
        line,
    };
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let line = line_of(bytes, err.valid_up_to());
            problems.push(Problem::new(
                at(line),
                What::NotUtf8 {
                    offset: err.valid_up_to(),
                },
            ));
            return;
        }
    };
    let raw: RawFile = match toml::from_str(text) {
        Ok(raw) => raw,
        Err(err) => {
            let line = err
                .span()
                .map(|s| line_of(text.as_bytes(), s.start))
                .unwrap_or(1);
            let error = err.message().replace('\n', " ");
            let what = if error.contains("unknown field") {
                What::UnknownTopLevel { error }
            } else {
                What::TomlSyntax { error }
            };
            problems.push(Problem::new(at(line), what));
            return;
        }
    };
    let lines = Lines::of(text);
    let lang = match &raw.language {
        None => Lang::En,
        Some(code) => Lang::parse(code.get_ref()).unwrap_or_else(|| {
            problems.push(Problem::new(
                at(lines.line(code.span().start)),
                unknown_language("language", code.get_ref()),
            ));
            Lang::En
        }),
    };
    for table in raw.response {
        let line = lines.line(table.span().start);
        let mut check = TableCheck {
            lines: &lines,
            problems,
            file,
            lang,
        };
        if let Some(entry) = check.entry(table.get_ref(), at(line)) {
            entries.push(entry);
        }
    }
}

/// Where each line starts, to turn byte offsets into line numbers quickly.
struct Lines(Vec<usize>);

impl Lines {
    fn of(text: &str) -> Lines {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i + 1),
        );
        Lines(starts)
    }

    /// The 1-based line holding byte `offset`.
    fn line(&self, offset: usize) -> usize {
        self.0.partition_point(|&start| start <= offset)
    }
}

fn line_of(bytes: &[u8], offset: usize) -> usize {
    bytes[..offset.min(bytes.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Validates one `[[response]]` table, field by field.
struct TableCheck<'a> {
    lines: &'a Lines,
    problems: &'a mut Vec<Problem>,
    file: &'a Path,
    /// The file's language.
    lang: Lang,
}

/// "`field` names `code`, which is not a language Concierge knows; use one of: en, de, …".
fn unknown_language(field: &str, code: &str) -> What {
    What::UnknownLanguage {
        field: field.to_string(),
        code: code.to_string(),
    }
}

impl TableCheck<'_> {
    fn problem(&mut self, line: usize, what: What) {
        self.problems.push(Problem::new(
            Location {
                file: self.file.to_path_buf(),
                line,
            },
            what,
        ));
    }

    fn line(&self, value: &Spanned<toml::Value>) -> usize {
        self.lines.line(value.span().start)
    }

    fn entry(&mut self, table: &RawTable, source: Location) -> Option<Entry> {
        let before = self.problems.len();
        let mut fields: HashMap<&str, &Spanned<toml::Value>> = HashMap::new();
        for (key, value) in table {
            let name = key.get_ref().as_str();
            if FIELDS.contains(&name) {
                fields.insert(name, value);
            } else {
                let line = self.lines.line(key.span().start);
                self.problem(
                    line,
                    What::UnknownField {
                        field: name.to_string(),
                    },
                );
            }
        }
        let id = self.required_string(&fields, "id", source.line);
        if let Some((id, line)) = &id {
            if id.is_empty()
                || !id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                self.problem(*line, What::BadId { id: id.clone() });
            } else if id.len() > MAX_ID_CHARS {
                self.problem(
                    *line,
                    What::IdTooLong {
                        id: id.clone(),
                        chars: id.len(),
                        limit: MAX_ID_CHARS,
                    },
                );
            }
        }
        let patterns = match fields.get("patterns") {
            None => {
                self.problem(source.line, What::MissingPatterns);
                Vec::new()
            }
            Some(value) => {
                let list = self.string_list(value, "patterns");
                if list.is_empty() {
                    self.problem(self.line(value), What::EmptyPatterns);
                } else if list.iter().any(|p| p.trim().is_empty()) {
                    self.problem(self.line(value), What::EmptyPattern);
                }
                list
            }
        };
        let answer = self.required_string(&fields, "answer", source.line);
        if let Some((answer, line)) = &answer {
            let chars = answer.chars().count();
            if answer.trim().is_empty() {
                self.problem(*line, What::EmptyAnswer);
            } else if chars > MAX_ANSWER_CHARS {
                self.problem(
                    *line,
                    What::AnswerTooLong {
                        chars,
                        limit: MAX_ANSWER_CHARS,
                    },
                );
            }
        }
        let title = self.optional_string(&fields, "title");
        if let Some((title, line)) = &title {
            if title.chars().count() > MAX_TITLE_CHARS {
                self.problem(
                    *line,
                    What::TitleTooLong {
                        limit: MAX_TITLE_CHARS,
                    },
                );
            }
        }
        let keywords = fields
            .get("keywords")
            .map(|v| self.string_list(v, "keywords"))
            .unwrap_or_default();
        let tags = fields
            .get("tags")
            .map(|v| self.string_list(v, "tags"))
            .unwrap_or_default();
        let regex = self.regexes(fields.get("regex").copied());
        let channels = self.channels(fields.get("channels").copied());
        let threshold = self.threshold(fields.get("threshold").copied());
        let cooldown_secs = match fields.get("cooldown") {
            None => None,
            Some(v) => match v.get_ref().as_integer().map(u64::try_from) {
                Some(Ok(n)) => Some(n),
                _ => {
                    self.problem(self.line(v), What::BadCooldown);
                    None
                }
            },
        };
        let offer_ticket = match fields.get("offer_ticket") {
            None => true,
            Some(v) => v.get_ref().as_bool().unwrap_or_else(|| {
                self.problem(self.line(v), What::BadOfferTicket);
                true
            }),
        };
        let translations = self.translations(fields.get("lang").copied());
        if self.problems.len() > before {
            return None;
        }
        Some(Entry {
            id: id?.0,
            title: title.map(|t| t.0),
            patterns,
            answer: answer?.0,
            keywords,
            regex,
            channels,
            tags,
            threshold,
            cooldown_secs,
            offer_ticket,
            lang: self.lang,
            translations,
            source,
        })
    }

    /// `lang = { de = { ... } }` or `[response.lang.de]` tables: each a shipped language
    /// other than the file's, with known fields, holding patterns or an answer.
    fn translations(&mut self, value: Option<&Spanned<toml::Value>>) -> Vec<Translation> {
        let Some(value) = value else {
            return Vec::new();
        };
        let Some(table) = value.get_ref().as_table() else {
            self.problem(self.line(value), What::LangNotTables);
            return Vec::new();
        };
        let line = self.line(value);
        let mut out: Vec<Translation> = Vec::new();
        for (code, inner) in table {
            let Some(lang) = Lang::parse(code) else {
                self.problem(line, unknown_language("lang", code));
                continue;
            };
            if lang == self.lang {
                self.problem(line, What::OwnLanguage { code: code.clone() });
                continue;
            }
            if out.iter().any(|t| t.lang == lang) {
                self.problem(line, What::TranslationTwice { code: code.clone() });
                continue;
            }
            let Some(fields) = inner.as_table() else {
                self.problem(line, What::TranslationNotATable { code: code.clone() });
                continue;
            };
            if let Some(t) = self.translation(lang, code, fields, line) {
                out.push(t);
            }
        }
        out
    }

    /// One translation's fields. Its values carry no position of their own (a nested table's
    /// values are not spanned), so problems point at the `lang` table's line.
    fn translation(
        &mut self,
        lang: Lang,
        code: &str,
        fields: &toml::Table,
        line: usize,
    ) -> Option<Translation> {
        let before = self.problems.len();
        let code = code.to_string();
        for key in fields.keys() {
            if !TRANSLATION_FIELDS.contains(&key.as_str()) {
                self.problem(
                    line,
                    What::TranslationUnknownField {
                        code: code.clone(),
                        field: key.clone(),
                    },
                );
            }
        }
        let mut string = |name: &str| -> Option<String> {
            let v = fields.get(name)?;
            match v.as_str() {
                Some(s) => Some(s.to_string()),
                None => {
                    self.problem(
                        line,
                        What::TranslationNotAString {
                            code: code.clone(),
                            field: name.to_string(),
                            found: v.type_str().to_string(),
                        },
                    );
                    None
                }
            }
        };
        let answer = string("answer");
        let title = string("title");
        let mut list = |name: &str| -> Vec<String> {
            let Some(v) = fields.get(name) else {
                return Vec::new();
            };
            match v.as_array() {
                Some(items) if items.iter().all(|i| i.is_str()) => items
                    .iter()
                    .filter_map(|i| i.as_str().map(str::to_string))
                    .collect(),
                _ => {
                    self.problem(
                        line,
                        What::TranslationNotAList {
                            code: code.clone(),
                            field: name.to_string(),
                        },
                    );
                    Vec::new()
                }
            }
        };
        let patterns = list("patterns");
        let keywords = list("keywords");
        if patterns.iter().any(|p| p.trim().is_empty()) {
            self.problem(line, What::TranslationEmptyPattern { code: code.clone() });
        }
        if fields.contains_key("patterns") && patterns.is_empty() {
            self.problem(line, What::TranslationEmptyPatterns { code: code.clone() });
        }
        match &answer {
            Some(a) if a.trim().is_empty() => {
                self.problem(line, What::TranslationEmptyAnswer { code: code.clone() });
            }
            Some(a) if a.chars().count() > MAX_ANSWER_CHARS => self.problem(
                line,
                What::TranslationAnswerTooLong {
                    code: code.clone(),
                    chars: a.chars().count(),
                    limit: MAX_ANSWER_CHARS,
                },
            ),
            _ => {}
        }
        if title
            .as_ref()
            .is_some_and(|t| t.chars().count() > MAX_TITLE_CHARS)
        {
            self.problem(
                line,
                What::TranslationTitleTooLong {
                    code: code.clone(),
                    limit: MAX_TITLE_CHARS,
                },
            );
        }
        if patterns.is_empty() && answer.is_none() {
            self.problem(line, What::TranslationEmpty { code });
        }
        (self.problems.len() == before).then_some(Translation {
            lang,
            title,
            patterns,
            answer,
            keywords,
        })
    }

    fn required_string(
        &mut self,
        fields: &HashMap<&str, &Spanned<toml::Value>>,
        name: &str,
        table_line: usize,
    ) -> Option<(String, usize)> {
        if !fields.contains_key(name) {
            self.problem(
                table_line,
                What::MissingField {
                    field: name.to_string(),
                },
            );
            return None;
        }
        self.optional_string(fields, name)
    }

    fn optional_string(
        &mut self,
        fields: &HashMap<&str, &Spanned<toml::Value>>,
        name: &str,
    ) -> Option<(String, usize)> {
        let value = fields.get(name)?;
        let line = self.line(value);
        match value.get_ref().as_str() {
            Some(s) => Some((s.to_string(), line)),
            None => {
                self.problem(
                    line,
                    What::NotAString {
                        field: name.to_string(),
                        found: value.get_ref().type_str().to_string(),
                    },
                );
                None
            }
        }
    }

    fn string_list(&mut self, value: &Spanned<toml::Value>, name: &str) -> Vec<String> {
        let line = self.line(value);
        match value.get_ref().as_array() {
            Some(items) if items.iter().all(|i| i.is_str()) => items
                .iter()
                .filter_map(|i| i.as_str().map(str::to_string))
                .collect(),
            _ => {
                self.problem(
                    line,
                    What::NotAList {
                        field: name.to_string(),
                    },
                );
                Vec::new()
            }
        }
    }

    fn regexes(&mut self, value: Option<&Spanned<toml::Value>>) -> Vec<Regex> {
        let Some(value) = value else {
            return Vec::new();
        };
        let line = self.line(value);
        let mut out = Vec::new();
        for source in self.string_list(value, "regex") {
            match RegexBuilder::new(&source)
                .size_limit(REGEX_SIZE_LIMIT)
                .build()
            {
                Ok(re) => out.push(re),
                Err(regex::Error::CompiledTooBig(limit)) => self.problem(
                    line,
                    What::RegexTooLarge {
                        regex: source,
                        limit,
                    },
                ),
                Err(err) => self.problem(
                    line,
                    What::BadRegex {
                        regex: source,
                        error: err.to_string(),
                    },
                ),
            }
        }
        out
    }

    fn channels(&mut self, value: Option<&Spanned<toml::Value>>) -> Vec<u64> {
        let Some(value) = value else {
            return Vec::new();
        };
        let line = self.line(value);
        let items = value.get_ref().as_array().cloned().unwrap_or_default();
        let ids: Option<Vec<u64>> = items
            .iter()
            .map(|i| match i {
                toml::Value::Integer(n) if *n > 0 => u64::try_from(*n).ok(),
                toml::Value::String(s) => s.parse().ok(),
                _ => None,
            })
            .collect();
        match (value.get_ref().is_array(), ids) {
            (true, Some(ids)) => ids,
            _ => {
                self.problem(line, What::BadChannels);
                Vec::new()
            }
        }
    }

    fn threshold(&mut self, value: Option<&Spanned<toml::Value>>) -> Option<f32> {
        let value = value?;
        let number = match value.get_ref() {
            toml::Value::Float(f) => Some(*f),
            toml::Value::Integer(i) => Some(*i as f64),
            _ => None,
        };
        match number {
            // In [0, 1], so the cast to `f32` only rounds (a threshold needs no more).
            #[allow(clippy::cast_possible_truncation)]
            Some(t) if (0.0..=1.0).contains(&t) => Some(t as f32),
            _ => {
                self.problem(self.line(value), What::BadThreshold);
                None
            }
        }
    }
}

fn check_unique_ids(entries: &[Entry], problems: &mut Vec<Problem>) {
    let mut seen: HashMap<&str, &Location> = HashMap::new();
    for entry in entries {
        if let Some(first) = seen.get(entry.id.as_str()) {
            problems.push(Problem::new(
                entry.source.clone(),
                What::DuplicateId {
                    id: entry.id.clone(),
                    first: first.to_string(),
                },
            ));
        } else {
            seen.insert(&entry.id, &entry.source);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(file: &str, line: usize) -> Location {
        Location {
            file: PathBuf::from(file),
            line,
        }
    }

    /// The regex crate's words for a regex that does not compile.
    fn regex_error(source: &str) -> String {
        Regex::new(source).unwrap_err().to_string()
    }

    /// Every problem, with the English it said as a `String` before it had a language.
    fn every_problem() -> Vec<(What, String)> {
        let s = |v: &str| v.to_string();
        let de = || s("de");
        let regex_error = regex_error("(");
        let toml_error = "TOML parse error at line 1, column 3\n  |\n1 | a =\n  |    ^\nstring values must be quoted\n";
        vec![
            (What::NoSuchFolder, s("no such folder")),
            (
                What::CannotReadResponsesFolder { error: s("denied") },
                s("cannot read the responses folder: denied"),
            ),
            (
                What::NotAFolder,
                s("not a folder (give the folder that holds the response files)"),
            ),
            (
                What::CannotReadFolder { error: s("denied") },
                s("cannot read the folder: denied"),
            ),
            (
                What::CannotReadFile { error: s("denied") },
                s("cannot read the file: denied"),
            ),
            (
                What::CannotWriteFile { error: s("denied") },
                s("cannot write the file: denied"),
            ),
            (
                What::TooManyFolders { limit: 10_000 },
                s("more than 10000 folders; not read further"),
            ),
            (
                What::NotARegularFile {
                    kind: FileKind::Fifo,
                },
                s("not a regular file (a FIFO); only regular files are read"),
            ),
            (
                What::NotARegularFile {
                    kind: FileKind::Socket,
                },
                s("not a regular file (a socket); only regular files are read"),
            ),
            (
                What::NotARegularFile {
                    kind: FileKind::Device,
                },
                s("not a regular file (a device); only regular files are read"),
            ),
            (
                What::NotARegularFile {
                    kind: FileKind::Other,
                },
                s("not a regular file (not a file); only regular files are read"),
            ),
            (
                What::FileTooLarge {
                    bytes: 9 * 1024 * 1024 + 1,
                    limit: 8 * 1024 * 1024,
                },
                s("too large (9.0 MB, the limit is 8.0 MB)"),
            ),
            (
                What::FolderTooLarge {
                    bytes: 200 * 1024 * 1024,
                    limit: 128 * 1024 * 1024,
                },
                s("the response files are too large together (200 MB, the limit is 128 MB)"),
            ),
            (
                What::FolderTooLarge {
                    bytes: 10_433_332,
                    limit: 1_234_567_890,
                },
                // Just under 10 MB: one decimal, rounded up; no digit grouping.
                s("the response files are too large together (10.0 MB, the limit is 1177 MB)"),
            ),
            (
                What::TooSlow { seconds: 20 },
                s("reading the responses took over 20 s; stopped here"),
            ),
            (
                What::ReloadFailed,
                s("reading the responses failed unexpectedly; the previous knowledge base keeps answering"),
            ),
            (
                What::NotUtf8 { offset: 12345 },
                s("the file is not valid UTF-8 (bad byte at offset 12345); save it as UTF-8"),
            ),
            (
                What::TomlSyntax {
                    error: s("invalid string"),
                },
                s("TOML syntax: invalid string"),
            ),
            (
                What::UnknownTopLevel {
                    error: s("unknown field `version`, expected `language` or `response`"),
                },
                s("unknown field `version`, expected `language` or `response` (a response file holds `language = \"<code>\"` and [[response]] tables)"),
            ),
            (
                What::UnknownLanguage {
                    field: s("language"),
                    code: s("xx"),
                },
                s("`language` names `xx`, which is not a language Concierge matches; use one of: en, de, fr, es, pt-BR, ru"),
            ),
            (
                What::UnknownField { field: s("extra") },
                s("unknown field `extra` in [[response]]; expected one of: id, patterns, answer, title, keywords, regex, channels, tags, threshold, cooldown, offer_ticket, lang"),
            ),
            (
                What::MissingField { field: s("id") },
                s("missing required field `id` (a string)"),
            ),
            (
                What::MissingPatterns,
                s("missing required field `patterns` (a list of example questions)"),
            ),
            (
                What::NotAString {
                    field: s("title"),
                    found: s("integer"),
                },
                s("`title` must be a string, found integer"),
            ),
            (
                What::NotAList {
                    field: s("keywords"),
                },
                s("`keywords` must be a list of strings, like [\"a\", \"b\"]"),
            ),
            (
                What::BadId { id: s("Bad Id") },
                s("id `Bad Id` must be lower-case letters, digits and dashes ([a-z0-9-]+)"),
            ),
            (
                What::IdTooLong {
                    id: s("x"),
                    chars: 1061,
                    limit: 60,
                },
                s("id `x` is too long (1061 characters, the limit is 60)"),
            ),
            (
                What::EmptyPatterns,
                s("`patterns` is empty: give at least one example question"),
            ),
            (What::EmptyPattern, s("`patterns` holds an empty pattern")),
            (What::EmptyAnswer, s("`answer` is empty")),
            (
                What::AnswerTooLong {
                    chars: 5000,
                    limit: MAX_ANSWER_CHARS,
                },
                s("`answer` is 5000 characters; Discord embeds hold at most 4096"),
            ),
            (
                What::TitleTooLong {
                    limit: MAX_TITLE_CHARS,
                },
                s("`title` is longer than 256 characters"),
            ),
            (
                What::BadRegex {
                    regex: s("("),
                    error: s("unclosed group"),
                },
                s("invalid regex `(`: unclosed group"),
            ),
            (
                What::BadRegex {
                    regex: s("("),
                    error: regex_error.clone(),
                },
                indent_continuation(&format!("invalid regex `(`:\n{regex_error}")),
            ),
            (
                What::RegexTooLarge {
                    regex: s("a{1000}"),
                    limit: REGEX_SIZE_LIMIT,
                },
                s("regex `a{1000}` is too large (over 262144 bytes compiled); simplify it"),
            ),
            (
                What::BadChannels,
                s("`channels` must be a list of channel ids, like [\"123456789012345678\"]"),
            ),
            (
                What::BadThreshold,
                s("`threshold` must be a number from 0 to 1"),
            ),
            (
                What::BadCooldown,
                s("`cooldown` must be a whole number of seconds (0 or more)"),
            ),
            (
                What::BadOfferTicket,
                s("`offer_ticket` must be true or false"),
            ),
            (
                What::DuplicateId {
                    id: s("a"),
                    first: s("a.toml:2"),
                },
                s("duplicate id `a`: already used at a.toml:2"),
            ),
            (
                What::LangNotTables,
                s("`lang` must hold one table a language, like [response.lang.de]"),
            ),
            (
                What::OwnLanguage { code: s("en") },
                s("[response.lang.en] is the file's own language: put its text in the entry's fields (or set `language` at the top of the file)"),
            ),
            (
                What::TranslationTwice { code: de() },
                s("[response.lang.de] is given twice"),
            ),
            (
                What::TranslationNotATable { code: de() },
                s("`lang.de` must be a table of patterns, answer, title and keywords"),
            ),
            (
                What::TranslationUnknownField {
                    code: de(),
                    field: s("body"),
                },
                s("unknown field `body` in [response.lang.de]; expected one of: patterns, answer, title, keywords"),
            ),
            (
                What::TranslationNotAString {
                    code: de(),
                    field: s("answer"),
                    found: s("array"),
                },
                s("`answer` in [response.lang.de] must be a string, found array"),
            ),
            (
                What::TranslationNotAList {
                    code: de(),
                    field: s("patterns"),
                },
                s("`patterns` in [response.lang.de] must be a list of strings, like [\"a\", \"b\"]"),
            ),
            (
                What::TranslationEmptyPattern { code: de() },
                s("`patterns` in [response.lang.de] holds an empty pattern"),
            ),
            (
                What::TranslationEmptyPatterns { code: de() },
                s("`patterns` in [response.lang.de] is empty: give at least one example question, or leave it out"),
            ),
            (
                What::TranslationEmptyAnswer { code: de() },
                s("`answer` in [response.lang.de] is empty"),
            ),
            (
                What::TranslationAnswerTooLong {
                    code: de(),
                    chars: 4097,
                    limit: MAX_ANSWER_CHARS,
                },
                s("`answer` in [response.lang.de] is 4097 characters; Discord embeds hold at most 4096"),
            ),
            (
                What::TranslationTitleTooLong {
                    code: de(),
                    limit: MAX_TITLE_CHARS,
                },
                s("`title` in [response.lang.de] is longer than 256 characters"),
            ),
            (
                What::TranslationEmpty { code: de() },
                s("[response.lang.de] has neither `patterns` nor `answer`: give the entry's example questions or its answer in this language"),
            ),
            (
                What::NotResponseTables,
                s("`response` is not a list of [[response]] tables"),
            ),
            (
                What::TomlUnreadable {
                    error: s(toml_error),
                },
                s(toml_error),
            ),
            (
                What::IdTwiceInFile {
                    id: s("a"),
                    first: s("1/concierge.toml:3"),
                },
                s("the id `a` would be used twice in this file (also at 1/concierge.toml:3)"),
            ),
            (
                What::IdUsedIn {
                    id: s("a"),
                    at: s("1/other.toml:3"),
                },
                s("the id `a` is already used in 1/other.toml:3"),
            ),
            (
                What::IdUsedEditInstead {
                    id: s("a"),
                    at: s("1/other.toml:3"),
                },
                s("the id `a` is already used in 1/other.toml:3; edit it instead"),
            ),
            (
                What::SharedEntryEdit { id: s("a") },
                s("`a` is a shared entry; edit it to give this server its own version"),
            ),
            (
                What::SharedEntryRemove { id: s("a") },
                s("`a` is a shared entry: it serves every server and can only be changed by whoever runs the bot (give this server its own version with /kb edit instead)"),
            ),
            (What::NoSuchEntry { id: s("a") }, s("there is no entry `a`")),
            (
                What::EntryGone { id: s("a") },
                s("the entry `a` is no longer in this file"),
            ),
            (
                What::SaveFailed {
                    error: s("task 3 panicked"),
                },
                s("saving failed unexpectedly (task 3 panicked); check the server's files"),
            ),
            (
                What::NoPatternChosen,
                s("`patterns`: choose at least one pattern to add"),
            ),
            (
                What::HasEveryPattern { id: s("a") },
                s("`patterns`: `a` already has every one of these patterns"),
            ),
        ]
    }

    #[test]
    fn display_is_the_english_of_before_byte_for_byte() {
        for (what, english) in every_problem() {
            assert_eq!(what.to_string(), english, "{what:?}");
            assert_eq!(what.text(Lang::En), english, "{what:?}");
            let p = Problem::new(at("responses/a.toml", 7), what.clone());
            assert_eq!(p.to_string(), format!("responses/a.toml:7: {english}"));
            let whole = Problem::of(Path::new("responses/a.toml"), what);
            assert_eq!(whole.to_string(), format!("responses/a.toml: {english}"));
        }
    }

    #[test]
    fn every_problem_is_said_in_every_language_with_its_data() {
        for (what, english) in every_problem() {
            for lang in Lang::ALL.into_iter().skip(1) {
                let said = what.text(lang);
                assert!(!said.starts_with("kbfile-"), "{lang}: {what:?}");
                assert_ne!(said, english, "{lang}: {what:?} is still English");
                for data in [
                    "`Bad Id`",
                    "`xx`",
                    "`a`",
                    "[response.lang.de]",
                    "1/other.toml:3",
                ] {
                    if english.contains(data) {
                        assert!(said.contains(data), "{lang}: {said} lacks {data}");
                    }
                }
            }
        }
    }

    #[test]
    fn problems_read_in_german_and_french() {
        let p = Problem::new(
            at("a.toml", 3),
            What::BadId {
                id: "Bad Id".into(),
            },
        );
        assert_eq!(
            p.text(Lang::De),
            "a.toml:3: die ID `Bad Id` darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten ([a-z0-9-]+)"
        );
        assert_eq!(
            p.text(Lang::Fr),
            "a.toml:3: l'identifiant `Bad Id` ne doit contenir que des lettres minuscules, des chiffres et des tirets ([a-z0-9-]+)"
        );
        assert_eq!(
            p.to_string(),
            "a.toml:3: id `Bad Id` must be lower-case letters, digits and dashes ([a-z0-9-]+)"
        );

        let empty = Problem::new(at("a.toml", 5), What::EmptyAnswer);
        assert_eq!(empty.text(Lang::De), "a.toml:5: `answer` ist leer");
        assert_eq!(empty.text(Lang::Fr), "a.toml:5: `answer` est vide");

        // Numbers the language's way (a decimal comma), French spacing before ; and :.
        let big = Problem::of(
            Path::new("big.toml"),
            What::FileTooLarge {
                bytes: 9 * 1024 * 1024,
                limit: 8 * 1024 * 1024,
            },
        );
        assert_eq!(
            big.text(Lang::De),
            "big.toml: zu groß (9,0 MB, die Grenze liegt bei 8,0 MB)"
        );
        assert_eq!(
            big.text(Lang::Fr),
            "big.toml: trop volumineux (9,0 Mo, la limite est de 8,0 Mo)"
        );
        let long = What::AnswerTooLong {
            chars: 5000,
            limit: MAX_ANSWER_CHARS,
        };
        assert_eq!(
            long.text(Lang::Fr),
            "`answer` fait 5000 caractères\u{a0}; un embed Discord en contient au plus 4096"
        );
        assert_eq!(
            What::NotAString {
                field: "title".into(),
                found: "integer".into()
            }
            .text(Lang::De),
            "`title` muss ein Text sein, ist aber eine ganze Zahl"
        );
        // The regex crate's words stay as they are, under the sentence.
        let error = regex_error("(");
        let bad = What::BadRegex {
            regex: "(".into(),
            error: error.clone(),
        };
        let said = bad.text(Lang::De);
        assert!(
            said.starts_with("ungültiger regulärer Ausdruck `(`:\n    regex parse error:"),
            "{said}"
        );
        assert_eq!(said.lines().count(), error.trim_end().lines().count() + 1);
    }

    #[test]
    fn russian_counts_take_their_plural_forms() {
        let too_long = |chars| {
            What::IdTooLong {
                id: "x".into(),
                chars,
                limit: 60,
            }
            .text(Lang::Ru)
        };
        assert!(too_long(61).contains("(61 символ,"), "{}", too_long(61));
        assert!(too_long(62).contains("(62 символа,"), "{}", too_long(62));
        assert!(too_long(65).contains("(65 символов,"), "{}", too_long(65));
        assert_eq!(
            What::TitleTooLong { limit: 256 }.text(Lang::Ru),
            "поле `title` длиннее 256 символов"
        );
    }
}
