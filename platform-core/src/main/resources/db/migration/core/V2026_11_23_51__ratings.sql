-- platform-core: buyers' ratings rolled up (from FeedbackGiven): product rating, merchant score, and what the
-- anchor's audiences said of "was it as shown?", per day for the seller tiers' trailing window.
ALTER TABLE core.product
    ADD COLUMN rating_count bigint NOT NULL DEFAULT 0 CHECK (rating_count >= 0),
    ADD COLUMN rating_sum   bigint NOT NULL DEFAULT 0 CHECK (rating_sum >= 0);

ALTER TABLE core.store
    ADD COLUMN score_count bigint NOT NULL DEFAULT 0 CHECK (score_count >= 0),
    ADD COLUMN score_sum   bigint NOT NULL DEFAULT 0 CHECK (score_sum >= 0);

CREATE TABLE core.anchor_daily_feedback (
    anchor_id varchar(64) NOT NULL,
    day       date        NOT NULL,
    answers   integer     NOT NULL CHECK (answers >= 0),
    as_shown  integer     NOT NULL CHECK (as_shown >= 0),
    PRIMARY KEY (anchor_id, day)
);
