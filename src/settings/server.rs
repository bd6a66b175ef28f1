//! One server's settings, typed, read from text values (the database's rows, a TOML file, or
//! the single-server `.env`) with every problem reported at once.

use super::keys::{by_name, Key, Kind, Value, KEYS};
use super::Problem;
use crate::tickets::{BusinessHours, DeskRules, HoursError, OpenRate, SlaPolicy, UrgentKeywords};
use std::collections::BTreeMap;
use std::time::Duration;

/// A server's settings.
#[derive(Debug, Clone, PartialEq)]
pub struct ServerSettings {
    pub support_channels: Vec<u64>,
    /// None until the server is set up.
    pub ticket_channel: Option<u64>,
    pub log_channel: Option<u64>,
    /// Tier roles, tier 1 first.
    pub tier_roles: Vec<u64>,
    pub moderator_roles: Vec<u64>,
    pub on_call_role: Option<u64>,
    pub max_open_tickets: u32,
    /// Tickets one member may open themselves per hour; 0 = no limit.
    pub max_tickets_per_hour: u32,
    pub on_call_ping_window_minutes: u32,
    pub reopen_window_days: u32,
    pub sla_normal_minutes: u32,
    pub sla_urgent_minutes: u32,
    pub sla_high_minutes: u32,
    pub sla_low_minutes: u32,
    /// Hours a close request waits for the member's answer.
    pub close_request_hours: u32,
    /// Hours of the member's silence after an agent's last word before the bot asks (0: off).
    pub inactivity_hours: u32,
    /// Hours that question waits before the ticket closes for inactivity.
    pub inactivity_close_hours: u32,
    /// None: the built-in list.
    pub urgent_keywords: Option<Vec<String>>,
    /// e.g. `mon-fri 09:00-17:00`; none: always open.
    pub business_hours: Option<String>,
    /// e.g. `Europe/Berlin`; none: UTC.
    pub business_timezone: Option<String>,
    /// The language of the bot's posts in channels; none: the server's Discord language.
    pub language: Option<crate::i18n::Lang>,
    /// Lock a closed ticket's thread once the owner rated, or after this grace period.
    pub rating_grace: Duration,
    /// How long the owner may change their rating (0: locked at the first rating).
    pub rating_change: Duration,
    /// Auto-answers one member may get per minute; 0 = no limit.
    pub member_answers_per_minute: u32,
    /// The same entry again in a channel within this time gets a pointer, not a copy.
    pub repeat_window: Duration,
    /// Stay quiet in a channel where an agent posted within this time.
    pub agent_quiet: Duration,
}

/// A bad setting: which, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingProblem {
    pub key: &'static Key,
    pub problem: Problem,
}

impl Default for ServerSettings {
    /// Every setting at its default: not set up (no ticket channel, no tier roles).
    fn default() -> Self {
        ServerSettings::read(|_| None).expect("the defaults are valid")
    }
}

/// Reads values by key, collecting every problem.
struct Reader<'a, F: Fn(&'static Key) -> Option<&'a str>> {
    get: F,
    problems: Vec<SettingProblem>,
}

impl<'a, F: Fn(&'static Key) -> Option<&'a str>> Reader<'a, F> {
    fn value(&mut self, name: &str) -> Option<Value> {
        let key = by_name(name).expect("a known setting");
        let raw = (self.get)(key).map(str::trim).filter(|s| !s.is_empty())?;
        match key.check(raw) {
            Ok(v) => Some(v),
            Err(problem) => {
                self.problems.push(SettingProblem { key, problem });
                None
            }
        }
    }

    fn ids(&mut self, name: &str) -> Vec<u64> {
        match self.value(name) {
            Some(Value::Ids(ids)) => ids,
            _ => Vec::new(),
        }
    }

    fn id(&mut self, name: &str) -> Option<u64> {
        self.ids(name).first().copied()
    }

    fn number(&mut self, name: &str) -> u32 {
        match self.value(name) {
            Some(Value::Number(n)) => n,
            _ => match by_name(name).map(|k| k.kind) {
                Some(Kind::Number { default, .. }) => default,
                _ => 0,
            },
        }
    }

    fn text(&mut self, name: &str) -> Option<String> {
        match self.value(name) {
            Some(Value::Text(t)) => Some(t),
            _ => None,
        }
    }
}

