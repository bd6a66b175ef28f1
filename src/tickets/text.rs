//! Member text as the desk keeps it: line breaks of every kind made `\n`, direction overrides
//! and other invisible format characters removed, and text with nothing visible in it told
//! apart. Pure; the front ends escape markup for their own medium on top of this.

/// Characters that change how the text around them is laid out or ordered without being
/// seen: bidirectional overrides and isolates (an RTL override can make `txt.exe` read as
/// `exe.txt`), zero-width characters, the soft hyphen, fillers that render as blank.
pub fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{00ad}'
            | '\u{034f}'
            | '\u{061c}'
            | '\u{115f}'
            | '\u{1160}'
            | '\u{17b4}'
            | '\u{17b5}'
            | '\u{180e}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{206f}'
            | '\u{2800}'
            | '\u{3164}'
            | '\u{fe00}'..='\u{fe0f}'
            | '\u{feff}'
            | '\u{ffa0}'
            | '\u{fff9}'..='\u{fffb}'
    )
}

/// A line break of any kind: LF, CR, vertical tab, form feed, NEL, line and paragraph
/// separators.
fn is_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0b}' | '\u{0c}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Multi-line member text cleaned: every line break (a bare CR too) becomes `\n`, direction
/// overrides and invisible characters go, other control characters go, and the ends are
/// trimmed. Joiners inside emoji sequences are kept (they are visible through the emoji).
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut prev_visible = false;
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() == Some(&'\n') {
            continue;
        }
        if is_break(c) {
            out.push('\n');
            prev_visible = false;
        } else if c == '\u{200d}'
            && prev_visible
            && chars.peek().is_some_and(|n| !n.is_whitespace())
        {
            out.push(c); // a zero-width joiner between emoji
        } else if c == '\t' {
            out.push(' ');
        } else if is_invisible_format(c) || c.is_control() {
            continue;
        } else {
            prev_visible = !c.is_whitespace();
            out.push(c);
        }
    }
    out.trim().to_string()
}

/// One-line member text (a topic, a name): [`clean`], then line breaks and runs of spaces
/// become one space.
pub fn one_line(text: &str) -> String {
    clean(text).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether the text shows anything: false for empty, blank or invisible-only text (zero-width
/// spaces, fillers, direction marks).
pub fn is_visible(text: &str) -> bool {
    text.chars().any(|c| {
        !c.is_whitespace() && !c.is_control() && !is_invisible_format(c) && c != '\u{200d}'
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_break_becomes_lf() {
        assert_eq!(
            clean("a\r\nb\rc\u{2028}d\u{85}e\u{0b}f"),
            "a\nb\nc\nd\ne\nf"
        );
    }

    #[test]
    fn overrides_and_invisible_characters_go() {
        assert_eq!(one_line("invoice\u{202e}exe.pdf"), "invoiceexe.pdf");
        assert_eq!(one_line(" \u{200b}\u{feff}hi\u{2066}\u{2069} "), "hi");
        assert_eq!(one_line("printer\n\non   fire"), "printer on fire");
        // Emoji joined with ZWJ keep the joiner.
        assert_eq!(clean("👩\u{200d}💻 help"), "👩\u{200d}💻 help");
    }

    #[test]
    fn invisible_only_text_is_not_visible() {
        for s in [
            "",
            "   ",
            "\u{200b}\u{200b}",
            "\u{3164}",
            "\u{2800}\u{200d}",
            "\u{202e}\u{feff}",
        ] {
            assert!(!is_visible(s), "{s:?}");
        }
        assert!(is_visible("\u{200b}a"));
        assert!(is_visible("🔥"));
    }
}
