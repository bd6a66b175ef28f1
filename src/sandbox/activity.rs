//! Knowing when the bot is done: the bot's event handler counts every message, interaction
//! and reaction event when its handling returns (`bot::client`'s `finished`). The
//! emulator logs every dispatch synchronously (before the REST call that caused it
//! answers), so once the handler has finished as many of these events as the emulator has
//! dispatched, the bot has nothing left to do: no quiet-period guessing.

use discord_emulator::Emulator;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// The gateway events whose handling is waited for (the ones the bot acts on).
pub const TRACKED_EVENTS: &[&str] = &[
    "MESSAGE_CREATE",
    "INTERACTION_CREATE",
    "MESSAGE_REACTION_ADD",
    "MESSAGE_REACTION_REMOVE",
];

/// How many tracked events the bot's handler has finished.
#[derive(Debug, Default)]
pub struct Activity {
    /// Given to `bot::client`, which counts on it.
    pub finished: Arc<AtomicU64>,
}

impl Activity {
    /// True when the bot has handled every tracked event the emulator has dispatched.
    pub fn idle(&self, emu: &Emulator) -> bool {
        // Read the handler's count first: anything dispatched before a handler finished is
        // then already in the emulator's log.
        let finished = self.finished.load(Ordering::SeqCst);
        let dispatched = emu
            .dispatched()
            .iter()
            .filter(|t| TRACKED_EVENTS.contains(&t.as_str()))
            .count() as u64;
        finished >= dispatched
    }
}
