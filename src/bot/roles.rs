//! Who someone is to the desk, from their Discord roles and their server's settings: a
//! member, or an agent of a tier; and whether they may use the moderators' tools.

use crate::desk::Server;
use crate::tickets::{Actor, CategoryId, Tier, UserId};
use serenity::all::{Permissions, RoleId};

/// Whether Discord's computed permissions include Manage Server (or Administrator).
pub fn manages_server(perms: Option<Permissions>) -> bool {
    perms.is_some_and(|p| p.manage_guild() || p.administrator())
}

/// Who may moderate a server (edit its knowledge base, block members, keep its tags): its
/// moderators (`moderator_roles`) and members with Manage Server.
pub fn may_moderate(server: &Server, roles: &[RoleId], perms: Option<Permissions>) -> bool {
    server.is_moderator(roles) || manages_server(perms)
}

/// Whether the member who interacted (a form submitted, a button pressed) may moderate.
pub fn member_moderates(server: &Server, member: Option<&serenity::all::Member>) -> bool {
    let roles = member.map_or(&[][..], |m| m.roles.as_slice());
    may_moderate(server, roles, member.and_then(|m| m.permissions))
}

/// The desk's view of a user acting in `channel`: in a ticket's thread, a category's team
/// member is an agent of that ticket's category ([`Staff::actor_on`]); elsewhere, as
/// [`Staff::actor`]. Looks the ticket up only for a team member without a tier role.
pub async fn actor_in_channel(
    bot: &super::Bot,
    server: &Server,
    user: u64,
    roles: &[RoleId],
    channel: u64,
) -> Actor {
    let actor = server.actor(user, roles);
    if actor.is_agent() || server.teams_of(roles).is_empty() {
        return actor;
    }
    match bot
        .desk
        .ticket_in_thread(crate::tickets::ChannelId(channel))
        .await
    {
        Ok(t) if t.guild == server.guild => server.actor_on(user, roles, t.category),
        _ => actor,
    }
}

/// A server's staff roles, read from Discord roles.
pub trait Staff {
    /// The highest tier whose role the member holds, if any.
    fn tier_of(&self, roles: &[RoleId]) -> Option<Tier>;
    /// The desk's view of a user: an agent of their tier, or a member.
    fn actor(&self, user: u64, roles: &[RoleId]) -> Actor;
    /// Whether the member holds a moderator role.
    fn is_moderator(&self, roles: &[RoleId]) -> bool;
    /// The role to ping for a tier (tier 1 is the first role).
    fn tier_role(&self, tier: Tier) -> Option<u64>;
    /// Role ids to ping for the desk's notifications.
    fn notify_roles(&self, notify: &[crate::tickets::Notify]) -> Vec<u64>;
    /// The categories whose team the member is on.
    fn teams_of(&self, roles: &[RoleId]) -> Vec<CategoryId>;
    /// The member's tier on a ticket of `category`: their tier role's, else tier 1 when they
    /// are on the category's team.
    fn tier_on(&self, roles: &[RoleId], category: Option<CategoryId>) -> Option<Tier> {
        self.tier_of(roles).or_else(|| {
            category
                .filter(|c| self.teams_of(roles).contains(c))
                .map(|_| Tier::FIRST)
        })
    }
    /// The desk's view of a user on a ticket of `category` ([`Staff::tier_on`]).
    fn actor_on(&self, user: u64, roles: &[RoleId], category: Option<CategoryId>) -> Actor {
        match self.tier_on(roles, category) {
            Some(tier) => Actor::agent(UserId(user), tier),
            None => Actor::member(UserId(user)),
        }
    }
}

impl Staff for Server {
    /// The highest tier whose role the member holds, if any.
    fn tier_of(&self, roles: &[RoleId]) -> Option<Tier> {
        self.settings
            .tier_roles
            .iter()
            .enumerate()
            .filter(|(_, id)| roles.iter().any(|r| r.get() == **id))
            // Tier roles come from the settings, unbounded: past 255 they stay at tier 255.
            .map(|(i, _)| Tier(u8::try_from(i + 1).unwrap_or(u8::MAX)))
            .max()
    }

    /// The desk's view of a user: an agent of their tier, or a member.
    fn actor(&self, user: u64, roles: &[RoleId]) -> Actor {
        match self.tier_of(roles) {
            Some(tier) => Actor::agent(UserId(user), tier),
            None => Actor::member(UserId(user)),
        }
    }

    /// Whether the member holds a moderator role.
    fn is_moderator(&self, roles: &[RoleId]) -> bool {
        roles
            .iter()
            .any(|r| self.settings.moderator_roles.contains(&r.get()))
    }

    /// The role to ping for a tier (tier 1 is the first role).
    fn tier_role(&self, tier: Tier) -> Option<u64> {
        self.settings
            .tier_roles
            .get(tier.0.saturating_sub(1) as usize)
            .copied()
    }

    /// Role ids to ping for the desk's notifications.
    fn notify_roles(&self, notify: &[crate::tickets::Notify]) -> Vec<u64> {
        use crate::tickets::Notify;
        let mut out = Vec::new();
        for n in notify {
            let role = match n {
                Notify::UrgentRole => self.settings.on_call_role,
                Notify::TierRole(t) => self.tier_role(*t),
                Notify::TeamRole(r) => Some(*r),
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

    fn teams_of(&self, roles: &[RoleId]) -> Vec<CategoryId> {
        self.teams
            .iter()
            .filter(|(_, team)| roles.iter().any(|r| r.get() == *team))
            .map(|(c, _)| *c)
            .collect()
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
