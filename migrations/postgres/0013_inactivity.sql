-- Waiting on the member: when an agent had the last word and the member said nothing for a
-- while, the bot asks whether the ticket is solved (a close request of kind 'inactivity');
-- unanswered, the ticket is closed for inactivity, its own kind of closing in the KPIs.
ALTER TABLE close_requests ADD COLUMN kind TEXT NOT NULL DEFAULT 'agent';
ALTER TABLE tickets ADD COLUMN closed_inactive BOOLEAN NOT NULL DEFAULT FALSE;
-- The agent message each ticket was last asked about, so one silence is asked about once.
CREATE TABLE inactivity_checks (
    ticket_id BIGINT PRIMARY KEY REFERENCES tickets (id),
    agent_message_at BIGINT NOT NULL
);
