-- Indexes for the KPI report (`concierge stats`, src/store/reports.rs): each covers the columns its
-- queries read, so a report over 100 000 tickets reads index pages only.

-- Tickets opened in the period: counts, SLA, and first response times (overall percentiles).
CREATE INDEX tickets_opened_report ON tickets (opened_at, first_response_at, first_responder, first_sla_due_at, closed_at);
-- Its leading column makes the plain opened_at index redundant.
DROP INDEX tickets_opened_at;
-- Each agent's first responses in the period (per-agent median).
CREATE INDEX tickets_responder_report ON tickets (first_responder, opened_at, first_response_at);
-- Tickets closed in the period, by handling agent (FCR, responses to resolution).
CREATE INDEX tickets_closed_report ON tickets (status, closed_at, claimed_by, agent_responses, reopen_count);
-- Ratings given in the period (CSAT).
CREATE INDEX ratings_at ON ratings (at);
