//! Similar questions grouped into topics (the knowledge gaps the dashboard lists), and the
//! patterns a group suggests for a new entry. Pure: texts in, indexes and texts out.
//!
//! A question's topic is its set of words as the knowledge base reads them ([`super::text`]:
//! normalised, stop words and pleasantries left out, stemmed), so "how do I reset my
//! password", "password reset??" and "i forgot my password how to reset it" share the topic
//! words `password` and `reset`. Grouping is greedy and deterministic (leader clustering): in
//! the order given, each question joins the existing group whose first question (its seed)
//! it is most similar to, when that similarity reaches [`SIMILARITY_THRESHOLD`]; otherwise it
//! starts a group of its own. Comparing with the seed, not with every member, keeps groups
//! from drifting along a chain of each-a-bit-similar questions.

use super::text;
use std::collections::HashMap;

/// The least [`similarity`] at which a question joins a group.
///
/// Why 0.5: two short questions sharing one topic word of two ("reset password" / "reset
/// 2fa": Jaccard 1/3) stay apart, while rephrasings of one question ("reset password" / "i
/// forgot my password how to reset it": Jaccard 2/3, containment 1) and one question with
/// extra detail ("reset password" / "can't reset my password, the email never arrives":
/// Jaccard 2/5, containment 1, similarity 0.7) join. Long questions sharing only two words
/// of six (similarity about 0.27) stay apart.
pub const SIMILARITY_THRESHOLD: f64 = 0.5;

/// The most patterns [`suggest_patterns`] gives.
pub const MAX_SUGGESTED_PATTERNS: usize = 5;

/// The longest suggested pattern, in characters. The response files set no limit on a
/// pattern, but the entry form (`/kb add`) holds all of an entry's patterns, one a line, in
/// one 4000-character field: five suggestions of this length leave room for the rest, and a
/// pattern is an example question, not a message.
pub const MAX_PATTERN_CHARS: usize = 200;

/// A question's topic words: its normalised words without stop words and pleasantries,
/// stemmed, sorted and without repeats.
pub fn topic_tokens(question: &str) -> Vec<String> {
    let normalized = text::normalize(question);
    let mut tokens: Vec<String> = normalized
        .split_whitespace()
        .filter(|w| !text::is_stop_word(w) && !text::is_chit_chat(w))
        .map(text::stem)
        .collect();
    tokens.sort_unstable();
    tokens.dedup();
    tokens
}

/// How alike two topics are (sorted, repeat-free token lists as [`topic_tokens`] gives), in
/// [0, 1]: their Jaccard index (shared words over all words), averaged with their containment
/// (shared words over the smaller topic's words) once they share at least two words, so a
/// question that adds detail to another still counts as the same one. One shared word alone
/// is judged by Jaccard only: "bot" and "bot offline" are alike (0.5), "reset password" and
/// "reset 2fa" are not (1/3).
pub fn similarity(a: &[String], b: &[String]) -> f64 {
    let shared = shared_count(a, b);
    if shared == 0 {
        return 0.0;
    }
    let union = a.len() + b.len() - shared;
    let jaccard = fraction(shared, union);
    if shared >= 2 {
        (jaccard + fraction(shared, a.len().min(b.len()))) / 2.0
    } else {
        jaccard
    }
}

/// Words two sorted, repeat-free lists share.
fn shared_count(a: &[String], b: &[String]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// `num / den` for word counts (far below 2^52: exact as f64); 0 when `den` is 0.
fn fraction(num: usize, den: usize) -> f64 {
    match (u32::try_from(num), u32::try_from(den)) {
        (Ok(n), Ok(d)) if d > 0 => f64::from(n) / f64::from(d),
        _ => 0.0,
    }
}

/// One group of similar questions, as indexes into the list given to [`group_questions`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// The question that stands for the group: the most often asked wording (by normalised
    /// form); among equally frequent ones, the most central (most similar to all members),
    /// then the first given.
    pub representative: usize,
    /// The group's questions, in the order given (the first is the group's seed).
    pub members: Vec<usize>,
}

