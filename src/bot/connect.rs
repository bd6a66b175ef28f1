//! Connecting `concierge run` to Discord: before the gateway, the token is checked and the
//! gateway address is asked for through the configured API (`DISCORD_API_BASE` or Discord's).
//! A refused token ends the start with a clear message; an API that cannot be reached is
//! retried with backoff (1 s doubling to 60 s), each try logged, and never bypassed: the
//! gateway address always comes from the configured API, never from a built-in default.

use serenity::all::Http;
use std::time::Duration;

/// The longest wait between two tries.
const MAX_BACKOFF: Duration = Duration::from_secs(60);

/// Why the bot cannot connect (and should stop).
#[derive(Debug, thiserror::Error)]
pub enum ConnectError {
    #[error("Discord refused the token (401): check DISCORD_TOKEN (developer portal → your application → Bot → Reset Token)")]
    BadToken,
    #[error("Discord refused the bot ({status}): {message}")]
    Refused { status: u16, message: String },
}

/// What a failed try means.
enum Try {
    /// Stop: retrying cannot help.
    Stop(ConnectError),
    /// Worth another try (unreachable, a server error, rate limited).
    Again(String),
}

fn classify(err: &serenity::Error) -> Try {
    if let serenity::Error::Http(http) = err {
        if let Some(status) = http.status_code() {
            let code = status.as_u16();
            return match code {
                401 => Try::Stop(ConnectError::BadToken),
                403 | 404 => Try::Stop(ConnectError::Refused {
                    status: code,
                    message: http.to_string(),
                }),
                _ => Try::Again(format!("HTTP {code}: {http}")),
            };
        }
    }
    Try::Again(err.to_string())
}

/// Checks the token and returns the gateway address, retrying while the API is unreachable.
/// `api` names the API for the log.
pub async fn preflight(http: &Http, api: &str) -> Result<String, ConnectError> {
    let mut wait = Duration::from_secs(1);
    loop {
        let tried = async {
            let me = http.get_current_user().await?;
            let gateway = http.get_gateway().await?;
            Ok::<_, serenity::Error>((me, gateway))
        }
        .await;
        match tried {
            Ok((me, gateway)) => {
                tracing::info!(bot = %me.name, gateway = %gateway.url, "Discord accepted the token");
                return Ok(gateway.url);
            }
            Err(err) => match classify(&err) {
                Try::Stop(e) => return Err(e),
                Try::Again(why) => {
                    tracing::warn!(
                        "the Discord API at {api} cannot be reached ({why}); trying again in {} s",
                        wait.as_secs()
                    );
                    tokio::time::sleep(wait).await;
                    wait = (wait * 2).min(MAX_BACKOFF);
                }
            },
        }
    }
}
