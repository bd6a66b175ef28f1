//! What is wrong in the response files: a place ([`Location`]) and a typed description
//! ([`What`]) that says itself in any shipped language ([`What::text`], the `kbfile-` messages
//! of `locales/<lang>/kb.ftl`) and in English as it always did (`Display`, for the command
//! line and the logs).

use super::files::{indent_continuation, FIELDS, TRANSLATION_FIELDS};
use crate::i18n::{Args, Lang};
use fluent_bundle::types::FluentNumber;
use fluent_bundle::FluentValue;
use std::fmt;
use std::path::{Path, PathBuf};

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::files::{MAX_ANSWER_CHARS, MAX_TITLE_CHARS, REGEX_SIZE_LIMIT};
    use regex::Regex;

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
