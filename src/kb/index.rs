//! The lexical index: BM25 over one document per entry (all of its patterns and
//! keywords together), and a speller that maps words the knowledge base does not know
//! to the nearest word it does (one edit away), found through a deletion index rather
//! than by comparing against every word.

use rustc_hash::FxHashMap as HashMap;

const K1: f32 = 1.2;
const B: f32 = 0.75;

/// Documents as term ids, end to end: document `d` is `terms[ends[d - 1]..ends[d]]`.
///
/// Entry, term and word ids are `u32` throughout the knowledge base's index (half the
/// memory of `usize`, in the hot loops too). A base has fewer than 2^32 entries and
/// distinct words (each is held in memory as a `String`), so the casts of their counts
/// and indexes to `u32` cannot truncate; they are allowed where they are made.
#[derive(Debug, Default)]
pub struct Docs {
    pub terms: Vec<u32>,
    pub ends: Vec<usize>,
}

impl Docs {
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn doc(&self, d: usize) -> &[u32] {
        let start = if d == 0 { 0 } else { self.ends[d - 1] };
        &self.terms[start..self.ends[d]]
    }
}

/// BM25 over entries. Postings are stored per term as compressed rows.
#[derive(Debug, Default)]
pub struct Bm25 {
    terms: HashMap<String, u32>,
    offsets: Vec<u32>,
    postings: Vec<(u32, f32)>,
    idf: Vec<f32>,
    /// Per entry, `K1` times BM25's length normalisation (precomputed: it is the same
    /// for every term).
    len_norm: Vec<f32>,
    unknown_idf: f32,
    /// For terms in more than [`WALK_LIMIT`] entries: the entries where the term weighs
    /// most (by BM25 term score), so a query never walks a whole long posting list.
    top: HashMap<u32, Vec<(u32, f32)>>,
    /// For very common terms (see [`Bm25::search`]): the term's count in every entry, so
    /// an entry's count is read in constant time rather than found by a binary search.
    counts: HashMap<u32, DenseCounts>,
}

/// One term's count in every entry, a byte each (0: not there).
#[derive(Debug, Default)]
struct DenseCounts(Vec<u8>);

impl DenseCounts {
    /// Counts of [`DenseCounts::MANY`] or more are read from the postings instead.
    const MANY: u8 = u8::MAX;

    // `tf` is a count (a whole number from 1) below 255 where it is cast, so it fits a byte.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    fn of(postings: &[(u32, f32)], docs: usize) -> DenseCounts {
        let mut counts = vec![0u8; docs];
        for &(doc, tf) in postings {
            counts[doc as usize] = if tf < DenseCounts::MANY as f32 {
                tf as u8
            } else {
                DenseCounts::MANY
            };
        }
        DenseCounts(counts)
    }

    /// The term's count in `doc` (0 when it is not there).
    #[inline]
    fn get(&self, doc: u32, postings: &[(u32, f32)]) -> f32 {
        match self.0[doc as usize] {
            DenseCounts::MANY => postings
                .binary_search_by_key(&doc, |p| p.0)
                .map_or(0.0, |i| postings[i].1),
            n => n as f32,
        }
    }
}

/// Per-query working space for [`Bm25::search`], reused across queries.
#[derive(Debug, Default)]
pub struct SearchScratch {
    /// Per entry, the score so far (0 for entries not touched yet).
    acc: Vec<f32>,
    /// The entries touched, in the order they were first touched.
    touched: Vec<u32>,
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
    /// Whether some entry's patterns or keywords hold this stem.
    pub fn knows(&self, stem: &str) -> bool {
        self.terms.contains_key(stem)
    }

    /// Builds the index from each entry's stemmed terms.
    #[cfg(test)]
    #[allow(clippy::cast_possible_truncation)] // Test bases: a few hand-made entries.
    pub fn build(docs: &[&[String]]) -> Bm25 {
        let mut ids: HashMap<&str, u32> = HashMap::default();
        let mut terms: Vec<String> = Vec::new();
        let mut all = Docs::default();
        for doc in docs {
            for t in doc.iter() {
                let id = *ids.entry(t.as_str()).or_insert_with(|| {
                    terms.push(t.clone());
                    terms.len() as u32 - 1
                });
                all.terms.push(id);
            }
            all.ends.push(all.terms.len());
        }
        Bm25::from_docs(terms, &all)
    }

