-- A question in a watched channel is answered at most once: the bot takes its message id here
-- before it sends anything, so the same MESSAGE_CREATE delivered twice (or handled by two
-- processes) cannot be answered twice.
CREATE TABLE handled_questions (
    message_id BIGINT PRIMARY KEY,
    channel_id BIGINT NOT NULL,
    at BIGINT NOT NULL
);
