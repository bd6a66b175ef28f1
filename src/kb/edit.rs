//! Changing a server's entries from Discord (`/kb add|edit|remove`), in its own folder
//! (`responses/<server id>/`). A new entry, or a server's own version of a shared one, goes
//! to `concierge.toml` there; an entry already in one of the server's files is rewritten in
//! place, keeping that file's comments, order and the fields the form does not show
//! (`toml_edit` edits the document rather than writing it anew). The new file is checked by
//! the same validator as a load, with every problem, before anything is written; it is written
//! to a temporary name and renamed, so a reader never sees half a file.

use super::files::{parse_file, Entry, Problem, What};
use super::servers::ServerKb;
use std::path::{Path, PathBuf};
use toml_edit::{value, Array, ArrayOfTables, DocumentMut, Item, Table};

/// The file new entries of a server go to.
pub const MANAGED_FILE: &str = "concierge.toml";

/// What the entry form holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryForm {
    pub id: String,
    pub title: Option<String>,
    /// One example question a line.
    pub patterns: Vec<String>,
    pub answer: String,
    pub keywords: Vec<String>,
}

impl EntryForm {
    /// The form from its text fields: patterns one a line, keywords comma-separated.
    pub fn from_fields(
        id: &str,
        title: &str,
        patterns: &str,
        answer: &str,
        keywords: &str,
    ) -> EntryForm {
        let list = |s: &str, sep: char| -> Vec<String> {
            s.split(sep)
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(str::to_string)
                .collect()
        };
        EntryForm {
            id: id.trim().to_string(),
            title: Some(title.trim().to_string()).filter(|t| !t.is_empty()),
            patterns: list(patterns, '\n'),
            answer: answer.trim().to_string(),
            keywords: list(keywords, ','),
        }
    }

    /// The form showing an entry.
    pub fn of(e: &Entry) -> EntryForm {
        EntryForm {
            id: e.id.clone(),
            title: e.title.clone(),
            patterns: e.patterns.clone(),
            answer: e.answer.clone(),
            keywords: e.keywords.clone(),
        }
    }
}

/// What a save did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    /// A new entry of the server.
    Added(PathBuf),
    /// The server's own entry, rewritten in its file.
    Updated(PathBuf),
    /// The server's own version of a shared entry (the shared file is untouched).
    Overrode(PathBuf),
}

impl Saved {
    /// The file written.
    pub fn file(&self) -> &Path {
        match self {
            Saved::Added(f) | Saved::Updated(f) | Saved::Overrode(f) => f,
        }
    }
}

fn problem(file: &Path, what: What) -> Problem {
    Problem::of(file, what)
}

fn unreadable(e: &toml_edit::TomlError) -> What {
    What::TomlUnreadable {
        error: e.to_string(),
    }
}

/// The `[[response]]` tables of a document (made when missing).
fn responses<'a>(doc: &'a mut DocumentMut, file: &Path) -> Result<&'a mut ArrayOfTables, Problem> {
    if !doc.contains_key("response") {
        doc.insert("response", Item::ArrayOfTables(ArrayOfTables::new()));
    }
    doc["response"]
        .as_array_of_tables_mut()
        .ok_or_else(|| problem(file, What::NotResponseTables))
}

fn strings(items: &[String]) -> Array {
    let mut a = Array::new();
    for i in items {
        a.push(i.as_str());
    }
    a
}

/// Writes the form's fields into `t`, leaving the fields it does not show as they are.
fn fill(t: &mut Table, form: &EntryForm) {
    t["id"] = value(form.id.as_str());
    match &form.title {
        Some(title) => t["title"] = value(title.as_str()),
        None => {
            t.remove("title");
        }
    }
    t["patterns"] = value(strings(&form.patterns));
    t["answer"] = value(form.answer.as_str());
    if form.keywords.is_empty() {
        t.remove("keywords");
    } else {
        t["keywords"] = value(strings(&form.keywords));
    }
}

/// Reads a server file's text, or none when it does not exist yet.
fn read(file: &Path) -> Result<String, Problem> {
    match std::fs::read_to_string(file) {
        Ok(t) => Ok(t),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(String::new()),
        Err(e) => Err(problem(
            file,
            What::CannotReadFile {
                error: e.to_string(),
            },
        )),
    }
}

