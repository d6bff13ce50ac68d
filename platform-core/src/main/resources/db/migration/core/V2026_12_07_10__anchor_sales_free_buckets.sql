-- platform-core: an order adds its sale to a bucket of the day that no other transaction holds (FOR UPDATE SKIP
-- LOCKED), and only when all are held to a new one; up to 64 buckets, so that the 20 pooled connections of an
-- instance never wait for each other's commit on this table (ADR 0024).
ALTER TABLE core.anchor_daily_sales DROP CONSTRAINT anchor_daily_sales_bucket_check;
ALTER TABLE core.anchor_daily_sales ADD CONSTRAINT anchor_daily_sales_bucket_check CHECK (bucket BETWEEN 0 AND 63);
