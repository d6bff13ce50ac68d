#!lua flags=no-writes
-- Read-only: whether a flash-sale buy would be refused, so that refusals cost no transaction and no PostgreSQL work.
-- KEYS[1] units left, KEYS[2] hash buyer -> units held, KEYS[3] hash of the sale (show, sku, limit, ends at millis),
-- KEYS[4] hash "buyer|idempotency key" -> order id of the reservations made
-- ARGV[1] buyer id, ARGV[2] units wanted, ARGV[3] show id, ARGV[4] SKU id, ARGV[5] now in millis, ARGV[6] "buyer|key"
-- Returns {code, units left, limit}: 0 go on (the full buy decides: unknown sale, no counter, another show or SKU, time
-- over, or a retry of a key that reserved), 1 would reserve, -2 over the buyer's limit, -3 not enough left.
local left = redis.call('GET', KEYS[1])
if not left then
  return {0, 0, 0}
end
local sale = redis.call('HMGET', KEYS[3], 'show', 'sku', 'limit', 'ends')
if not sale[1] or sale[1] ~= ARGV[3] or sale[2] ~= ARGV[4] then
  return {0, 0, 0}
end
if tonumber(sale[4]) <= tonumber(ARGV[5]) or redis.call('HEXISTS', KEYS[4], ARGV[6]) == 1 then
  return {0, 0, 0}
end
left = tonumber(left)
local limit = tonumber(sale[3])
local wanted = tonumber(ARGV[2])
if tonumber(redis.call('HGET', KEYS[2], ARGV[1]) or '0') + wanted > limit then
  return {-2, left, limit}
end
if left < wanted then
  return {-3, left, limit}
end
return {1, left, limit}
