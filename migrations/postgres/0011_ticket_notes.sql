-- Staff notes on a ticket: written by agents with /ticket note, shown only to agents (their
-- own ephemeral replies, /ticket notes and /ticket history) and in the staff transcript in
-- the log channel; never in the ticket's thread.
CREATE TABLE ticket_notes (
    id BIGSERIAL PRIMARY KEY,
    ticket_id BIGINT NOT NULL REFERENCES tickets (id),
    author_id BIGINT NOT NULL,
    at BIGINT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX ticket_notes_by_ticket ON ticket_notes (ticket_id, id);
