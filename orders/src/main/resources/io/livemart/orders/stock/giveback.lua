-- Returns the units of a committed order that was cancelled or expired to its open lot. Idempotent by order id.
-- KEYS[1] units left, KEYS[2] hash buyer -> units held, KEYS[3] set of order ids already given back
-- ARGV[1] order id, ARGV[2] buyer id, ARGV[3] units. Returns units left after, 0 already given back, -1 no counter.
if redis.call('EXISTS', KEYS[1]) == 0 then
  return -1
end
if redis.call('SADD', KEYS[3], ARGV[1]) == 0 then
  return 0
end
redis.call('HINCRBY', KEYS[2], ARGV[2], -tonumber(ARGV[3]))
return redis.call('INCRBY', KEYS[1], tonumber(ARGV[3]))
