//! Concierge: a self-hosted Discord support bot.
//!
//! The map (see `ARCHITECTURE.md` in the shared folder for the long form):
//! - [`kb`]: the knowledge base, pure: response files -> index -> best match.
//! - [`tickets`]: the support desk's rules, pure: tickets, tiers, statuses, SLA.
//! - [`store`]: sqlx persistence (SQLite or PostgreSQL), one file per aggregate.
//! - [`desk`]: the use cases (open, claim, escalate, close, reopen, rate, queue, due SLA).
//! - [`kpi`]: support KPI definitions, the report, the per-day series, its text and chart.
//! - [`settings`]: server settings, pure: every setting, one server's typed settings.
//! - [`config`]: the process's settings (and a single server's), from the environment / `.env`.
//! - [`logging`]: log lines to stderr, the level from `RUST_LOG`.
//! - [`cli`]: the command-line verbs behind `concierge <verb>`.
//! - [`bot`]: the Discord layer (serenity): events in, actions out.
//! - [`i18n`]: the words in every shipped language (Fluent catalogues under `locales/`).
//! - [`clock`]: where "now" comes from (system, or moved by hand in tests).
//! - [`metrics`]: the operators' figures (gateway, events, answers, tickets, latency, errors).
//! - [`web`]: the HTTP layer (axum): `/metrics`, `/healthz`, `/readyz`.
//!
//! Only the Discord layer ([`bot`]) names serenity types and only [`web`] names HTTP types;
//! everything else works with plain values.

pub mod bot;
pub mod cli;
pub mod clock;
pub mod config;
pub mod desk;
pub mod i18n;
pub mod kb;
pub mod kpi;
pub mod logging;
pub mod metrics;
pub mod sandbox;
pub mod settings;
pub mod store;
pub mod tickets;
pub mod web;
