//! Settings shared by every verb, read from the environment (and `.env`, loaded by `main`).

use std::path::PathBuf;

/// Where the response files live: `--responses` if given, else `RESPONSES_DIR`, else `./responses`.
pub fn responses_dir(flag: Option<PathBuf>) -> PathBuf {
    flag.or_else(|| std::env::var_os("RESPONSES_DIR").map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("responses"))
}

/// Logs go to stderr; `RUST_LOG` sets the level (default `info`).
pub fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}
