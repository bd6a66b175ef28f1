//! What OAuth2 speaks besides JSON: `application/x-www-form-urlencoded` bodies and query
//! strings, percent-encoding for the redirect URLs, and the base64 of HTTP Basic credentials.

use serde_json::{Map, Value};
use std::fmt::Write;

/// Decodes `a=1&b=x+y%21` into pairs, in order (`+` is a space, `%XX` escapes decoded).
pub(crate) fn decode(s: &str) -> Vec<(String, String)> {
    s.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (unescape(k), unescape(v))
        })
        .collect()
}

/// A form as a JSON object of strings (a repeated name keeps its first value).
pub(crate) fn to_json(pairs: Vec<(String, String)>) -> Value {
    let mut m = Map::new();
    for (k, v) in pairs {
        m.entry(k).or_insert(Value::String(v));
    }
    Value::Object(m)
}

/// The first value of `name` in a query string.
pub(crate) fn param(query: &str, name: &str) -> Option<String> {
    decode(query)
        .into_iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v)
}

/// One form-encoded component (`+` is a space).
pub(crate) fn unescape(s: &str) -> String {
    super::percent_decode(&s.replace('+', " "))
}

/// Percent-encodes everything but RFC 3986's unreserved characters.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// Decodes base64 (standard or URL-safe alphabet, padding optional); `None` when malformed.
pub(crate) fn base64_decode(s: &str) -> Option<Vec<u8>> {
    let s = s.trim().trim_end_matches('=');
    if s.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in s.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            _ => return None,
        };
        acc = ((acc << 6) | u32::from(v)) & 0xff_ffff;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push(u8::try_from((acc >> bits) & 0xff).ok()?);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_forms() {
        assert_eq!(
            decode("grant_type=authorization_code&redirect_uri=http%3A%2F%2Fx%2Fcb&scope=identify+guilds&e=&f"),
            vec![
                ("grant_type".into(), "authorization_code".into()),
                ("redirect_uri".into(), "http://x/cb".into()),
                ("scope".into(), "identify guilds".into()),
                ("e".into(), "".into()),
                ("f".into(), "".into()),
            ]
        );
        assert_eq!(unescape("a%2Bb+c"), "a+b c");
        assert_eq!(param("a=1&b=2&a=3", "a").as_deref(), Some("1"));
        assert_eq!(to_json(decode("a=1&a=2"))["a"], "1");
        // Malformed escapes are kept as they are, never a panic.
        assert_eq!(unescape("%zz%4"), "%zz%4");
        assert_eq!(unescape("%é%+1"), "%é% 1");
    }

    #[test]
    fn escapes_for_urls() {
        assert_eq!(escape("a b/c?d=e&f~g"), "a%20b%2Fc%3Fd%3De%26f~g");
        assert_eq!(unescape(&escape("état ✓ +&=")), "état ✓ +&=");
    }

    #[test]
    fn decodes_base64() {
        assert_eq!(base64_decode("MTIzOnNlY3JldA==").unwrap(), b"123:secret");
        assert_eq!(base64_decode("MTIzOnNlY3JldA").unwrap(), b"123:secret");
        assert_eq!(base64_decode("YQ==").unwrap(), b"a");
        assert_eq!(base64_decode("YWI=").unwrap(), b"ab");
        assert_eq!(base64_decode("").unwrap(), b"");
        assert_eq!(base64_decode("-_-_").unwrap(), vec![0xfb, 0xff, 0xbf]);
        assert!(base64_decode("a").is_none());
        assert!(base64_decode("ab!c").is_none());
    }
}
