//! Text normalisation and tokens: Unicode compatibility forms, case, punctuation,
//! contractions, a light suffix stemmer, stop words, and the "is this a question?" gate.

use unicode_normalization::UnicodeNormalization;

/// Normalises a message for matching: NFKC, lower case, URLs / mentions / custom emoji
/// removed, apostrophes unified, contractions expanded, punctuation turned into spaces,
/// white space folded. The result holds only letters, digits and single spaces.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    normalize_into(text, &mut out, &mut String::new());
    out
}

/// [`normalize`] into `out` (cleared first), with `scratch` as working space: loading a
/// large knowledge base normalises millions of words without allocating for each.
pub fn normalize_into(text: &str, out: &mut String, scratch: &mut String) {
    out.clear();
    scratch.clear();
    if text.is_ascii() {
        scratch.push_str(text);
        scratch.make_ascii_lowercase();
    } else {
        scratch.extend(text.nfkc());
        *scratch = scratch.to_lowercase();
    }
    let mut cleaned = String::new();
    for raw in scratch.split_whitespace() {
        if is_noise_token(raw) {
            continue;
        }
        if raw.bytes().all(|b| b.is_ascii_alphanumeric()) {
            // The common case: nothing to clean, no apostrophe.
            expand_contraction(raw, out);
            continue;
        }
        clean_into(raw, &mut cleaned);
        for piece in cleaned.split_whitespace() {
            expand_contraction(piece.trim_matches('\''), out);
        }
    }
}

/// One lower-case word as letters, digits and apostrophes (every kind written `'`), anything
/// else a space, into `cleaned` (cleared first).
pub(crate) fn clean_into(raw: &str, cleaned: &mut String) {
    cleaned.clear();
    for ch in raw.chars() {
        match ch {
            '\u{2019}' | '\u{2018}' | '`' | '\u{b4}' | '\'' => cleaned.push('\''),
            c if c.is_alphanumeric() => cleaned.push(c),
            _ => cleaned.push(' '),
        }
    }
}

/// Appends a word to a space-separated string.
fn push_word(out: &mut String, word: &str) {
    if !out.is_empty() {
        out.push(' ');
    }
    out.push_str(word);
}

/// URLs, Discord mentions (`<@123>`, `<#123>`, `<@&123>`) and custom emoji (`<:name:123>`):
/// words [`normalize`] drops. `token` is one lower-case, white-space-free word.
pub fn is_noise_token(token: &str) -> bool {
    token.starts_with("http://")
        || token.starts_with("https://")
        || token.starts_with("www.")
        || (token.starts_with('<') && token.ends_with('>'))
}

/// Pushes the words of `piece`, with English contractions written out.
fn expand_contraction(piece: &str, out: &mut String) {
    if piece.is_empty() {
        return;
    }
    if let Some(parts) = whole_contraction(piece) {
        for p in parts {
            push_word(out, p);
        }
        return;
    }
    if !piece.contains('\'') {
        // Every suffix below starts with an apostrophe.
        push_word(out, piece);
        return;
    }
    const SUFFIXES: &[(&str, &str)] = &[
        ("n't", "not"),
        ("'re", "are"),
        ("'ve", "have"),
        ("'ll", "will"),
        ("'d", "would"),
        ("'m", "am"),
        ("'s", ""),
    ];
    for (suffix, word) in SUFFIXES {
        if let Some(stem) = piece.strip_suffix(suffix) {
            if !stem.is_empty() {
                push_plain(stem, out);
                if !word.is_empty() {
                    push_word(out, word);
                }
                return;
            }
        }
    }
    push_plain(piece, out);
}

/// The words of a contraction that is rewritten as a whole ("can't", "im", "whats"...).
fn whole_contraction(piece: &str) -> Option<&'static [&'static str]> {
    Some(match piece {
        "can't" => &["can", "not"],
        "cant" => &["can", "not"],
        "won't" => &["will", "not"],
        "wont" => &["will", "not"],
        "shan't" => &["shall", "not"],
        "i'm" => &["i", "am"],
        "im" => &["i", "am"],
        "let's" => &["let", "us"],
        "ain't" => &["is", "not"],
        "y'all" => &["you", "all"],
        "dont" => &["do", "not"],
        "doesnt" => &["does", "not"],
        "didnt" => &["did", "not"],
        "isnt" => &["is", "not"],
        "wasnt" => &["was", "not"],
        "arent" => &["are", "not"],
        "havent" => &["have", "not"],
        "hasnt" => &["has", "not"],
        "couldnt" => &["could", "not"],
        "wouldnt" => &["would", "not"],
        "shouldnt" => &["should", "not"],
        "ive" => &["i", "have"],
        "whats" => &["what", "is"],
        "it's" => &["it", "is"],
        "that's" => &["that", "is"],
        "thats" => &["that", "is"],
        "there's" => &["there", "is"],
        "here's" => &["here", "is"],
        "he's" => &["he", "is"],
        "she's" => &["she", "is"],
        "who's" => &["who", "is"],
        "where's" => &["where", "is"],
        "how's" => &["how", "is"],
        "what's" => &["what", "is"],
        "hows" => &["how", "is"],
        _ => return None,
    })
}

