//! A small multipart/form-data reader: `payload_json` and `files[n]` parts.

use serde_json::Value;

type Files = Vec<(String, String, Vec<u8>)>;

/// Returns (payload_json or Null, files as (field, filename, bytes)), or None when malformed.
pub(crate) fn parse(content_type: &str, body: &[u8]) -> Option<(Value, Files)> {
    let boundary = content_type
        .split(';')
        .map(str::trim)
        .find_map(|p| p.strip_prefix("boundary="))?
        .trim_matches('"');
    let delim = format!("--{boundary}").into_bytes();
    let mut json = Value::Null;
    let mut files = Vec::new();
    let mut parts = split(body, &delim);
    // The first piece is the preamble; the last starts with "--".
    if !parts.is_empty() {
        parts.remove(0);
    }
    for part in parts {
        if part.starts_with(b"--") {
            break;
        }
        let part = part.strip_prefix(b"\r\n").unwrap_or(part);
        let split_at = find(part, b"\r\n\r\n")?;
        let head = String::from_utf8_lossy(&part[..split_at]).to_string();
        let mut data = &part[split_at + 4..];
        if data.ends_with(b"\r\n") {
            data = &data[..data.len() - 2];
        }
        let disposition = head
            .lines()
            .find(|l| l.to_ascii_lowercase().starts_with("content-disposition"))?
            .to_string();
        let name = param(&disposition, "name")?;
        match param(&disposition, "filename") {
            Some(filename) => files.push((name, filename, data.to_vec())),
            None if name == "payload_json" => json = serde_json::from_slice(data).ok()?,
            None => {}
        }
    }
    Some((json, files))
}

fn param(header: &str, key: &str) -> Option<String> {
    header.split(';').map(str::trim).find_map(|p| {
        let v = p.strip_prefix(key)?.strip_prefix('=')?;
        Some(v.trim_matches('"').to_string())
    })
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn split<'a>(mut body: &'a [u8], delim: &[u8]) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    while let Some(i) = find(body, delim) {
        out.push(&body[..i]);
        body = &body[i + delim.len()..];
    }
    out.push(body);
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn reads_payload_and_file() {
        let body = b"--XyZ\r\nContent-Disposition: form-data; name=\"files[0]\"; filename=\"a.md\"\r\nContent-Type: text/markdown\r\n\r\nhello\r\n--XyZ\r\nContent-Disposition: form-data; name=\"payload_json\"\r\n\r\n{\"content\":\"hi\"}\r\n--XyZ--\r\n";
        let (json, files) = super::parse("multipart/form-data; boundary=XyZ", body).unwrap();
        assert_eq!(json["content"], "hi");
        assert_eq!(
            files,
            vec![(
                "files[0]".to_string(),
                "a.md".to_string(),
                b"hello".to_vec()
            )]
        );
    }
}
