-- The dashboard's overview (the KPI report over 30 days, src/store/reports.rs) at 100 000
-- tickets: indexes that cover what its queries read, so each reads one index range instead
-- of a table row per ticket (`cargo bench --bench web` measures it).

-- Tickets opened in the period (migration 0007's index), with what the breakdowns by tag and
-- by category read besides (status, category), so they read no ticket row either.
DROP INDEX tickets_opened_report_by_guild;
CREATE INDEX tickets_opened_report_by_guild ON tickets (guild_id, opened_at, first_response_at, first_responder, first_sla_due_at, closed_at, status, category_id);
-- Tickets closed in the period, by handling agent: with closed_inactive (migration 0013),
-- which the FCR figures read and the 0007 index lacked.
DROP INDEX tickets_closed_report_by_guild;
CREATE INDEX tickets_closed_report_by_guild ON tickets (guild_id, status, closed_at, claimed_by, agent_responses, reopen_count, closed_inactive);
-- The backlog (tickets not closed, by tier and age): read by status, open and claimed ones
-- only. Its leading columns make the (guild_id, status) index redundant.
CREATE INDEX tickets_backlog_by_guild ON tickets (guild_id, status, tier, opened_at, reopened_at);
DROP INDEX tickets_guild_status;
-- Owner ratings given in the period (CSAT, its daily series): read from the ratings side.
-- Its leading column makes the plain at index (migration 0002) redundant.
CREATE INDEX ratings_at_report ON ratings (at, is_owner, ticket_id, score);
DROP INDEX ratings_at;
-- A ticket's owner rating (the breakdowns by tag and category, the ticket list).
CREATE INDEX ratings_owner_by_ticket ON ratings (ticket_id, is_owner, score);
