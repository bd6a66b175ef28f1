//! The two forms under a knowledge gap, filled from the group or with what was sent: "Create
//! an entry" (id, title, answer, patterns one a line, pre-filled with the group's suggested
//! patterns) and "Add as patterns to …" (the suggested patterns, each kept while checked, and
//! the entry to add them to), with the write's problems ([`super::problems`]) beside their fields.

use super::problems::{Field, Problems};
use crate::desk::GapGroup;
use crate::kb::servers::ServerKb;
use crate::kb::{text, MAX_ID_CHARS};
use crate::t;
use crate::web::layout::csrf;
use crate::web::session::InGuild;
use maud::{html, Markup};

/// An id for a new entry from a question: its first topical words, `[a-z0-9-]` only.
pub(super) fn suggest_id(question: &str) -> String {
    let words: Vec<String> = text::normalize(question)
        .split_whitespace()
        .filter(|w| !text::is_stop_word(w) && !text::is_chit_chat(w))
        .map(|w| {
            w.chars()
                .filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .take(4)
        .collect();
    let mut id = words.join("-");
    id.truncate(MAX_ID_CHARS);
    id.trim_end_matches('-').to_string()
}

/// What "Create an entry" holds.
#[derive(Debug, Clone, Default)]
pub(super) struct NewEntry {
    pub id: String,
    pub title: String,
    pub answer: String,
    /// One a line.
    pub patterns: String,
    /// The group's question, for context when the form is shown again.
    pub representative: String,
}

impl NewEntry {
    pub(super) fn suggested(group: &GapGroup) -> NewEntry {
        NewEntry {
            id: suggest_id(&group.representative),
            patterns: group.suggested_patterns.join("\n"),
            representative: group.representative.clone(),
            ..NewEntry::default()
        }
    }
}

/// What "Add as patterns to …" holds.
#[derive(Debug, Clone, Default)]
pub(super) struct MorePatterns {
    /// The patterns offered, each a checkbox...
    pub offered: Vec<String>,
    /// ...checked while kept.
    pub kept: Vec<String>,
    pub entry: String,
    pub representative: String,
}

impl MorePatterns {
    /// The group's suggested patterns, all kept; the entry the group's question came
    /// closest to chosen.
    pub(super) fn suggested(group: &GapGroup, kb: &ServerKb) -> MorePatterns {
        let closest = kb.best_match_in(&group.representative, None);
        MorePatterns {
            offered: group.suggested_patterns.clone(),
            kept: group.suggested_patterns.clone(),
            entry: closest
                .found
                .candidates
                .first()
                .map(|c| c.id.clone())
                .unwrap_or_default(),
            representative: group.representative.clone(),
        }
    }
}

/// The entries to add patterns to, `(id, label)`, by id.
pub(super) fn entry_choices(kb: &ServerKb) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = kb
        .entries()
        .into_iter()
        .map(|e| {
            let label = match &e.title {
                Some(t) => format!("{} — {t}", e.id),
                None => e.id.clone(),
            };
            (e.id.clone(), label)
        })
        .collect();
    out.sort();
    out
}

/// "Create an entry"; `prefix` keeps its element ids apart from other forms on the page.
pub(super) fn create_form(g: &InGuild, prefix: &str, v: &NewEntry, problems: &Problems) -> Markup {
    let lang = g.lang();
    let id = |name: &str| format!("{prefix}-{name}");
    html! {
        form.panel method="post" action={ "/g/" (g.guild.0) "/kb/gaps/new-entry" } {
            h3 { (t!(lang, "web-form-create-heading")) }
            (csrf(&g.signed))
            input type="hidden" name="representative" value=(v.representative);
            (problems.summary(lang))
            div {
                label for=(id("id")) { (t!(lang, "web-form-id")) }
                @let (bad, why) = problems.invalid(Field::Id, &id("id"));
                input id=(id("id")) name="id" value=(v.id) maxlength=(MAX_ID_CHARS) required
                    aria-invalid=[bad] aria-describedby=[why];
                (problems.under(lang, Field::Id, &id("id")))
            }
            div {
                label for=(id("title")) { (t!(lang, "web-form-title")) }
                @let (bad, why) = problems.invalid(Field::Title, &id("title"));
                input id=(id("title")) name="title" value=(v.title) maxlength="256"
                    aria-invalid=[bad] aria-describedby=[why];
                (problems.under(lang, Field::Title, &id("title")))
            }
            div {
                label for=(id("answer")) { (t!(lang, "web-form-answer")) }
                @let (bad, why) = problems.invalid(Field::Answer, &id("answer"));
                textarea id=(id("answer")) name="answer" rows="5" maxlength="4096" required
                    aria-invalid=[bad] aria-describedby=[why] { (v.answer) }
                (problems.under(lang, Field::Answer, &id("answer")))
            }
            div {
                label for=(id("patterns")) { (t!(lang, "web-form-patterns")) }
                @let (bad, why) = problems.invalid(Field::Patterns, &id("patterns"));
                textarea id=(id("patterns")) name="patterns" rows="5" required
                    aria-invalid=[bad] aria-describedby=[why] { (v.patterns) }
                (problems.under(lang, Field::Patterns, &id("patterns")))
            }
            p { button type="submit" { (t!(lang, "web-form-create-submit")) } }
        }
    }
}

/// "Add as patterns to …": the patterns to keep, and the entry to add them to.
pub(super) fn patterns_form(
    g: &InGuild,
    prefix: &str,
    entries: &[(String, String)],
    v: &MorePatterns,
    problems: &Problems,
) -> Markup {
    let lang = g.lang();
    let id = |name: &str| format!("{prefix}-{name}");
    html! {
        form.panel method="post" action={ "/g/" (g.guild.0) "/kb/gaps/add-patterns" } {
            h3 { (t!(lang, "web-form-add-heading")) }
            (csrf(&g.signed))
            input type="hidden" name="representative" value=(v.representative);
            @for p in &v.offered { input type="hidden" name="offered" value=(p); }
            (problems.summary(lang))
            @let (bad, why) = problems.invalid(Field::Patterns, &id("patterns"));
            fieldset aria-invalid=[bad] aria-describedby=[why] {
                legend { (t!(lang, "web-form-patterns-to-add")) }
                @if v.offered.is_empty() { p.muted { (t!(lang, "web-form-no-patterns")) } }
                @for (k, p) in v.offered.iter().enumerate() {
                    label {
                        input type="checkbox" id=(id(&format!("p{k}"))) name="pattern" value=(p)
                            checked[v.kept.contains(p)];
                        " " (p)
                    }
                }
                (problems.under(lang, Field::Patterns, &id("patterns")))
            }
            div {
                label for=(id("entry")) { (t!(lang, "web-form-add-to")) }
                @let (bad, why) = problems.invalid(Field::Entry, &id("entry"));
                select id=(id("entry")) name="entry" required
                    aria-invalid=[bad] aria-describedby=[why] {
                    @for (eid, label) in entries {
                        option value=(eid) selected[*eid == v.entry] { (label) }
                    }
                }
                (problems.under(lang, Field::Entry, &id("entry")))
            }
            p { button type="submit" { (t!(lang, "web-form-add-submit")) } }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_suggested_id_is_a_valid_one() {
        assert_eq!(
            suggest_id("How do I pair my Smartwatch??"),
            "pair-smartwatch"
        );
        assert_eq!(suggest_id("<@12> thanks"), "");
        let long = suggest_id(&"abcdefghijklmnopqrstuvwxyz ".repeat(4));
        assert!(long.len() <= MAX_ID_CHARS && !long.ends_with('-'), "{long}");
    }
}
