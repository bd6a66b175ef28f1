//! The gateway's figures for operators: whether a shard is connected and its heartbeat
//! latency, read from serenity's shard manager every few seconds (and on each stage change,
//! see the handler) into [`crate::metrics::Metrics`].

use crate::metrics::Metrics;
use serenity::all::{ConnectionStage, ShardManager};
use std::sync::Arc;
use std::time::Duration;

/// How often the shard manager is read.
const EVERY: Duration = Duration::from_secs(5);

/// Reads the shards' state into the figures once.
pub async fn read(shards: &ShardManager, metrics: &Metrics) {
    let runners = shards.runners.lock().await;
    let connected = runners
        .values()
        .any(|r| r.stage == ConnectionStage::Connected);
    metrics.gateway_connected.set(i64::from(connected));
    if let Some(latency) = runners.values().find_map(|r| r.latency) {
        metrics.gateway_latency.set(latency.as_secs_f64());
    }
}

/// Keeps reading the shards' state until the task is dropped (with the client).
pub fn spawn(shards: Arc<ShardManager>, metrics: Arc<Metrics>) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            read(&shards, &metrics).await;
            tokio::time::sleep(EVERY).await;
        }
    })
}
