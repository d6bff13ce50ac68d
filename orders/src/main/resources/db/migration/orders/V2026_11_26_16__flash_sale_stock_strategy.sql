-- Which stock strategy counts a lot's units (orders.flash-sale.stock-strategy, ADR 0016): REDIS, the live counter of
-- ADR 0002/0010, or SQL, the conditional-decrement baseline of ./livemart bench flash-sale, whose counter is
-- units_left (null for lots counted in Redis). Recorded per lot, so any instance handles any lot the same way.
ALTER TABLE orders.sale_lot
    ADD COLUMN stock_strategy varchar(8) NOT NULL DEFAULT 'REDIS' CHECK (stock_strategy IN ('REDIS', 'SQL')),
    ADD COLUMN units_left     integer CHECK (units_left >= 0);

-- The per-buyer limit's count (units of a lot held by one buyer) and the lot's orders: one index serves both.
CREATE INDEX order_lot_buyer_idx ON orders.customer_order (lot_id, buyer_id);
DROP INDEX orders.order_lot_idx;
