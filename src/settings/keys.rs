//! Every server setting: its name (as `/config` and the TOML export spell it), its `.env`
//! key, what kind of value it takes, its default, and the one validator for that kind.

use super::Problem;
use crate::tickets::HoursError;

/// What a setting's value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One channel id.
    Channel,
    /// A comma list of channel ids.
    Channels,
    /// One role id.
    Role,
    /// A comma list of role ids.
    Roles,
    /// A whole number from `min` to `max`.
    Number { default: u32, min: u32, max: u32 },
    /// A comma list of words.
    Words,
    /// Business hours, like `mon-fri 09:00-17:00`.
    Hours,
    /// An IANA time zone, like `Europe/Berlin`.
    Timezone,
    /// A shipped language's code, like `de` or `pt-BR`.
    Language,
}

/// A server setting.
#[derive(Debug, PartialEq, Eq)]
pub struct Key {
    /// The name in `/config`, the TOML export and the database.
    pub name: &'static str,
    /// The `.env` key of the single-server set-up.
    pub env: &'static str,
    pub kind: Kind,
    /// What it is for, one line.
    pub help: &'static str,
}

const fn number(default: u32, min: u32, max: u32) -> Kind {
    Kind::Number { default, min, max }
}

const MINUTES_A_DAY: u32 = 1_440;
const MINUTES_A_YEAR: u32 = 525_600;

/// Every server setting, in the order `/config show` lists them.
pub const KEYS: &[Key] = &[
    Key {
        name: "support_channels",
        env: "SUPPORT_CHANNEL_IDS",
        kind: Kind::Channels,
        help: "the channels where members ask and the bot answers",
    },
    Key {
        name: "ticket_channel",
        env: "TICKET_CHANNEL_ID",
        kind: Kind::Channel,
        help: "the channel the private ticket threads are made in",
    },
    Key {
        name: "log_channel",
        env: "LOG_CHANNEL_ID",
        kind: Kind::Channel,
        help: "transcripts, reload reports, setting changes (hide it from members)",
    },
    Key {
        name: "tier_roles",
        env: "TIER_ROLE_IDS",
        kind: Kind::Roles,
        help: "the agents' roles, tier 1 first",
    },
    Key {
        name: "moderator_roles",
        env: "MODERATOR_ROLE_IDS",
        kind: Kind::Roles,
        help: "who may use the knowledge-base and stats tools without being an agent",
    },
    Key {
        name: "on_call_role",
        env: "URGENT_ROLE_ID",
        kind: Kind::Role,
        help: "pinged for urgent tickets",
    },
    Key {
        name: "max_open_tickets",
        env: "MAX_OPEN_TICKETS",
        kind: number(3, 1, 100),
        help: "tickets one member may have open at once",
    },
    Key {
        name: "max_tickets_per_hour",
        env: "MAX_TICKETS_PER_HOUR",
        kind: number(5, 0, 1000),
        help: "tickets one member may open themselves per hour (0: no limit)",
    },
    Key {
        name: "on_call_ping_window_minutes",
        env: "ON_CALL_PING_WINDOW_MINUTES",
        kind: number(60, 0, MINUTES_A_DAY),
        help: "on-call is pinged about one member's urgent tickets once in this many minutes",
    },
    Key {
        name: "reopen_window_days",
        env: "REOPEN_WINDOW_DAYS",
        kind: number(7, 0, 3650),
        help: "days after closing that a ticket may be reopened",
    },
    Key {
        name: "sla_first_response_minutes",
        env: "SLA_FIRST_RESPONSE_MINUTES",
        kind: number(60, 1, MINUTES_A_YEAR),
        help: "the first-response target, per tier",
    },
    Key {
        name: "sla_urgent_first_response_minutes",
        env: "SLA_URGENT_FIRST_RESPONSE_MINUTES",
        kind: number(15, 1, MINUTES_A_YEAR),
        help: "the first-response target for urgent tickets",
    },
    Key {
        name: "sla_high_first_response_minutes",
        env: "SLA_HIGH_FIRST_RESPONSE_MINUTES",
        kind: number(30, 1, MINUTES_A_YEAR),
        help: "the first-response target for high-priority tickets",
    },
    Key {
        name: "sla_low_first_response_minutes",
        env: "SLA_LOW_FIRST_RESPONSE_MINUTES",
        kind: number(240, 1, MINUTES_A_YEAR),
        help: "the first-response target for low-priority tickets",
    },
    Key {
        name: "close_request_hours",
        env: "CLOSE_REQUEST_HOURS",
        kind: number(24, 1, 720),
        help: "hours a member has to answer a close request before the ticket closes by itself",
    },
    Key {
        name: "inactivity_hours",
        env: "INACTIVITY_HOURS",
        kind: number(24, 0, 720),
        help: "hours of silence from the member after an agent's last word before the bot asks whether the ticket is solved (0: never)",
    },
    Key {
        name: "inactivity_close_hours",
        env: "INACTIVITY_CLOSE_HOURS",
        kind: number(24, 1, 720),
        help: "hours the bot then waits for an answer before closing the ticket for inactivity",
    },
    Key {
        name: "urgent_keywords",
        env: "URGENT_KEYWORDS",
        kind: Kind::Words,
        help: "words that make a ticket urgent (empty: the built-in list)",
    },
    Key {
        name: "business_hours",
        env: "BUSINESS_HOURS",
        kind: Kind::Hours,
        help: "when the team works, like `mon-fri 09:00-17:00` (empty: always open)",
    },
    Key {
        name: "business_timezone",
        env: "BUSINESS_TIMEZONE",
        kind: Kind::Timezone,
        help: "the business hours' time zone, like `Europe/Berlin` (empty: UTC)",
    },
    Key {
        name: "language",
        env: "SERVER_LANGUAGE",
        kind: Kind::Language,
        help: "the language of the bot's posts in channels: en, de, fr, es, pt-BR or ru (empty: the server's Discord language)",
    },
    Key {
        name: "rating_grace_hours",
        env: "RATING_GRACE_HOURS",
        kind: number(24, 0, 8_760),
        help: "hours a closed ticket waits for its rating before it is locked",
    },
    Key {
        name: "rating_change_minutes",
        env: "RATING_CHANGE_MINUTES",
        kind: number(10, 0, MINUTES_A_DAY),
        help: "minutes the owner may change their rating before the thread is locked",
    },
    Key {
        name: "member_answers_per_minute",
        env: "MEMBER_ANSWERS_PER_MINUTE",
        kind: number(3, 0, 60),
        help: "auto-answers one member may get per minute (0: no limit)",
    },
    Key {
        name: "repeat_window_seconds",
        env: "REPEAT_WINDOW_SECONDS",
        kind: number(300, 0, 86_400),
        help: "the same answer again in a channel within this time links to the earlier one",
    },
    Key {
        name: "agent_quiet_minutes",
        env: "AGENT_QUIET_MINUTES",
        kind: number(5, 0, MINUTES_A_DAY),
        help: "the bot stays quiet in a channel where an agent posted within this time",
    },
];

