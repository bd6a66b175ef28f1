-- Tags: each server's list of labels (/tag add|remove|list, moderators), put on tickets by
-- agents (/ticket tag add|remove); the queue filters and the KPIs break down by them.
CREATE TABLE tags (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    guild_id BIGINT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    created_by BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (guild_id, name)
);
CREATE TABLE ticket_tags (
    ticket_id BIGINT NOT NULL REFERENCES tickets (id),
    tag_id BIGINT NOT NULL REFERENCES tags (id),
    added_by BIGINT NOT NULL,
    added_at BIGINT NOT NULL,
    PRIMARY KEY (ticket_id, tag_id)
);
CREATE INDEX ticket_tags_by_tag ON ticket_tags (tag_id);
