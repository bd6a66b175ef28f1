//! Auto-answer manners for a busy help channel. Pure bookkeeping with the time passed in; one
//! call decides and records at once, so two questions handled at the same moment cannot
//! both pass a limit.
//!
//! - Different members' different questions are all answered (no channel-wide cooldown).
//! - The same entry again in a channel within its repeat window (`REPEAT_WINDOW_SECONDS`, or
//!   the entry's own `cooldown`) gets a short pointer to the earlier answer instead of a
//!   second copy.
//! - One member gets at most `MEMBER_ANSWERS_PER_MINUTE` auto-answers (pointers included) in
//!   any 60 s: farming the bot stops there.
//! - A channel where an agent posted within `AGENT_QUIET_MINUTES` gets no auto-answers.

use chrono::{DateTime, Utc};
use std::collections::{HashMap, VecDeque};
use std::time::Duration;

/// A moment by the bot's clock (so the sandbox's and tests' clocks move the manners too).
type Instant = DateTime<Utc>;

/// The window of the per-member rate.
const RATE_WINDOW: Duration = Duration::from_secs(60);

/// Why an auto-answer is held back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hold {
    /// An agent is active in the channel.
    AgentActive,
    /// The member had their auto-answers for this minute.
    MemberRate,
}

/// What to do with a question the knowledge base can answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Post the answer.
    Answer,
    /// The same entry was posted in this channel a moment ago: point to it (its message id,
    /// once known).
    PointTo(Option<u64>),
    /// Say nothing.
    Hold(Hold),
}

/// The settings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Policy {
    /// Auto-answers one member may get per minute; 0 = no limit.
    pub per_member_per_minute: u32,
    /// How long an entry posted in a channel is pointed to rather than repeated.
    pub repeat_window: Duration,
    /// How long a channel stays quiet after an agent posted there.
    pub agent_quiet: Duration,
}

/// Remembers what the bot answered whom, where and with what.
#[derive(Debug, Default)]
pub struct Manners {
    policy: Policy,
    by_member: HashMap<u64, VecDeque<Instant>>,
    /// (channel, entry) -> when it was posted and its message, once sent.
    last_entry: HashMap<(u64, String), (Instant, Option<u64>)>,
    last_agent: HashMap<u64, Instant>,
}

/// Time from `then` to `now`; zero if `then` is later.
fn since(now: Instant, then: Instant) -> Duration {
    (now - then).to_std().unwrap_or_default()
}

impl Manners {
    pub fn new(policy: Policy) -> Manners {
        Manners {
            policy,
            ..Manners::default()
        }
    }

    /// Follows `policy` from now on (a server's settings changed); what was said is kept.
    pub fn set_policy(&mut self, policy: Policy) {
        self.policy = policy;
    }

    /// Decides what `member`'s question in `channel`, answered by `entry` (with its own repeat
    /// window, if any), gets now, and records it unless held.
    pub fn decide(
        &mut self,
        member: u64,
        channel: u64,
        entry: &str,
        entry_window: Option<Duration>,
        now: Instant,
    ) -> Verdict {
        if self
            .last_agent
            .get(&channel)
            .is_some_and(|t| since(now, *t) < self.policy.agent_quiet)
        {
            return Verdict::Hold(Hold::AgentActive);
        }
        let recent = self.by_member.entry(member).or_default();
        while recent
            .front()
            .is_some_and(|t| since(now, *t) >= RATE_WINDOW)
        {
            recent.pop_front();
        }
        let max = self.policy.per_member_per_minute;
        if max > 0 && u32::try_from(recent.len()).unwrap_or(u32::MAX) >= max {
            return Verdict::Hold(Hold::MemberRate);
        }
        recent.push_back(now);
        let window = entry_window.unwrap_or(self.policy.repeat_window);
        let key = (channel, entry.to_string());
        let verdict = match self.last_entry.get(&key) {
            Some((at, message)) if since(now, *at) < window => Verdict::PointTo(*message),
            _ => {
                self.last_entry.insert(key, (now, None));
                Verdict::Answer
            }
        };
        self.prune(now);
        verdict
    }

    /// The answer of `entry` in `channel` went out as `message`: later repeats point to it.
    pub fn posted(&mut self, channel: u64, entry: &str, message: u64) {
        if let Some(slot) = self.last_entry.get_mut(&(channel, entry.to_string())) {
            slot.1 = Some(message);
        }
    }