/// The setting named `name` (as `/config` spells it), if there is one.
pub fn by_name(name: &str) -> Option<&'static Key> {
    KEYS.iter().find(|k| k.name == name.trim())
}

/// The setting whose `.env` key is `env`, if there is one.
pub fn by_env(env: &str) -> Option<&'static Key> {
    KEYS.iter().find(|k| k.env == env)
}

/// A value as stored: ids, numbers and words in the one text form they are written in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Ids(Vec<u64>),
    Number(u32),
    Words(Vec<String>),
    Text(String),
}

impl Value {
    /// The value as written in `.env`, the database and the TOML export.
    pub fn text(&self) -> String {
        match self {
            Value::Ids(ids) => ids.iter().map(u64::to_string).collect::<Vec<_>>().join(","),
            Value::Number(n) => n.to_string(),
            Value::Words(w) => w.join(","),
            Value::Text(t) => t.clone(),
        }
    }
}

fn parse_id(s: &str) -> Option<u64> {
    s.trim()
        .trim_start_matches("<#")
        .trim_start_matches("<@&")
        .trim_end_matches('>')
        .parse::<u64>()
        .ok()
        .filter(|&n| n > 0)
}

impl Key {
    /// Checks `raw` for this setting: the value, or what is wrong with it (in English). An
    /// empty value is never given here: it means "unset" (the default) and is handled by the
    /// caller.
    pub fn parse(&self, raw: &str) -> Result<Value, String> {
        self.check(raw).map_err(String::from)
    }

