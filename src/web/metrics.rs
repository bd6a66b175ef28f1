//! The operators' endpoints, served on `METRICS_ADDR` (off by default, so they can stay on a
//! private address): `/metrics` (the figures of [`crate::metrics`] in the Prometheus text
//! format), `/healthz` (the process answers) and `/readyz` (the gateway is connected and the
//! database answers; 503 with the reason otherwise).

use crate::desk::Desk;
use crate::metrics::Metrics;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;

/// What the endpoints look at.
#[derive(Clone)]
pub struct Probe {
    pub metrics: Arc<Metrics>,
    pub desk: Desk,
}

/// The routes.
pub fn router(probe: Probe) -> Router {
    Router::new()
        .route("/metrics", get(metrics))
        .route("/healthz", get(|| async { "ok\n" }))
        .route("/readyz", get(ready))
        .with_state(probe)
}

async fn metrics(State(p): State<Probe>) -> impl IntoResponse {
    (
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        p.metrics.encode(),
    )
}

async fn ready(State(p): State<Probe>) -> (StatusCode, String) {
    let mut problems = Vec::new();
    if p.metrics.gateway_connected.get() != 1 {
        problems.push("the Discord gateway is not connected".to_string());
    }
    if let Err(err) = p.desk.ping().await {
        problems.push(format!("the database does not answer: {err}"));
    }
    if problems.is_empty() {
        (StatusCode::OK, "ready\n".to_string())
    } else {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            format!("not ready: {}\n", problems.join("; ")),
        )
    }
}

/// Serves the endpoints on `addr` until `stop` completes; returns the address bound (with
/// port 0, the one the system chose) once it listens.
pub async fn serve(
    addr: SocketAddr,
    probe: Probe,
    stop: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<SocketAddr> {
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| anyhow::anyhow!("METRICS_ADDR {addr}: cannot listen there: {e}"))?;
    let bound = listener.local_addr()?;
    tokio::spawn(async move {
        let served = axum::serve(listener, router(probe))
            .with_graceful_shutdown(stop)
            .await;
        if let Err(err) = served {
            tracing::error!(error = %err, "the metrics endpoint stopped");
        }
    });
    tracing::info!(address = %bound, "serving /metrics, /healthz and /readyz");
    Ok(bound)
}
