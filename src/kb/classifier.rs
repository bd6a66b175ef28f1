//! A multinomial logistic regression trained on the knowledge base's own patterns.
//!
//! Weights are sparse and centred: feature `f` carries a weight only for the entries
//! whose patterns contain `f` (every other entry shares weight 0, which softmax cannot
//! tell from any other shared value). Scoring a query then touches only the entries that
//! share a feature with it, and training costs the same sparse walk per pattern.

use super::features::SparseVec;

/// Training settings.
#[derive(Debug, Clone, Copy)]
pub struct TrainParams {
    pub epochs: usize,
    pub learning_rate: f32,
    pub l2: f32,
    /// After training, keep at most this many entries per feature (largest weights).
    pub max_per_feature: usize,
    /// Features found in more entries than this (or a fifth of all entries, if more) are
    /// left to BM25: they barely separate entries and would dominate training time.
    pub max_classes_per_feature: usize,
}

impl TrainParams {
    /// The defaults, with fewer passes over large pattern sets (training time grows with
    /// patterns x passes; large sets need fewer passes to converge).
    pub fn for_samples(samples: usize) -> TrainParams {
        let base = TrainParams::default();
        let epochs = (base.epochs * 3_000 / samples.max(1)).clamp(6, base.epochs);
        TrainParams { epochs, ..base }
    }
}

impl Default for TrainParams {
    fn default() -> Self {
        TrainParams {
            epochs: 25,
            learning_rate: 0.3,
            l2: 1e-3,
            max_per_feature: 32,
            max_classes_per_feature: 64,
        }
    }
}

/// The trained model, stored as compressed sparse rows (one row per feature).
#[derive(Debug, Default)]
pub struct Classifier {
    offsets: Vec<u32>,
    classes: Vec<u32>,
    weights: Vec<f32>,
    n_classes: usize,
}

/// Reusable scratch space for scoring: the touched classes and their scores, in the
/// order they were first touched, and per class where its score is. Reading every score
/// (softmax, ranking) is then a walk over two short arrays, not a gather from one as
/// long as the knowledge base.
#[derive(Debug, Default)]
pub struct Scores {
    /// Per class: 1 + the index of its score in `values`, or 0 while untouched.
    slot: Vec<u32>,
    pub touched: Vec<u32>,
    pub values: Vec<f32>,
}

impl Scores {
    /// Makes room for `n` classes, all at 0.
    pub fn reset(&mut self, n: usize) {
        for &c in &self.touched {
            self.slot[c as usize] = 0;
        }
        self.touched.clear();
        self.values.clear();
        if self.slot.len() != n {
            self.slot.clear();
            self.slot.resize(n, 0);
        }
    }

    /// Adds `value` to class `c`'s score; a touched class never sits at exactly 0.
    #[inline]
    pub fn add(&mut self, c: u32, value: f32) {
        let slot = &mut self.slot[c as usize];
        if *slot == 0 {
            self.touched.push(c);
            self.values.push(0.0);
            // One value per class; classes are entries, fewer than 2^32 (see `index::Docs`).
            #[allow(clippy::cast_possible_truncation)]
            let len = self.values.len() as u32;
            *slot = len;
        }
        let score = &mut self.values[*slot as usize - 1];
        *score += value;
        if *score == 0.0 {
            *score = f32::MIN_POSITIVE;
        }
    }

    /// Class `c`'s score (0 while untouched).
    #[cfg(test)]
    pub fn get(&self, c: u32) -> f32 {
        match self.slot[c as usize] {
            0 => 0.0,
            i => self.values[i as usize - 1],
        }
    }
}

/// Training's scores: few classes (a trained base is small), so a dense array; the same
/// arithmetic as [`Scores`].
#[derive(Debug, Default)]
struct DenseScores {
    dense: Vec<f32>,
    touched: Vec<u32>,
}

impl DenseScores {
    fn reset(&mut self, n: usize) {
        for &c in &self.touched {
            self.dense[c as usize] = 0.0;
        }
        self.touched.clear();
        if self.dense.len() != n {
            self.dense.clear();
            self.dense.resize(n, 0.0);
        }
    }

    #[inline]
    fn add(&mut self, c: u32, value: f32) {
        let slot = &mut self.dense[c as usize];
        if *slot == 0.0 {
            self.touched.push(c);
        }
        *slot += value;
        if *slot == 0.0 {
            *slot = f32::MIN_POSITIVE;
        }
    }

