//! The ticket list as CSV: one header row, one row per ticket, times in RFC 3339 UTC. Every
//! text cell is neutralised against formula injection: a spreadsheet runs a cell starting
//! with `=`, `+`, `-` or `@` (and some a tab or CR before them), so such a cell gets a
//! leading `'` and is shown as the text it is.

use super::TicketListRow;
use crate::tickets::UserId;
use chrono::{DateTime, SecondsFormat, Utc};
use std::borrow::Cow;
use std::collections::HashMap;

/// The header row.
pub(super) const HEADER: [&str; 13] = [
    "number",
    "topic",
    "status",
    "tier",
    "priority",
    "category",
    "tags",
    "owner",
    "holder",
    "opened_at",
    "first_response_at",
    "closed_at",
    "rating",
];

/// `text` as a cell no spreadsheet runs as a formula.
pub(super) fn inert(text: &str) -> Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

fn stamp(t: Option<DateTime<Utc>>) -> String {
    t.map(|t| t.to_rfc3339_opts(SecondsFormat::Secs, true))
        .unwrap_or_default()
}

/// A person as `name (id)`, or the id alone when the bot never saw their name.
fn person(user: Option<UserId>, names: &HashMap<UserId, String>) -> String {
    match user {
        Some(u) => match names.get(&u) {
            Some(name) => format!("{name} ({u})"),
            None => u.to_string(),
        },
        None => String::new(),
    }
}

/// `rows` as CSV, people named from `names`.
pub(super) fn csv(
    rows: &[TicketListRow],
    names: &HashMap<UserId, String>,
) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(HEADER)?;
    for r in rows {
        let tags = r.tags.join(", ");
        let record = [
            r.no.0.to_string(),
            inert(&r.topic).into_owned(),
            r.status.as_str().to_string(),
            r.tier.0.to_string(),
            r.priority.as_str().to_string(),
            inert(r.category_name.as_deref().unwrap_or_default()).into_owned(),
            inert(&tags).into_owned(),
            inert(&person(Some(r.owner), names)).into_owned(),
            inert(&person(r.holder, names)).into_owned(),
            stamp(Some(r.opened_at)),
            stamp(r.first_response_at),
            stamp(r.closed_at),
            r.rating.map(|s| s.to_string()).unwrap_or_default(),
        ];
        w.write_record(&record)?;
    }
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    String::from_utf8(bytes).map_err(|e| csv::Error::from(std::io::Error::other(e)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tickets::{Priority, Status, TicketId, TicketNo, Tier};

    fn row(topic: &str) -> TicketListRow {
        TicketListRow {
            id: TicketId(1),
            no: TicketNo(7),
            topic: topic.into(),
            status: Status::Closed,
            tier: Tier(2),
            priority: Priority::High,
            category: None,
            category_name: Some("+Billing".into()),
            owner: UserId(10),
            holder: Some(UserId(20)),
            opened_at: "2024-01-15T10:00:00Z".parse().unwrap(),
            first_response_at: None,
            closed_at: Some("2024-01-15T11:30:00Z".parse().unwrap()),
            rating: Some(4),
            tags: vec!["billing".into(), "bug".into()],
        }
    }

    #[test]
    fn formula_cells_are_made_inert() {
        for hostile in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(inert(hostile), format!("'{hostile}"));
        }
        assert_eq!(inert("plain = text"), "plain = text");
        assert_eq!(inert(""), "");
    }

    #[test]
    fn a_row_is_quoted_and_neutralised() {
        let names = HashMap::from([(UserId(10), "=Eve".to_string())]);
        let out = csv(&[row("a, \"b\"\nc")], &names).unwrap();
        let mut lines = out.lines();
        assert_eq!(
            lines.next().unwrap(),
            "number,topic,status,tier,priority,category,tags,owner,holder,opened_at,\
             first_response_at,closed_at,rating"
        );
        assert_eq!(
            out.split_once('\n').unwrap().1,
            "7,\"a, \"\"b\"\"\nc\",closed,2,high,'+Billing,\"billing, bug\",'=Eve (10),20,\
             2024-01-15T10:00:00Z,,2024-01-15T11:30:00Z,4\n"
        );
    }
}
