//! What the validated write said was wrong with a sent form, sorted by the field each
//! problem is about (by what its English message names: "`answer` is empty", "id `X` must
//! be …"), shown in the reader's language in a summary above the form and beside each field,
//! naming it.

use crate::i18n::Lang;
use crate::kb::Problem;
use crate::t;
use maud::{html, Markup};
use std::path::Path;

/// The fields of the two forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Field {
    Id,
    Title,
    Answer,
    Patterns,
    Entry,
}

impl Field {
    fn label(self, lang: Lang) -> String {
        t!(
            lang,
            match self {
                Field::Id => "web-field-id",
                Field::Title => "web-field-title",
                Field::Answer => "web-field-answer",
                Field::Patterns => "web-field-patterns",
                Field::Entry => "web-field-entry",
            }
        )
    }

    /// The field a problem of the validated write is about, by what its message names.
    fn of(message: &str) -> Option<Field> {
        if message.contains("`patterns`") || message.contains("empty pattern") {
            Some(Field::Patterns)
        } else if message.contains("`answer`") {
            Some(Field::Answer)
        } else if message.contains("`title`") {
            Some(Field::Title)
        } else if message.starts_with("there is no entry") {
            Some(Field::Entry)
        } else if message.starts_with("id ")
            || message.contains("the id `")
            || message.contains("`id`")
            || message.contains("is a shared entry")
        {
            Some(Field::Id)
        } else {
            None
        }
    }
}

/// Problems of a write, by field; the rest (a file that cannot be read, say) in `general`.
#[derive(Debug, Default)]
pub(super) struct Problems {
    fields: Vec<(Field, String)>,
    general: Vec<String>,
}

impl Problems {
    /// Sorts `problems` by field, each said in `lang`; file names shown relative to the
    /// responses folder `root`.
    pub(super) fn new(problems: &[Problem], root: &Path, lang: Lang) -> Problems {
        let mut out = Problems::default();
        for p in problems {
            match Field::of(&p.what.to_string()) {
                Some(f) => out.fields.push((f, p.what.text(lang))),
                None => {
                    let shown = p.text(lang);
                    let prefix = format!("{}/", root.display());
                    out.general
                        .push(shown.strip_prefix(&prefix).unwrap_or(&shown).to_string());
                }
            }
        }
        out
    }

    fn of(&self, f: Field) -> impl Iterator<Item = &str> {
        self.fields
            .iter()
            .filter(move |(g, _)| *g == f)
            .map(|(_, m)| m.as_str())
    }

    pub(super) fn has(&self, f: Field) -> bool {
        self.of(f).next().is_some()
    }

    pub(super) fn is_empty(&self) -> bool {
        self.fields.is_empty() && self.general.is_empty()
    }

    /// Every problem, above the form.
    pub(super) fn summary(&self, lang: Lang) -> Markup {
        html! {
            @if !self.is_empty() {
                div.error role="alert" {
                    p { (t!(lang, "web-form-problems")) }
                    ul {
                        @for (f, m) in &self.fields { li { (f.label(lang)) ": " (m) } }
                        @for m in &self.general { li { (m) } }
                    }
                }
            }
        }
    }

    /// A field's problems, under it (`{id}-error`, which the field is described by).
    pub(super) fn under(&self, lang: Lang, f: Field, id: &str) -> Markup {
        html! {
            @if self.has(f) {
                div.error id={ (id) "-error" } {
                    @for m in self.of(f) { p { (f.label(lang)) ": " (m) } }
                }
            }
        }
    }

    /// `aria-invalid` and `aria-describedby` of a field with problems.
    pub(super) fn invalid(&self, f: Field, id: &str) -> (Option<&'static str>, Option<String>) {
        if self.has(f) {
            (Some("true"), Some(format!("{id}-error")))
        } else {
            (None, None)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::files::What;

    #[test]
    fn each_problem_of_the_validator_goes_to_its_field() {
        let cases = [
            (
                "id `A b` must be lower-case letters, digits and dashes ([a-z0-9-]+)",
                Some(Field::Id),
            ),
            (
                "id `x` is too long (70 characters, the limit is 60)",
                Some(Field::Id),
            ),
            (
                "the id `x` is already used in 1/a.toml:3; edit it instead",
                Some(Field::Id),
            ),
            (
                "`x` is a shared entry; edit it to give this server its own version",
                Some(Field::Id),
            ),
            ("`answer` is empty", Some(Field::Answer)),
            ("`title` is longer than 256 characters", Some(Field::Title)),
            (
                "`patterns` is empty: give at least one example question",
                Some(Field::Patterns),
            ),
            ("there is no entry `x`", Some(Field::Entry)),
            ("cannot write the file: permission denied", None),
        ];
        for (message, field) in cases {
            assert_eq!(Field::of(message), field, "{message}");
        }
        let root = Path::new("/srv/responses");
        let p = |file: &str, what: What| Problem::of(&root.join(file), what);
        let sorted = Problems::new(
            &[
                p("1/concierge.toml", What::EmptyAnswer),
                p(
                    "1/concierge.toml",
                    What::CannotWriteFile {
                        error: "denied".into(),
                    },
                ),
            ],
            root,
            Lang::En,
        );
        assert!(sorted.has(Field::Answer) && !sorted.has(Field::Id));
        assert_eq!(
            sorted.general,
            ["1/concierge.toml: cannot write the file: denied"]
        );
    }

    #[test]
    fn problems_are_sorted_by_their_english_and_said_in_the_readers_language() {
        let root = Path::new("/srv/responses");
        let sorted = Problems::new(
            &[
                Problem::of(&root.join("1/concierge.toml"), What::EmptyAnswer),
                Problem::of(
                    &root.join("1"),
                    What::NoSuchEntry {
                        id: "refunds".into(),
                    },
                ),
                Problem::of(
                    &root.join("1/concierge.toml"),
                    What::CannotWriteFile {
                        error: "denied".into(),
                    },
                ),
            ],
            root,
            Lang::De,
        );
        assert_eq!(
            sorted.of(Field::Answer).collect::<Vec<_>>(),
            ["`answer` ist leer"]
        );
        assert_eq!(
            sorted.of(Field::Entry).collect::<Vec<_>>(),
            ["es gibt keinen Eintrag `refunds`"]
        );
        assert_eq!(
            sorted.general,
            ["1/concierge.toml: die Datei lässt sich nicht schreiben: denied"]
        );
    }
}
