//! What the database missed while it was unavailable, made good once it is back (the rules:
//! `docs/durability.md`).
//!
//! - A ticket thread's messages are in Discord anyway: a thread whose message could not be
//!   recorded is remembered, and its messages are fetched again
//!   (`GET /channels/{id}/messages?after=`) and recorded in order, once the database answers.
//!   On start, every unclosed ticket's thread is caught up the same way (messages posted while
//!   the bot was down).
//! - Auto-answers and unanswered questions exist only in the bot's hands: those it could not
//!   record wait in a bounded queue and are retried in order. An answer's buttons describe the
//!   answer, so they work (and record it) even before the queue gets to it.
//!
//! The clocks' tick ([`super::tasks::clock_tick`]) runs [`catch_up`].

use super::{answers, Bot};
use crate::bot::roles::Staff;
use crate::desk::{DeskError, NewAnswer, NewQuestion, QueueFilter};
use crate::tickets::{ChannelId, Refusal, Ticket, Tier};
use serenity::all::{GetMessages, Http};
use std::collections::{BTreeMap, HashMap, VecDeque};

/// The most writes kept for a retry; more are dropped (and logged), newest first.
pub const MAX_PENDING: usize = 1000;
/// How long a write is retried before it is given up (and logged).
pub const KEEP_FOR: chrono::Duration = chrono::Duration::hours(1);
/// Discord's page size for a channel's messages.
const PAGE: u8 = 100;

/// A write the database missed that Discord does not keep for the bot.
#[derive(Debug, Clone, PartialEq)]
pub enum Pending {
    Answer(NewAnswer),
    Question(NewQuestion),
}

impl Pending {
    fn at(&self) -> chrono::DateTime<chrono::Utc> {
        match self {
            Pending::Answer(a) => a.at,
            Pending::Question(q) => q.at,
        }
    }
}

/// What is waiting to be made good.
#[derive(Debug, Default)]
pub struct Missed {
    /// Ticket threads to fetch again: thread → the message after which to fetch.
    threads: BTreeMap<u64, u64>,
    /// Writes to retry, oldest first.
    pending: VecDeque<Pending>,
    /// Writes given up since the last report in the log.
    dropped: usize,
}

impl Missed {
    /// A message in `thread` could not be recorded: fetch the thread again from before it.
    pub fn thread(&mut self, thread: u64, message: u64) {
        let after = message.saturating_sub(1);
        let from = self.threads.entry(thread).or_insert(after);
        *from = (*from).min(after);
    }

    /// A write to retry; false when the queue is full (the write is given up).
    pub fn push(&mut self, p: Pending) -> bool {
        if self.pending.len() >= MAX_PENDING {
            self.dropped += 1;
            return false;
        }
        self.pending.push_back(p);
        true
    }

    /// How many writes wait, and how many threads.
    pub fn len(&self) -> (usize, usize) {
        (self.pending.len(), self.threads.len())
    }

    /// Whether nothing waits.
    pub fn is_empty(&self) -> bool {
        self.pending.is_empty() && self.threads.is_empty()
    }

    /// Drops writes older than [`KEEP_FOR`] at `now`; returns how many were given up in all
    /// since the last call.
    fn expire(&mut self, now: chrono::DateTime<chrono::Utc>) -> usize {
        while self
            .pending
            .front()
            .is_some_and(|p| now - p.at() > KEEP_FOR)
        {
            self.pending.pop_front();
            self.dropped += 1;
        }
        std::mem::take(&mut self.dropped)
    }
}

/// Whether a failed write is worth keeping for later: the database could not do it now.
pub fn is_outage(err: &DeskError) -> bool {
    matches!(err, DeskError::Store(e) if e.is_unavailable())
}

/// Keeps a write the database could not take, for a retry.
pub fn keep(bot: &Bot, p: Pending) {
    let kept = bot.missed.lock().unwrap_or_else(|e| e.into_inner()).push(p);
    if !kept {
        tracing::error!(
            limit = MAX_PENDING,
            "the queue of writes waiting for the database is full; this one is given up"
        );
    }
}

