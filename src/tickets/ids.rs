//! Typed ids: Discord snowflakes (`u64`) and ticket numbers (`i64`), never mixed up.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! snowflake {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub u64);

        impl $name {
            /// The id as stored in the database (a bit-for-bit reinterpretation as `i64`).
            ///
            /// `cast_signed` rather than `i64::try_from`: snowflakes are below 2^63 today,
            /// but the column must round-trip every `u64`, so ids at or above 2^63 are
            /// stored as negative numbers and [`Self::from_db`] gives them back unchanged.
            pub fn to_db(self) -> i64 {
                self.0.cast_signed()
            }

            /// The id read back from the database (the inverse of [`Self::to_db`]).
            pub fn from_db(v: i64) -> Self {
                Self(v.cast_unsigned())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", self.0)
            }
        }

        impl From<u64> for $name {
            fn from(v: u64) -> Self {
                Self(v)
            }
        }
    };
}

snowflake!(
    /// A Discord user (member or agent).
    UserId
);
snowflake!(
    /// A Discord guild (server).
    GuildId
);
snowflake!(
    /// A Discord channel or thread.
    ChannelId
);
snowflake!(
    /// A Discord message.
    MessageId
);
snowflake!(
    /// A Discord interaction (slash command, button press): identifies one request.
    InteractionId
);

/// A ticket's id in the database: unique across servers, never shown to users (they see its
/// [`TicketNo`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TicketId(pub i64);

impl fmt::Display for TicketId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

/// A ticket's number in its server (each server has its own ticket 1), shown as `#42`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TicketNo(pub i64);

impl fmt::Display for TicketNo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn large_snowflakes_survive_the_database_round_trip() {
        let id = UserId(u64::MAX - 7);
        assert_eq!(UserId::from_db(id.to_db()), id);
        assert_eq!(TicketId(42).to_string(), "#42");
    }
}