    /// Builds the index from each entry's terms, given as ids into `terms`.
    pub fn from_docs(terms: Vec<String>, docs: &Docs) -> Bm25 {
        let n_docs = docs.len();
        let n_terms = terms.len();
        // Entry and term ids are `u32`: fewer than 2^32 of each (see [`Docs`]).
        #[allow(clippy::cast_possible_truncation)]
        let (n_docs32, n_terms32) = (n_docs as u32, n_terms as u32);
        // Two passes over the documents: count the entries holding each term, then fill
        // each term's postings (in entry order, so sorted) with its count per entry.
        let mut last = vec![u32::MAX; n_terms];
        let mut df = vec![0u32; n_terms];
        for d in 0..n_docs32 {
            for &t in docs.doc(d as usize) {
                if last[t as usize] != d {
                    last[t as usize] = d;
                    df[t as usize] += 1;
                }
            }
        }
        let mut offsets = Vec::with_capacity(n_terms + 1);
        offsets.push(0u32);
        for &f in &df {
            offsets.push(offsets[offsets.len() - 1] + f);
        }
        let mut fill: Vec<u32> = offsets[..n_terms].to_vec();
        let mut postings = vec![(0u32, 0f32); offsets[n_terms] as usize];
        last.fill(u32::MAX);
        let mut doc_len = Vec::with_capacity(n_docs);
        for d in 0..n_docs32 {
            let doc = docs.doc(d as usize);
            for &t in doc {
                let t = t as usize;
                if last[t] != d {
                    last[t] = d;
                    postings[fill[t] as usize] = (d, 1.0);
                    fill[t] += 1;
                } else {
                    postings[fill[t] as usize - 1].1 += 1.0;
                }
            }
            doc_len.push(doc.len() as f32);
        }
        drop((last, fill));
        let n = n_docs as f32;
        let idf_of = |df: f32| (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
        let idf: Vec<f32> = df.iter().map(|&f| idf_of(f as f32)).collect();
        let terms: HashMap<String, u32> = terms.into_iter().zip(0..n_terms32).collect();
        let avg_len = if n_docs == 0 {
            1.0
        } else {
            doc_len.iter().sum::<f32>() / n
        };
        let avg_len = avg_len.max(1.0);
        let len_norm = doc_len
            .iter()
            .map(|&len| K1 * (1.0 - B + B * len / avg_len))
            .collect();
        let mut index = Bm25 {
            terms,
            offsets,
            postings,
            idf,
            len_norm,
            unknown_idf: idf_of(0.0),
            top: HashMap::default(),
            counts: HashMap::default(),
        };
        let docs = index.len_norm.len();
        if docs > COMMON_MIN_DOCS {
            let (mut top, mut counts) = (HashMap::default(), HashMap::default());
            for id in 0..n_terms32 {
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
                    top.insert(id, best);
                }
                if list.len() > docs / COMMON_SHARE {
                    counts.insert(id, DenseCounts::of(list, docs));
                }
            }
            index.top = top;
            index.counts = counts;
        }
        index
    }

    fn postings_of(&self, id: u32) -> &[(u32, f32)] {
        &self.postings[self.offsets[id as usize] as usize..self.offsets[id as usize + 1] as usize]
    }

    /// BM25's term-frequency part for one entry (multiply by the term's IDF).
    fn term_score(&self, doc: u32, tf: f32) -> f32 {
        tf * (K1 + 1.0) / (tf + self.len_norm[doc as usize])
    }

