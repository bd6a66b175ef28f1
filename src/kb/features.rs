//! Feature vectors for the classifier: stemmed word 1-2 grams and character 3-5 grams
//! within words, with sublinear TF-IDF weights, each block L2-normalised.

use rustc_hash::FxHashMap as HashMap;
use std::cell::RefCell;

/// A sparse vector: feature ids (sorted, unique) and their values.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SparseVec {
    pub ids: Vec<u32>,
    pub values: Vec<f32>,
}

/// Which family a feature belongs to; each family is normalised on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Block {
    Word,
    Char,
}

/// 64-bit FNV-1a over a namespace byte and the parts, so features need no allocation.
fn hash_parts(namespace: u8, parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ namespace as u64;
    h = h.wrapping_mul(0x0100_0000_01b3);
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            h ^= 0xff;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        for &b in *part {
            h ^= b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// Raw features of a text: (hash, block) with counts, before weighting.
fn raw_features(stems: &[String], words: &[&str], out: &mut HashMap<u64, (Block, f32)>) {
    out.clear();
    let mut add = |h: u64, block: Block| {
        out.entry(h).or_insert((block, 0.0)).1 += 1.0;
    };
    for (i, s) in stems.iter().enumerate() {
        add(hash_parts(1, &[s.as_bytes()]), Block::Word);
        if let Some(next) = stems.get(i + 1) {
            add(hash_parts(2, &[s.as_bytes(), next.as_bytes()]), Block::Word);
        }
    }
    let mut padded: Vec<char> = Vec::with_capacity(32);
    for word in words {
        padded.clear();
        padded.push(' ');
        padded.extend(word.chars());
        padded.push(' ');
        for n in 3..=5 {
            if padded.len() < n {
                break;
            }
            for window in padded.windows(n) {
                let mut buf = [0u8; 20];
                let mut len = 0;
                for c in window {
                    len += c.encode_utf8(&mut buf[len..]).len();
                }
                add(hash_parts(3, &[&buf[..len]]), Block::Char);
            }
        }
    }
}

thread_local! {
    /// Working space for [`FeatureSpace::vectorize`].
    static RAW: RefCell<HashMap<u64, (Block, f32)>> = RefCell::new(HashMap::default());
}

/// The feature vocabulary of a knowledge base and its IDF weights.
#[derive(Debug, Default)]
pub struct FeatureSpace {
    ids: HashMap<u64, u32>,
    idf: Vec<f32>,
    block: Vec<Block>,
}

/// A text prepared for the feature space: stems and surface words.
pub struct Prepared<'a> {
    pub stems: &'a [String],
    pub words: &'a [&'a str],
}

impl FeatureSpace {
    /// Builds the vocabulary and IDF from training documents.
    pub fn fit(docs: &[Prepared<'_>]) -> FeatureSpace {
        let mut space = FeatureSpace::default();
        let mut df: Vec<u32> = Vec::new();
        let mut scratch = HashMap::default();
        for doc in docs {
            raw_features(doc.stems, doc.words, &mut scratch);
            for (&h, &(block, _)) in &scratch {
                // Fewer than 2^32 features: each from a word of a training pattern.
                #[allow(clippy::cast_possible_truncation)]
                let next = space.ids.len() as u32;
                let id = *space.ids.entry(h).or_insert(next);
                if id as usize == df.len() {
                    df.push(0);
                    space.block.push(block);
                }
                df[id as usize] += 1;
            }
        }
        let n = docs.len() as f32;
        space.idf = df
            .iter()
            .map(|&d| ((1.0 + n) / (1.0 + d as f32)).ln() + 1.0)
            .collect();
        space
    }

    /// Number of features.
    pub fn feature_count(&self) -> usize {
        self.idf.len()
    }

    /// The TF-IDF vector of a text; features unknown to the space are dropped.
    pub fn vectorize(&self, text: &Prepared<'_>) -> SparseVec {
        // The raw features' map is reused across calls (the order it holds them in does
        // not matter: they are sorted by id below).
        let mut pairs: Vec<(u32, f32)> = RAW.with(|cell| {
            let mut scratch = cell.borrow_mut();
            raw_features(text.stems, text.words, &mut scratch);
            scratch
                .iter()
                .filter_map(|(h, &(_, tf))| {
                    let id = *self.ids.get(h)?;
                    Some((id, (1.0 + tf.ln()) * self.idf[id as usize]))
                })
                .collect()
        });
        pairs.sort_unstable_by_key(|p| p.0);
        let mut norms = [0f32; 2];
        for &(id, v) in &pairs {
            norms[self.block[id as usize] as usize] += v * v;
        }
        let norms = norms.map(|n| if n > 0.0 { n.sqrt() } else { 1.0 });
        SparseVec {
            ids: pairs.iter().map(|p| p.0).collect(),
            values: pairs
                .iter()
                .map(|&(id, v)| v / norms[self.block[id as usize] as usize])
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prep(text: &str) -> (Vec<String>, Vec<String>) {
        let words: Vec<String> = text.split_whitespace().map(str::to_string).collect();
        (words.clone(), words)
    }

    #[test]
    fn known_features_only_and_normalised() {
        let (s1, w1) = prep("reset my password");
        let (s2, w2) = prep("refund my order");
        let w1r: Vec<&str> = w1.iter().map(String::as_str).collect();
        let w2r: Vec<&str> = w2.iter().map(String::as_str).collect();
        let docs = [
            Prepared {
                stems: &s1,
                words: &w1r,
            },
            Prepared {
                stems: &s2,
                words: &w2r,
            },
        ];
        let space = FeatureSpace::fit(&docs);
        assert!(space.feature_count() > 0);
        let v = space.vectorize(&docs[0]);
        let word_norm: f32 = v
            .ids
            .iter()
            .zip(&v.values)
            .filter(|(id, _)| space.block[**id as usize] == Block::Word)
            .map(|(_, x)| x * x)
            .sum();
        assert!((word_norm - 1.0).abs() < 1e-4);
        let (s3, w3) = prep("zzzz qqqq");
        let w3r: Vec<&str> = w3.iter().map(String::as_str).collect();
        assert!(space
            .vectorize(&Prepared {
                stems: &s3,
                words: &w3r
            })
            .ids
            .is_empty());
    }
}
