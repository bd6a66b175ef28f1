//! Logging set-up: lines to stderr, the level from `RUST_LOG`.
//!
//! The bot logs at `info` unless told otherwise; the sandbox only warns (its screen is the
//! conversation). Message contents and the token are never logged at `info` or above.

/// The filter `concierge run` uses when `RUST_LOG` is unset.
pub const BOT_DEFAULT: &str = "info";

/// Sends log lines to stderr at `RUST_LOG`, else at `default_filter`. A second call keeps the
/// first set-up (tests and the sandbox may both ask).
pub fn init(default_filter: &str) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default_filter));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}