impl ServerSettings {
    /// Reads the settings from `get` (the raw text of a key, none or empty when unset);
    /// every bad value is reported at once, and the business hours are checked with their
    /// time zone.
    pub fn read<'a>(
        get: impl Fn(&'static Key) -> Option<&'a str>,
    ) -> Result<ServerSettings, Vec<SettingProblem>> {
        let mut r = Reader {
            get,
            problems: Vec::new(),
        };
        let s = ServerSettings {
            support_channels: r.ids("support_channels"),
            ticket_channel: r.id("ticket_channel"),
            log_channel: r.id("log_channel"),
            tier_roles: r.ids("tier_roles"),
            moderator_roles: r.ids("moderator_roles"),
            on_call_role: r.id("on_call_role"),
            max_open_tickets: r.number("max_open_tickets"),
            max_tickets_per_hour: r.number("max_tickets_per_hour"),
            on_call_ping_window_minutes: r.number("on_call_ping_window_minutes"),
            reopen_window_days: r.number("reopen_window_days"),
            sla_normal_minutes: r.number("sla_first_response_minutes"),
            sla_urgent_minutes: r.number("sla_urgent_first_response_minutes"),
            sla_high_minutes: r.number("sla_high_first_response_minutes"),
            sla_low_minutes: r.number("sla_low_first_response_minutes"),
            close_request_hours: r.number("close_request_hours"),
            inactivity_hours: r.number("inactivity_hours"),
            inactivity_close_hours: r.number("inactivity_close_hours"),
            urgent_keywords: match r.value("urgent_keywords") {
                Some(Value::Words(w)) => Some(w),
                _ => None,
            },
            business_hours: r.text("business_hours"),
            business_timezone: r.text("business_timezone"),
            language: r
                .text("language")
                .and_then(|l| crate::i18n::Lang::parse(&l)),
            rating_grace: Duration::from_secs(3600) * r.number("rating_grace_hours"),
            rating_change: Duration::from_secs(60) * r.number("rating_change_minutes"),
            member_answers_per_minute: r.number("member_answers_per_minute"),
            repeat_window: Duration::from_secs(1) * r.number("repeat_window_seconds"),
            agent_quiet: Duration::from_secs(60) * r.number("agent_quiet_minutes"),
        };
        let hours_reported = r
            .problems
            .iter()
            .any(|p| matches!(p.key.kind, Kind::Hours | Kind::Timezone));
        if !hours_reported {
            if let Err(e) = s.rules() {
                let name = match e {
                    HoursError::BadTimezone(_) => "business_timezone",
                    _ => "business_hours",
                };
                r.problems.push(SettingProblem {
                    key: by_name(name).expect("a known setting"),
                    problem: Problem::Hours(e),
                });
            }
        }
        if r.problems.is_empty() {
            Ok(s)
        } else {
            Err(r.problems)
        }
    }

    /// Reads settings stored as (name, text) pairs; a name no setting has is a problem too
    /// (in English: [`ServerSettings::check_values`] has them as [`Problem`]s).
    pub fn from_values(
        values: &BTreeMap<String, String>,
    ) -> Result<ServerSettings, Vec<(String, String)>> {
        ServerSettings::check_values(values).map_err(|problems| {
            problems
                .into_iter()
                .map(|(k, p)| (k, p.to_string()))
                .collect()
        })
    }

    /// [`ServerSettings::from_values`], each problem said in any language.
    pub fn check_values(
        values: &BTreeMap<String, String>,
    ) -> Result<ServerSettings, Vec<(String, Problem)>> {
        let mut unknown: Vec<(String, Problem)> = values
            .keys()
            .filter(|k| by_name(k).is_none())
            .map(|k| (k.clone(), Problem::NoSuchSetting))
            .collect();
        let read = ServerSettings::read(|key| values.get(key.name).map(String::as_str));
        match read {
            Ok(s) if unknown.is_empty() => Ok(s),
            Ok(_) => Err(unknown),
            Err(problems) => {
                unknown.extend(
                    problems
                        .into_iter()
                        .map(|p| (p.key.name.to_string(), p.problem)),
                );
                Err(unknown)
            }
        }
    }

    /// The settings as (name, text) pairs, every key, in the order of [`KEYS`]; an unset
    /// one is empty.
    pub fn values(&self) -> Vec<(&'static Key, String)> {
        let ids = |v: &[u64]| Value::Ids(v.to_vec()).text();
        let one = |v: Option<u64>| v.map(|id| id.to_string()).unwrap_or_default();
        let secs = |d: Duration, unit: u64| (d.as_secs() / unit).to_string();
        KEYS.iter()
            .map(|key| {
                let text = match key.name {
                    "support_channels" => ids(&self.support_channels),
                    "ticket_channel" => one(self.ticket_channel),
                    "log_channel" => one(self.log_channel),
                    "tier_roles" => ids(&self.tier_roles),
                    "moderator_roles" => ids(&self.moderator_roles),
                    "on_call_role" => one(self.on_call_role),
                    "max_open_tickets" => self.max_open_tickets.to_string(),
                    "max_tickets_per_hour" => self.max_tickets_per_hour.to_string(),
                    "on_call_ping_window_minutes" => self.on_call_ping_window_minutes.to_string(),
                    "reopen_window_days" => self.reopen_window_days.to_string(),
                    "sla_first_response_minutes" => self.sla_normal_minutes.to_string(),
                    "sla_urgent_first_response_minutes" => self.sla_urgent_minutes.to_string(),
                    "sla_high_first_response_minutes" => self.sla_high_minutes.to_string(),
                    "sla_low_first_response_minutes" => self.sla_low_minutes.to_string(),
                    "close_request_hours" => self.close_request_hours.to_string(),
                    "inactivity_hours" => self.inactivity_hours.to_string(),
                    "inactivity_close_hours" => self.inactivity_close_hours.to_string(),
                    "urgent_keywords" => self.urgent_keywords.clone().unwrap_or_default().join(","),
                    "business_hours" => self.business_hours.clone().unwrap_or_default(),
                    "business_timezone" => self.business_timezone.clone().unwrap_or_default(),
                    "language" => self
                        .language
                        .map(|l| l.code().to_string())
                        .unwrap_or_default(),
                    "rating_grace_hours" => secs(self.rating_grace, 3600),
                    "rating_change_minutes" => secs(self.rating_change, 60),
                    "member_answers_per_minute" => self.member_answers_per_minute.to_string(),
                    "repeat_window_seconds" => secs(self.repeat_window, 1),
                    "agent_quiet_minutes" => secs(self.agent_quiet, 60),
                    other => unreachable!("setting {other} has no field"),
                };
                (key, text)
            })
            .collect()
    }

