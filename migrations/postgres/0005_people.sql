-- The names of the people the bot has seen (display name in the server, else their global
-- name, else their username), so reports and transcripts name people instead of showing ids.
CREATE TABLE people (
    user_id BIGINT PRIMARY KEY,
    name TEXT NOT NULL,
    seen_at BIGINT NOT NULL
);
