-- Every change to a server's knowledge base made from Discord (/kb add, edit, remove): when,
-- who, what was done to which entry, and the file written.
CREATE TABLE kb_changes (
    id BIGSERIAL PRIMARY KEY,
    guild_id BIGINT NOT NULL,
    at BIGINT NOT NULL,
    actor_id BIGINT NOT NULL,
    action TEXT NOT NULL,
    entry_id TEXT NOT NULL,
    file TEXT NOT NULL
);
CREATE INDEX kb_changes_by_guild ON kb_changes (guild_id, at);
