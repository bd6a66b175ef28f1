//! German compounds: `Passwortänderung` is read as itself and as `passwort änderung` when the
//! knowledge base knows both parts, so a question that writes the parts apart (or joins them)
//! still meets the entry. The parts are looked up among the base's own words: no dictionary
//! to ship, and no split the base could not use.

use super::language;
use crate::i18n::Lang;
use std::collections::HashSet;

/// Parts shorter than this are not split off ("ein", "die" would match everywhere).
const MIN_PART_CHARS: usize = 4;
/// Linking elements between a compound's parts (`Zahlung-s-methode`, `Seite-n-leiste`).
const LINKS: &[&str] = &["s", "es", "n", "en"];

/// The stems of a base's words, for splitting compounds.
#[derive(Debug, Default)]
pub struct Compounds {
    known: HashSet<String>,
}

impl Compounds {
    /// From the normalised words of the base's patterns and keywords (stop words left out).
    pub fn from_words<'a>(words: impl IntoIterator<Item = &'a str>) -> Compounds {
        let known = words
            .into_iter()
            .filter(|w| w.chars().count() >= MIN_PART_CHARS)
            .filter(|w| !language::is_stop_word(Lang::De, w))
            .map(|w| language::stem(Lang::De, w))
            .collect();
        Compounds { known }
    }

    /// The two parts of a compound whose parts the base knows, if `word` is one: the split
    /// with the longest known head wins.
    pub fn split<'w>(&self, word: &'w str) -> Option<(&'w str, &'w str)> {
        let bounds: Vec<usize> = word.char_indices().map(|(i, _)| i).collect();
        let n = bounds.len();
        if n < 2 * MIN_PART_CHARS || self.known.is_empty() {
            return None;
        }
        for cut in (MIN_PART_CHARS..=n - MIN_PART_CHARS).rev() {
            let (head, tail) = word.split_at(bounds[cut]);
            if !self.knows(tail) {
                continue;
            }
            // The head without a linking element first: `zahlungs` reads as `zahlung`.
            let heads = LINKS
                .iter()
                .filter_map(|l| {
                    head.strip_suffix(l)
                        .filter(|h| h.chars().count() >= MIN_PART_CHARS)
                })
                .chain(std::iter::once(head));
            for h in heads {
                if self.knows(h) {
                    return Some((h, tail));
                }
            }
        }
        None
    }

    fn knows(&self, word: &str) -> bool {
        self.known.contains(&language::stem(Lang::De, word))
    }

    /// `normalized` with each compound followed by its parts.
    pub fn expand(&self, normalized: &str) -> String {
        let mut out = String::with_capacity(normalized.len() + 16);
        for w in normalized.split_whitespace() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(w);
            if let Some((head, tail)) = self.split(w) {
                out.push(' ');
                out.push_str(head);
                out.push(' ');
                out.push_str(tail);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_compounds_into_known_parts() {
        let c = Compounds::from_words(["passwort", "ändern", "zahlung", "methode", "die", "app"]);
        assert_eq!(c.split("passwortänderung"), None, "änderung is not known");
        let c = Compounds::from_words(["passwort", "änderung", "zahlung", "methode"]);
        assert_eq!(c.split("passwortänderung"), Some(("passwort", "änderung")));
        assert_eq!(c.split("zahlungsmethode"), Some(("zahlung", "methode")));
        assert_eq!(c.split("zahlungsmethoden"), Some(("zahlung", "methoden")));
        assert_eq!(c.split("passwort"), None);
        assert_eq!(
            c.expand("meine zahlungsmethode ändern"),
            "meine zahlungsmethode zahlung methode ändern"
        );
    }
}
