//! What each step of `/setup` shows: a short text with the current choices and what the
//! last pick or press did, the step's select menus (filled with the current settings) and
//! its buttons. At most five rows a message, as Discord allows.

use super::{Action, Field, Make, Step};
use crate::bot::render;
use crate::bot::reply::Msg;
use crate::settings::ServerSettings;
use serenity::all::{
    ButtonStyle, ChannelId, ChannelType, CreateActionRow, CreateButton, CreateSelectMenu,
    CreateSelectMenuKind, RoleId,
};

/// The message of `step` for a server with settings `s`; `notes` say what just happened.
pub fn step(step: Step, s: &ServerSettings, notes: &[String]) -> Msg {
    let (mut text, components) = match step {
        Step::Roles => roles(s),
        Step::People => people(s),
        Step::Channels => channels(s),
        Step::Summary => summary(s),
    };
    if !notes.is_empty() {
        text.push_str("\n\n");
        text.push_str(&notes.join("\n"));
    }
    Msg {
        content: render::clip(&text, render::MAX_CONTENT),
        components,
        ..Msg::default()
    }
}

fn roles(s: &ServerSettings) -> (String, Vec<CreateActionRow>) {
    let tier = |n: usize| s.tier_roles.get(n).copied();
    let text = format!(
        "**Set up Concierge: step 1 of 3, the agents' roles**\n\
         Agents work the tickets. Tier 1 answers first; tiers 2 and 3 take what is escalated to \
         them (one tier is fine for a small team). Pick a role for each tier, or let me create them.\n\
         Now: tier 1 {}, tier 2 {}, tier 3 {}{}",
        role(tier(0)),
        role(tier(1)),
        role(tier(2)),
        if s.tier_roles.len() > 3 {
            format!(" (and {} more tiers, kept)", s.tier_roles.len() - 3)
        } else {
            String::new()
        }
    );
    let mut rows = vec![
        role_menu(
            Field::Tier(1),
            "Tier 1 agents' role",
            tier(0).into_iter().collect(),
            1,
        ),
        role_menu(
            Field::Tier(2),
            "Tier 2 agents' role (optional)",
            tier(1).into_iter().collect(),
            1,
        ),
        role_menu(
            Field::Tier(3),
            "Tier 3 agents' role (optional)",
            tier(2).into_iter().collect(),
            1,
        ),
    ];
    let mut buttons = Vec::new();
    if s.tier_roles.len() < 3 {
        buttons.push(make(
            Make::TierRoles,
            "Create the missing tier roles for me",
        ));
    }
    buttons.push(go(
        Step::People,
        "Next: moderators and on-call",
        ButtonStyle::Primary,
    ));
    rows.push(CreateActionRow::Buttons(buttons));
    (text, rows)
}

fn people(s: &ServerSettings) -> (String, Vec<CreateActionRow>) {
    let text = format!(
        "**Set up Concierge: step 2 of 3, moderators and on-call** (both optional)\n\
         Moderators edit the knowledge base (`/kb add`) and read the numbers (`/support stats`) \
         without being agents. The on-call role is pinged for urgent tickets.\n\
         Now: moderators {}, on-call {}",
        roles_list(&s.moderator_roles),
        role(s.on_call_role)
    );
    let mut buttons = Vec::new();
    if s.on_call_role.is_none() {
        buttons.push(make(Make::OnCallRole, "Create an on-call role for me"));
    }
    buttons.push(go(Step::Roles, "Back", ButtonStyle::Secondary));
    buttons.push(go(Step::Channels, "Next: channels", ButtonStyle::Primary));
    let rows = vec![
        role_menu(
            Field::Moderators,
            "Moderators' roles (optional)",
            s.moderator_roles.clone(),
            25,
        ),
        role_menu(
            Field::OnCall,
            "On-call role (optional)",
            s.on_call_role.into_iter().collect(),
            1,
        ),
        CreateActionRow::Buttons(buttons),
    ];
    (text, rows)
}

fn channels(s: &ServerSettings) -> (String, Vec<CreateActionRow>) {
    let text = format!(
        "**Set up Concierge: step 3 of 3, the channels**\n\
         I answer questions in the watched channels, open private ticket threads under the \
         ticket channel, and post transcripts in the log channel (keep it hidden from members: \
         transcripts hold what they wrote in private).\n\
         Now: watched {}, tickets {}, log {}",
        channels_list(&s.support_channels),
        channel(s.ticket_channel),
        channel(s.log_channel)
    );
    let text_kinds = || vec![ChannelType::Text];
    let mut makes = Vec::new();
    if s.support_channels.is_empty() {
        makes.push(make(Make::HelpChannel, "Create #help for me"));
    }
    if s.ticket_channel.is_none() {
        makes.push(make(Make::TicketChannel, "Create #tickets for me"));
    }
    if s.log_channel.is_none() {
        makes.push(make(Make::LogChannel, "Create #support-log for me"));
    }
    let mut rows = vec![
        channel_menu(
            Field::Watched,
            "Channels where members ask (watched)",
            &s.support_channels,
            25,
            vec![ChannelType::Text, ChannelType::News, ChannelType::Forum],
        ),
        channel_menu(
            Field::TicketChannel,
            "Ticket channel (private ticket threads go under it)",
            &s.ticket_channel.into_iter().collect::<Vec<_>>(),
            1,
            text_kinds(),
        ),
        channel_menu(
            Field::LogChannel,
            "Log channel (transcripts, hidden from members)",
            &s.log_channel.into_iter().collect::<Vec<_>>(),
            1,
            text_kinds(),
        ),
    ];
    if !makes.is_empty() {
        rows.push(CreateActionRow::Buttons(makes));
    }
    rows.push(CreateActionRow::Buttons(vec![
        go(Step::People, "Back", ButtonStyle::Secondary),
        go(Step::Summary, "Finish", ButtonStyle::Success),
    ]));
    (text, rows)
}