fn push_plain(piece: &str, out: &mut String) {
    for part in piece.split('\'') {
        if !part.is_empty() {
            push_word(out, part);
        }
    }
}

/// A light suffix stemmer: enough to join "resetting", "resets" and "reset", or
/// "refunds" and "refund", without the over-reach of a full Porter stemmer.
pub fn stem(word: &str) -> String {
    let chars = word.chars().count();
    if chars <= 3 || !word.is_ascii() {
        return word.to_string();
    }
    let strip = |w: &str, suffix: &str, min_left: usize| -> Option<String> {
        w.strip_suffix(suffix)
            .filter(|s| s.len() >= min_left)
            .map(|s| s.to_string())
    };
    let mut w = word.to_string();
    if let Some(s) = strip(&w, "ies", 2) {
        w = s + "y";
    } else if let Some(s) = strip(&w, "sses", 2) {
        w = s + "ss";
    } else if w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") {
        // keep: "access", "status", "this"
    } else if let Some(s) = strip(&w, "s", 3) {
        w = s;
    }
    for suffix in ["ingly", "edly", "ing", "ed"] {
        if let Some(s) = strip(&w, suffix, 3) {
            if s.chars().any(|c| "aeiouy".contains(c)) {
                w = undouble(s);
                break;
            }
        }
    }
    for (suffix, replacement) in [
        ("ational", "ate"),
        ("ization", "ize"),
        ("fulness", "ful"),
        ("ation", "ate"),
        ("ness", ""),
        ("ment", ""),
        ("ly", ""),
    ] {
        if let Some(s) = strip(&w, suffix, 4) {
            w = s + replacement;
            break;
        }
    }
    if let Some(s) = strip(&w, "e", 3) {
        w = s;
    }
    if w.len() >= 5 && w.ends_with("ll") {
        // "install"/"installed" and "cancel"/"cancelled" meet at one form
        w.pop();
    }
    w
}

/// "stopp" -> "stop", "cancell" -> "cancel" (but keep "fall", "pass").
fn undouble(mut s: String) -> String {
    let bytes = s.as_bytes();
    let n = bytes.len();
    if n >= 2 && bytes[n - 1] == bytes[n - 2] && !matches!(bytes[n - 1], b'l' | b's' | b'z') {
        s.pop();
    }
    s
}

/// Function words: they carry grammar, not topic.
pub fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.binary_search(&word).is_ok()
}

const STOP_WORDS: &[&str] = &[
    "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
    "been", "before", "being", "but", "by", "can", "could", "did", "do", "does", "doing", "for",
    "from", "get", "got", "had", "has", "have", "having", "he", "her", "here", "him", "his", "how",
    "i", "if", "in", "into", "is", "it", "its", "just", "know", "let", "like", "me", "might",
    "more", "most", "must", "my", "myself", "need", "no", "not", "now", "of", "on", "one", "or",
    "our", "out", "please", "really", "she", "should", "so", "some", "tell", "than", "that", "the",
    "their", "them", "then", "there", "these", "they", "this", "those", "to", "too", "up", "us",
    "very", "want", "was", "way", "we", "were", "what", "when", "where", "which", "who", "whom",
    "why", "will", "with", "would", "you", "your",
];

/// Pleasantries and reactions: a message made only of these is not a question.
const CHIT_CHAT: &[&str] = &[
    "agreed", "alright", "aw", "awesome", "bye", "cheers", "cool", "fine", "gg", "good", "great",
    "haha", "hahaha", "hello", "hey", "hi", "hmm", "hmmm", "k", "kk", "lmao", "lol", "morning",
    "nice", "night", "nope", "ok", "okay", "oki", "omg", "perfect", "sure", "thank", "thanks",
    "thx", "ty", "wow", "xd", "yay", "yeah", "yep", "yes", "yo", "yup",
];

/// A pleasantry or reaction ("thanks", "hi", "lol"): no topic, like a stop word.
pub fn is_chit_chat(word: &str) -> bool {
    CHIT_CHAT.binary_search(&word).is_ok()
}

/// True when a normalised message looks like something the bot may answer: it has at
/// least one topical word that is neither a stop word nor a pleasantry, and it is not
/// just a pleasantry with a name attached ("thanks bob!").
pub fn looks_answerable(normalized: &str) -> bool {
    let words: Vec<&str> = normalized.split_whitespace().collect();
    if words.is_empty() {
        return false;
    }
    let topical = words
        .iter()
        .filter(|w| !is_stop_word(w) && CHIT_CHAT.binary_search(w).is_err())
        .count();
    if topical == 0 {
        return false;
    }
    let pleasantry_first = CHIT_CHAT.binary_search(&words[0]).is_ok();
    !(pleasantry_first && words.len() <= 3 && topical <= 1)
}

