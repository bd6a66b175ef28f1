//! The Tickets list's query: its fields as typed (kept to fill the form again and to build
//! the paging and CSV links), read into the core's filter and page, a bad value refused with
//! a 400 naming its field and value.

use crate::desk::{tag_name, CategoryFilter, PageRequest, TicketListFilter, MAX_PAGE_SIZE};
use crate::i18n::Lang;
use crate::t;
use crate::tickets::{text, CategoryId, Priority, Status, Tier, UserId};
use crate::web::error::WebError;
use chrono::{DateTime, Duration, NaiveDate, Utc};

/// Rows a page holds unless `per` says otherwise.
pub(super) const PER_PAGE: u32 = 50;
/// The longest search kept, in characters.
const SEARCH_MAX: usize = 200;

/// The list's query as typed (the form's fields, blank ones left out), kept to fill the
/// form again and to build the paging and CSV links with the same filters.
#[derive(Debug, Default)]
pub(super) struct Asked {
    pub(super) status: Vec<String>,
    pub(super) tier: String,
    pub(super) category: String,
    pub(super) tag: String,
    pub(super) agent: String,
    pub(super) priority: String,
    pub(super) from: String,
    pub(super) to: String,
    pub(super) q: String,
    pub(super) per: String,
    pub(super) page: String,
}

/// A 400 naming the field and the value given, saying (message `what`) what it should be.
fn bad(lang: Lang, key: &str, value: &str, what: &str) -> WebError {
    let shown: String = text::one_line(value).chars().take(80).collect();
    WebError::bad_request(t!(lang, what, given = format!("{key}={shown}")))
}

/// A `YYYY-MM-DD` date's first instant, UTC.
fn day(lang: Lang, key: &str, value: &str) -> Result<DateTime<Utc>, WebError> {
    NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| t.and_utc())
        .ok_or_else(|| bad(lang, key, value, "web-query-bad-date"))
}

impl Asked {
    /// The query's fields; unknown ones are ignored, `status` may repeat.
    pub(super) fn parse(lang: Lang, raw: Option<&str>) -> Result<Asked, WebError> {
        let pairs: Vec<(String, String)> = serde_urlencoded::from_str(raw.unwrap_or(""))
            .map_err(|_| WebError::bad_request(t!(lang, "web-query-unreadable")))?;
        let mut a = Asked::default();
        for (k, v) in pairs {
            let v = v.trim().to_string();
            let field = match k.as_str() {
                "status" => {
                    if !v.is_empty() {
                        a.status.push(v);
                    }
                    continue;
                }
                "tier" => &mut a.tier,
                "category" => &mut a.category,
                "tag" => &mut a.tag,
                "agent" => &mut a.agent,
                "priority" => &mut a.priority,
                "from" => &mut a.from,
                "to" => &mut a.to,
                "q" => &mut a.q,
                "per" => &mut a.per,
                "page" => &mut a.page,
                _ => continue,
            };
            *field = v;
        }
        Ok(a)
    }

    /// The filter the fields ask for, or a 400 naming the first bad one.
    pub(super) fn filter(&self, lang: Lang) -> Result<TicketListFilter, WebError> {
        let mut f = TicketListFilter::default();
        for s in &self.status {
            match s.as_str() {
                "active" => f.statuses.extend([Status::Open, Status::Claimed]),
                s => f.statuses.push(
                    Status::parse(s)
                        .ok_or_else(|| bad(lang, "status", s, "web-query-bad-status"))?,
                ),
            }
        }
        if !self.tier.is_empty() {
            let tier = self.tier.parse::<u8>().ok().filter(|t| *t >= 1);
            f.tier =
                Some(Tier(tier.ok_or_else(|| {
                    bad(lang, "tier", &self.tier, "web-query-bad-tier")
                })?));
        }
        f.category = match self.category.as_str() {
            "" => None,
            "none" => Some(CategoryFilter::Uncategorised),
            c => Some(CategoryFilter::Is(CategoryId(
                c.parse::<i64>()
                    .ok()
                    .filter(|c| *c > 0)
                    .ok_or_else(|| bad(lang, "category", c, "web-query-bad-category"))?,
            ))),
        };
        if !self.tag.is_empty() {
            f.tag = Some(
                tag_name(&self.tag)
                    .map_err(|_| bad(lang, "tag", &self.tag, "web-query-bad-tag"))?,
            );
        }
        if !self.agent.is_empty() {
            let id = self.agent.parse::<u64>().ok().filter(|u| *u > 0);
            f.agent = Some(UserId(id.ok_or_else(|| {
                bad(lang, "agent", &self.agent, "web-query-bad-agent")
            })?));
        }
        if !self.priority.is_empty() {
            f.priority =
                Some(Priority::parse(&self.priority).ok_or_else(|| {
                    bad(lang, "priority", &self.priority, "web-query-bad-priority")
                })?);
        }
        if !self.from.is_empty() {
            f.opened_from = Some(day(lang, "from", &self.from)?);
        }
        if !self.to.is_empty() {
            // The whole day `to` counts: opened before the next one.
            f.opened_before = Some(day(lang, "to", &self.to)? + Duration::days(1));
        }
        if let (Some(from), Some(before)) = (f.opened_from, f.opened_before) {
            if before <= from {
                return Err(bad(lang, "to", &self.to, "web-query-bad-to"));
            }
        }
        if !self.q.is_empty() {
            f.search = Some(self.q.chars().take(SEARCH_MAX).collect());
        }
        Ok(f)
    }

