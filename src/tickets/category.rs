//! Ticket categories (departments): what a category is, the form it asks when a ticket of it
//! opens, and the checks on both. Pure: the store keeps them, the desk applies them.
//!
//! A form is written by moderators as text, one question per line:
//! `Label | short or paragraph | required or optional | min-max` — every part after the label
//! is optional (`short`, `required`, no minimum and 100 or 1000 characters at most by default).

use super::model::Priority;
use super::text;
use serde::Serialize;
use std::fmt;

/// A category's id in the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct CategoryId(pub i64);

impl CategoryId {
    /// The id of a category not saved yet (a checked draft): the store gives the real one.
    pub const NEW: CategoryId = CategoryId(0);
}

impl fmt::Display for CategoryId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// The most categories one server may have (a panel's select menu holds 25 options).
pub const MAX_CATEGORIES: usize = 25;
/// The most questions a form may ask (a Discord modal holds five fields).
pub const MAX_QUESTIONS: usize = 5;
/// The longest category name, in characters.
pub const NAME_MAX: usize = 32;
/// The longest category description (a select menu option's description holds 100).
pub const DESCRIPTION_MAX: usize = 100;
/// The longest question label (Discord's limit for a text field's label).
pub const LABEL_MAX: usize = 45;
/// The longest answer Discord lets a text field take.
pub const ANSWER_MAX: u16 = 4000;
/// The longest first-response target a category may set: one week, in minutes.
pub const TARGET_MAX_MINUTES: u32 = 7 * 24 * 60;

/// One question of a category's form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Question {
    pub label: String,
    /// A paragraph field (several lines) rather than one short line.
    pub paragraph: bool,
    pub required: bool,
    /// Answer length bounds, in characters.
    pub min: u16,
    pub max: u16,
}

/// A member's answer to one question, as kept with the ticket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FormAnswer {
    pub question: String,
    pub answer: String,
}

/// A server's ticket category.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Category {
    pub id: CategoryId,
    pub name: String,
    /// Shown before the name on panels and in the thread name.
    pub emoji: Option<String>,
    pub description: String,
    /// The team pinged for its tickets and allowed to work them at tier 1 (none: the
    /// server's tier-1 role).
    pub team_role: Option<u64>,
    /// A first-response target (minutes) replacing the server's for its tickets at tier 1.
    pub first_response_minutes: Option<u32>,
    /// The priority its tickets start at (urgent words still make a ticket urgent).
    pub priority: Priority,
    /// Whether the inactivity clock asks its tickets' members "Is this solved?".
    pub inactivity: bool,
    pub form: Vec<Question>,
}

impl Category {
    /// The name with its emoji, as panels and thread names show it.
    pub fn label(&self) -> String {
        match &self.emoji {
            Some(e) if !e.starts_with('<') => format!("{e} {}", self.name),
            _ => self.name.clone(),
        }
    }
}

/// What a moderator asked for, before the checks ([`CategoryDraft::check`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CategoryDraft {
    pub name: String,
    pub emoji: Option<String>,
    pub description: String,
    pub team_role: Option<u64>,
    pub first_response_minutes: Option<u32>,
    pub priority: Option<Priority>,
    pub inactivity: Option<bool>,
    /// The form as text, one question per line.
    pub form: String,
}

/// Everything wrong with a draft, each problem naming its field (and line).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", .0.join("\n"))]
pub struct CategoryProblems(pub Vec<String>);

impl CategoryDraft {
    /// Checks every field at once; each problem says which field and what is wrong. The
    /// category it gives is not saved yet ([`CategoryId::NEW`]).
    pub fn check(&self) -> Result<Category, CategoryProblems> {
        let mut problems = Vec::new();
        let name = text::one_line(&self.name).trim().to_string();
        let n = name.chars().count();
        if n == 0 || !text::is_visible(&name) {
            problems.push("name: a category needs a name".to_string());
        } else if n > NAME_MAX {
            problems.push(format!("name: {n} characters, the most is {NAME_MAX}"));
        } else if name.contains(['|', '`', '*', '_', '~', '<', '>', '@', '#', ':']) {
            problems.push(
                "name: use letters, digits, spaces and simple punctuation (no | ` * _ ~ < > @ # :)"
                    .to_string(),
            );
        }
        let emoji = self
            .emoji
            .as_deref()
            .map(str::trim)
            .filter(|e| !e.is_empty());
        if let Some(e) = emoji {
            if let Err(p) = check_emoji(e) {
                problems.push(format!("emoji: {p}"));
            }
        }
        let description = text::one_line(&self.description).trim().to_string();
        let d = description.chars().count();
        if d > DESCRIPTION_MAX {
            problems.push(format!(
                "description: {d} characters, the most is {DESCRIPTION_MAX}"
            ));
        }
        if let Some(m) = self.first_response_minutes {
            if !(1..=TARGET_MAX_MINUTES).contains(&m) {
                problems.push(format!(
                    "first-response: {m} minutes; use 1 to {TARGET_MAX_MINUTES} (a week)"
                ));
            }
        }
        let form = match parse_form(&self.form) {
            Ok(f) => f,
            Err(mut p) => {
                problems.append(&mut p);
                Vec::new()
            }
        };
        if !problems.is_empty() {
            return Err(CategoryProblems(problems));
        }
        Ok(Category {
            id: CategoryId::NEW,
            name,
            emoji: emoji.map(str::to_string),
            description,
            team_role: self.team_role,
            first_response_minutes: self.first_response_minutes,
            priority: self.priority.unwrap_or(Priority::Normal),
            inactivity: self.inactivity.unwrap_or(true),
            form,
        })
    }
}

