//! Auto-answer manners: per-asker, per-channel and per-entry cooldowns, and quiet while an
//! agent is talking in the channel. Pure bookkeeping with the time passed in.

use chrono::{DateTime, Utc};
use std::collections::HashMap;
use std::time::Duration;

/// A moment by the bot's clock (so the sandbox's and tests' clocks move cooldowns too).
type Instant = DateTime<Utc>;

/// Why an auto-answer is held back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hold {
    /// The asker got an auto-answer a moment ago.
    User,
    /// The channel got an auto-answer a moment ago.
    Channel,
    /// This entry was posted in this channel a moment ago.
    Entry,
    /// An agent is active in the channel.
    AgentActive,
}

/// Remembers when the bot last answered whom, where and with what.
#[derive(Debug, Default)]
pub struct Cooldowns {
    user: Duration,
    channel: Duration,
    agent_quiet: Duration,
    last_user: HashMap<u64, Instant>,
    last_channel: HashMap<u64, Instant>,
    last_entry: HashMap<(u64, String), Instant>,
    last_agent: HashMap<u64, Instant>,
}

/// Time from `then` to `now`; zero if `then` is later.
fn since(now: Instant, then: Instant) -> Duration {
    (now - then).to_std().unwrap_or_default()
}

impl Cooldowns {
    /// Cooldowns of the given lengths (zero: no cooldown).
    pub fn new(user: Duration, channel: Duration, agent_quiet: Duration) -> Cooldowns {
        Cooldowns {
            user,
            channel,
            agent_quiet,
            ..Cooldowns::default()
        }
    }

    fn within(map_time: Option<&Instant>, span: Duration, now: Instant) -> bool {
        map_time.is_some_and(|t| since(now, *t) < span)
    }

    /// Whether an answer with `entry` (with its own cooldown, if any) may go out now.
    pub fn check(
        &self,
        user: u64,
        channel: u64,
        entry: &str,
        entry_cooldown: Option<Duration>,
        now: Instant,
    ) -> Result<(), Hold> {
        if Self::within(self.last_agent.get(&channel), self.agent_quiet, now) {
            return Err(Hold::AgentActive);
        }
        if Self::within(self.last_user.get(&user), self.user, now) {
            return Err(Hold::User);
        }
        if Self::within(self.last_channel.get(&channel), self.channel, now) {
            return Err(Hold::Channel);
        }
        if let Some(span) = entry_cooldown {
            if Self::within(
                self.last_entry.get(&(channel, entry.to_string())),
                span,
                now,
            ) {
                return Err(Hold::Entry);
            }
        }
        Ok(())
    }

    /// Records an answer that went out.
    pub fn answered(&mut self, user: u64, channel: u64, entry: &str, now: Instant) {
        self.last_user.insert(user, now);
        self.last_channel.insert(channel, now);
        self.last_entry.insert((channel, entry.to_string()), now);
        self.prune(now);
    }

    /// Records that an agent posted in a channel.
    pub fn agent_spoke(&mut self, channel: u64, now: Instant) {
        self.last_agent.insert(channel, now);
    }

    /// Forgets entries older than every cooldown, so the maps stay small.
    fn prune(&mut self, now: Instant) {
        if self.last_user.len() < 10_000 {
            return;
        }
        let keep = self.user.max(self.channel).max(Duration::from_secs(3600));
        self.last_user.retain(|_, t| since(now, *t) < keep);
        self.last_channel.retain(|_, t| since(now, *t) < keep);
        self.last_entry.retain(|_, t| since(now, *t) < keep);
        self.last_agent.retain(|_, t| since(now, *t) < keep);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_cooldown_holds_and_expires() {
        let mut c = Cooldowns::new(
            Duration::from_secs(60),
            Duration::from_secs(10),
            Duration::from_secs(300),
        );
        let t0 = Utc::now();
        assert_eq!(c.check(1, 100, "a", None, t0), Ok(()));
        c.answered(1, 100, "a", t0);
        assert_eq!(
            c.check(1, 200, "b", None, t0 + Duration::from_secs(5)),
            Err(Hold::User)
        );
        assert_eq!(
            c.check(2, 100, "b", None, t0 + Duration::from_secs(5)),
            Err(Hold::Channel)
        );
        assert_eq!(
            c.check(2, 100, "b", None, t0 + Duration::from_secs(11)),
            Ok(())
        );
        assert_eq!(
            c.check(
                2,
                100,
                "a",
                Some(Duration::from_secs(600)),
                t0 + Duration::from_secs(120)
            ),
            Err(Hold::Entry)
        );
        c.agent_spoke(300, t0);
        assert_eq!(
            c.check(3, 300, "a", None, t0 + Duration::from_secs(60)),
            Err(Hold::AgentActive)
        );
        assert_eq!(
            c.check(3, 300, "a", None, t0 + Duration::from_secs(301)),
            Ok(())
        );
    }
}
