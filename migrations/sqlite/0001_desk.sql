-- The support desk: tickets, their audit log, messages, ratings, auto-answers and unanswered questions.
-- Times are Unix seconds (UTC); Discord ids are stored as BIGINT (bit-for-bit from u64).

CREATE TABLE tickets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    guild_id BIGINT NOT NULL,
    owner_id BIGINT NOT NULL,
    opened_by BIGINT NOT NULL,
    thread_id BIGINT UNIQUE,
    interaction_id BIGINT UNIQUE,
    topic TEXT NOT NULL,
    tier BIGINT NOT NULL,
    status TEXT NOT NULL,
    priority TEXT NOT NULL,
    claimed_by BIGINT,
    opened_at BIGINT NOT NULL,
    first_response_at BIGINT,
    first_responder BIGINT,
    claimed_at BIGINT,
    closed_at BIGINT,
    closed_by BIGINT,
    resolution TEXT,
    reopened_at BIGINT,
    reopen_count BIGINT NOT NULL DEFAULT 0,
    agent_responses BIGINT NOT NULL DEFAULT 0,
    member_messages BIGINT NOT NULL DEFAULT 0,
    sla_due_at BIGINT,
    first_sla_due_at BIGINT NOT NULL
);
CREATE INDEX tickets_owner_status ON tickets (owner_id, status);
CREATE INDEX tickets_status_due ON tickets (status, sla_due_at);
CREATE INDEX tickets_opened_at ON tickets (opened_at);
CREATE INDEX tickets_closed_at ON tickets (closed_at);

CREATE TABLE events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id BIGINT NOT NULL REFERENCES tickets (id),
    actor_id BIGINT,
    kind TEXT NOT NULL,
    at BIGINT NOT NULL,
    from_tier BIGINT,
    to_tier BIGINT,
    reason TEXT,
    automatic BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX events_ticket ON events (ticket_id, id);
CREATE INDEX events_kind_at ON events (kind, at);

CREATE TABLE messages (
    message_id BIGINT PRIMARY KEY,
    ticket_id BIGINT NOT NULL REFERENCES tickets (id),
    author_id BIGINT NOT NULL,
    author_name TEXT NOT NULL,
    kind TEXT NOT NULL,
    at BIGINT NOT NULL,
    content TEXT NOT NULL
);
CREATE INDEX messages_ticket ON messages (ticket_id, at);

CREATE TABLE ratings (
    ticket_id BIGINT NOT NULL REFERENCES tickets (id),
    rater_id BIGINT NOT NULL,
    score BIGINT NOT NULL,
    is_owner BOOLEAN NOT NULL,
    at BIGINT NOT NULL,
    PRIMARY KEY (ticket_id, rater_id)
);

CREATE TABLE answers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id BIGINT NOT NULL UNIQUE,
    channel_id BIGINT NOT NULL,
    asker_id BIGINT NOT NULL,
    entry_id TEXT NOT NULL,
    score DOUBLE PRECISION NOT NULL,
    at BIGINT NOT NULL,
    ticket_id BIGINT
);
CREATE INDEX answers_asker_at ON answers (asker_id, at);
CREATE INDEX answers_at ON answers (at);

CREATE TABLE answer_feedback (
    answer_id BIGINT NOT NULL REFERENCES answers (id),
    user_id BIGINT NOT NULL,
    helpful BOOLEAN NOT NULL,
    at BIGINT NOT NULL,
    PRIMARY KEY (answer_id, user_id)
);

CREATE TABLE unanswered (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id BIGINT UNIQUE,
    channel_id BIGINT NOT NULL,
    asker_id BIGINT NOT NULL,
    text TEXT NOT NULL,
    at BIGINT NOT NULL,
    ticket_id BIGINT
);
CREATE INDEX unanswered_asker_at ON unanswered (asker_id, at);
