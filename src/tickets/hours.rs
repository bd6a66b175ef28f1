//! Business hours in a time zone: when the desk is staffed, and clocks that count only that time.

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;
use std::fmt;
use thiserror::Error;

/// A bad `BUSINESS_HOURS` / `BUSINESS_TIMEZONE` value.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum HoursError {
    /// Not a known IANA time zone name.
    #[error("`{0}` is not a time zone name (like Europe/Berlin or America/New_York)")]
    BadTimezone(String),
    /// A group that is not `DAYS HH:MM-HH:MM`.
    #[error("`{0}` is not like `mon-fri 09:00-17:00`")]
    BadGroup(String),
    /// An unknown day name.
    #[error("`{0}` is not a day (mon, tue, wed, thu, fri, sat, sun)")]
    BadDay(String),
    /// A bad time or an empty window.
    #[error("`{0}` is not a time window like 09:00-17:00 (start before end, up to 24:00)")]
    BadWindow(String),
    /// Nothing open at all.
    #[error("business hours must open on at least one day")]
    NeverOpen,
}

/// Opening hours per weekday (one window a day), in a time zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BusinessHours {
    tz: Tz,
    /// Monday first; minutes since local midnight, `[open, close)`.
    days: [Option<(u32, u32)>; 7],
}

const DAY_NAMES: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

fn day_index(s: &str) -> Result<usize, HoursError> {
    let s = s.trim().to_lowercase();
    DAY_NAMES
        .iter()
        .position(|d| s.starts_with(d))
        .ok_or(HoursError::BadDay(s))
}

fn minutes(s: &str) -> Option<u32> {
    let (h, m) = s.trim().split_once(':')?;
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (m < 60 && (h < 24 || (h == 24 && m == 0))).then_some(h * 60 + m)
}

impl BusinessHours {
    /// Parses e.g. `mon-fri 09:00-17:00` or `mon-fri 09:00-17:00; sat 10:00-14:00` in `tz`.
    pub fn parse(spec: &str, tz: &str) -> Result<BusinessHours, HoursError> {
        let tz: Tz = tz
            .trim()
            .parse()
            .map_err(|_| HoursError::BadTimezone(tz.trim().to_string()))?;
        let mut days = [None; 7];
        for group in spec
            .split([';', ','])
            .map(str::trim)
            .filter(|g| !g.is_empty())
        {
            let (day_spec, window) = group
                .split_once(char::is_whitespace)
                .ok_or_else(|| HoursError::BadGroup(group.to_string()))?;
            let (from, to) = window
                .trim()
                .split_once('-')
                .and_then(|(a, b)| Some((minutes(a)?, minutes(b)?)))
                .filter(|(a, b)| a < b)
                .ok_or_else(|| HoursError::BadWindow(window.trim().to_string()))?;
            let (first, last) = match day_spec.split_once('-') {
                Some((a, b)) => (day_index(a)?, day_index(b)?),
                None => (day_index(day_spec)?, day_index(day_spec)?),
            };
            let mut d = first;
            loop {
                days[d] = Some((from, to));
                if d == last {
                    break;
                }
                d = (d + 1) % 7;
            }
        }
        if days.iter().all(Option::is_none) {
            return Err(HoursError::NeverOpen);
        }
        Ok(BusinessHours { tz, days })
    }

    /// The time zone the hours are in.
    pub fn timezone(&self) -> Tz {
        self.tz
    }

