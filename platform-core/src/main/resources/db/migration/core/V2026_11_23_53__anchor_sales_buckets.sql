-- platform-core: during a flash sale every order of one anchor used to update the same daily-sales row, so
-- the orders' transactions queued behind each other. Each order now adds to one of 16 buckets of the day,
-- chosen at random; the GMV of a window sums the buckets.
ALTER TABLE core.anchor_daily_sales ADD COLUMN bucket smallint NOT NULL DEFAULT 0 CHECK (bucket BETWEEN 0 AND 15);
ALTER TABLE core.anchor_daily_sales DROP CONSTRAINT anchor_daily_sales_pkey;
ALTER TABLE core.anchor_daily_sales ADD PRIMARY KEY (anchor_id, day, currency, bucket);
