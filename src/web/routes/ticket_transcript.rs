//! A ticket's messages and staff notes as its page shows them: who (member, agent or bot),
//! when, and the text with its line breaks, every web address in it (an attachment's, or
//! one pasted) a link. Member text is only ever text: maud escapes it, and a link is made
//! of an `http(s)://` address alone.

use super::tickets::{author_kind, name_of, when};
use crate::i18n::Lang;
use crate::t;
use crate::tickets::transcript::Transcript;
use crate::tickets::{text, TicketMessage};
use maud::{html, Markup};

/// The messages, oldest first.
pub(super) fn messages(lang: Lang, messages: &[TicketMessage]) -> Markup {
    if messages.is_empty() {
        return html! { p.muted { (t!(lang, "web-ticket-no-messages")) } };
    }
    html! {
        @for m in messages {
            div class={ "msg " (m.kind.as_str()) } {
                div.meta {
                    strong { (text::one_line(&m.author_name)) } " "
                    span.chip { (author_kind(lang, m.kind)) } " · "
                    (when(m.at))
                }
                (body(&m.content))
            }
        }
    }
}

/// The staff notes, oldest first.
pub(super) fn notes(lang: Lang, tr: &Transcript) -> Markup {
    if tr.notes.is_empty() {
        return html! { p.muted { (t!(lang, "web-ticket-no-notes")) } };
    }
    html! {
        @for n in &tr.notes {
            div.msg.note {
                div.meta {
                    strong { (name_of(lang, &tr.names, n.author)) } " "
                    span.chip { (t!(lang, "web-ticket-note-chip")) } " · "
                    (when(n.at))
                }
                (body(&n.body))
            }
        }
    }
}

/// Text with its line breaks (`.msg .body` keeps them) and its addresses as links that send
/// nothing back to where they point.
fn body(content: &str) -> Markup {
    let cleaned = text::clean(content);
    html! {
        div.body {
            @for piece in pieces(&cleaned) {
                @match piece {
                    Piece::Text(t) => (t),
                    Piece::Link(url) => a href=(url) rel="noopener noreferrer nofollow ugc" { (url) },
                }
            }
        }
    }
}

/// A stretch of text, or a web address in it.
#[derive(Debug, PartialEq, Eq)]
enum Piece<'a> {
    Text(&'a str),
    Link(&'a str),
}

/// Whether an address may start after `prev` (the start of the text, a space, `<` or `(`).
fn may_start_after(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(c) => c.is_whitespace() || matches!(c, '<' | '('),
    }
}

/// `s` cut into text and `http://` or `https://` addresses (up to a space, a quote or an
/// angle bracket, without the punctuation that ends a sentence).
fn pieces(s: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let (mut done, mut from) = (0, 0);
    while let Some(found) = s[from..].find("http") {
        let at = from + found;
        let tail = &s[at..];
        let len = if may_start_after(s[..at].chars().next_back())
            && (tail.starts_with("https://") || tail.starts_with("http://"))
        {
            let end = tail
                .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"'))
                .unwrap_or(tail.len());
            tail[..end]
                .trim_end_matches(['.', ',', ';', ':', '!', '?', ')', ']', '\''])
                .len()
        } else {
            0
        };
        if len > "https://".len() {
            if at > done {
                out.push(Piece::Text(&s[done..at]));
            }
            out.push(Piece::Link(&s[at..at + len]));
            done = at + len;
            from = done;
        } else {
            from = at + "http".len();
        }
    }
    if done < s.len() {
        out.push(Piece::Text(&s[done..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_become_links_and_nothing_else_does() {
        use Piece::{Link, Text};
        assert_eq!(
            pieces("see https://cdn.example/a.png, and <http://x.example/b>."),
            [
                Text("see "),
                Link("https://cdn.example/a.png"),
                Text(", and <"),
                Link("http://x.example/b"),
                Text(">."),
            ]
        );
        assert_eq!(
            pieces("javascript:alert(1) xhttps://a.example http://"),
            [Text("javascript:alert(1) xhttps://a.example http://")]
        );
        assert_eq!(pieces(""), []);
    }

    #[test]
    fn a_hostile_body_stays_text() {
        let out = body("<script>alert(1)</script>\nhttps://a.example/\"><img src=x>").into_string();
        assert!(!out.contains("<script>") && !out.contains("<img"), "{out}");
        assert!(
            out.contains("&lt;script&gt;alert(1)&lt;/script&gt;\n"),
            "{out}"
        );
        assert!(out.contains("<a href=\"https://a.example/\""), "{out}");
    }
}