/// Groups similar questions (see the module documentation). Groups come in the order their
/// first question was given, members in the order given; the same input always gives the
/// same groups. Questions without topic words (only stop words or pleasantries) group only
/// with the same words. Cost: each question is compared with the seeds sharing a word with
/// it, so callers cap the input (a few thousand questions).
pub fn group_questions<S: AsRef<str>>(questions: &[S]) -> Vec<Group> {
    let topics: Vec<Vec<String>> = questions.iter().map(|q| topic_tokens(q.as_ref())).collect();
    let forms: Vec<String> = questions
        .iter()
        .map(|q| text::normalize(q.as_ref()))
        .collect();
    // Groups by seed word, and the word-less groups by their normalised text.
    let mut by_word: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut wordless: HashMap<&str, usize> = HashMap::new();
    let mut seeds: Vec<usize> = Vec::new();
    let mut members: Vec<Vec<usize>> = Vec::new();
    // The question last looked at for each group: each candidate is scored once.
    let mut looked: Vec<usize> = Vec::new();
    for (i, topic) in topics.iter().enumerate() {
        let joined = if topic.is_empty() {
            wordless.get(forms[i].as_str()).copied()
        } else {
            let mut best: Option<(f64, usize)> = None;
            for word in topic {
                for &g in by_word.get(word.as_str()).into_iter().flatten() {
                    if std::mem::replace(&mut looked[g], i) == i {
                        continue;
                    }
                    let s = similarity(topic, &topics[seeds[g]]);
                    let better = best.is_none_or(|(bs, bg)| s > bs || (s == bs && g < bg));
                    if s >= SIMILARITY_THRESHOLD && better {
                        best = Some((s, g));
                    }
                }
            }
            best.map(|(_, g)| g)
        };
        match joined {
            Some(g) => members[g].push(i),
            None => {
                let g = seeds.len();
                seeds.push(i);
                members.push(vec![i]);
                looked.push(i);
                if topic.is_empty() {
                    wordless.insert(forms[i].as_str(), g);
                }
                for word in topic {
                    by_word.entry(word.as_str()).or_default().push(g);
                }
            }
        }
    }
    members
        .into_iter()
        .map(|m| Group {
            representative: representative(&m, &forms, &topics),
            members: m,
        })
        .collect()
}

/// The member standing for a group: the most frequent normalised form, then the most
/// central, then the first.
fn representative(members: &[usize], forms: &[String], topics: &[Vec<String>]) -> usize {
    // Each distinct form: (how often, its first member), in order of first appearance.
    let mut counts: Vec<(usize, usize)> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for &m in members {
        match index.get(forms[m].as_str()) {
            Some(&k) => counts[k].0 += 1,
            None => {
                index.insert(forms[m].as_str(), counts.len());
                counts.push((1, m));
            }
        }
    }
    let most = counts.iter().map(|c| c.0).max().unwrap_or(0);
    let tied: Vec<usize> = counts.iter().filter(|c| c.0 == most).map(|c| c.1).collect();
    if tied.len() == 1 {
        return tied[0];
    }
    let centrality = |q: usize| -> f64 {
        members
            .iter()
            .map(|&m| similarity(&topics[q], &topics[m]))
            .sum()
    };
    let mut best = (f64::NEG_INFINITY, usize::MAX);
    for q in tied {
        let c = centrality(q);
        if c > best.0 {
            best = (c, q);
        }
    }
    best.1
}

/// A member's question cleaned up as a pattern: links, mentions and custom emoji dropped,
/// control characters gone, white space (line breaks too) folded to single spaces, at most
/// [`MAX_PATTERN_CHARS`] characters (cut at a word boundary). `None` when nothing topical
/// is left.
pub fn clean_pattern(question: &str) -> Option<String> {
    let mut out = String::new();
    for word in question.split_whitespace() {
        if text::is_noise_token(&word.to_lowercase()) {
            continue;
        }
        let word: String = word.chars().filter(|c| !c.is_control()).collect();
        if word.is_empty() {
            continue;
        }
        let needed = out.chars().count() + usize::from(!out.is_empty()) + word.chars().count();
        if needed > MAX_PATTERN_CHARS {
            if out.is_empty() {
                // One very long word: cut it.
                out = word.chars().take(MAX_PATTERN_CHARS).collect();
            }
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&word);
    }
    (!topic_tokens(&out).is_empty()).then_some(out)
}