    /// As [`softmax_parts`].
    fn softmax_parts(&self, n_classes: usize) -> (f32, f32) {
        let untouched = n_classes - self.touched.len();
        let mut max = if untouched > 0 { 0.0f32 } else { f32::MIN };
        for &c in &self.touched {
            max = max.max(self.dense[c as usize]);
        }
        let mut z = untouched as f32 * (-max).exp();
        for &c in &self.touched {
            z += (self.dense[c as usize] - max).exp();
        }
        (max, z)
    }
}

impl Classifier {
    /// Trains on `(vector, class)` samples over `n_features` features and `n_classes` classes.
    pub fn train(
        samples: &[(SparseVec, u32)],
        n_features: usize,
        n_classes: usize,
        params: TrainParams,
    ) -> Classifier {
        let mut rows: Vec<Vec<u32>> = vec![Vec::new(); n_features];
        for (x, class) in samples {
            for &f in &x.ids {
                rows[f as usize].push(*class);
            }
        }
        let mut offsets = Vec::with_capacity(n_features + 1);
        let mut classes = Vec::new();
        offsets.push(0u32);
        let cap = params.max_classes_per_feature.max(n_classes / 5);
        for row in &mut rows {
            row.sort_unstable();
            row.dedup();
            if row.len() > cap {
                // So common it hardly tells entries apart; BM25 still sees it.
                row.clear();
            }
            classes.extend_from_slice(row);
            // One per (feature, entry) pair of the training patterns: fewer than 2^32.
            #[allow(clippy::cast_possible_truncation)]
            let end = classes.len() as u32;
            offsets.push(end);
        }
        drop(rows);
        let mut model = Classifier {
            weights: vec![0.0; classes.len()],
            offsets,
            classes,
            n_classes,
        };
        model.fit(samples, params);
        model.prune(params.max_per_feature);
        model
    }

    fn fit(&mut self, samples: &[(SparseVec, u32)], params: TrainParams) {
        if samples.is_empty() || self.n_classes < 2 {
            return;
        }
        let mut grad_sq = vec![1e-6f32; self.weights.len()];
        let mut scores = DenseScores::default();
        let mut probs = vec![0f32; self.n_classes];
        let mut delta: Vec<f32> = Vec::new();
        let mut order: Vec<usize> = (0..samples.len()).collect();
        let mut rng = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..params.epochs {
            for i in (1..order.len()).rev() {
                rng ^= rng << 13;
                rng ^= rng >> 7;
                rng ^= rng << 17;
                // The remainder is at most `i`, a `usize`.
                #[allow(clippy::cast_possible_truncation)]
                let j = (rng % (i as u64 + 1)) as usize;
                order.swap(i, j);
            }
            for &i in &order {
                let (x, y) = &samples[i];
                scores.reset(self.n_classes);
                for (&f, &xv) in x.ids.iter().zip(&x.values) {
                    let (lo, hi) = self.row(f);
                    for k in lo..hi {
                        scores.add(self.classes[k], xv * self.weights[k]);
                    }
                }
                let (max, z) = scores.softmax_parts(self.n_classes);
                for &c in &scores.touched {
                    probs[c as usize] = (scores.dense[c as usize] - max).exp() / z;
                }
                for (&f, &xv) in x.ids.iter().zip(&x.values) {
                    let (lo, hi) = self.row(f);
                    // Gathered first, so the update below is a plain element-wise loop
                    // the compiler turns into vector code (same operations, same results).
                    delta.clear();
                    delta.extend(self.classes[lo..hi].iter().map(|&c| {
                        let target = if c == *y { 1.0 } else { 0.0 };
                        probs[c as usize] - target
                    }));
                    let row = delta
                        .iter()
                        .zip(&mut self.weights[lo..hi])
                        .zip(&mut grad_sq[lo..hi]);
                    for ((&d, w), g2) in row {
                        let g = xv * d + params.l2 * *w;
                        *g2 += g * g;
                        *w -= params.learning_rate * g / g2.sqrt();
                    }
                }
            }
        }
    }

    /// Keeps the `max` largest weights per feature; the rest become the shared 0.
    fn prune(&mut self, max: usize) {
        let mut offsets = Vec::with_capacity(self.offsets.len());
        let mut classes = Vec::new();
        let mut weights = Vec::new();
        offsets.push(0u32);
        // One row per feature, and features have `u32` ids: fewer than 2^32 of them.
        #[allow(clippy::cast_possible_truncation)]
        let n_features = (self.offsets.len() - 1) as u32;
        for f in 0..n_features {
            let (lo, hi) = self.row(f);
            let mut row: Vec<(u32, f32)> = (lo..hi)
                .map(|k| (self.classes[k], self.weights[k]))
                .filter(|&(_, w)| w.abs() > 1e-4)
                .collect();
            if row.len() > max {
                row.sort_unstable_by(|a, b| b.1.abs().total_cmp(&a.1.abs()));
                row.truncate(max);
            }
            for (c, w) in row {
                classes.push(c);
                weights.push(w);
            }
            // At most as many as before pruning, which fitted a `u32`.
            #[allow(clippy::cast_possible_truncation)]
            let end = classes.len() as u32;
            offsets.push(end);
        }
        self.offsets = offsets;
        self.classes = classes;
        self.weights = weights;
    }

