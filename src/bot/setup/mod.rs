//! `/setup`'s guided flow: one ephemeral message that moves through three steps (the agents'
//! roles; moderators and on-call; the channels) and a summary. Each step is a few of
//! Discord's role and channel select menus, filled with the current settings, and "create
//! it for me" buttons; a pick or a press applies at once (validated, audited, told in the log
//! channel) and answers by updating the same message, so running `/setup` again edits what
//! is there and never duplicates it. Only members with Manage Server may use it.
//!
//! - [`view`]: what each step shows; [`create`]: the roles and channels made on request.

pub mod create;
pub mod view;

use super::commands::config::may_manage_member;
use super::reply::{job, HandlerError, Msg, Reply, Response};
use super::settings_change::{self, Changed};
use super::{render, setup_check, Bot};
use crate::t;
use crate::tickets::UserId;
use serenity::all::{ComponentInteraction, ComponentInteractionDataKind, Context};

/// Every `/setup` component's custom id starts with this.
pub const PREFIX: &str = "setup:";

/// A step of the flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The tier roles.
    Roles,
    /// Moderators and the on-call role.
    People,
    /// The watched channels, the ticket channel and the log channel.
    Channels,
    /// What is set, what is wrong, how to try it.
    Summary,
}

impl Step {
    const ALL: [(Step, &'static str); 4] = [
        (Step::Roles, "roles"),
        (Step::People, "people"),
        (Step::Channels, "channels"),
        (Step::Summary, "summary"),
    ];

    fn id(self) -> &'static str {
        Step::ALL
            .iter()
            .find(|(s, _)| *s == self)
            .map_or("", |s| s.1)
    }

    fn parse(id: &str) -> Option<Step> {
        Step::ALL.iter().find(|(_, n)| *n == id).map(|s| s.0)
    }
}

/// A select menu of the flow: which setting it sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// Tier 1 to 3's role (a place in `tier_roles`).
    Tier(u8),
    Moderators,
    OnCall,
    Watched,
    TicketChannel,
    LogChannel,
}

impl Field {
    const NAMED: [(Field, &'static str); 8] = [
        (Field::Tier(1), "tier1"),
        (Field::Tier(2), "tier2"),
        (Field::Tier(3), "tier3"),
        (Field::Moderators, "moderators"),
        (Field::OnCall, "oncall"),
        (Field::Watched, "watched"),
        (Field::TicketChannel, "tickets"),
        (Field::LogChannel, "log"),
    ];

    fn id(self) -> &'static str {
        Field::NAMED
            .iter()
            .find(|(f, _)| *f == self)
            .map_or("", |f| f.1)
    }

    fn parse(id: &str) -> Option<Field> {
        Field::NAMED.iter().find(|(_, n)| *n == id).map(|f| f.0)
    }

    /// The setting it changes.
    pub fn key(self) -> &'static str {
        match self {
            Field::Tier(_) => "tier_roles",
            Field::Moderators => "moderator_roles",
            Field::OnCall => "on_call_role",
            Field::Watched => "support_channels",
            Field::TicketChannel => "ticket_channel",
            Field::LogChannel => "log_channel",
        }
    }

    /// The step it is shown in.
    fn step(self) -> Step {
        match self {
            Field::Tier(_) => Step::Roles,
            Field::Moderators | Field::OnCall => Step::People,
            _ => Step::Channels,
        }
    }
}

/// What "create it for me" makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Make {
    /// A role for each of tiers 1 to 3 that has none.
    TierRoles,
    OnCallRole,
    /// A `#help` channel, added to the watched ones.
    HelpChannel,
    /// `#tickets`, members may see it but only write in their threads.
    TicketChannel,
    /// `#support-log`, hidden from members.
    LogChannel,
}

impl Make {
    const NAMED: [(Make, &'static str); 5] = [
        (Make::TierRoles, "tiers"),
        (Make::OnCallRole, "oncall"),
        (Make::HelpChannel, "help"),
        (Make::TicketChannel, "tickets"),
        (Make::LogChannel, "log"),
    ];

    fn id(self) -> &'static str {
        Make::NAMED
            .iter()
            .find(|(m, _)| *m == self)
            .map_or("", |m| m.1)
    }

    fn parse(id: &str) -> Option<Make> {
        Make::NAMED.iter().find(|(_, n)| *n == id).map(|m| m.0)
    }

    fn step(self) -> Step {
        match self {
            Make::TierRoles => Step::Roles,
            Make::OnCallRole => Step::People,
            _ => Step::Channels,
        }
    }
}

