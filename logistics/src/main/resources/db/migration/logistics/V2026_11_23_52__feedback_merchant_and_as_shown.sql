-- logistics: feedback also rates the merchant and says whether the item was as shown; it can be edited.
ALTER TABLE logistics.feedback
    ADD COLUMN show_id         uuid,
    ADD COLUMN merchant_rating integer CHECK (merchant_rating BETWEEN 1 AND 5),
    ADD COLUMN as_shown        boolean,
    ADD COLUMN updated_at      timestamptz;

UPDATE logistics.feedback SET merchant_rating = rating, as_shown = true, updated_at = created_at,
    show_id = '00000000-0000-0000-0000-000000000000' WHERE merchant_rating IS NULL;

ALTER TABLE logistics.feedback
    ALTER COLUMN show_id SET NOT NULL,
    ALTER COLUMN merchant_rating SET NOT NULL,
    ALTER COLUMN as_shown SET NOT NULL,
    ALTER COLUMN updated_at SET NOT NULL;

CREATE INDEX feedback_product_idx ON logistics.feedback (product_id, created_at);
