-- Reserves units of a sale lot for one buyer's order, atomically.
-- KEYS[1] units left (absent: the lot is closed, or Redis lost it), KEYS[2] hash buyer -> units held,
-- KEYS[3] hash order id -> "buyer|units|reserved-at-millis" (reservations not yet known to be committed),
-- KEYS[4] hash "buyer|idempotency key" -> order id (so that peek.lua lets a retry of a reserving key through)
-- ARGV[1] order id, ARGV[2] buyer id, ARGV[3] units wanted, ARGV[4] per-buyer limit, ARGV[5] now in millis,
-- ARGV[6] "buyer|idempotency key"
-- Returns {code, units left}: code 1 reserved, -1 no counter, -2 over the buyer's limit, -3 not enough left.
local left = redis.call('GET', KEYS[1])
if not left then
  return {-1, 0}
end
left = tonumber(left)
local wanted = tonumber(ARGV[3])
local had = tonumber(redis.call('HGET', KEYS[2], ARGV[2]) or '0')
if had + wanted > tonumber(ARGV[4]) then
  return {-2, left}
end
if left < wanted then
  return {-3, left}
end
redis.call('DECRBY', KEYS[1], wanted)
redis.call('HINCRBY', KEYS[2], ARGV[2], wanted)
redis.call('HSET', KEYS[3], ARGV[1], ARGV[2] .. '|' .. ARGV[3] .. '|' .. ARGV[5])
redis.call('HSET', KEYS[4], ARGV[6], ARGV[1])
return {1, left - wanted}
