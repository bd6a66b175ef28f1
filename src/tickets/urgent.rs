//! Urgent keyword detection: which words make a ticket an emergency.

/// The built-in emergency words: outages, compromised accounts, security, lost data, lock-outs.
pub const DEFAULT_URGENT_KEYWORDS: &[&str] = &[
    "outage",
    "down for everyone",
    "everything is down",
    "hacked",
    "compromised",
    "security",
    "vulnerability",
    "exploit",
    "breach",
    "data breach",
    "data loss",
    "lost all my data",
    "deleted everything",
    "leaked",
    "stolen",
    "phishing",
    "ransomware",
    "locked out",
    "can't log in to anything",
    "cannot log in to anything",
];

/// A normalised list of urgent keywords and phrases.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UrgentKeywords {
    /// Each entry normalised (lowercase words separated by one space).
    phrases: Vec<(String, String)>,
}

impl Default for UrgentKeywords {
    fn default() -> Self {
        UrgentKeywords::new(DEFAULT_URGENT_KEYWORDS.iter().copied())
    }
}

/// Lowercase, drop apostrophes (so "can't" = "cant"), every other non-alphanumeric is a space.
fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push(' ');
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if matches!(c, '\'' | '\u{2019}' | '\u{2018}') {
            continue;
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    if !out.ends_with(' ') {
        out.push(' ');
    }
    out
}

impl UrgentKeywords {
    /// A custom list (e.g. from `URGENT_KEYWORDS`).
    pub fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> UrgentKeywords {
        let phrases = words
            .into_iter()
            .map(|w| (w.trim().to_string(), normalise(w)))
            .filter(|(_, n)| !n.trim().is_empty())
            .collect();
        UrgentKeywords { phrases }
    }

    /// The keywords found in `text` (whole words; a trailing plural `s` is allowed).
    pub fn find(&self, text: &str) -> Vec<String> {
        let text = normalise(text);
        self.phrases
            .iter()
            .filter(|(_, n)| {
                text.contains(n.as_str()) || text.contains(&format!("{}s ", n.trim_end()))
            })
            .map(|(w, _)| w.clone())
            .collect()
    }

    /// Whether `text` is an emergency.
    pub fn is_urgent(&self, text: &str) -> bool {
        !self.find(text).is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_whole_words_and_phrases() {
        let k = UrgentKeywords::default();
        assert_eq!(k.find("My account was HACKED!"), vec!["hacked"]);
        assert!(k.is_urgent("We have an outage in EU"));
        assert!(k.is_urgent("two outages today"));
        assert!(k.is_urgent("I can’t log in to anything since this morning"));
        assert!(k.is_urgent("possible data-loss after update"));
        assert!(!k.is_urgent("How do I change my avatar?"));
        assert!(!k.is_urgent("insecurity about my hacker-news karma"));
    }

    #[test]
    fn custom_lists_replace_the_defaults() {
        let k = UrgentKeywords::new(["server on fire"]);
        assert!(k.is_urgent("the server on fire again"));
        assert!(!k.is_urgent("hacked"));
    }
}