    /// The page asked for (`per` above the most a page holds is that most).
    pub(super) fn page(&self, lang: Lang) -> Result<PageRequest, WebError> {
        let number = match self.page.as_str() {
            "" => 1,
            p => p
                .parse::<u32>()
                .ok()
                .filter(|n| *n >= 1)
                .ok_or_else(|| bad(lang, "page", p, "web-query-bad-page"))?,
        };
        let size = match self.per.as_str() {
            "" => PER_PAGE,
            p => p
                .parse::<u32>()
                .ok()
                .filter(|n| *n >= 1)
                .ok_or_else(|| bad(lang, "per", p, "web-query-bad-per"))?,
        };
        Ok(PageRequest {
            number,
            size: size.min(MAX_PAGE_SIZE),
        })
    }

    /// The query of these filters (and `page`, if given), for a link.
    pub(super) fn query(&self, page: Option<u32>) -> String {
        let mut pairs: Vec<(&str, String)> =
            self.status.iter().map(|s| ("status", s.clone())).collect();
        for (k, v) in [
            ("tier", &self.tier),
            ("category", &self.category),
            ("tag", &self.tag),
            ("agent", &self.agent),
            ("priority", &self.priority),
            ("from", &self.from),
            ("to", &self.to),
            ("q", &self.q),
            ("per", &self.per),
        ] {
            if !v.is_empty() {
                pairs.push((k, v.clone()));
            }
        }
        if let Some(p) = page {
            pairs.push(("page", p.to_string()));
        }
        serde_urlencoded::to_string(pairs).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn asked(q: &str) -> Result<Asked, WebError> {
        Asked::parse(Lang::En, Some(q))
    }

    fn message(e: WebError) -> String {
        match e {
            WebError::Page(_, m) => m,
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn a_query_makes_a_filter_and_a_link_with_the_same_values() {
        let a = asked("status=active&tier=2&category=none&tag=%23Billing&agent=42&priority=high&from=2024-01-01&to=2024-01-31&q=+burnt+toast+&per=10&page=3&x=1").unwrap();
        let f = a.filter(Lang::En).unwrap();
        assert_eq!(f.statuses, [Status::Open, Status::Claimed]);
        assert_eq!(f.tier, Some(Tier(2)));
        assert_eq!(f.category, Some(CategoryFilter::Uncategorised));
        assert_eq!(f.tag.as_deref(), Some("billing"));
        assert_eq!(f.agent, Some(UserId(42)));
        assert_eq!(f.priority, Some(Priority::High));
        assert_eq!(
            f.opened_before.unwrap().to_rfc3339(),
            "2024-02-01T00:00:00+00:00"
        );
        assert_eq!(f.search.as_deref(), Some("burnt toast"));
        assert_eq!(
            a.page(Lang::En).unwrap(),
            PageRequest {
                number: 3,
                size: 10
            }
        );
        assert_eq!(
            a.query(Some(4)),
            "status=active&tier=2&category=none&tag=%23Billing&agent=42&priority=high\
             &from=2024-01-01&to=2024-01-31&q=burnt+toast&per=10&page=4"
        );
        assert_eq!(asked("per=1000").unwrap().page(Lang::En).unwrap().size, 100);
    }

    #[test]
    fn a_bad_value_names_its_field() {
        for (q, said) in [
            ("tier=x", "`tier=x` is not a tier"),
            ("tier=0", "`tier=0` is not a tier"),
            ("status=done", "`status=done` is not a status"),
            ("category=billing", "`category=billing` is not a category"),
            ("tag=no+way", "`tag=no way` is not a tag name"),
            ("agent=ann", "`agent=ann` is not a Discord user id"),
            ("priority=asap", "`priority=asap` is not a priority"),
            ("from=2024-13-01", "`from=2024-13-01` is not a date"),
            (
                "from=2024-02-01&to=2024-01-01",
                "`to=2024-01-01` is not on or after",
            ),
        ] {
            let e = asked(q).unwrap().filter(Lang::En).unwrap_err();
            assert!(message(e).contains(said), "{q}");
        }
        for (q, said) in [("page=0", "`page=0`"), ("per=lots", "`per=lots`")] {
            let e = asked(q).unwrap().page(Lang::En).unwrap_err();
            assert!(message(e).contains(said), "{q}");
        }
    }
}