/// Word tokens of a normalised string, stemmed.
pub fn stemmed_tokens(normalized: &str) -> Vec<String> {
    normalized.split_whitespace().map(stem).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The first, straightforward [`normalize`]: the fast one must give the same text.
    fn normalize_reference(text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let lowered: String = if text.is_ascii() {
            text.to_ascii_lowercase()
        } else {
            text.nfkc().collect::<String>().to_lowercase()
        };
        for raw in lowered.split_whitespace() {
            if is_noise_token(raw) {
                continue;
            }
            let mut cleaned = String::with_capacity(raw.len());
            for ch in raw.chars() {
                match ch {
                    '\u{2019}' | '\u{2018}' | '`' | '\u{b4}' | '\'' => cleaned.push('\''),
                    c if c.is_alphanumeric() => cleaned.push(c),
                    _ => cleaned.push(' '),
                }
            }
            for piece in cleaned.split_whitespace() {
                let piece = piece.trim_matches('\'');
                if piece.is_empty() {
                    continue;
                }
                if let Some(parts) = whole_contraction(piece) {
                    parts.iter().for_each(|p| push_word(&mut out, p));
                    continue;
                }
                let suffixes = [
                    ("n't", "not"),
                    ("'re", "are"),
                    ("'ve", "have"),
                    ("'ll", "will"),
                    ("'d", "would"),
                    ("'m", "am"),
                    ("'s", ""),
                ];
                let split = suffixes.iter().find_map(|(suffix, word)| {
                    piece
                        .strip_suffix(suffix)
                        .filter(|s| !s.is_empty())
                        .map(|s| (s, *word))
                });
                let (stem, word) = split.unwrap_or((piece, ""));
                push_plain(stem, &mut out);
                if !word.is_empty() {
                    push_word(&mut out, word);
                }
            }
        }
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn fast_normalize_matches_the_reference(
            text in "([a-zA-Z0-9]{1,8}|'|’|`|´|:|-|!|\\?|<@1>|https://x\\.y|www\\.z| |\t|É|ß|ﬁ|İ|Ｆ|can't|cant|i'm|won't|it's|bob's|y'all|'s|n't|'ll){0,12}"
        ) {
            prop_assert_eq!(normalize(&text), normalize_reference(&text));
        }

        #[test]
        fn fast_normalize_matches_the_reference_on_any_text(text in "\\PC{0,40}") {
            prop_assert_eq!(normalize(&text), normalize_reference(&text));
        }
    }

    #[test]
    fn normalize_into_reuses_its_buffers() {
        let (mut out, mut scratch) = (String::from("old"), String::from("junk"));
        normalize_into("Can't LOG in", &mut out, &mut scratch);
        assert_eq!(out, "can not log in");
        normalize_into("", &mut out, &mut scratch);
        assert_eq!(out, "");
    }

    #[test]
    fn word_lists_are_sorted_for_binary_search() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(CHIT_CHAT.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn normalizes_case_unicode_punctuation_and_contractions() {
        assert_eq!(normalize("I CAN'T log in!!"), "i can not log in");
        assert_eq!(normalize("Ｆｕｌｌｗｉｄｔｈ  ＴＥＸＴ"), "fullwidth text");
        assert_eq!(
            normalize("it\u{2019}s broken, isn't it?"),
            "it is broken is not it"
        );
        assert_eq!(normalize("see https://x.y/z <@123> ok"), "see ok");
        assert_eq!(
            normalize("what's the bot's status"),
            "what is the bot status"
        );
        assert_eq!(normalize(""), "");
    }

    #[test]
    fn stems_join_word_forms() {
        assert_eq!(stem("resetting"), stem("reset"));
        assert_eq!(stem("refunds"), stem("refund"));
        assert_eq!(stem("installed"), stem("install"));
        assert_eq!(stem("installing"), stem("installs"));
        assert_eq!(stem("cancelled"), stem("cancel"));
        assert_eq!(stem("status"), "status");
        assert_eq!(stem("access"), "access");
    }

    #[test]
    fn chit_chat_is_not_answerable() {
        for text in [
            "thanks!",
            "ok cool",
            "lol",
            "hi everyone",
            "thanks bob",
            "",
            "🙂",
        ] {
            assert!(!looks_answerable(&normalize(text)), "{text:?}");
        }
        for text in [
            "how do I reset my password",
            "refund?",
            "thanks, but how do I install it",
        ] {
            assert!(looks_answerable(&normalize(text)), "{text:?}");
        }
    }
}