    /// The settings that differ from the defaults, as (name, text).
    pub fn changed_values(&self) -> BTreeMap<String, String> {
        let defaults = ServerSettings::default().values();
        self.values()
            .into_iter()
            .zip(defaults)
            .filter(|((_, v), (_, d))| v != d)
            .map(|((k, v), _)| (k.name.to_string(), v))
            .collect()
    }

    /// Whether the server can work tickets: a ticket channel and at least one tier role.
    pub fn is_set_up(&self) -> bool {
        self.ticket_channel.is_some() && !self.tier_roles.is_empty()
    }

    /// The number of tiers (one per tier role, 1 to 9).
    pub fn tiers(&self) -> u8 {
        u8::try_from(self.tier_roles.len().clamp(1, 9)).unwrap_or(9)
    }

    /// The desk's rules from these settings; a bad business-hours spec or time zone is an
    /// error.
    pub fn rules(&self) -> Result<DeskRules, HoursError> {
        let hours = match &self.business_hours {
            Some(spec) => Some(BusinessHours::parse(
                spec,
                self.business_timezone.as_deref().unwrap_or("UTC"),
            )?),
            None => None,
        };
        Ok(DeskRules {
            max_open: self.max_open_tickets.max(1),
            reopen_window: chrono::Duration::days(i64::from(self.reopen_window_days)),
            tiers: self.tiers(),
            sla: SlaPolicy::minutes(self.sla_normal_minutes, self.sla_urgent_minutes)
                .with_low_and_high(self.sla_low_minutes, self.sla_high_minutes),
            hours,
            urgent: match &self.urgent_keywords {
                Some(words) => UrgentKeywords::new(words.iter().map(String::as_str)),
                None => UrgentKeywords::default(),
            },
            open_rate: (self.max_tickets_per_hour > 0).then(|| OpenRate {
                max: self.max_tickets_per_hour,
                per: chrono::Duration::hours(1),
            }),
            on_call_window: chrono::Duration::minutes(i64::from(self.on_call_ping_window_minutes)),
            team_role: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tickets::{Priority, Tier};

    fn values(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn values_round_trip_and_every_problem_is_named() {
        let v = values(&[
            ("ticket_channel", "200"),
            ("tier_roles", "11,12"),
            ("business_hours", "mon-fri 08:00-18:00"),
            ("business_timezone", "America/New_York"),
            ("rating_grace_hours", "48"),
        ]);
        let s = ServerSettings::from_values(&v).unwrap();
        assert!(s.is_set_up());
        assert_eq!(s.rating_grace, Duration::from_secs(48 * 3600));
        assert_eq!(s.changed_values(), v);
        let r = s.rules().unwrap();
        assert_eq!(r.tiers, 2);
        assert!(r.hours.is_some());
        assert_eq!(
            r.sla.target(Priority::Urgent, Tier(1)),
            chrono::Duration::minutes(15)
        );

        let bad = ServerSettings::from_values(&values(&[
            ("ticket_channel", "general"),
            ("max_open_tickets", "0"),
            ("colour", "blue"),
        ]))
        .unwrap_err();
        let names: Vec<&str> = bad.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(
            names,
            ["colour", "ticket_channel", "max_open_tickets"],
            "{bad:?}"
        );
    }

    #[test]
    fn hours_are_checked_with_their_zone() {
        let bad =
            ServerSettings::from_values(&values(&[("business_hours", "mon-fri 17:00-09:00")]))
                .unwrap_err();
        assert_eq!(bad[0].0, "business_hours", "{bad:?}");
        assert!(!ServerSettings::default().is_set_up());
    }
}
