//! What is wrong with a setting's value, as a value the front ends put in the person's
//! language ([`Problem::text`], from the `config-problem-` messages of
//! `locales/*/screens.ftl`). `Display` is the English text (the dashboard, the command line
//! and the logs).

use crate::i18n::{Args, Lang};
use crate::tickets::HoursError;

/// A setting's value that cannot be used, or a setting that does not exist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// No setting has that name.
    NoSuchSetting,
    /// Not a Discord id (one channel or role).
    NotAnId(String),
    /// A part of a comma list that is not a Discord id.
    NotAnIdInList(String),
    /// Not a whole number in the setting's range.
    NotANumber { value: String, min: u32, max: u32 },
    /// Not the code of a shipped language.
    NotALanguage(String),
    /// Business hours or their time zone that do not read.
    Hours(HoursError),
}

impl Problem {
    /// The problem in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        let (id, value) = match self {
            Problem::NoSuchSetting => ("config-problem-no-such-setting", None),
            Problem::NotAnId(v) => ("config-problem-not-an-id", Some(v)),
            Problem::NotAnIdInList(v) => ("config-problem-not-an-id-list", Some(v)),
            Problem::NotANumber { value, .. } => ("config-problem-not-a-number", Some(value)),
            Problem::NotALanguage(v) => ("config-problem-not-a-language", Some(v)),
            Problem::Hours(HoursError::BadTimezone(v)) => ("config-problem-bad-timezone", Some(v)),
            Problem::Hours(HoursError::BadGroup(v)) => ("config-problem-bad-hours", Some(v)),
            Problem::Hours(HoursError::BadDay(v)) => ("config-problem-bad-day", Some(v)),
            Problem::Hours(HoursError::BadWindow(v)) => ("config-problem-bad-window", Some(v)),
            Problem::Hours(HoursError::NeverOpen) => ("config-problem-never-open", None),
        };
        let mut a = Args::new();
        if let Some(v) = value {
            a.set("value", v.clone());
        }
        match self {
            // Written as the setting's range is, without digit grouping.
            Problem::NotANumber { min, max, .. } => {
                a.set("min", min.to_string());
                a.set("max", max.to_string());
            }
            Problem::NotALanguage(_) => {
                let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
                a.set("languages", codes.join(", "));
            }
            _ => {}
        }
        crate::i18n::text(lang, id, Some(&a))
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl std::error::Error for Problem {}

impl From<HoursError> for Problem {
    fn from(e: HoursError) -> Problem {
        Problem::Hours(e)
    }
}

impl From<Problem> for String {
    fn from(p: Problem) -> String {
        p.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_is_what_the_hours_say() {
        for e in [
            HoursError::BadTimezone("Mars/Olympus".into()),
            HoursError::BadGroup("mon".into()),
            HoursError::BadDay("mo".into()),
            HoursError::BadWindow("9-5".into()),
            HoursError::NeverOpen,
        ] {
            assert_eq!(Problem::Hours(e.clone()).to_string(), e.to_string());
        }
    }

    #[test]
    fn each_language_says_it_with_the_value() {
        let p = Problem::NotANumber {
            value: "0".into(),
            min: 1,
            max: 525600,
        };
        assert_eq!(p.to_string(), "`0` is not a whole number from 1 to 525600");
        for lang in Lang::ALL.into_iter().skip(1) {
            let said = p.text(lang);
            assert!(
                said.contains("`0`") && said.contains("525600"),
                "{lang}: {said}"
            );
            assert_ne!(said, p.to_string(), "{lang}");
        }
    }
}
