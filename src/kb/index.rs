//! The lexical index: BM25 over one document per entry (all of its patterns and
//! keywords together), and a speller that maps words the knowledge base does not know
//! to the nearest word it does (one edit away), found through a deletion index rather
//! than by comparing against every word.

use rustc_hash::FxHashMap as HashMap;

const K1: f32 = 1.2;
const B: f32 = 0.75;

/// BM25 over entries. Postings are stored per term as compressed rows.
#[derive(Debug, Default)]
pub struct Bm25 {
    terms: HashMap<String, u32>,
    offsets: Vec<u32>,
    postings: Vec<(u32, f32)>,
    idf: Vec<f32>,
    doc_len: Vec<f32>,
    avg_len: f32,
    unknown_idf: f32,
    /// For terms in more than [`WALK_LIMIT`] entries: the entries where the term weighs
    /// most (by BM25 term score), so a query never walks a whole long posting list.
    top: HashMap<u32, Vec<(u32, f32)>>,
}

/// BM25 scores of one query: per entry, normalised by the most the query could score.
#[derive(Debug, Default)]
pub struct Bm25Hits {
    /// (entry, score in [0, 1]): the share of the query's IDF mass the entry covers.
    pub hits: Vec<(u32, f32)>,
    /// The share of the query's terms (weighted by IDF) that the knowledge base knows.
    pub known_share: f32,
}

impl Bm25 {
    /// Builds the index from each entry's stemmed terms.
    pub fn build(docs: &[&[String]]) -> Bm25 {
        let mut terms: HashMap<String, u32> = HashMap::default();
        let mut rows: Vec<Vec<(u32, f32)>> = Vec::new();
        let mut doc_len = Vec::with_capacity(docs.len());
        let mut counts: HashMap<&str, f32> = HashMap::default();
        for (d, doc) in docs.iter().enumerate() {
            counts.clear();
            for t in doc.iter() {
                *counts.entry(t.as_str()).or_default() += 1.0;
            }
            for (t, tf) in &counts {
                let id = match terms.get(*t) {
                    Some(&id) => id,
                    None => {
                        let id = terms.len() as u32;
                        terms.insert((*t).to_string(), id);
                        id
                    }
                };
                if id as usize == rows.len() {
                    rows.push(Vec::new());
                }
                rows[id as usize].push((d as u32, *tf));
            }
            doc_len.push(doc.len() as f32);
        }
        let n = docs.len() as f32;
        let idf_of = |df: f32| (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
        let mut offsets = vec![0u32];
        let mut postings = Vec::new();
        let mut idf = Vec::with_capacity(rows.len());
        for mut row in rows {
            row.sort_unstable_by_key(|p| p.0);
            idf.push(idf_of(row.len() as f32));
            postings.extend(row);
            offsets.push(postings.len() as u32);
        }
        let avg_len = if docs.is_empty() {
            1.0
        } else {
            doc_len.iter().sum::<f32>() / n
        };
        let mut index = Bm25 {
            terms,
            offsets,
            postings,
            idf,
            doc_len,
            avg_len: avg_len.max(1.0),
            unknown_idf: idf_of(0.0),
            top: HashMap::default(),
        };
        if index.doc_len.len() > COMMON_MIN_DOCS {
            for id in 0..index.idf.len() as u32 {
                let list = index.postings_of(id);
                if list.len() > WALK_LIMIT {
                    let mut best: Vec<(u32, f32)> = list.to_vec();
                    best.select_nth_unstable_by(WALK_LIMIT, |a, b| {
                        index
                            .term_score(b.0, b.1)
                            .total_cmp(&index.term_score(a.0, a.1))
                    });
                    best.truncate(WALK_LIMIT);
                    best.sort_unstable_by_key(|p| p.0);
                    index.top.insert(id, best);
                }
            }
        }
        index
    }

    fn postings_of(&self, id: u32) -> &[(u32, f32)] {
        &self.postings[self.offsets[id as usize] as usize..self.offsets[id as usize + 1] as usize]
    }

    /// BM25's term-frequency part for one entry (multiply by the term's IDF).
    fn term_score(&self, doc: u32, tf: f32) -> f32 {
        let len_norm = 1.0 - B + B * self.doc_len[doc as usize] / self.avg_len;
        tf * (K1 + 1.0) / (tf + K1 * len_norm)
    }

    /// Scores every entry that shares a term with the query (unique terms count once).
    pub fn search(&self, query_terms: &[String], scratch: &mut Vec<f32>) -> Bm25Hits {
        let n = self.doc_len.len();
        if scratch.len() != n {
            scratch.clear();
            scratch.resize(n, 0.0);
        }
        let mut unique: Vec<&str> = query_terms.iter().map(String::as_str).collect();
        unique.sort_unstable();
        unique.dedup();
        let (mut total, mut known) = (0.0f32, 0.0f32);
        let mut terms: Vec<u32> = Vec::new();
        for term in unique {
            match self.terms.get(term) {
                Some(&id) => {
                    total += self.idf[id as usize];
                    known += self.idf[id as usize];
                    terms.push(id);
                }
                None => total += self.unknown_idf,
            }
        }
        // Rarest first. In a large base, a very common term only adds to entries that a
        // rarer term already found (looked up by binary search), so a query never walks
        // posting lists as long as the base itself.
        terms.sort_unstable_by(|a, b| self.idf[*b as usize].total_cmp(&self.idf[*a as usize]));
        let common_df = if n > COMMON_MIN_DOCS {
            n / COMMON_SHARE
        } else {
            usize::MAX
        };
        let mut touched: Vec<u32> = Vec::new();
        for (rank, &id) in terms.iter().enumerate() {
            let idf = self.idf[id as usize];
            let postings = self.postings_of(id);
            let score = |doc: u32, tf: f32| idf * self.term_score(doc, tf);
            let walk = if postings.len() <= common_df {
                postings
            } else if rank == 0 || touched.is_empty() {
                self.top.get(&id).map_or(postings, Vec::as_slice)
            } else {
                for &doc in &touched {
                    if let Ok(i) = postings.binary_search_by_key(&doc, |p| p.0) {
                        scratch[doc as usize] += score(doc, postings[i].1);
                    }
                }
                continue;
            };
            for &(doc, tf) in walk {
                let slot = &mut scratch[doc as usize];
                if *slot == 0.0 {
                    touched.push(doc);
                }
                *slot += score(doc, tf);
            }
        }
        let max_possible = total * (K1 + 1.0);
        let hits = touched
            .into_iter()
            .map(|d| {
                let s = (scratch[d as usize] / max_possible).min(1.0);
                scratch[d as usize] = 0.0;
                (d, s)
            })
            .collect();
        Bm25Hits {
            hits,
            known_share: if total > 0.0 { known / total } else { 0.0 },
        }
    }
}

/// Bases larger than this treat very common terms specially (see [`Bm25::search`]).
const COMMON_MIN_DOCS: usize = 500;
/// The most postings a query walks for one very common term.
const WALK_LIMIT: usize = 1_024;
/// A term in more than 1/COMMON_SHARE of the entries is "very common".
const COMMON_SHARE: usize = 20;

/// Corrects words that are one edit (insert, delete, substitute, swap) from a known word.
#[derive(Debug, Default)]
pub struct Speller {
    words: HashMap<String, u32>,
    by_id: Vec<(String, u32)>,
    deletes: HashMap<String, Vec<u32>>,
}

/// Words shorter than this are never corrected (too many neighbours).
const MIN_CORRECT_CHARS: usize = 4;

fn deletions(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    (0..chars.len())
        .map(|i| {
            chars
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != i)
                .map(|(_, c)| c)
                .collect()
        })
        .collect()
}