/// Checks `text` as `file` would be loaded, and that its ids are not used in the server's
/// other files; every problem.
fn check(kb: &ServerKb, file: &Path, text: &str) -> Result<(), Vec<Problem>> {
    let (mut entries, mut problems) = (Vec::new(), Vec::new());
    parse_file(file, text.as_bytes(), &mut entries, &mut problems);
    for (i, e) in entries.iter().enumerate() {
        if let Some(first) = entries[..i].iter().find(|o| o.id == e.id) {
            problems.push(problem(
                file,
                What::IdTwiceInFile {
                    id: e.id.clone(),
                    first: first.source.to_string(),
                },
            ));
        }
    }
    if let Some(own) = &kb.own {
        for e in &entries {
            if let Some(other) = own
                .entries()
                .iter()
                .find(|o| o.id == e.id && o.source.file != file)
            {
                problems.push(problem(
                    file,
                    What::IdUsedIn {
                        id: e.id.clone(),
                        at: other.source.to_string(),
                    },
                ));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// Writes `text` to `file` through a temporary file and a rename (the folder is made when
/// missing).
fn write_atomically(file: &Path, text: &str) -> Result<(), Problem> {
    let fail = |e: std::io::Error| {
        problem(
            file,
            What::CannotWriteFile {
                error: e.to_string(),
            },
        )
    };
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir).map_err(fail)?;
    }
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // Not `*.toml`: the loader never reads a half-written temporary file.
    let tmp = file.with_file_name(format!(".{name}.writing"));
    std::fs::write(&tmp, text).map_err(fail)?;
    std::fs::File::open(&tmp)
        .and_then(|f| f.sync_all())
        .map_err(fail)?;
    std::fs::rename(&tmp, file).map_err(fail)
}

/// Saves `form` for the server whose folder is `dir` and whose view is `kb`: `editing` is
/// the id of the entry being edited (none: a new entry).
pub fn save(
    kb: &ServerKb,
    dir: &Path,
    form: &EntryForm,
    editing: Option<&str>,
) -> Result<Saved, Vec<Problem>> {
    let own = |id: &str| kb.own.as_ref().and_then(|o| o.entry(id));
    let managed = dir.join(MANAGED_FILE);
    let (file, existing) = match editing {
        Some(id) => match own(id) {
            Some(e) => (e.source.file.clone(), Some(id.to_string())),
            None if kb.shared.entry(id).is_some() => (managed, None),
            None => return Err(vec![problem(dir, What::NoSuchEntry { id: id.to_string() })]),
        },
        None => {
            if let Some(e) = own(&form.id) {
                return Err(vec![problem(
                    dir,
                    What::IdUsedEditInstead {
                        id: form.id.clone(),
                        at: e.source.to_string(),
                    },
                )]);
            }
            if kb.shared.entry(&form.id).is_some() {
                return Err(vec![problem(
                    dir,
                    What::SharedEntryEdit {
                        id: form.id.clone(),
                    },
                )]);
            }
            (managed, None)
        }
    };
    let text = read(&file).map_err(|p| vec![p])?;
    let mut doc: DocumentMut = text
        .parse()
        .map_err(|e: toml_edit::TomlError| vec![problem(&file, unreadable(&e))])?;
    let tables = responses(&mut doc, &file).map_err(|p| vec![p])?;
    match &existing {
        Some(id) => {
            let t = tables
                .iter_mut()
                .find(|t| t.get("id").and_then(|v| v.as_str()) == Some(id.as_str()))
                .ok_or_else(|| vec![problem(&file, What::EntryGone { id: id.clone() })])?;
            fill(t, form);
        }
        None => {
            let mut t = Table::new();
            fill(&mut t, form);
            tables.push(t);
        }
    }
    let new_text = doc.to_string();
    check(kb, &file, &new_text)?;
    write_atomically(&file, &new_text).map_err(|p| vec![p])?;
    Ok(match (existing, editing) {
        (Some(_), _) => Saved::Updated(file),
        (None, Some(_)) => Saved::Overrode(file),
        (None, None) => Saved::Added(file),
    })
}

/// Removes the server's own entry `id` from its file (comments and the other entries stay).
/// A shared entry cannot be removed for one server.
pub fn remove(kb: &ServerKb, id: &str) -> Result<PathBuf, Vec<Problem>> {
    let Some(e) = kb.own.as_ref().and_then(|o| o.entry(id)) else {
        let id = id.to_string();
        let why = if kb.shared.entry(&id).is_some() {
            What::SharedEntryRemove { id }
        } else {
            What::NoSuchEntry { id }
        };
        return Err(vec![problem(Path::new("responses"), why)]);
    };
    let file = e.source.file.clone();
    let text = read(&file).map_err(|p| vec![p])?;
    let mut doc: DocumentMut = text
        .parse()
        .map_err(|e: toml_edit::TomlError| vec![problem(&file, unreadable(&e))])?;
    let tables = responses(&mut doc, &file).map_err(|p| vec![p])?;
    let at = tables
        .iter()
        .position(|t| t.get("id").and_then(|v| v.as_str()) == Some(id))
        .ok_or_else(|| vec![problem(&file, What::EntryGone { id: id.to_string() })])?;
    tables.remove(at);
    let new_text = doc.to_string();
    check(kb, &file, &new_text)?;
    write_atomically(&file, &new_text).map_err(|p| vec![p])?;
    Ok(file)
}
