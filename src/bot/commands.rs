//! The slash commands the bot registers: `/ticket ...`, `/kb ...`, `/support stats`.

use serenity::all::{CommandOptionType, CreateCommand, CreateCommandOption};

fn sub(name: &str, description: &str) -> CreateCommandOption {
    CreateCommandOption::new(CommandOptionType::SubCommand, name, description)
}

fn text(name: &str, description: &str, required: bool) -> CreateCommandOption {
    CreateCommandOption::new(CommandOptionType::String, name, description).required(required)
}

/// Every command, as registered (in one guild or globally).
pub fn all() -> Vec<CreateCommand> {
    let ticket = CreateCommand::new("ticket")
        .description("Support tickets: open one, or work one as an agent")
        .dm_permission(false)
        .add_option(
            sub("open", "Open a private ticket with the support team")
                .add_sub_option(text("topic", "What do you need help with?", false).max_length(200))
                .add_sub_option(
                    CreateCommandOption::new(
                        CommandOptionType::User,
                        "member",
                        "Agents: open it on behalf of this member",
                    )
                    .required(false),
                ),
        )
        .add_option(sub("claim", "Agents: take this ticket"))
        .add_option(sub("unclaim", "Agents: give this ticket back to the queue"))
        .add_option(
            sub("escalate", "Agents: hand this ticket to a higher tier")
                .add_sub_option(text("reason", "Why it needs a higher tier", false).max_length(300))
                .add_sub_option(
                    CreateCommandOption::new(
                        CommandOptionType::Integer,
                        "tier",
                        "Escalate straight to this tier",
                    )
                    .min_int_value(2)
                    .max_int_value(9)
                    .required(false),
                ),
        )
        .add_option(
            sub("close", "Close this ticket")
                .add_sub_option(text("resolution", "How it was resolved", false).max_length(500)),
        )
        .add_option(sub("reopen", "Reopen this closed ticket"))
        .add_option(sub(
            "queue",
            "Agents: open tickets, urgent first, then oldest",
        ))
        .add_option(
            sub("add", "Add someone to this ticket's thread").add_sub_option(
                CreateCommandOption::new(CommandOptionType::User, "user", "Who to add")
                    .required(true),
            ),
        )
        .add_option(
            sub(
                "transfer",
                "Agents: hand this claimed ticket to another agent",
            )
            .add_sub_option(
                CreateCommandOption::new(CommandOptionType::User, "agent", "The agent taking over")
                    .required(true),
            ),
        );
    let kb = CreateCommand::new("kb")
        .description("Knowledge base: canned answers and tuning")
        .dm_permission(false)
        .add_option(
            sub("send", "Agents: post a canned answer into this ticket").add_sub_option(
                text("entry", "The entry (id or title)", true).set_autocomplete(true),
            ),
        )
        .add_option(
            sub("test", "Moderators: what would the bot answer, and why").add_sub_option(text(
                "question",
                "A question as a member would ask it",
                true,
            )),
        )
        .add_option(sub("reload", "Moderators: reload the response files now"))
        .add_option(sub(
            "gaps",
            "Moderators: unanswered questions that became tickets",
        ));
    let support = CreateCommand::new("support")
        .description("Support team figures")
        .dm_permission(false)
        .add_option(
            sub("stats", "KPIs with a chart").add_sub_option(
                CreateCommandOption::new(
                    CommandOptionType::Integer,
                    "days",
                    "How many days back (default 30)",
                )
                .min_int_value(1)
                .max_int_value(365)
                .required(false),
            ),
        );
    vec![ticket, kb, support]
}
