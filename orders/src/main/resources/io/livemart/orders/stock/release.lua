-- Gives back the units of a reservation whose order was never committed. Idempotent by order id.
-- KEYS[1] units left, KEYS[2] hash buyer -> units held, KEYS[3] hash order id -> "buyer|units|millis"
-- ARGV[1] order id. Returns 1 released, 0 nothing held under that id, -1 no counter (closed or lost).
if redis.call('EXISTS', KEYS[1]) == 0 then
  return -1
end
local hold = redis.call('HGET', KEYS[3], ARGV[1])
if not hold then
  return 0
end
local buyer, units = string.match(hold, '^(.*)|(%d+)|%d+$')
redis.call('HDEL', KEYS[3], ARGV[1])
redis.call('HINCRBY', KEYS[2], buyer, -tonumber(units))
redis.call('INCRBY', KEYS[1], tonumber(units))
return 1