/// A `/setup` component: go to a step, pick in a menu, or make something.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Go(Step),
    Pick(Field),
    Make(Make),
}

impl Action {
    /// The custom id: `setup:go:<step>`, `setup:pick:<field>`, `setup:make:<what>`.
    pub fn custom_id(self) -> String {
        match self {
            Action::Go(s) => format!("{PREFIX}go:{}", s.id()),
            Action::Pick(f) => format!("{PREFIX}pick:{}", f.id()),
            Action::Make(m) => format!("{PREFIX}make:{}", m.id()),
        }
    }

    /// Reads a custom id; none for one this flow does not make.
    pub fn parse(id: &str) -> Option<Action> {
        let (verb, what) = id.strip_prefix(PREFIX)?.split_once(':')?;
        match verb {
            "go" => Step::parse(what).map(Action::Go),
            "pick" => Field::parse(what).map(Action::Pick),
            "make" => Make::parse(what).map(Action::Make),
            _ => None,
        }
    }
}

/// `/setup`: the first step, shown to the member who asked.
pub async fn start<'a>(bot: &'a Bot, guild: u64) -> Result<Reply<'a>, HandlerError> {
    let server = bot.server(guild).await?;
    let mut msg = view::step(super::locale::lang(), Step::Roles, &server.settings, &[]);
    msg.ephemeral = true;
    Ok(msg.into())
}

/// A press or a pick in the flow: applies it, then shows the step again (or the next one).
pub async fn on_component<'a>(
    bot: &'a Bot,
    ctx: &'a Context,
    c: &'a ComponentInteraction,
) -> Result<Reply<'a>, HandlerError> {
    let Some(action) = Action::parse(&c.data.custom_id) else {
        return Ok(Reply::ephemeral(render::stale_button(
            crate::bot::locale::lang(),
        )));
    };
    if !may_manage_member(c.member.as_ref()) {
        return Ok(Reply::ephemeral(render::manage_server_only(
            crate::bot::locale::lang(),
        )));
    }
    // Making roles and channels takes several calls to Discord: acknowledged at once, the
    // message is updated in place when done (a deferred update).
    if matches!(action, Action::Make(_)) {
        return Ok(Response::UpdateLater(job(next_step(bot, ctx, c, action))).into());
    }
    let msg = next_step(bot, ctx, c, action).await?;
    Ok(Response::Update(Box::new(msg)).into())
}

/// Applies a pick or a press, then the step to show.
async fn next_step(
    bot: &Bot,
    ctx: &Context,
    c: &ComponentInteraction,
    action: Action,
) -> Result<Msg, HandlerError> {
    let guild = c.guild_id.map_or(0, |g| g.get());
    let actor = UserId(c.user.id.get());
    let (step, notes) = match action {
        Action::Go(step) => (step, Vec::new()),
        Action::Pick(field) => {
            let picked = picked(&c.data.kind);
            (
                field.step(),
                pick(bot, ctx, guild, actor, field, &picked).await?,
            )
        }
        Action::Make(what) => {
            let _one_at_a_time = bot.creating.lock().await;
            let bot_perms = c.app_permissions.unwrap_or_default();
            let notes = match create::make(bot, ctx, guild, what, bot_perms).await? {
                Ok((changes, said)) => {
                    let mut notes = vec![said];
                    notes.extend(apply(bot, ctx, guild, actor, &changes).await?);
                    notes
                }
                Err(why) => vec![format!("⚠️ {why}")],
            };
            (what.step(), notes)
        }
    };
    let server = bot.server(guild).await?;
    let lang = super::locale::lang();
    let mut notes = notes;
    if step == Step::Summary {
        let mut problems = setup_check::problems(&ctx.http, guild, &server.settings).await;
        problems.extend(setup_check::exposure(&ctx.http, guild, &server.settings).await);
        notes.extend(
            problems
                .iter()
                .map(|p| format!("⚠️ {}", render::inert(&p.text(lang)))),
        );
    }
    Ok(view::step(lang, step, &server.settings, &notes))
}

/// The ids picked in a role or channel menu.
fn picked(kind: &ComponentInteractionDataKind) -> Vec<u64> {
    match kind {
        ComponentInteractionDataKind::RoleSelect { values } => {
            values.iter().map(|r| r.get()).collect()
        }
        ComponentInteractionDataKind::ChannelSelect { values } => {
            values.iter().map(|c| c.get()).collect()
        }
        _ => Vec::new(),
    }
}

