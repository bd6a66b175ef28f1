//! Keyword and regex evidence, indexed: a question looks its own stems up among the
//! entries' keywords, and runs the entries' regexes a set at a time, so its cost does not
//! grow with the number of entries that have keywords or regexes.

use super::files::Entry;
use regex::{Regex, RegexSet, RegexSetBuilder};
use rustc_hash::FxHashMap;

/// Regexes compiled together into one set (one pass over the question per set).
const SET_SIZE: usize = 128;
/// The most memory one compiled set may take; a chunk over it runs its regexes one by one.
const SET_SIZE_LIMIT: usize = 32 << 20;

/// What one question finds for one entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub entry: u32,
    /// One of the entry's regexes matches the question.
    pub regex: bool,
    /// How many of the entry's keywords are among the question's stems.
    pub keywords: usize,
}

/// The entries' keywords and regexes, indexed.
#[derive(Debug, Default)]
pub struct Evidence {
    /// Keyword stem -> the entries listing it (an entry once per listing).
    keywords: FxHashMap<String, Vec<u32>>,
    /// The regexes, in sets, each with the entry of each of its patterns.
    sets: Vec<(RegexSet, Vec<u32>)>,
    /// Regexes that did not fit in a set, run one by one.
    singles: Vec<(u32, Regex)>,
}

impl Evidence {
    /// Indexes each entry's keyword stems (`keywords[i]` for `entries[i]`) and regexes.
    ///
    /// Regexes are compiled again, from their source, into sets: entries' regexes are
    /// built with the default options (as [`super::files`] does), so a set matches exactly
    /// where the regexes do one by one.
    pub fn build(entries: &[Entry], keywords: &[Vec<String>]) -> Evidence {
        let mut index: FxHashMap<String, Vec<u32>> = FxHashMap::default();
        // Entry ids are `u32`: fewer than 2^32 entries (see `index::Docs`).
        for (i, stems) in (0u32..).zip(keywords) {
            for stem in stems {
                index.entry(stem.clone()).or_default().push(i);
            }
        }
        let regexes: Vec<(u32, &Regex)> = (0u32..)
            .zip(entries)
            .flat_map(|(i, e)| e.regex.iter().map(move |r| (i, r)))
            .collect();
        let chunks: Vec<&[(u32, &Regex)]> = regexes.chunks(SET_SIZE).collect();
        let compile = |chunk: &[(u32, &Regex)]| {
            RegexSetBuilder::new(chunk.iter().map(|(_, r)| r.as_str()))
                .size_limit(SET_SIZE_LIMIT)
                .build()
                .ok()
        };
        let compiled: Vec<Option<RegexSet>> = if chunks.len() <= 1 {
            chunks.iter().map(|c| compile(c)).collect()
        } else {
            let threads = std::thread::available_parallelism()
                .map_or(1, |n| n.get())
                .min(8);
            let per = chunks.len().div_ceil(threads);
            std::thread::scope(|scope| {
                let workers: Vec<_> = chunks
                    .chunks(per)
                    .map(|part| scope.spawn(move || part.iter().map(|c| compile(c)).collect()))
                    .collect();
                workers
                    .into_iter()
                    .flat_map(|w| -> Vec<Option<RegexSet>> {
                        w.join().expect("compiling regex sets does not panic")
                    })
                    .collect()
            })
        };
        let mut evidence = Evidence {
            keywords: index,
            ..Evidence::default()
        };
        for (chunk, set) in chunks.into_iter().zip(compiled) {
            match set {
                Some(set) => evidence
                    .sets
                    .push((set, chunk.iter().map(|(i, _)| *i).collect())),
                None => evidence
                    .singles
                    .extend(chunk.iter().map(|(i, r)| (*i, (*r).clone()))),
            }
        }
        evidence
    }

