//! The web layer: HTTP in, plain calls on the core out. Today the operators' endpoints
//! ([`metrics`]: `/metrics`, `/healthz`, `/readyz` on `METRICS_ADDR`); the dashboard joins it.
//! Only this layer names HTTP types.

pub mod metrics;
