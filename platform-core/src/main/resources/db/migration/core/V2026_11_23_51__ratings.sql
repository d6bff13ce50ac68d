-- platform-core: buyers' ratings rolled up (from FeedbackGiven): product rating, merchant score, and what the
-- anchor's audiences said of "was it as shown?", per day for the seller tiers' trailing window.
ALTER TABLE core.product
    ADD COLUMN rating_count bigint NOT NULL DEFAULT 0 CHECK (rating_count >= 0),
    ADD COLUMN rating_sum   bigint NOT NULL DEFAULT 0 CHECK (rating_sum >= 0);

ALTER TABLE core.store
    ADD COLUMN score_count bigint NOT NULL DEFAULT 0 CHECK (score_count >= 0),
    ADD COLUMN score_sum   bigint NOT NULL DEFAULT 0 CHECK (score_sum >= 0);

-- Edits arrive as deltas (an answer turning from yes to no is 0 answers, -1 as shown), so the counts are not
-- checked for sign here: PostgreSQL checks the proposed row of an upsert before merging it.
CREATE TABLE core.anchor_daily_feedback (
    anchor_id varchar(64) NOT NULL,
    day       date        NOT NULL,
    answers   integer     NOT NULL,
    as_shown  integer     NOT NULL,
    PRIMARY KEY (anchor_id, day)
);
