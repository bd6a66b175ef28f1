//! The process's operational figures for operators, in the Prometheus text format: the gateway
//! connection and its latency, events handled by kind, auto-answers and unanswered questions,
//! tickets opened and closed, how fast interactions are acknowledged, database errors. The
//! front ends count; `web::metrics` serves them on `METRICS_ADDR`. No HTTP or Discord here.

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;
use std::sync::atomic::AtomicU64;
use std::time::Duration;

/// An event's kind, as a label.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct EventKind {
    pub kind: &'static str,
}

/// The figures, and the registry that names them.
pub struct Metrics {
    registry: Registry,
    /// 1 while a gateway shard is connected.
    pub gateway_connected: Gauge,
    /// The gateway's heartbeat latency, in seconds (as Discord last acknowledged it).
    pub gateway_latency: Gauge<f64, AtomicU64>,
    /// Gateway events handled, by kind (message, interaction, reaction, ...).
    pub events: Family<EventKind, Counter>,
    /// Questions answered from the knowledge base.
    pub auto_answers: Counter,
    /// Questions the knowledge base had no confident answer for.
    pub unanswered: Counter,
    pub tickets_opened: Counter,
    pub tickets_closed: Counter,
    /// How long interactions waited for their first response (Discord allows 3 s).
    pub interaction_ack: Histogram,
    /// Operations a database failure stopped (told to the user, logged).
    pub database_errors: Counter,
}

impl std::fmt::Debug for Metrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Metrics").finish_non_exhaustive()
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics::new()
    }
}

impl Metrics {
    /// Every figure at zero, registered under the `concierge` prefix.
    pub fn new() -> Metrics {
        let mut registry = Registry::with_prefix("concierge");
        let m = Metrics {
            registry: Registry::default(),
            gateway_connected: Gauge::default(),
            gateway_latency: Gauge::default(),
            events: Family::default(),
            auto_answers: Counter::default(),
            unanswered: Counter::default(),
            tickets_opened: Counter::default(),
            tickets_closed: Counter::default(),
            // 10 ms to about 5 s.
            interaction_ack: Histogram::new(
                [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0].into_iter(),
            ),
            database_errors: Counter::default(),
        };
        registry.register(
            "gateway_connected",
            "1 while the Discord gateway is connected",
            m.gateway_connected.clone(),
        );
        registry.register(
            "gateway_latency_seconds",
            "The gateway heartbeat latency Discord last acknowledged",
            m.gateway_latency.clone(),
        );
        registry.register(
            "events",
            "Gateway events handled, by kind",
            m.events.clone(),
        );
        registry.register(
            "auto_answers",
            "Questions answered from the knowledge base",
            m.auto_answers.clone(),
        );
        registry.register(
            "unanswered_questions",
            "Questions without a confident answer",
            m.unanswered.clone(),
        );
        registry.register("tickets_opened", "Tickets opened", m.tickets_opened.clone());
        registry.register("tickets_closed", "Tickets closed", m.tickets_closed.clone());
        registry.register(
            "interaction_ack_seconds",
            "Time from an interaction's arrival to its first response",
            m.interaction_ack.clone(),
        );
        registry.register(
            "database_errors",
            "Operations a database failure stopped",
            m.database_errors.clone(),
        );
        Metrics { registry, ..m }
    }

    /// Counts a handled gateway event.
    pub fn event(&self, kind: &'static str) {
        self.events.get_or_create(&EventKind { kind }).inc();
    }

    /// Records how long an interaction waited for its first response.
    pub fn acknowledged_after(&self, waited: Duration) {
        self.interaction_ack.observe(waited.as_secs_f64());
    }

    /// The figures in the Prometheus text exposition format.
    pub fn encode(&self) -> String {
        let mut out = String::new();
        // Writing to a String cannot fail.
        let _ = prometheus_client::encoding::text::encode(&mut out, &self.registry);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_figures_are_in_the_text_format() {
        let m = Metrics::new();
        m.event("message");
        m.event("message");
        m.tickets_opened.inc();
        m.gateway_connected.set(1);
        m.acknowledged_after(Duration::from_millis(30));
        let text = m.encode();
        assert!(
            text.contains("concierge_events_total{kind=\"message\"} 2"),
            "{text}"
        );
        assert!(text.contains("concierge_tickets_opened_total 1"), "{text}");
        assert!(text.contains("concierge_gateway_connected 1"), "{text}");
        assert!(
            text.contains("concierge_interaction_ack_seconds_bucket{le=\"0.05\"} 1"),
            "{text}"
        );
        assert!(
            text.contains("# TYPE concierge_database_errors counter"),
            "{text}"
        );
        assert!(text.trim_end().ends_with("# EOF"), "{text}");
    }
}
