//! The response files: `responses/*.toml`, each holding `[[response]]` tables. Reads a
//! whole folder, validates every entry and reports **all** problems with file and line.

use super::folder;
pub use super::problem::{FileKind, Location, Problem, What};
use crate::i18n::Lang;
use regex::{Regex, RegexBuilder};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
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

pub(crate) const FIELDS: &[&str] = &[
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
pub(crate) const TRANSLATION_FIELDS: &[&str] = &["patterns", "answer", "title", "keywords"];

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
pub(crate) fn indent_continuation(message: &str) -> String {
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
