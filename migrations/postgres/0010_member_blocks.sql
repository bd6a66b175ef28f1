-- Members a server's moderators stopped from opening tickets: who, by whom, why, from when
-- until when (null: until lifted), and when and by whom it was lifted. Rows are kept after
-- they end: the table is also the blocks' audit.
CREATE TABLE member_blocks (
    id BIGSERIAL PRIMARY KEY,
    guild_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    blocked_by BIGINT NOT NULL,
    reason TEXT NOT NULL,
    blocked_at BIGINT NOT NULL,
    until_at BIGINT,
    lifted_at BIGINT,
    lifted_by BIGINT
);
CREATE INDEX member_blocks_by_member ON member_blocks (guild_id, user_id);