impl Speller {
    /// Learns the vocabulary from words (each occurrence counts once).
    #[cfg(test)]
    pub fn build<'a>(words: impl IntoIterator<Item = &'a str>) -> Speller {
        Speller::from_counts(words.into_iter().map(|w| (w, 1)))
    }

    /// Learns the vocabulary from (word, count) pairs; a word may come more than once.
    pub fn from_counts<'a>(words: impl IntoIterator<Item = (&'a str, u32)>) -> Speller {
        let mut speller = Speller::default();
        for (w, count) in words {
            if let Some(&id) = speller.words.get(w) {
                speller.by_id[id as usize].1 += count;
                continue;
            }
            let id = speller.by_id.len() as u32;
            speller.words.insert(w.to_string(), id);
            speller.by_id.push((w.to_string(), count));
            if w.chars().count() >= MIN_CORRECT_CHARS - 1 {
                for d in deletions(w) {
                    speller.deletes.entry(d).or_default().push(id);
                }
            }
        }
        speller
    }

    /// The word itself if known, else the most frequent known word one edit away, else `None`.
    pub fn correct(&self, word: &str) -> Option<&str> {
        if let Some(&id) = self.words.get(word) {
            return Some(&self.by_id[id as usize].0);
        }
        if word.chars().count() < MIN_CORRECT_CHARS || word.chars().any(|c| c.is_ascii_digit()) {
            return None;
        }
        let mut best: Option<(u32, u32)> = None;
        let mut consider = |id: u32| {
            let (known, count) = &self.by_id[id as usize];
            if strsim::damerau_levenshtein(word, known) <= 1 && best.is_none_or(|b| count > &b.1) {
                best = Some((id, *count));
            }
        };
        if let Some(ids) = self.deletes.get(word) {
            ids.iter().for_each(|&id| consider(id));
        }
        for d in deletions(word) {
            if let Some(&id) = self.words.get(&d) {
                consider(id);
            }
            if let Some(ids) = self.deletes.get(&d) {
                ids.iter().for_each(|&id| consider(id));
            }
        }
        best.map(|(id, _)| self.by_id[id as usize].0.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn bm25_prefers_the_entry_with_rare_query_words() {
        let (a, b) = (doc("reset password account"), doc("refund order account"));
        let index = Bm25::build(&[&a, &b]);
        let mut scratch = Vec::new();
        let hits = index.search(&doc("refund my account"), &mut scratch);
        let best = hits.hits.iter().max_by(|a, b| a.1.total_cmp(&b.1)).unwrap();
        assert_eq!(best.0, 1);
        assert!(hits.known_share > 0.0 && hits.known_share < 1.0);
    }

    #[test]
    fn speller_fixes_one_edit_and_leaves_the_rest() {
        let s = Speller::build(["password", "refund", "install", "install"]);
        assert_eq!(s.correct("pasword"), Some("password"));
        assert_eq!(s.correct("passwrod"), Some("password"));
        assert_eq!(s.correct("refunds"), Some("refund"));
        assert_eq!(s.correct("instal"), Some("install"));
        assert_eq!(s.correct("banana"), None);
        assert_eq!(s.correct("pwd"), None);
    }
}