/// A Unicode emoji (a few characters, none of them ASCII) or a server emoji `<:name:id>`.
fn check_emoji(e: &str) -> Result<(), String> {
    let custom = e
        .strip_prefix("<a:")
        .or_else(|| e.strip_prefix("<:"))
        .and_then(|r| r.strip_suffix('>'))
        .and_then(|r| r.rsplit_once(':'))
        .is_some_and(|(name, id)| {
            (2..=32).contains(&name.len())
                && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                && !id.is_empty()
                && id.len() <= 20
                && id.chars().all(|c| c.is_ascii_digit())
        });
    let keycap_base = |c: char| c.is_ascii_digit() || c == '#' || c == '*';
    let keycap = e.contains('\u{20e3}') && e.starts_with(keycap_base);
    let unicode = (1..=10).contains(&e.chars().count())
        && (keycap || e.chars().any(is_emoji_base))
        && e.chars()
            .all(|c| is_emoji_base(c) || is_emoji_modifier(c) || (keycap && keycap_base(c)));
    if custom || unicode {
        Ok(())
    } else {
        Err(format!(
            "`{}` is no emoji; use one emoji like 💳, or a server emoji like <:name:123>",
            text::one_line(e).chars().take(40).collect::<String>()
        ))
    }
}

/// A character that is an emoji by itself (pictographs, symbols, dingbats, arrows, flags'
/// regional letters, and the few older symbols Discord shows as emoji).
fn is_emoji_base(c: char) -> bool {
    matches!(u32::from(c),
        0x1F000..=0x1FAFF
        | 0x2600..=0x27BF
        | 0x2300..=0x23FF
        | 0x2B00..=0x2BFF
        | 0x2190..=0x21FF
        | 0x25A0..=0x25FF
        | 0x2934..=0x2935
        | 0x3030 | 0x303D | 0x3297 | 0x3299
        | 0x00A9 | 0x00AE | 0x203C | 0x2049 | 0x2122 | 0x2139 | 0x24C2)
}

/// What joins or changes emoji: variation selectors, the zero-width joiner, the keycap
/// mark, and tag characters (subdivision flags).
fn is_emoji_modifier(c: char) -> bool {
    matches!(
        u32::from(c),
        0xFE0E | 0xFE0F | 0x200D | 0x20E3 | 0xE0020..=0xE007F
    )
}

/// Reads a form written one question per line; every problem names its line.
pub fn parse_form(written: &str) -> Result<Vec<Question>, Vec<String>> {
    let mut questions = Vec::new();
    let mut problems = Vec::new();
    let lines: Vec<(usize, &str)> = written
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty())
        .collect();
    if lines.len() > MAX_QUESTIONS {
        problems.push(format!(
            "form: {} questions, the most is {MAX_QUESTIONS} (one per line)",
            lines.len()
        ));
    }
    for (no, line) in lines {
        match parse_question(line) {
            Ok(q) => questions.push(q),
            Err(p) => problems.push(format!("form line {no}: {p}")),
        }
    }
    if problems.is_empty() {
        Ok(questions)
    } else {
        Err(problems)
    }
}

fn parse_question(line: &str) -> Result<Question, String> {
    let mut parts = line.split('|').map(str::trim);
    let label = parts.next().unwrap_or_default().to_string();
    let n = label.chars().count();
    if n == 0 {
        return Err("the question has no text before the first |".into());
    }
    if n > LABEL_MAX {
        return Err(format!(
            "the question is {n} characters, the most is {LABEL_MAX}"
        ));
    }
    let (mut paragraph, mut required, mut bounds) = (false, true, None);
    for part in parts {
        match part.to_lowercase().as_str() {
            "" => {}
            "short" => paragraph = false,
            "paragraph" | "long" => paragraph = true,
            "required" => required = true,
            "optional" => required = false,
            other => {
                let (lo, hi) = other.split_once('-').ok_or_else(|| {
                    format!("`{part}` is not short, paragraph, required, optional or a length like 10-500")
                })?;
                let read = |s: &str| {
                    s.trim()
                        .parse::<u16>()
                        .ok()
                        .filter(|v| *v <= ANSWER_MAX)
                        .ok_or_else(|| {
                            format!("`{part}`: lengths are numbers from 0 to {ANSWER_MAX}")
                        })
                };
                let (lo, hi) = (read(lo)?, read(hi)?);
                if hi == 0 || lo > hi {
                    return Err(format!(
                        "`{part}`: the least length must not be above the most, and the most at least 1"
                    ));
                }
                bounds = Some((lo, hi));
            }
        }
    }
    let (min, max) = bounds.unwrap_or((0, if paragraph { 1000 } else { 100 }));
    Ok(Question {
        label,
        paragraph,
        required,
        min,
        max,
    })
}

