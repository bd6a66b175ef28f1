//! The web layer: HTTP in, plain calls on the core out. Two services: the operators'
//! endpoints ([`metrics`]: `/metrics`, `/healthz`, `/readyz` on `METRICS_ADDR`) and the
//! dashboard ([`app`], on `DASHBOARD_ADDR` or `concierge dashboard`): [`session`] (sign-in,
//! access, CSRF, the reader's language), `routes` (one file per page), `layout` and `charts`
//! (maud HTML, inline SVG), `words` (the catalogue's `web-` messages, numbers and durations
//! in the reader's language), `assets` (embedded). Only this layer names HTTP types.

pub mod app;
mod assets;
mod charts;
mod discord_oauth;
mod error;
mod layout;
pub mod metrics;
mod period;
mod routes;
pub mod session;
mod words;
