-- Canned answers agents post outside tickets (`/kb send` in a help channel, the message menu
-- "Answer with knowledge base"). Inside a ticket the answer is a ticket message instead.
CREATE TABLE agent_answers (
    message_id BIGINT PRIMARY KEY,
    channel_id BIGINT NOT NULL,
    agent_id BIGINT NOT NULL,
    entry_id TEXT NOT NULL,
    asker_id BIGINT,
    reply_to BIGINT,
    at BIGINT NOT NULL
);
CREATE INDEX agent_answers_at ON agent_answers (at);
