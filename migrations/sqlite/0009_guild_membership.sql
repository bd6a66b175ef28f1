-- When the bot joined a server and, if it was removed, when it left: a server's data is kept
-- for a retention period after it left (GUILD_RETENTION_DAYS), then deleted.
ALTER TABLE guilds ADD COLUMN joined_at BIGINT;
ALTER TABLE guilds ADD COLUMN left_at BIGINT;
ALTER TABLE guilds ADD COLUMN welcomed_at BIGINT;