/// Up to [`MAX_SUGGESTED_PATTERNS`] patterns for a new entry from a group of questions:
/// each cleaned up ([`clean_pattern`]), no two with the same normalised form. The
/// representative comes first, then the other wordings by how often they were asked, then
/// in the order given.
pub fn suggest_patterns<S: AsRef<str>>(representative: &str, questions: &[S]) -> Vec<String> {
    // Each distinct normalised form: (how often, first position, cleaned text).
    let mut forms: Vec<(usize, usize, String)> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let all = std::iter::once(representative).chain(questions.iter().map(AsRef::as_ref));
    for (position, q) in all.enumerate() {
        let Some(clean) = clean_pattern(q) else {
            continue;
        };
        let form = text::normalize(&clean);
        match index.get(&form) {
            Some(&k) => forms[k].0 += 1,
            None => {
                index.insert(form, forms.len());
                forms.push((1, position, clean));
            }
        }
    }
    // The representative's form (position 0) first, whatever its count.
    forms.sort_by(|a, b| {
        (b.1 == 0)
            .cmp(&(a.1 == 0))
            .then(b.0.cmp(&a.0))
            .then(a.1.cmp(&b.1))
    });
    forms
        .into_iter()
        .take(MAX_SUGGESTED_PATTERNS)
        .map(|f| f.2)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts_of<'a>(qs: &[&'a str], g: &Group) -> Vec<&'a str> {
        g.members.iter().map(|&i| qs[i]).collect()
    }

    #[test]
    fn rephrasings_group_together_and_unrelated_questions_stay_apart() {
        let qs = [
            "how do I reset my password",
            "How do I get a refund?",
            "password reset??",
            "i forgot my password how to reset it",
            "can't reset my password, the email never arrives",
            "the bot is offline",
            "I want a refund for my order",
            "how do i reset my password",
            "reset 2fa",
            "export invoices to pdf",
        ];
        let groups = group_questions(&qs);
        let texts: Vec<Vec<&str>> = groups.iter().map(|g| texts_of(&qs, g)).collect();
        assert_eq!(
            texts,
            vec![
                vec![
                    "how do I reset my password",
                    "password reset??",
                    "i forgot my password how to reset it",
                    "can't reset my password, the email never arrives",
                    "how do i reset my password",
                ],
                vec!["How do I get a refund?", "I want a refund for my order"],
                vec!["the bot is offline"],
                vec!["reset 2fa"],
                vec!["export invoices to pdf"],
            ]
        );
        // The wording asked twice stands for the password group.
        assert_eq!(qs[groups[0].representative], "how do I reset my password");
    }

    #[test]
    fn grouping_is_deterministic() {
        let qs: Vec<String> = (0..200)
            .map(|i| match i % 4 {
                0 => format!("how do I reset my password {i}"),
                1 => format!("refund for order {i}"),
                2 => "password reset??".to_string(),
                _ => format!("topic{} question", i % 7),
            })
            .collect();
        let first = group_questions(&qs);
        for _ in 0..3 {
            assert_eq!(group_questions(&qs), first);
        }
        let all: usize = first.iter().map(|g| g.members.len()).sum();
        assert_eq!(all, qs.len(), "every question in exactly one group");
        let mut seen: Vec<usize> = first.iter().flat_map(|g| g.members.clone()).collect();
        seen.sort_unstable();
        assert_eq!(seen, (0..qs.len()).collect::<Vec<_>>());
    }

    #[test]
    fn empty_input_and_wordless_questions() {
        assert!(group_questions::<&str>(&[]).is_empty());
        let qs = ["thanks!", "hello", "thanks!", "reset password"];
        let groups = group_questions(&qs);
        let texts: Vec<Vec<&str>> = groups.iter().map(|g| texts_of(&qs, g)).collect();
        assert_eq!(
            texts,
            vec![
                vec!["thanks!", "thanks!"],
                vec!["hello"],
                vec!["reset password"]
            ]
        );
    }

    #[test]
    fn similarity_weighs_shared_topic_words() {
        let t = |s: &str| topic_tokens(s);
        assert_eq!(t("How do I reset my password?"), vec!["password", "reset"]);
        assert_eq!(
            similarity(&t("password reset??"), &t("reset my password")),
            1.0
        );
        assert!(similarity(&t("reset password"), &t("reset 2fa")) < SIMILARITY_THRESHOLD);
        assert!(
            similarity(
                &t("reset password"),
                &t("can't reset my password, the email never arrives")
            ) >= SIMILARITY_THRESHOLD
        );
        assert_eq!(similarity(&[], &t("reset")), 0.0);
    }

    #[test]
    fn the_most_central_wording_stands_for_a_tie() {
        let qs = [
            "password reset link expired",
            "reset password",
            "how to reset password email",
        ];
        let groups = group_questions(&qs);
        assert_eq!(groups.len(), 1);
        assert_eq!(qs[groups[0].representative], "reset password");
    }

    #[test]
    fn patterns_are_clean_distinct_and_few() {
        let qs = [
            "password reset??",
            "  how do I\nreset   my password <@123> ",
            "How do I reset my password",
            "i forgot my password how to reset it https://example.com/x",
            "thanks!",
            "reset password pls",
            "reset my password asap",
            "password reset please",
        ];
        let p = suggest_patterns("How do I reset my password", &qs);
        assert_eq!(
            p,
            vec![
                "How do I reset my password",
                "password reset??",
                "i forgot my password how to reset it",
                "reset password pls",
                "reset my password asap",
            ]
        );
        assert!(suggest_patterns::<&str>("", &[]).is_empty());
        let long = "word ".repeat(100);
        let clean = clean_pattern(&long).unwrap();
        assert!(clean.chars().count() <= MAX_PATTERN_CHARS);
        assert!(!clean.ends_with(' '));
        assert_eq!(clean_pattern("x".repeat(500).as_str()).unwrap().len(), 200);
        assert_eq!(clean_pattern("<@1> hi"), None);
    }
}
