//! `concierge config export [--guild ID]` and `concierge config import FILE [--guild ID]`:
//! a server's settings as TOML, for people who keep configuration in version control.

use super::database::{open, pick_guild, runtime};
use crate::desk::{Desk, SettingsError};
use crate::settings::{keys, Change, Kind};
use crate::tickets::GuildId;
use anyhow::{bail, Context};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

/// `concierge config`: a server's settings as a file.
#[derive(clap::Subcommand)]
pub enum ConfigCommand {
    /// Print a server's settings as TOML (every setting; those at their default commented).
    Export {
        /// The server (default: GUILD_ID; needed when the database holds several).
        #[arg(long, env = "GUILD_ID")]
        guild: Option<u64>,
        /// The database (default: DATABASE_URL, else sqlite://concierge.db).
        #[arg(long)]
        database_url: Option<String>,
    },
    /// Apply a settings file to a server: checked as a whole first (every problem at once,
    /// nothing changed on error); settings it leaves out go back to their defaults.
    Import {
        /// The TOML file (as `config export` writes it).
        file: PathBuf,
        /// The server (default: GUILD_ID; needed when the database holds several).
        #[arg(long, env = "GUILD_ID")]
        guild: Option<u64>,
        /// The database (default: DATABASE_URL, else sqlite://concierge.db).
        #[arg(long)]
        database_url: Option<String>,
    },
}

/// Runs a `concierge config` verb.
pub fn run(cmd: ConfigCommand) -> anyhow::Result<ExitCode> {
    runtime()?.block_on(async {
        match cmd {
            ConfigCommand::Export {
                guild,
                database_url,
            } => {
                let desk = Desk::new(open(database_url).await?, Default::default());
                let guild = pick_guild(&desk, guild).await?;
                let server = desk.server(guild).await?;
                print!("{}", export(guild, &server.settings.values()));
                desk.shutdown().await;
                Ok(ExitCode::SUCCESS)
            }
            ConfigCommand::Import {
                file,
                guild,
                database_url,
            } => {
                let text = std::fs::read_to_string(&file)
                    .with_context(|| format!("reading {}", file.display()))?;
                let values =
                    parse(&text).map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
                let desk = Desk::new(open(database_url).await?, Default::default());
                let guild = pick_guild(&desk, guild).await?;
                let done = desk
                    .import_settings(guild, &values, chrono::Utc::now())
                    .await;
                desk.shutdown().await;
                match done {
                    Ok(changes) => {
                        println!("{}", describe(guild, &changes));
                        Ok(ExitCode::SUCCESS)
                    }
                    Err(SettingsError::Invalid(problems)) => bail!(
                        "{}: nothing was changed; {} problem(s):\n{}",
                        file.display(),
                        problems.len(),
                        problems
                            .iter()
                            .map(|(k, p)| format!("  {k}: {p}"))
                            .collect::<Vec<_>>()
                            .join("\n")
                    ),
                    Err(SettingsError::Store(e)) => Err(e.into()),
                }
            }
        }
    })
}

/// One value as TOML: ids and words as arrays of strings, numbers as integers.
fn toml_value(key: &keys::Key, text: &str) -> String {
    let list = |t: &str| {
        toml::Value::Array(
            t.split(',')
                .filter(|p| !p.is_empty())
                .map(|p| toml::Value::String(p.to_string()))
                .collect(),
        )
    };
    let v = match key.kind {
        Kind::Channels | Kind::Roles | Kind::Words => list(text),
        Kind::Number { .. } => text
            .parse::<i64>()
            .map_or_else(|_| toml::Value::String(text.into()), toml::Value::Integer),
        _ => toml::Value::String(text.to_string()),
    };
    v.to_string()
}

/// The settings file of `guild`: every setting with its help, those at their default
/// commented out.
pub fn export(guild: GuildId, values: &[(&'static keys::Key, String)]) -> String {
    let mut out = format!(
        "# Concierge settings of server {guild}.\n\
         # Apply with: concierge config import FILE --guild {guild}\n\
         # A commented line is at its default; a setting left out goes back to its default.\n"
    );
    for (key, text) in values {
        out.push_str(&format!("\n# {} (.env: {})\n", key.help, key.env));
        let default = key.default_text();
        if text.is_empty() || *text == default {
            let shown = if default.is_empty() {
                "\"\"".to_string()
            } else {
                toml_value(key, &default)
            };
            out.push_str(&format!("# {} = {shown}\n", key.name));
        } else {
            out.push_str(&format!("{} = {}\n", key.name, toml_value(key, text)));
        }
    }
    out
}

/// A settings file's values, as text: strings as written, integers in decimal, arrays
/// comma-joined.
pub fn parse(text: &str) -> Result<BTreeMap<String, String>, String> {
    let table: toml::Table = text.parse().map_err(|e: toml::de::Error| e.to_string())?;
    let mut out = BTreeMap::new();
    for (name, value) in table {
        let one = |v: &toml::Value| match v {
            toml::Value::String(s) => Ok(s.clone()),
            toml::Value::Integer(n) => Ok(n.to_string()),
            other => Err(format!(
                "`{name}` = {other}: expected a string, a whole number or a list of them"
            )),
        };
        let text = match &value {
            toml::Value::Array(items) => items
                .iter()
                .map(one)
                .collect::<Result<Vec<_>, _>>()?
                .join(","),
            v => one(v)?,
        };
        out.insert(name, text);
    }
    Ok(out)
}

/// What an import did, for the operator.
fn describe(guild: GuildId, changes: &[Change]) -> String {
    if changes.is_empty() {
        return format!("server {guild}: nothing changed (the file says what the database says)");
    }
    let shown = |v: &Option<String>| v.clone().unwrap_or_else(|| "(default)".into());
    let lines: Vec<String> = changes
        .iter()
        .map(|c| format!("  {}: {} -> {}", c.name, shown(&c.old), shown(&c.new)))
        .collect();
    format!(
        "server {guild}: {} setting(s) changed:\n{}",
        changes.len(),
        lines.join("\n")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::{ServerSettings, KEYS};

    #[test]
    fn an_export_reads_back_as_the_same_settings() {
        let mut values = BTreeMap::new();
        values.insert("ticket_channel".to_string(), "200".to_string());
        values.insert("tier_roles".to_string(), "11,12".to_string());
        values.insert("max_open_tickets".to_string(), "5".to_string());
        values.insert("urgent_keywords".to_string(), "fire,down".to_string());
        let s = ServerSettings::from_values(&values).unwrap();
        let file = export(GuildId(7), &s.values());
        assert!(file.contains("tier_roles = [\"11\", \"12\"]"), "{file}");
        assert!(file.contains("# reopen_window_days = 7"), "{file}");
        assert_eq!(parse(&file).unwrap(), values);
        assert!(KEYS.iter().all(|k| file.contains(k.name)));
    }

    #[test]
    fn a_value_of_the_wrong_type_is_named() {
        let e = parse("max_open_tickets = true").unwrap_err();
        assert!(e.contains("max_open_tickets"), "{e}");
        assert!(parse("ticket_channel = ").is_err());
    }
}
