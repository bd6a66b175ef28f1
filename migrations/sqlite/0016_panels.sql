-- Ticket panels: a message the bot posted (an embed with one button per category, or a select
-- menu) from which members open tickets. The row lets /panel edit change it in place and lets
-- a category change refresh every panel of its server; the buttons themselves carry what they
-- open, so they work after a restart even without it.
CREATE TABLE panels (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    guild_id BIGINT NOT NULL,
    channel_id BIGINT NOT NULL,
    message_id BIGINT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    style TEXT NOT NULL,
    created_by BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX panels_by_guild ON panels (guild_id);