/// On start: every unclosed ticket's thread is fetched after its last recorded message.
pub async fn after_start(bot: &Bot, http: &Http) {
    let filter = QueueFilter {
        include_claimed: true,
        ..QueueFilter::default()
    };
    let tickets = match bot.desk.queue(bot.now(), filter).await {
        Ok(q) => q.entries.into_iter().map(|e| e.ticket),
        Err(err) => {
            tracing::warn!(error = %err, "catching up on ticket threads: the desk could not be read");
            return;
        }
    };
    for t in tickets {
        let Some(thread) = t.thread else { continue };
        let last = match bot.desk.last_message_in(t.id).await {
            Ok(m) => m.map_or(thread.0, |m| m.0),
            Err(err) => {
                tracing::warn!(error = %err, ticket = t.id.0, "catching up: reading the last message failed");
                continue;
            }
        };
        bot.missed
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .thread(thread.0, last + 1);
    }
    catch_up(bot, http).await;
}

/// Retries the waiting writes in order, then fetches the remembered threads again. Stops at
/// the first write the database still cannot take (the rest waits for the next tick).
pub async fn catch_up(bot: &Bot, http: &Http) {
    let dropped = bot
        .missed
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .expire(bot.now());
    if dropped > 0 {
        tracing::error!(
            dropped,
            hours = KEEP_FOR.num_hours(),
            "writes the database missed were given up (the database was unavailable too long, or the queue was full)"
        );
    }
    if !retry_pending(bot).await {
        return;
    }
    let threads: Vec<(u64, u64)> = {
        let missed = bot.missed.lock().unwrap_or_else(|e| e.into_inner());
        missed.threads.iter().map(|(t, a)| (*t, *a)).collect()
    };
    for (thread, after) in threads {
        match backfill(bot, http, thread, after).await {
            Ok(()) => {
                bot.missed
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .threads
                    .remove(&thread);
            }
            Err(Stopped::Outage(last)) => {
                let mut missed = bot.missed.lock().unwrap_or_else(|e| e.into_inner());
                missed.threads.insert(thread, last);
                return;
            }
            Err(Stopped::Discord(last)) => {
                let mut missed = bot.missed.lock().unwrap_or_else(|e| e.into_inner());
                missed.threads.insert(thread, last);
            }
        }
    }
}

/// The waiting writes, oldest first; false when the database still fails.
async fn retry_pending(bot: &Bot) -> bool {
    loop {
        let next = {
            let missed = bot.missed.lock().unwrap_or_else(|e| e.into_inner());
            missed.pending.front().cloned()
        };
        let Some(p) = next else { return true };
        let result = match &p {
            Pending::Answer(a) => bot.desk.record_auto_answer(a.clone()).await,
            Pending::Question(q) => bot.desk.record_unanswered(q.clone()).await,
        };
        match result {
            Ok(_) => tracing::info!("recorded a write the database had missed"),
            Err(err) if is_outage(&err) => return false,
            Err(err) => {
                tracing::error!(error = %err, "a write the database had missed failed again; given up")
            }
        }
        let mut missed = bot.missed.lock().unwrap_or_else(|e| e.into_inner());
        if missed.pending.front() == Some(&p) {
            missed.pending.pop_front();
        }
    }
}

/// Why a thread's catch-up stopped, and the message after which to go on.
enum Stopped {
    /// The database is still unavailable: the whole catch-up waits.
    Outage(u64),
    /// Discord failed for this thread: it is tried again next time.
    Discord(u64),
}