    /// The answer could not be posted: forget it, so the next question is answered in full.
    pub fn not_posted(&mut self, member: u64, channel: u64, entry: &str) {
        if let Some(recent) = self.by_member.get_mut(&member) {
            recent.pop_back();
        }
        let key = (channel, entry.to_string());
        if self.last_entry.get(&key).is_some_and(|(_, m)| m.is_none()) {
            self.last_entry.remove(&key);
        }
    }

    /// Records that an agent posted in a channel.
    pub fn agent_spoke(&mut self, channel: u64, now: Instant) {
        self.last_agent.insert(channel, now);
    }

    /// Forgets what no rule looks at any more, so the maps stay small.
    fn prune(&mut self, now: Instant) {
        if self.by_member.len() + self.last_entry.len() < 10_000 {
            return;
        }
        let keep = self
            .policy
            .repeat_window
            .max(self.policy.agent_quiet)
            .max(Duration::from_secs(3600));
        self.by_member
            .retain(|_, r| r.back().is_some_and(|t| since(now, *t) < RATE_WINDOW));
        self.last_entry.retain(|_, (t, _)| since(now, *t) < keep);
        self.last_agent.retain(|_, t| since(now, *t) < keep);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manners() -> Manners {
        Manners::new(Policy {
            per_member_per_minute: 3,
            repeat_window: Duration::from_secs(300),
            agent_quiet: Duration::from_secs(300),
        })
    }

    fn at(t0: Instant, secs: u64) -> Instant {
        t0 + Duration::from_secs(secs)
    }

    #[test]
    fn different_members_and_questions_are_all_answered() {
        let mut m = manners();
        let t0 = Utc::now();
        assert_eq!(m.decide(1, 100, "refund", None, t0), Verdict::Answer);
        assert_eq!(
            m.decide(2, 100, "password", None, at(t0, 1)),
            Verdict::Answer
        );
        assert_eq!(m.decide(1, 100, "email", None, at(t0, 30)), Verdict::Answer);
    }

    #[test]
    fn a_repeat_points_to_the_earlier_answer_within_its_window() {
        let mut m = manners();
        let t0 = Utc::now();
        assert_eq!(m.decide(1, 100, "refund", None, t0), Verdict::Answer);
        assert_eq!(
            m.decide(2, 100, "refund", None, at(t0, 1)),
            Verdict::PointTo(None)
        );
        m.posted(100, "refund", 555);
        assert_eq!(
            m.decide(3, 100, "refund", None, at(t0, 2)),
            Verdict::PointTo(Some(555))
        );
        // Another channel, or after the window: the answer again.
        assert_eq!(m.decide(3, 200, "refund", None, at(t0, 3)), Verdict::Answer);
        assert_eq!(
            m.decide(4, 100, "refund", None, at(t0, 301)),
            Verdict::Answer
        );
        // An entry's own window wins.
        assert_eq!(
            m.decide(5, 300, "short", Some(Duration::from_secs(10)), t0),
            Verdict::Answer
        );
        assert_eq!(
            m.decide(6, 300, "short", Some(Duration::from_secs(10)), at(t0, 11)),
            Verdict::Answer
        );
    }

    #[test]
    fn one_member_gets_a_few_answers_a_minute() {
        let mut m = manners();
        let t0 = Utc::now();
        for (i, e) in ["a", "b", "c"].iter().enumerate() {
            assert_eq!(m.decide(1, 100, e, None, at(t0, i as u64)), Verdict::Answer);
        }
        assert_eq!(
            m.decide(1, 100, "d", None, at(t0, 5)),
            Verdict::Hold(Hold::MemberRate)
        );
        assert_eq!(
            m.decide(2, 100, "d", None, at(t0, 5)),
            Verdict::Answer,
            "others are not held"
        );
        assert_eq!(
            m.decide(1, 100, "e", None, at(t0, 60)),
            Verdict::Answer,
            "a minute later"
        );
    }

    #[test]
    fn a_failed_post_is_forgotten_and_an_agent_quiets_the_channel() {
        let mut m = manners();
        let t0 = Utc::now();
        assert_eq!(m.decide(1, 100, "a", None, t0), Verdict::Answer);
        m.not_posted(1, 100, "a");
        assert_eq!(m.decide(2, 100, "a", None, t0), Verdict::Answer);
        m.agent_spoke(100, t0);
        assert_eq!(
            m.decide(3, 100, "b", None, at(t0, 299)),
            Verdict::Hold(Hold::AgentActive)
        );
        assert_eq!(m.decide(3, 100, "b", None, at(t0, 300)), Verdict::Answer);
    }
}
