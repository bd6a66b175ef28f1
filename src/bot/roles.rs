//! Who someone is to the desk, from their Discord roles: a member, or an agent of a tier;
//! and whether they may use the moderators' tools.

use super::Bot;
use crate::tickets::{Actor, Tier, UserId};
use serenity::all::RoleId;

impl Bot {
    /// The highest tier whose role the member holds, if any.
    pub fn tier_of(&self, roles: &[RoleId]) -> Option<Tier> {
        self.config
            .tier_role_ids
            .iter()
            .enumerate()
            .filter(|(_, id)| roles.iter().any(|r| r.get() == **id))
            // Tier roles come from the config, unbounded: past 255 they stay at tier 255.
            .map(|(i, _)| Tier(u8::try_from(i + 1).unwrap_or(u8::MAX)))
            .max()
    }

    /// The desk's view of a user: an agent of their tier, or a member.
    pub fn actor(&self, user: u64, roles: &[RoleId]) -> Actor {
        match self.tier_of(roles) {
            Some(tier) => Actor::agent(UserId(user), tier),
            None => Actor::member(UserId(user)),
        }
    }

    /// Whether the member holds a moderator role.
    pub fn is_moderator(&self, roles: &[RoleId]) -> bool {
        roles
            .iter()
            .any(|r| self.config.moderator_role_ids.contains(&r.get()))
    }

    /// The role to ping for a tier (tier 1 is the first role).
    pub fn tier_role(&self, tier: Tier) -> Option<u64> {
        self.config
            .tier_role_ids
            .get(tier.0.saturating_sub(1) as usize)
            .copied()
    }

    /// Role ids to ping for the desk's notifications.
    pub fn notify_roles(&self, notify: &[crate::tickets::Notify]) -> Vec<u64> {
        use crate::tickets::Notify;
        let mut out = Vec::new();
        for n in notify {
            let role = match n {
                Notify::UrgentRole => self.config.urgent_role_id,
                Notify::TierRole(t) => self.tier_role(*t),
                Notify::Agent(_) => None,
            };
            if let Some(r) = role {
                if !out.contains(&r) {
                    out.push(r);
                }
            }
        }
        out
    }
}

/// The agents to ping among what the desk says to notify.
pub fn notify_agents(notify: &[crate::tickets::Notify]) -> Vec<u64> {
    let mut out = Vec::new();
    for n in notify {
        if let crate::tickets::Notify::Agent(u) = n {
            if !out.contains(&u.0) {
                out.push(u.0);
            }
        }
    }
    out
}