/// A form written back as text (what `parse_form` reads), for editing.
pub fn form_text(form: &[Question]) -> String {
    form.iter()
        .map(|q| {
            format!(
                "{} | {} | {} | {}-{}",
                q.label,
                if q.paragraph { "paragraph" } else { "short" },
                if q.required { "required" } else { "optional" },
                q.min,
                q.max
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Checks a member's answers against a form (Discord checks them too; a forged or stale
/// form is caught here). Answers come in the form's order; each is kept as written, trimmed.
pub fn check_answers(form: &[Question], answers: &[String]) -> Result<Vec<FormAnswer>, String> {
    let mut out = Vec::new();
    for (i, q) in form.iter().enumerate() {
        // Cleaned first: an answer of invisible characters only is no answer.
        let a = answers.get(i).map(|a| text::clean(a)).unwrap_or_default();
        let a = if text::is_visible(&a) {
            a
        } else {
            String::new()
        };
        let n = a.chars().count();
        if a.is_empty() {
            if q.required {
                return Err(format!("“{}” needs an answer.", q.label));
            }
            continue;
        }
        if n < usize::from(q.min) || n > usize::from(q.max) {
            return Err(format!(
                "The answer to “{}” must be {} to {} characters long (it is {n}).",
                q.label, q.min, q.max
            ));
        }
        out.push(FormAnswer {
            question: q.label.clone(),
            answer: a,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_form_reads_with_defaults_and_writes_back() {
        let f = parse_form("Order number | short | 5-20\n\n What happened? | paragraph | optional")
            .unwrap();
        assert_eq!(f.len(), 2);
        assert_eq!(
            (f[0].paragraph, f[0].required, f[0].min, f[0].max),
            (false, true, 5, 20)
        );
        assert_eq!(
            (f[1].paragraph, f[1].required, f[1].min, f[1].max),
            (true, false, 0, 1000)
        );
        assert_eq!(parse_form(&form_text(&f)).unwrap(), f);
    }

    #[test]
    fn form_problems_name_their_line() {
        let p = parse_form("ok\n| short\nx | huge\ny | 9-3\n").unwrap_err();
        assert_eq!(p.len(), 3, "{p:?}");
        assert!(p[0].starts_with("form line 2:"), "{p:?}");
        assert!(
            p[1].starts_with("form line 3:") && p[1].contains("`huge`"),
            "{p:?}"
        );
        assert!(p[2].starts_with("form line 4:"), "{p:?}");
        let six = "a\nb\nc\nd\ne\nf";
        assert!(parse_form(six).unwrap_err()[0].contains("6 questions"));
        let long = format!("{} | short", "q".repeat(46));
        assert!(parse_form(&long).unwrap_err()[0].contains("46 characters"));
    }

    #[test]
    fn a_draft_reports_every_problem_at_once() {
        let d = CategoryDraft {
            name: "Bil|ling".into(),
            emoji: Some("abc".into()),
            description: "d".repeat(101),
            first_response_minutes: Some(0),
            form: "| x".into(),
            ..CategoryDraft::default()
        };
        let p = d.check().unwrap_err().0;
        let fields: Vec<&str> = p.iter().map(|s| s.split(':').next().unwrap()).collect();
        assert_eq!(
            fields,
            [
                "name",
                "emoji",
                "description",
                "first-response",
                "form line 1"
            ]
        );
        let ok = CategoryDraft {
            name: " Billing ".into(),
            emoji: Some("<:card:123>".into()),
            ..CategoryDraft::default()
        }
        .check()
        .unwrap();
        assert_eq!(
            (ok.name.as_str(), ok.priority, ok.inactivity),
            ("Billing", Priority::Normal, true)
        );
        let with = |e: &str| {
            CategoryDraft {
                name: "x".into(),
                emoji: Some(e.into()),
                ..CategoryDraft::default()
            }
            .check()
        };
        for ok in ["💳", "🛠️", "👩‍💻", "1️⃣", "🇩🇪", "❤️", "✅"] {
            assert!(with(ok).is_ok(), "{ok}");
        }
        for bad in ["é", "日本", "→x", "1", "ab"] {
            assert!(with(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn answers_are_checked_against_the_form() {
        let f = parse_form("Order | 3-5\nDetails | paragraph | optional").unwrap();
        assert!(check_answers(&f, &["".into()])
            .unwrap_err()
            .contains("needs an answer"));
        assert!(
            check_answers(&f, &["\u{200b}\u{200b} ".into()])
                .unwrap_err()
                .contains("needs an answer"),
            "invisible characters are no answer"
        );
        assert!(check_answers(&f, &["12".into()])
            .unwrap_err()
            .contains("3 to 5"));
        let a = check_answers(&f, &[" 1234 ".into(), String::new()]).unwrap();
        assert_eq!(
            a,
            vec![FormAnswer {
                question: "Order".into(),
                answer: "1234".into()
            }]
        );
    }
}
