//! The support desk's rules, pure: tickets, tiers, statuses, who may do what, SLA, business hours,
//! urgent keywords and transcripts. No I/O here; the desk and the store use these.

pub mod category;
pub mod hours;
pub mod ids;
pub mod model;
pub mod refusal;
pub mod rules;
pub mod sla;
pub mod text;
pub mod transcript;
pub mod urgent;

pub use category::{Category, CategoryId, FormAnswer, Question};
pub use hours::{BusinessHours, HoursError};
pub use ids::{ChannelId, GuildId, InteractionId, MessageId, TicketId, TicketNo, UserId};
pub use model::{
    Actor, AuthorKind, Event, EventKind, Notify, Priority, Status, Ticket, TicketMessage, Tier,
};
pub use refusal::Refusal;
pub use rules::{Check, DeskRules, OpenRate};
pub use sla::SlaPolicy;
pub use urgent::{UrgentKeywords, DEFAULT_URGENT_KEYWORDS};