fn summary(s: &ServerSettings) -> (String, Vec<CreateActionRow>) {
    let state = if s.is_set_up() {
        "**Concierge is set up.**".to_string()
    } else {
        let mut missing = Vec::new();
        if s.tier_roles.is_empty() {
            missing.push("a tier 1 role");
        }
        if s.ticket_channel.is_none() {
            missing.push("a ticket channel");
        }
        format!(
            "**Not set up yet:** it still needs {}.",
            missing.join(" and ")
        )
    };
    let mut text = format!(
        "{state}\n\
         - Agents: {}\n- Moderators: {}\n- On-call: {}\n\
         - Watched channels: {}\n- Ticket channel: {}\n- Log channel: {}",
        tiers_list(&s.tier_roles),
        roles_list(&s.moderator_roles),
        role(s.on_call_role),
        channels_list(&s.support_channels),
        channel(s.ticket_channel),
        channel(s.log_channel)
    );
    if s.is_set_up() {
        match s.support_channels.first() {
            Some(c) => text.push_str(&format!(
                "\n\nTry it: ask me something in <#{c}> as a member would (\"how do I reset my password?\"), \
                 or open a ticket with `/ticket open`."
            )),
            None => text.push_str(
                "\n\nNo watched channel: members open tickets with `/ticket open`; pick a channel where they ask and I'll answer there too.",
            ),
        }
        text.push_str(
            " Give the tier roles to your agents. Limits, SLA targets and business hours: `/config show`.",
        );
    }
    let rows = vec![CreateActionRow::Buttons(vec![go(
        Step::Roles,
        "Change something",
        ButtonStyle::Secondary,
    )])];
    (text, rows)
}

fn go(step: Step, label: &str, style: ButtonStyle) -> CreateButton {
    CreateButton::new(Action::Go(step).custom_id())
        .label(label)
        .style(style)
}

fn make(what: Make, label: &str) -> CreateButton {
    CreateButton::new(Action::Make(what).custom_id())
        .label(label)
        .style(ButtonStyle::Secondary)
}

fn role_menu(field: Field, placeholder: &str, now: Vec<u64>, max: u8) -> CreateActionRow {
    let kind = CreateSelectMenuKind::Role {
        default_roles: Some(first(&now, max).map(RoleId::new).collect()),
    };
    menu(field, placeholder, kind, max)
}

fn channel_menu(
    field: Field,
    placeholder: &str,
    now: &[u64],
    max: u8,
    kinds: Vec<ChannelType>,
) -> CreateActionRow {
    let kind = CreateSelectMenuKind::Channel {
        channel_types: Some(kinds),
        default_channels: Some(first(now, max).map(ChannelId::new).collect()),
    };
    menu(field, placeholder, kind, max)
}

/// The current choice, as many as the menu takes.
fn first(now: &[u64], max: u8) -> impl Iterator<Item = u64> + '_ {
    now.iter().take(usize::from(max)).copied()
}

/// A select menu of the flow: nothing or up to `max` chosen.
fn menu(field: Field, placeholder: &str, kind: CreateSelectMenuKind, max: u8) -> CreateActionRow {
    CreateActionRow::SelectMenu(
        CreateSelectMenu::new(Action::Pick(field).custom_id(), kind)
            .placeholder(placeholder)
            .min_values(0)
            .max_values(max),
    )
}

fn role(r: Option<u64>) -> String {
    r.map_or_else(|| "(none)".to_string(), |r| format!("<@&{r}>"))
}

fn channel(c: Option<u64>) -> String {
    c.map_or_else(|| "(none)".to_string(), |c| format!("<#{c}>"))
}

fn roles_list(r: &[u64]) -> String {
    list(r.iter().map(|r| format!("<@&{r}>")))
}

fn channels_list(c: &[u64]) -> String {
    list(c.iter().map(|c| format!("<#{c}>")))
}

fn tiers_list(r: &[u64]) -> String {
    list(
        r.iter()
            .enumerate()
            .map(|(i, r)| format!("tier {} <@&{r}>", i + 1)),
    )
}

fn list(items: impl Iterator<Item = String>) -> String {
    let items: Vec<String> = items.collect();
    if items.is_empty() {
        "(none)".to_string()
    } else {
        items.join(", ")
    }
}
