-- The dashboard's ticket list (src/store/ticket_list.rs): one server's tickets newest opened
-- first, a page at a time, with a count. These keep a page and its count to reading one
-- index range at 100 000 tickets, instead of sorting the whole server's tickets per page.

-- Every list: the server's tickets in page order (the tie-break on id included), also the
-- count of a server's (or a period's) tickets.
CREATE INDEX tickets_list_by_guild ON tickets (guild_id, opened_at DESC, id DESC);
-- One agent's tickets (the holder filter), already in page order.
CREATE INDEX tickets_list_by_holder ON tickets (guild_id, claimed_by, opened_at DESC, id DESC);
