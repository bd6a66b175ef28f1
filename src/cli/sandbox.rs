//! `concierge sandbox [--responses DIR] [--script FILE]`: the whole bot on a loopback
//! Discord in one process (see `concierge::sandbox`), driven from a terminal or a script,
//! in a server set up from the settings below (on the throwaway database, with two ticket
//! categories and a panel in `#help` to open tickets from) and a second one not set up yet
//! (to try setting a server up from Discord; `:guild` goes there).
//!
//! The sandbox reads the real environment only, never `.env` (that file is for the real
//! bot: its database and log level would leak in): `DATABASE_URL` if set, else a throwaway
//! SQLite database; `RUST_LOG`, else warnings only, so logs don't clutter the REPL; the
//! desk and manners settings below if set. The auto-answer cooldowns are off unless set, so
//! a rehearsal can ask question after question (they follow the sandbox clock: `:tick`).
//! On a database named in `DATABASE_URL` the clock does not move (`:tick` is refused): it
//! would write times in the future into what may be the real bot's database.
//!
//! Exit codes: 0 at `:quit` or the end of the input; 1 when a script line cannot be run
//! (a typo, an unknown person or channel, nothing to click; the script stops there); 2
//! when the sandbox cannot start.

use crate::config;
use crate::sandbox::render::Style;
use crate::sandbox::repl::{self, Input};
use crate::sandbox::world::{World, WorldSpec};
use crate::store::redact;
use anyhow::Context as _;
use std::io::{IsTerminal as _, Read as _};
use std::path::PathBuf;
use std::process::ExitCode;

/// `concierge sandbox`: try the bot with no Discord account.
#[derive(clap::Args)]
pub struct SandboxArgs {
    /// The responses folder (default: RESPONSES_DIR, else ./responses).
    #[arg(long)]
    pub responses: Option<PathBuf>,
    /// Run the lines of this file (`-`: standard input) and exit. Without it, a terminal
    /// gets the interactive REPL and anything else on standard input is run as a script.
    #[arg(long, value_name = "FILE")]
    pub script: Option<PathBuf>,
    /// Also serve the web dashboard on 127.0.0.1:PORT (0: any free port), with a login link
    /// and "Sign in with Discord" through the loopback Discord (as mod-max). After a
    /// `--script`, it stays up until Ctrl-C.
    #[arg(long, value_name = "PORT")]
    pub dashboard: Option<u16>,
}

/// The log filter when `RUST_LOG` is unset: warnings only, and not serenity's about the
/// loopback gateway closing at the end.
const LOG_FILTER: &str = "warn,serenity::gateway=error";

/// Settings taken from the environment when set: the desk's rules and the bot's manners.
pub const PASSED_THROUGH: &[&str] = &[
    "MAX_OPEN_TICKETS",
    "REOPEN_WINDOW_DAYS",
    "SLA_FIRST_RESPONSE_MINUTES",
    "SLA_URGENT_FIRST_RESPONSE_MINUTES",
    "SLA_HIGH_FIRST_RESPONSE_MINUTES",
    "SLA_LOW_FIRST_RESPONSE_MINUTES",
    "URGENT_KEYWORDS",
    "BUSINESS_HOURS",
    "BUSINESS_TIMEZONE",
    "RATING_GRACE_HOURS",
    "MAX_TICKETS_PER_HOUR",
    "ON_CALL_PING_WINDOW_MINUTES",
    "MEMBER_ANSWERS_PER_MINUTE",
    "REPEAT_WINDOW_SECONDS",
    "AGENT_QUIET_MINUTES",
];

fn env(key: &str) -> Option<String> {
    std::env::var(key).ok().filter(|v| !v.trim().is_empty())
}

/// Runs `concierge sandbox`.
pub fn run(args: SandboxArgs) -> anyhow::Result<ExitCode> {
    crate::logging::init(LOG_FILTER);
    let input = match &args.script {
        Some(path) if path.as_os_str() == "-" => Input::Script(read_stdin()?),
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("reading the script {}", path.display()))?;
            Input::Script(text.lines().map(str::to_string).collect())
        }
        None if !std::io::stdin().is_terminal() => Input::Script(read_stdin()?),
        None => Input::Terminal,
    };
    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let responses = config::responses_dir(args.responses);
    let mut spec = WorldSpec::new(&responses)
        .set("MEMBER_ANSWERS_PER_MINUTE", 0)
        .set("REPEAT_WINDOW_SECONDS", 0)
        .set("AGENT_QUIET_MINUTES", 0)
        .with_second_server();
    for key in PASSED_THROUGH {
        if let Some(v) = env(key) {
            spec = spec.set(key, v);
        }
    }
    spec.database_url = env("DATABASE_URL");
    // The demo categories and panel on the throwaway database only: a database the user
    // named may be the real bot's (and has what it has; a second run would find them there).
    if spec.database_url.is_none() {
        spec = spec.with_demo_desk();
    }
    // On the minute: the times the bot shows read as a person would expect.
    spec.start = chrono::DurationRound::duration_trunc(spec.start, chrono::Duration::minutes(1))
        .unwrap_or(spec.start);
    let database = match &spec.database_url {
        Some(url) => format!(
            "the database {} (DATABASE_URL; :tick is off, so that no times in the future are written into it)",
            redact(url)
        ),
        None => "a throwaway SQLite database".to_string(),
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    runtime.block_on(async {
        let world = World::start(spec).await.with_context(|| {
            format!(
                "starting the sandbox (responses in {})",
                responses.display()
            )
        })?;
        let second = world.second.map(|g| world.emu.guild_name(g));
        let mut banner = repl::banner(
            &responses.display().to_string(),
            &database,
            world.demo_desk,
            second.as_deref(),
        );
        if let Some(port) = args.dashboard {
            banner.push_str(&dashboard(&world, port).await?);
        }
        let scripted = matches!(input, Input::Script(_));
        let ok = repl::run(&world, input, Style { color, width: None }, &banner).await;
        if args.dashboard.is_some() && scripted {
            // A script set the scene; the dashboard stays up to look at it.
            println!("The script is done; the dashboard stays up until Ctrl-C.");
            tokio::signal::ctrl_c()
                .await
                .context("waiting for Ctrl-C")?;
        }
        world.shutdown().await;
        Ok(if ok? {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        })
    })
}

/// Serves the dashboard beside the sandbox; returns the banner's lines about it.
async fn dashboard(world: &World, port: u16) -> anyhow::Result<String> {
    let app = crate::config::OAuthApp {
        client_id: world.emu.application_id(),
        client_secret: "sandbox-secret".into(),
    };
    let (addr, dash) = world
        .serve_dashboard(port, Some(app.clone()), None)
        .await
        .context("serving the dashboard")?;
    let callback = format!("{}/login/discord/callback", dash.base_url());
    world
        .emu
        .oauth_app(app.client_id, &app.client_secret, &[&callback]);
    world.emu.oauth_approve_as(world.user("mod-max"));
    let guild = crate::tickets::GuildId(world.emu.guild_id());
    let link = world
        .bot
        .desk
        .create_login_link(
            guild,
            crate::clock::Clock::now(&world.clock),
            crate::desk::LINK_MINUTES_MAX,
        )
        .await?;
    Ok(format!(
        "\nThe dashboard is at http://{addr}/ (Sign in with Discord signs you in as mod-max, a moderator).\n\
         As the server's local administrator, open once: http://{addr}/login/link/{link}\n"
    ))
}

fn read_stdin() -> anyhow::Result<Vec<String>> {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .context("reading the script from standard input")?;
    Ok(text.lines().map(str::to_string).collect())
}
