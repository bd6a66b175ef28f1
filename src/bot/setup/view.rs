//! What each step of `/setup` shows: a short text with the current choices and what the
//! last pick or press did, the step's select menus (filled with the current settings) and
//! its buttons. At most five rows a message, as Discord allows.

use super::{create, Action, Field, Make, Step};
use crate::bot::render;
use crate::bot::reply::Msg;
use crate::i18n::Lang;
use crate::settings::ServerSettings;
use crate::t;
use serenity::all::{
    ButtonStyle, ChannelId, ChannelType, CreateActionRow, CreateButton, CreateSelectMenu,
    CreateSelectMenuKind, RoleId,
};

/// The message of `step` in `lang` for a server with settings `s`; `notes` say what just
/// happened.
pub fn step(lang: Lang, step: Step, s: &ServerSettings, notes: &[String]) -> Msg {
    let (mut text, components) = match step {
        Step::Roles => roles(lang, s),
        Step::People => people(lang, s),
        Step::Channels => channels(lang, s),
        Step::Summary => summary(lang, s),
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

fn roles(lang: Lang, s: &ServerSettings) -> (String, Vec<CreateActionRow>) {
    let tier = |n: usize| s.tier_roles.get(n).copied();
    let more = if s.tier_roles.len() > 3 {
        format!(
            " {}",
            t!(
                lang,
                "setup-roles-more-tiers",
                count = s.tier_roles.len() - 3
            )
        )
    } else {
        String::new()
    };
    let text = t!(
        lang,
        "setup-roles",
        tier1 = role(lang, tier(0)),
        tier2 = role(lang, tier(1)),
        tier3 = role(lang, tier(2)),
        more = more
    );
    let placeholder = |n: u8| {
        if n == 1 {
            t!(lang, "setup-menu-tier", tier = n)
        } else {
            t!(lang, "setup-menu-tier-optional", tier = n)
        }
    };
    let mut rows: Vec<CreateActionRow> = (1..=3u8)
        .map(|n| {
            role_menu(
                Field::Tier(n),
                &placeholder(n),
                tier(usize::from(n - 1)).into_iter().collect(),
                1,
            )
        })
        .collect();
    let mut buttons = Vec::new();
    if s.tier_roles.len() < 3 {
        buttons.push(make(
            Make::TierRoles,
            &t!(lang, "setup-button-create-tier-roles"),
        ));
    }
    buttons.push(go(
        Step::People,
        &t!(lang, "setup-button-next-people"),
        ButtonStyle::Primary,
    ));
    rows.push(CreateActionRow::Buttons(buttons));
    (text, rows)
}

fn people(lang: Lang, s: &ServerSettings) -> (String, Vec<CreateActionRow>) {
    let text = t!(
        lang,
        "setup-people",
        moderators = roles_list(lang, &s.moderator_roles),
        on_call = role(lang, s.on_call_role)
    );
    let mut buttons = Vec::new();
    if s.on_call_role.is_none() {
        buttons.push(make(
            Make::OnCallRole,
            &t!(lang, "setup-button-create-on-call"),
        ));
    }
    buttons.push(go(
        Step::Roles,
        &t!(lang, "setup-button-back"),
        ButtonStyle::Secondary,
    ));
    buttons.push(go(
        Step::Channels,
        &t!(lang, "setup-button-next-channels"),
        ButtonStyle::Primary,
    ));
    let rows = vec![
        role_menu(
            Field::Moderators,
            &t!(lang, "setup-menu-moderators"),
            s.moderator_roles.clone(),
            25,
        ),
        role_menu(
            Field::OnCall,
            &t!(lang, "setup-menu-on-call"),
            s.on_call_role.into_iter().collect(),
            1,
        ),
        CreateActionRow::Buttons(buttons),
    ];
    (text, rows)
}

fn channels(lang: Lang, s: &ServerSettings) -> (String, Vec<CreateActionRow>) {
    let text = t!(
        lang,
        "setup-channels",
        watched = channels_list(lang, &s.support_channels),
        tickets = channel(lang, s.ticket_channel),
        log = channel(lang, s.log_channel)
    );
    let text_kinds = || vec![ChannelType::Text];
    let create = |name: &str| {
        t!(
            lang,
            "setup-button-create-channel",
            channel = name.to_string()
        )
    };
    let mut makes = Vec::new();
    if s.support_channels.is_empty() {
        makes.push(make(Make::HelpChannel, &create(create::HELP)));
    }
    if s.ticket_channel.is_none() {
        makes.push(make(Make::TicketChannel, &create(create::TICKETS)));
    }
    if s.log_channel.is_none() {
        makes.push(make(Make::LogChannel, &create(create::LOG)));
    }
    let mut rows = vec![
        channel_menu(
            Field::Watched,
            &t!(lang, "setup-menu-watched"),
            &s.support_channels,
            25,
            vec![ChannelType::Text, ChannelType::News, ChannelType::Forum],
        ),
        channel_menu(
            Field::TicketChannel,
            &t!(lang, "setup-menu-ticket-channel"),
            &s.ticket_channel.into_iter().collect::<Vec<_>>(),
            1,
            text_kinds(),
        ),
        channel_menu(
            Field::LogChannel,
            &t!(lang, "setup-menu-log-channel"),
            &s.log_channel.into_iter().collect::<Vec<_>>(),
            1,
            text_kinds(),
        ),
    ];
    if !makes.is_empty() {
        rows.push(CreateActionRow::Buttons(makes));
    }
    rows.push(CreateActionRow::Buttons(vec![
        go(
            Step::People,
            &t!(lang, "setup-button-back"),
            ButtonStyle::Secondary,
        ),
        go(
            Step::Summary,
            &t!(lang, "setup-button-finish"),
            ButtonStyle::Success,
        ),
    ]));
    (text, rows)
}

fn summary(lang: Lang, s: &ServerSettings) -> (String, Vec<CreateActionRow>) {
    let state = if s.is_set_up() {
        t!(lang, "setup-summary-set-up")
    } else {
        let missing = match (s.tier_roles.is_empty(), s.ticket_channel.is_none()) {
            (true, true) => "both",
            (true, false) => "roles",
            _ => "channel",
        };
        t!(lang, "setup-summary-not-set-up", missing = missing)
    };
    let mut text = t!(
        lang,
        "setup-summary",
        state = state,
        agents = tiers_list(lang, &s.tier_roles),
        moderators = roles_list(lang, &s.moderator_roles),
        on_call = role(lang, s.on_call_role),
        watched = channels_list(lang, &s.support_channels),
        tickets = channel(lang, s.ticket_channel),
        log = channel(lang, s.log_channel)
    );
    if s.is_set_up() {
        text.push_str("\n\n");
        text.push_str(&match s.support_channels.first() {
            Some(c) => t!(lang, "setup-summary-try", channel = format!("<#{c}>")),
            None => t!(lang, "setup-summary-no-watched"),
        });
        text.push(' ');
        text.push_str(&t!(lang, "setup-summary-give-roles"));
    }
    let rows = vec![CreateActionRow::Buttons(vec![go(
        Step::Roles,
        &t!(lang, "setup-button-change"),
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

fn none(lang: Lang) -> String {
    t!(lang, "setup-none")
}

fn role(lang: Lang, r: Option<u64>) -> String {
    r.map_or_else(|| none(lang), |r| format!("<@&{r}>"))
}

fn channel(lang: Lang, c: Option<u64>) -> String {
    c.map_or_else(|| none(lang), |c| format!("<#{c}>"))
}

fn roles_list(lang: Lang, r: &[u64]) -> String {
    list(lang, r.iter().map(|r| format!("<@&{r}>")))
}

fn channels_list(lang: Lang, c: &[u64]) -> String {
    list(lang, c.iter().map(|c| format!("<#{c}>")))
}

fn tiers_list(lang: Lang, r: &[u64]) -> String {
    list(
        lang,
        r.iter().enumerate().map(|(i, r)| {
            t!(
                lang,
                "setup-tier-role",
                tier = i + 1,
                role = format!("<@&{r}>")
            )
        }),
    )
}

fn list(lang: Lang, items: impl Iterator<Item = String>) -> String {
    let items: Vec<String> = items.collect();
    if items.is_empty() {
        none(lang)
    } else {
        items.join(", ")
    }
}
