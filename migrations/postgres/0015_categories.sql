-- Categories (departments) of each server: a ticket of one pings its team (allowed to work it at
-- tier 1), takes its first-response target and starting priority, and asks its form when it
-- opens. A removed category keeps its row (removed_at) so its tickets and KPIs keep its name.
CREATE TABLE categories (
    id BIGSERIAL PRIMARY KEY,
    guild_id BIGINT NOT NULL,
    name TEXT NOT NULL,
    emoji TEXT,
    description TEXT NOT NULL,
    team_role BIGINT,
    first_response_minutes BIGINT,
    priority TEXT NOT NULL,
    inactivity BOOLEAN NOT NULL,
    -- The form's questions, as JSON.
    form TEXT NOT NULL,
    created_by BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    removed_at BIGINT
);
CREATE UNIQUE INDEX categories_by_name ON categories (guild_id, lower(name)) WHERE removed_at IS NULL;
ALTER TABLE tickets ADD COLUMN category_id BIGINT REFERENCES categories (id);
CREATE INDEX tickets_by_category ON tickets (category_id);
-- A ticket's answers to its category's form, in the form's order.
CREATE TABLE ticket_answers (
    ticket_id BIGINT NOT NULL REFERENCES tickets (id),
    position BIGINT NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    PRIMARY KEY (ticket_id, position)
);