/// Records a thread's messages after `after`, oldest first, page by page.
async fn backfill(bot: &Bot, http: &Http, thread: u64, mut after: u64) -> Result<(), Stopped> {
    let ticket = match bot.desk.ticket_in_thread(ChannelId(thread)).await {
        Ok(t) => t,
        Err(DeskError::Refused(Refusal::NotATicket)) => return Ok(()),
        Err(err) if is_outage(&err) => return Err(Stopped::Outage(after)),
        Err(err) => {
            tracing::error!(error = %err, thread, "catching up a thread: reading its ticket failed");
            return Ok(());
        }
    };
    let mut tiers = HashMap::new();
    let mut recorded = 0usize;
    loop {
        let page = serenity::all::ChannelId::new(thread)
            .messages(http, GetMessages::new().after(after).limit(PAGE))
            .await;
        let mut page = match page {
            Ok(p) => p,
            Err(err) => {
                tracing::warn!(error = %err, thread, "catching up a thread: Discord would not list its messages");
                return Err(Stopped::Discord(after));
            }
        };
        // Discord lists the page newest first.
        page.sort_by_key(|m| m.id);
        let full = page.len() >= usize::from(PAGE);
        let me = bot.me.get().copied();
        for msg in &page {
            after = msg.id.get();
            if Some(msg.author.id.get()) == me {
                // The bot records what of its own counts when it posts it.
                continue;
            }
            let tier = author_tier(bot, http, &ticket, msg, &mut tiers).await;
            let at = chrono::DateTime::from_timestamp(msg.timestamp.unix_timestamp(), 0)
                .unwrap_or_else(|| bot.now());
            let m = answers::ticket_message(msg, tier, at);
            match answers::record(bot, http, msg.channel_id, m).await {
                Ok(_) => recorded += 1,
                Err(err) if is_outage(&err) => return Err(Stopped::Outage(after - 1)),
                Err(err) => {
                    tracing::error!(error = %err, thread, message = after, "catching up: a message could not be recorded; skipped");
                }
            }
        }
        if !full {
            break;
        }
    }
    if recorded > 0 {
        tracing::info!(
            ticket = ticket.id.0,
            recorded,
            "recorded ticket messages the database had missed"
        );
    }
    Ok(())
}

/// An author's agent tier, looked up once per catch-up (a listed message carries no roles).
async fn author_tier(
    bot: &Bot,
    http: &Http,
    ticket: &Ticket,
    msg: &serenity::all::Message,
    seen: &mut HashMap<u64, Option<Tier>>,
) -> Option<Tier> {
    if msg.author.bot {
        return None;
    }
    let user = msg.author.id.get();
    if let Some(tier) = seen.get(&user) {
        return *tier;
    }
    let guild = serenity::all::GuildId::new(ticket.guild.0.max(1));
    let tier = match http.get_member(guild, msg.author.id).await {
        Ok(member) => match bot.server(ticket.guild.0).await {
            Ok(server) => server.tier_on(&member.roles, ticket.category),
            Err(err) => {
                tracing::debug!(error = %err, "catching up: the server's settings are unavailable");
                None
            }
        },
        Err(err) => {
            tracing::debug!(error = %err, user, "catching up: the author is not a member any more");
            None
        }
    };
    seen.insert(user, tier);
    tier
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tickets::{MessageId, UserId};

    fn answer(n: u64, at: chrono::DateTime<chrono::Utc>) -> Pending {
        Pending::Answer(NewAnswer {
            message_id: MessageId(n),
            guild: crate::tickets::GuildId(1),
            channel: ChannelId(1),
            asker: UserId(2),
            entry_id: "refunds".into(),
            score: 0.9,
            at,
        })
    }

    #[test]
    fn a_thread_is_fetched_from_before_its_earliest_miss() {
        let mut m = Missed::default();
        m.thread(7, 500);
        m.thread(7, 400);
        m.thread(7, 600);
        assert_eq!(m.threads[&7], 399);
        assert_eq!(m.len(), (0, 1));
    }

    #[test]
    fn the_queue_is_bounded_and_old_writes_expire_in_order() {
        let now = chrono::Utc::now();
        let mut m = Missed::default();
        for n in 0..MAX_PENDING as u64 {
            assert!(m.push(answer(n, now - KEEP_FOR - chrono::Duration::minutes(1))));
        }
        assert!(!m.push(answer(9999, now)), "full");
        m.pending.pop_back();
        assert!(m.push(answer(10_000, now)));
        let given_up = m.expire(now);
        assert_eq!(
            given_up,
            MAX_PENDING - 1 + 1,
            "the expired ones and the one refused"
        );
        assert_eq!(m.len(), (1, 0));
        assert_eq!(m.expire(now), 0, "reported once");
    }
}