    /// The window of local date `d` in UTC, if the desk opens that day.
    fn window(&self, d: NaiveDate) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
        let (open, close) = self.days[d.weekday().num_days_from_monday() as usize]?;
        Some((self.at(d, open), self.at(d, close)))
    }

    /// Local date + minutes since midnight -> UTC (skipping DST gaps forward).
    fn at(&self, d: NaiveDate, mins: u32) -> DateTime<Utc> {
        let naive = d.and_hms_opt(0, 0, 0).expect("midnight") + Duration::minutes(mins as i64);
        (0..4)
            .find_map(|h| {
                self.tz
                    .from_local_datetime(&(naive + Duration::hours(h)))
                    .earliest()
            })
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_else(|| Utc.from_utc_datetime(&naive))
    }

    fn local_date(&self, t: DateTime<Utc>) -> NaiveDate {
        t.with_timezone(&self.tz).date_naive()
    }

    /// Whether the desk is staffed at `t`.
    pub fn is_open(&self, t: DateTime<Utc>) -> bool {
        self.window(self.local_date(t))
            .is_some_and(|(o, c)| o <= t && t < c)
    }

    /// `t` itself if open, else the next opening.
    pub fn next_open(&self, t: DateTime<Utc>) -> DateTime<Utc> {
        self.add(t, Duration::zero())
    }

    /// The instant after `amount` of business time has passed from `start`.
    pub fn add(&self, start: DateTime<Utc>, amount: Duration) -> DateTime<Utc> {
        let mut left = amount.max(Duration::zero());
        let mut d = self.local_date(start) - Duration::days(1);
        for _ in 0..(8 * 366) {
            if let Some((o, c)) = self.window(d) {
                let s = o.max(start);
                if s < c {
                    if c - s >= left {
                        return s + left;
                    }
                    left -= c - s;
                }
            }
            d = d.succ_opt().expect("date in range");
        }
        start + amount
    }

    /// Business time between `a` and `b` (zero if `b <= a`).
    pub fn between(&self, a: DateTime<Utc>, b: DateTime<Utc>) -> Duration {
        let mut total = Duration::zero();
        if b <= a {
            return total;
        }
        let mut d = self.local_date(a) - Duration::days(1);
        let end = self.local_date(b);
        while d <= end {
            if let Some((o, c)) = self.window(d) {
                let (s, e) = (o.max(a), c.min(b));
                if s < e {
                    total += e - s;
                }
            }
            d = d.succ_opt().expect("date in range");
        }
        total
    }
}

impl fmt::Display for BusinessHours {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        for (i, w) in self.days.iter().enumerate() {
            if let Some((o, c)) = w {
                if !first {
                    f.write_str("; ")?;
                }
                first = false;
                write!(
                    f,
                    "{} {:02}:{:02}-{:02}:{:02}",
                    DAY_NAMES[i],
                    o / 60,
                    o % 60,
                    c / 60,
                    c % 60
                )?;
            }
        }
        write!(f, " ({})", self.tz)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    fn berlin() -> BusinessHours {
        BusinessHours::parse("mon-fri 09:00-17:00", "Europe/Berlin").unwrap()
    }

    #[test]
    fn parses_and_rejects() {
        assert!(BusinessHours::parse("mon-fri 09:00-17:00; sat 10:00-14:00", "UTC").is_ok());
        assert!(matches!(
            BusinessHours::parse("mon-fri 09:00-17:00", "Mars/Base"),
            Err(HoursError::BadTimezone(_))
        ));
        assert!(matches!(
            BusinessHours::parse("mon-fri 17:00-09:00", "UTC"),
            Err(HoursError::BadWindow(_))
        ));
        assert!(matches!(
            BusinessHours::parse("funday 09:00-17:00", "UTC"),
            Err(HoursError::BadDay(_))
        ));
        assert!(matches!(
            BusinessHours::parse("", "UTC"),
            Err(HoursError::NeverOpen)
        ));
        assert!(BusinessHours::parse("sat-sun 00:00-24:00", "UTC").is_ok());
    }

    #[test]
    fn open_and_closed_in_local_time() {
        let h = berlin();
        // 2024-01-15 is a Monday; Berlin is UTC+1 in winter.
        assert!(h.is_open(utc("2024-01-15T08:00:00Z")));
        assert!(!h.is_open(utc("2024-01-15T07:59:00Z")));
        assert!(!h.is_open(utc("2024-01-15T16:00:00Z")));
        assert!(!h.is_open(utc("2024-01-13T10:00:00Z"))); // Saturday
    }

    #[test]
    fn time_outside_hours_does_not_count() {
        let h = berlin();
        // Friday 16:30 local + 60 business minutes = Monday 09:30 local.
        let fri = utc("2024-01-19T15:30:00Z");
        assert_eq!(
            h.add(fri, Duration::minutes(60)),
            utc("2024-01-22T08:30:00Z")
        );
        assert_eq!(
            h.next_open(utc("2024-01-20T12:00:00Z")),
            utc("2024-01-22T08:00:00Z")
        );
        assert_eq!(
            h.between(fri, utc("2024-01-22T08:30:00Z")),
            Duration::minutes(60)
        );
    }

    #[test]
    fn daylight_saving_shifts_the_utc_window() {
        let h = berlin();
        // Summer: UTC+2, so 09:00 local is 07:00 UTC.
        assert!(h.is_open(utc("2024-07-15T07:00:00Z")));
        assert!(!h.is_open(utc("2024-07-15T15:00:00Z")));
    }
}
