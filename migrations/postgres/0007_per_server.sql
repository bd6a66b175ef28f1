-- Everything is scoped by server. Tickets get a number in their server (each server has its
-- own ticket 1); existing tickets are numbered in their server in the order they were opened.
ALTER TABLE tickets ADD COLUMN number BIGINT NOT NULL DEFAULT 0;
UPDATE tickets SET number = (
    SELECT COUNT(*) FROM tickets AS earlier
    WHERE earlier.guild_id = tickets.guild_id AND earlier.id <= tickets.id
);
CREATE UNIQUE INDEX tickets_guild_number ON tickets (guild_id, number);
CREATE INDEX tickets_guild_status ON tickets (guild_id, status);

-- Auto-answers, unanswered questions, agents' canned answers and handled questions carry
-- their server. Rows written before knew only their channel: when every ticket belongs to one
-- server (a single-server set-up) they are that server's; otherwise they stay 0 and the bot
-- gives them to its `.env` server (GUILD_ID) at start.
ALTER TABLE answers ADD COLUMN guild_id BIGINT NOT NULL DEFAULT 0;
ALTER TABLE unanswered ADD COLUMN guild_id BIGINT NOT NULL DEFAULT 0;
ALTER TABLE agent_answers ADD COLUMN guild_id BIGINT NOT NULL DEFAULT 0;
ALTER TABLE handled_questions ADD COLUMN guild_id BIGINT NOT NULL DEFAULT 0;
UPDATE answers SET guild_id = (SELECT MIN(guild_id) FROM tickets)
    WHERE (SELECT COUNT(DISTINCT guild_id) FROM tickets) = 1;
UPDATE unanswered SET guild_id = (SELECT MIN(guild_id) FROM tickets)
    WHERE (SELECT COUNT(DISTINCT guild_id) FROM tickets) = 1;
UPDATE agent_answers SET guild_id = (SELECT MIN(guild_id) FROM tickets)
    WHERE (SELECT COUNT(DISTINCT guild_id) FROM tickets) = 1;
UPDATE handled_questions SET guild_id = (SELECT MIN(guild_id) FROM tickets)
    WHERE (SELECT COUNT(DISTINCT guild_id) FROM tickets) = 1;
CREATE INDEX answers_guild_at ON answers (guild_id, at);
CREATE INDEX unanswered_guild_at ON unanswered (guild_id, at);
CREATE INDEX agent_answers_guild_at ON agent_answers (guild_id, at);

-- The KPI report's covering indexes (migration 0002), led by the server it reports on.
CREATE INDEX tickets_opened_report_by_guild ON tickets (guild_id, opened_at, first_response_at, first_responder, first_sla_due_at, closed_at);
CREATE INDEX tickets_responder_report_by_guild ON tickets (guild_id, first_responder, opened_at, first_response_at);
CREATE INDEX tickets_closed_report_by_guild ON tickets (guild_id, status, closed_at, claimed_by, agent_responses, reopen_count);