/// Sets `field` to what was picked; returns what to tell the member.
async fn pick(
    bot: &Bot,
    ctx: &Context,
    guild: u64,
    actor: UserId,
    field: Field,
    picked: &[u64],
) -> Result<Vec<String>, HandlerError> {
    let ids = |v: &[u64]| v.iter().map(u64::to_string).collect::<Vec<_>>().join(",");
    let value = match field {
        Field::Tier(n) => {
            let current = bot.server(guild).await?.settings.tier_roles.clone();
            let role = picked.first().copied();
            match tiers_with(&current, n, role) {
                Ok(tiers) => ids(&tiers),
                Err(tier) => {
                    let why = t!(
                        super::locale::lang(),
                        "setup-tier-taken",
                        role = format!("<@&{}>", role.unwrap_or_default()),
                        tier = tier
                    );
                    return Ok(vec![format!("⚠️ {why}")]);
                }
            }
        }
        _ => ids(picked),
    };
    let value = (!value.is_empty()).then_some(value);
    apply(bot, ctx, guild, actor, &[(field.key().to_string(), value)]).await
}

/// The tier roles with tier `n`'s role set to `role` (or taken away: the tiers above move
/// down one). A role already at another tier is refused: the error is that tier.
pub fn tiers_with(current: &[u64], n: u8, role: Option<u64>) -> Result<Vec<u64>, usize> {
    let at = usize::from(n.max(1) - 1);
    if let Some(r) = role {
        if let Some(other) = current.iter().position(|c| *c == r).filter(|p| *p != at) {
            return Err(other + 1);
        }
    }
    let mut tiers: Vec<Option<u64>> = current.iter().copied().map(Some).collect();
    if tiers.len() <= at {
        tiers.resize(at + 1, None);
    }
    tiers[at] = role;
    Ok(tiers.into_iter().flatten().collect())
}

/// Applies setting changes as the member did (validated, audited, told in the log channel
/// in the server's language); returns what changed, or what was wrong, to show them (in
/// theirs).
pub(crate) async fn apply(
    bot: &Bot,
    ctx: &Context,
    guild: u64,
    actor: UserId,
    changes: &[(String, Option<String>)],
) -> Result<Vec<String>, HandlerError> {
    let lang = super::locale::lang();
    let changed = match settings_change::change(bot, guild, actor, changes).await? {
        Changed::Done(changed) => changed,
        Changed::Refused(problems) => {
            return Ok(problems
                .iter()
                .map(|p| {
                    format!(
                        "⚠️ {}",
                        t!(lang, "config-not-changed", problems = p.clone())
                    )
                })
                .collect())
        }
    };
    let server_lang = super::locale::server_lang(bot, guild).await;
    for line in settings_change::described(server_lang, &changed) {
        let log = settings_change::logged(
            server_lang,
            actor,
            Some(super::commands::setup::NAME),
            &line,
        );
        bot.post_log(&ctx.http, guild, &log).await;
    }
    Ok(settings_change::described(lang, &changed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn custom_ids_read_back() {
        let all = [
            Action::Go(Step::Roles),
            Action::Go(Step::Summary),
            Action::Pick(Field::Tier(3)),
            Action::Pick(Field::LogChannel),
            Action::Make(Make::TierRoles),
            Action::Make(Make::HelpChannel),
        ];
        for a in all {
            assert_eq!(Action::parse(&a.custom_id()), Some(a), "{}", a.custom_id());
        }
        assert_eq!(Action::parse("setup:go:nowhere"), None);
        assert_eq!(Action::parse("answer:solved:1"), None);
    }

    #[test]
    fn tiers_are_set_cleared_and_kept_apart() {
        assert_eq!(tiers_with(&[], 1, Some(10)), Ok(vec![10]));
        assert_eq!(tiers_with(&[10], 2, Some(20)), Ok(vec![10, 20]));
        assert_eq!(tiers_with(&[10], 3, Some(30)), Ok(vec![10, 30]));
        assert_eq!(tiers_with(&[10, 20, 30], 2, None), Ok(vec![10, 30]));
        assert_eq!(tiers_with(&[10, 20], 1, Some(11)), Ok(vec![11, 20]));
        assert_eq!(
            tiers_with(&[10, 20, 30, 40], 1, Some(11)),
            Ok(vec![11, 20, 30, 40])
        );
        assert_eq!(tiers_with(&[10, 20], 2, Some(10)), Err(1));
        assert_eq!(tiers_with(&[10, 20], 2, Some(20)), Ok(vec![10, 20]));
    }
}