    /// [`Key::parse`], with what is wrong as a [`Problem`] (said in any language).
    pub fn check(&self, raw: &str) -> Result<Value, Problem> {
        let raw = raw.trim();
        match self.kind {
            Kind::Channel | Kind::Role => match parse_id(raw) {
                Some(id) => Ok(Value::Ids(vec![id])),
                None => Err(Problem::NotAnId(raw.to_string())),
            },
            Kind::Channels | Kind::Roles => {
                let mut ids = Vec::new();
                for part in raw.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                    match parse_id(part) {
                        Some(id) if !ids.contains(&id) => ids.push(id),
                        Some(_) => {}
                        None => return Err(Problem::NotAnIdInList(part.to_string())),
                    }
                }
                Ok(Value::Ids(ids))
            }
            Kind::Number { min, max, .. } => match raw.parse::<u32>() {
                Ok(n) if (min..=max).contains(&n) => Ok(Value::Number(n)),
                _ => Err(Problem::NotANumber {
                    value: raw.to_string(),
                    min,
                    max,
                }),
            },
            Kind::Words => Ok(Value::Words(
                raw.split(',')
                    .map(|k| k.trim().to_lowercase())
                    .filter(|k| !k.is_empty())
                    .collect(),
            )),
            Kind::Hours => crate::tickets::BusinessHours::parse(raw, "UTC")
                .map(|_| Value::Text(raw.to_string()))
                .map_err(Problem::Hours),
            Kind::Timezone => raw
                .parse::<chrono_tz::Tz>()
                .map(|_| Value::Text(raw.to_string()))
                .map_err(|_| Problem::Hours(HoursError::BadTimezone(raw.to_string()))),
            Kind::Language => crate::i18n::Lang::parse(raw)
                .map(|l| Value::Text(l.code().to_string()))
                .ok_or_else(|| Problem::NotALanguage(raw.to_string())),
        }
    }

    /// What it is for, one line, in `lang` ([`Key::help`] is the English).
    pub fn help_in(&self, lang: crate::i18n::Lang) -> String {
        crate::i18n::text(
            lang,
            &format!("config-help-{}", self.name.replace('_', "-")),
            None,
        )
    }

    /// The default, as text (empty: unset).
    pub fn default_text(&self) -> String {
        match self.kind {
            Kind::Number { default, .. } => default.to_string(),
            _ => String::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_is_a_shipped_ones_code() {
        let k = by_name("language").unwrap();
        assert_eq!(k.parse("pt-br"), Ok(Value::Text("pt-BR".into())));
        assert_eq!(k.parse("de"), Ok(Value::Text("de".into())));
        let e = k.parse("pt").unwrap_err();
        assert!(
            e.contains("`pt`") && e.contains("en, de, fr, es, pt-BR, ru"),
            "{e}"
        );
    }

    #[test]
    fn every_setting_says_what_it_is_for_in_every_language() {
        for k in KEYS {
            assert_eq!(k.help_in(crate::i18n::Lang::En), k.help, "{}", k.name);
            for lang in crate::i18n::Lang::ALL {
                let id = format!("config-help-{}", k.name.replace('_', "-"));
                assert!(crate::i18n::has_message(lang, &id), "{lang}: {id}");
            }
        }
    }

    #[test]
    fn names_and_env_keys_are_unique() {
        for (i, k) in KEYS.iter().enumerate() {
            for other in &KEYS[i + 1..] {
                assert_ne!(k.name, other.name);
                assert_ne!(k.env, other.env);
            }
        }
    }

    #[test]
    fn each_kind_checks_its_values() {
        let key = |n| by_name(n).unwrap();
        assert_eq!(
            key("support_channels").parse("1, 2,<#3>,2"),
            Ok(Value::Ids(vec![1, 2, 3]))
        );
        assert!(key("ticket_channel").parse("general").is_err());
        assert_eq!(
            key("on_call_role").parse("<@&42>"),
            Ok(Value::Ids(vec![42]))
        );
        assert_eq!(key("max_open_tickets").parse("100"), Ok(Value::Number(100)));
        let e = key("max_open_tickets").parse("4294967297").unwrap_err();
        assert!(e.contains("from 1 to 100"), "{e}");
        assert!(key("business_hours").parse("mon-fry 09:00-17:00").is_err());
        assert!(key("business_timezone").parse("Mars/Olympus").is_err());
        assert_eq!(
            key("urgent_keywords").parse("Fire, down ,"),
            Ok(Value::Words(vec!["fire".into(), "down".into()]))
        );
    }
}
