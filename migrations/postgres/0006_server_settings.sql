-- Each server's settings: one row per setting that is set (a setting without a row has its
-- default). Values are text, as written in .env, `/config set` and the TOML export.
CREATE TABLE guild_settings (
    guild_id BIGINT NOT NULL,
    name TEXT NOT NULL,
    value TEXT NOT NULL,
    changed_at BIGINT NOT NULL,
    PRIMARY KEY (guild_id, name)
);

-- The servers the bot keeps settings for; seeded_at: when .env's server keys first seeded
-- them (afterwards the database is the source of truth).
CREATE TABLE guilds (
    guild_id BIGINT PRIMARY KEY,
    seeded_at BIGINT
);

-- Every change of a server setting: when, who (none: the operator, through .env or a file),
-- through what, the setting, its old and its new value (none: unset, the default).
CREATE TABLE settings_audit (
    id BIGSERIAL PRIMARY KEY,
    guild_id BIGINT NOT NULL,
    at BIGINT NOT NULL,
    actor_id BIGINT,
    source TEXT NOT NULL,
    name TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX settings_audit_by_guild ON settings_audit (guild_id, at);