    #[inline]
    fn row(&self, f: u32) -> (usize, usize) {
        (
            self.offsets[f as usize] as usize,
            self.offsets[f as usize + 1] as usize,
        )
    }

    /// This model's logits for `x`, in `scores` (reset first).
    #[cfg(test)]
    pub fn score_into(&self, x: &SparseVec, scores: &mut Scores) {
        scores.reset(self.n_classes);
        self.add_scores(x, scores);
    }

    /// Adds this model's logits for `x` into `scores` without resetting.
    pub fn add_scores(&self, x: &SparseVec, scores: &mut Scores) {
        for (&f, &xv) in x.ids.iter().zip(&x.values) {
            let (lo, hi) = self.row(f);
            for k in lo..hi {
                scores.add(self.classes[k], xv * self.weights[k]);
            }
        }
    }
}

/// The max logit and the softmax normaliser over all classes (untouched ones are at 0).
pub fn softmax_parts(scores: &Scores, n_classes: usize) -> (f32, f32) {
    let untouched = n_classes - scores.touched.len();
    let mut max = if untouched > 0 { 0.0f32 } else { f32::MIN };
    for &v in &scores.values {
        max = max.max(v);
    }
    let mut z = untouched as f32 * (-max).exp();
    for &v in &scores.values {
        z += (v - max).exp();
    }
    (max, z)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(ids: &[u32]) -> SparseVec {
        SparseVec {
            ids: ids.to_vec(),
            values: vec![1.0 / (ids.len() as f32).sqrt(); ids.len()],
        }
    }

    #[test]
    fn scores_keep_touched_classes_in_order_and_never_at_zero() {
        let mut s = Scores::default();
        s.reset(10);
        s.add(7, 1.5);
        s.add(2, 0.0);
        s.add(7, -1.5);
        s.add(4, -2.0);
        assert_eq!(s.touched, [7, 2, 4]);
        assert_eq!(s.values, [f32::MIN_POSITIVE, f32::MIN_POSITIVE, -2.0]);
        assert_eq!((s.get(4), s.get(5)), (-2.0, 0.0));
        s.reset(10);
        assert!(s.touched.is_empty() && s.values.is_empty());
        assert_eq!(s.get(7), 0.0);
        s.add(7, 1.0);
        assert_eq!(
            (s.touched.as_slice(), s.values.as_slice()),
            ([7].as_slice(), [1.0].as_slice())
        );
    }

    #[test]
    fn training_scores_do_the_same_arithmetic_as_query_scores() {
        let (mut sparse, mut dense) = (Scores::default(), DenseScores::default());
        let mut rng = 0x2545_f491_4f6c_dd1du64;
        for round in 0..50 {
            sparse.reset(40);
            dense.reset(40);
            for _ in 0..(round % 7) * 11 {
                rng ^= rng << 13;
                rng ^= rng >> 7;
                rng ^= rng << 17;
                let c = (rng % 40) as u32;
                let v = ((rng >> 8) % 2001) as f32 / 100.0 - 10.0;
                sparse.add(c, v);
                dense.add(c, v);
            }
            assert_eq!(sparse.touched, dense.touched);
            let (a, b) = (softmax_parts(&sparse, 40), dense.softmax_parts(40));
            assert_eq!(
                (a.0.to_bits(), a.1.to_bits()),
                (b.0.to_bits(), b.1.to_bits())
            );
        }
    }

    #[test]
    fn learns_to_separate_classes_by_their_features() {
        let samples = vec![
            (v(&[0, 1]), 0),
            (v(&[0, 2]), 0),
            (v(&[3, 1]), 1),
            (v(&[3, 4]), 1),
        ];
        let model = Classifier::train(&samples, 5, 2, TrainParams::default());
        let mut s = Scores::default();
        model.score_into(&v(&[0]), &mut s);
        assert!(s.get(0) > s.get(1));
        model.score_into(&v(&[3]), &mut s);
        assert!(s.get(1) > s.get(0));
    }
}