    /// The entries with evidence for a question (its stems and its original text), in
    /// entry order, into `out` (cleared first).
    pub fn find(&self, stems: &[String], original: &str, out: &mut Vec<Hit>) {
        out.clear();
        let mut keyword_hits: Vec<u32> = Vec::new();
        if !self.keywords.is_empty() {
            let mut unique: Vec<&str> = stems.iter().map(String::as_str).collect();
            unique.sort_unstable();
            unique.dedup();
            for stem in unique {
                if let Some(list) = self.keywords.get(stem) {
                    keyword_hits.extend_from_slice(list);
                }
            }
            keyword_hits.sort_unstable();
        }
        let mut regex_hits: Vec<u32> = Vec::new();
        for (set, owners) in &self.sets {
            regex_hits.extend(set.matches(original).iter().map(|k| owners[k]));
        }
        for (entry, regex) in &self.singles {
            if regex.is_match(original) {
                regex_hits.push(*entry);
            }
        }
        regex_hits.sort_unstable();
        regex_hits.dedup();
        // Merge the two sorted lists: one hit per entry.
        let (mut k, mut r) = (0, 0);
        while k < keyword_hits.len() || r < regex_hits.len() {
            let next_k = keyword_hits.get(k).copied().unwrap_or(u32::MAX);
            let next_r = regex_hits.get(r).copied().unwrap_or(u32::MAX);
            let entry = next_k.min(next_r);
            let mut hit = Hit {
                entry,
                regex: false,
                keywords: 0,
            };
            if next_r == entry {
                hit.regex = true;
                r += 1;
            }
            while keyword_hits.get(k) == Some(&entry) {
                hit.keywords += 1;
                k += 1;
            }
            out.push(hit);
        }
    }
}

#[cfg(test)]
#[allow(clippy::cast_possible_truncation)] // Test bases: a handful of entries.
mod tests {
    use super::*;
    use crate::kb::files::Location;
    use std::path::PathBuf;

    fn entry(i: usize, regex: &[&str]) -> Entry {
        let mut e = Entry::simple(
            format!("e{i}"),
            vec!["x".into()],
            "a".into(),
            Location {
                file: PathBuf::from("t.toml"),
                line: i + 1,
            },
        );
        e.regex = regex.iter().map(|r| Regex::new(r).unwrap()).collect();
        e
    }

    fn stems(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_string).collect()
    }

    /// What scoring did before the index: every entry, one regex and keyword at a time.
    fn direct(entries: &[Entry], keywords: &[Vec<String>], q: &[String], text: &str) -> Vec<Hit> {
        (0..entries.len())
            .filter_map(|i| {
                let hit = Hit {
                    entry: i as u32,
                    regex: entries[i].regex.iter().any(|r| r.is_match(text)),
                    keywords: keywords[i].iter().filter(|k| q.contains(k)).count(),
                };
                (hit.regex || hit.keywords > 0).then_some(hit)
            })
            .collect()
    }

    #[test]
    fn finds_what_checking_every_entry_finds() {
        // More regexes than one set holds, keywords listed twice, entries with neither.
        let entries: Vec<Entry> = (0..400)
            .map(|i| match i % 4 {
                0 => entry(i, &[&format!(r"(?i)\bcode{}\b", i % 7), r"^never$"]),
                1 => entry(i, &[r"(?i)forgot.*password"]),
                2 => entry(i, &[]),
                _ => entry(i, &[r"\d{3}-\d{4}", r"(?i)\bREFUND\b"]),
            })
            .collect();
        let keywords: Vec<Vec<String>> = (0..400)
            .map(|i| match i % 5 {
                0 => stems("password reset"),
                1 => stems("refund refund"),
                2 => Vec::new(),
                3 => stems("code"),
                _ => stems("install"),
            })
            .collect();
        let evidence = Evidence::build(&entries, &keywords);
        assert!(evidence.sets.len() > 1);
        let mut out = Vec::new();
        for (q, text) in [
            ("i forgot my password", "I FORGOT my password!"),
            ("refund please", "refund please, call 555-1234"),
            ("code3 refund refund", "code3 refund refund"),
            ("nothing here", "nothing here"),
            ("", ""),
        ] {
            let q = stems(q);
            evidence.find(&q, text, &mut out);
            assert_eq!(out, direct(&entries, &keywords, &q, text), "{text:?}");
        }
    }
}
