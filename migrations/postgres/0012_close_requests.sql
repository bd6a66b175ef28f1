-- An agent's request to close a ticket (/ticket close-request): the member answers with
-- [Close] or [Keep open]; with no answer by due_at the clock closes the ticket. One per ticket;
-- the row goes once the request is answered, times out or the ticket closes.
CREATE TABLE close_requests (
    ticket_id BIGINT PRIMARY KEY REFERENCES tickets (id),
    requested_by BIGINT NOT NULL,
    requested_at BIGINT NOT NULL,
    due_at BIGINT NOT NULL,
    reason TEXT
);
CREATE INDEX close_requests_by_due ON close_requests (due_at);