    /// Scores every entry that shares a term with the query (unique terms count once).
    pub fn search(&self, query_terms: &[String], scratch: &mut SearchScratch) -> Bm25Hits {
        let n = self.len_norm.len();
        let SearchScratch { acc, touched } = scratch;
        if acc.len() != n {
            acc.clear();
            acc.resize(n, 0.0);
        }
        touched.clear();
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
        // rarer term already found (its count there read from a dense array), so a query
        // never walks posting lists as long as the base itself.
        terms.sort_unstable_by(|a, b| self.idf[*b as usize].total_cmp(&self.idf[*a as usize]));
        let common_df = if n > COMMON_MIN_DOCS {
            n / COMMON_SHARE
        } else {
            usize::MAX
        };
        for (rank, &id) in terms.iter().enumerate() {
            let idf = self.idf[id as usize];
            let postings = self.postings_of(id);
            let score = |doc: u32, tf: f32| idf * self.term_score(doc, tf);
            let walk = if postings.len() <= common_df {
                postings
            } else if rank == 0 || touched.is_empty() {
                self.top.get(&id).map_or(postings, Vec::as_slice)
            } else {
                let counts = &self.counts[&id];
                for &doc in touched.iter() {
                    let tf = counts.get(doc, postings);
                    if tf > 0.0 {
                        acc[doc as usize] += score(doc, tf);
                    }
                }
                continue;
            };
            for &(doc, tf) in walk {
                let slot = &mut acc[doc as usize];
                if *slot == 0.0 {
                    touched.push(doc);
                }
                *slot += score(doc, tf);
            }
        }
        let max_possible = total * (K1 + 1.0);
        let hits = touched
            .iter()
            .map(|&d| {
                let s = (acc[d as usize] / max_possible).min(1.0);
                acc[d as usize] = 0.0;
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
            // Fewer than 2^32 distinct words (see [`Docs`]).
            #[allow(clippy::cast_possible_truncation)]
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
#[allow(clippy::cast_possible_truncation)] // Test bases: a few thousand entries at most.
mod tests {
    use super::*;

    fn doc(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn bm25_prefers_the_entry_with_rare_query_words() {
        let (a, b) = (doc("reset password account"), doc("refund order account"));
        let index = Bm25::build(&[&a, &b]);
        let mut scratch = SearchScratch::default();
        let hits = index.search(&doc("refund my account"), &mut scratch);
        let best = hits.hits.iter().max_by(|a, b| a.1.total_cmp(&b.1)).unwrap();
        assert_eq!(best.0, 1);
        assert!(hits.known_share > 0.0 && hits.known_share < 1.0);
    }

    /// BM25 of `query` for one document, computed directly from the definition.
    fn bm25_direct(docs: &[Vec<String>], d: usize, query: &[&str]) -> f32 {
        let n = docs.len() as f32;
        let avg = docs.iter().map(|d| d.len() as f32).sum::<f32>() / n;
        let mut unique = query.to_vec();
        unique.sort_unstable();
        unique.dedup();
        let (mut sum, mut total) = (0.0, 0.0);
        for t in unique {
            let df = docs.iter().filter(|d| d.iter().any(|w| w == t)).count() as f32;
            let idf = (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
            total += idf;
            let tf = docs[d].iter().filter(|w| *w == t).count() as f32;
            if tf > 0.0 {
                let norm = K1 * (1.0 - B + B * docs[d].len() as f32 / avg.max(1.0));
                sum += idf * tf * (K1 + 1.0) / (tf + norm);
            }
        }
        (sum / (total * (K1 + 1.0))).min(1.0)
    }

    #[test]
    fn large_bases_score_common_terms_exactly_on_the_entries_rare_terms_find() {
        // 2 000 entries: "the" in all of them (300 times in entry 7, past a byte's
        // range), "app" in every 10th, "refund" in entries 0..60, one rare word each.
        let docs: Vec<Vec<String>> = (0..2_000)
            .map(|i| {
                let mut d = doc("the");
                if i == 7 {
                    d.extend((0..299).map(|_| "the".to_string()));
                }
                if i % 10 == 0 {
                    d.extend(doc("app app"));
                }
                if i < 60 {
                    d.push("refund".into());
                }
                d.push(format!("rare{i}"));
                d
            })
            .collect();
        let refs: Vec<&[String]> = docs.iter().map(Vec::as_slice).collect();
        let index = Bm25::build(&refs);
        let mut scratch = SearchScratch::default();
        for query in [
            vec!["refund", "the", "app"],
            vec!["rare7", "the"],
            vec!["refund", "refund", "app", "unknownword"],
        ] {
            let terms: Vec<String> = query.iter().map(|t| t.to_string()).collect();
            let hits = index.search(&terms, &mut scratch);
            // The rarer terms find their entries; each of those gets every term's share.
            let mut found: Vec<u32> = hits.hits.iter().map(|h| h.0).collect();
            found.sort_unstable();
            let expected: Vec<u32> = (0..docs.len() as u32)
                .filter(|&d| {
                    query.iter().any(|t| {
                        !matches!(*t, "the" | "app") && docs[d as usize].iter().any(|w| w == t)
                    })
                })
                .collect();
            assert_eq!(found, expected, "{query:?}");
            for &(d, score) in &hits.hits {
                let direct = bm25_direct(&docs, d as usize, &query);
                assert!(
                    (score - direct).abs() < 1e-5,
                    "{query:?} entry {d}: {score} vs {direct}"
                );
            }
        }
        // Scratch space is left clean for the next query.
        assert!(scratch.acc.iter().all(|&x| x == 0.0));
    }

    #[test]
    fn speller_breaks_ties_by_the_word_learned_first() {
        let s = Speller::build(["form", "farm"]);
        assert_eq!(s.correct("firm"), Some("form"));
        let s = Speller::build(["farm", "form"]);
        assert_eq!(s.correct("firm"), Some("farm"));
        let s = Speller::build(["farm", "form", "form"]);
        assert_eq!(s.correct("firm"), Some("form"));
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
