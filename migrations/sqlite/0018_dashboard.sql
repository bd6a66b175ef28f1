-- The web dashboard's sign-ins. A session is a random token kept by the browser in an
-- HttpOnly cookie; only its SHA-256 hash is stored here, so a copy of the database cannot be
-- used to sign in. A Discord login (user_id set) sees the servers it shares with the bot,
-- checked against its roles on every request; a one-time link login (user_id NULL) sees only
-- its guild_id, as a local administrator. guilds: the servers Discord listed for the person at
-- sign-in (comma separated), the only ones the dashboard offers them. csrf is the token every
-- form of the session carries.
CREATE TABLE dashboard_sessions (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT,
    user_name TEXT NOT NULL,
    guild_id BIGINT,
    guilds TEXT NOT NULL,
    csrf TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX dashboard_sessions_expiry ON dashboard_sessions (expires_at);

-- One-time login links printed by `concierge dashboard link --guild ID`: short-lived and
-- single use (used_at is set by the sign-in that spends it).
CREATE TABLE dashboard_links (
    token_hash TEXT PRIMARY KEY,
    guild_id BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
