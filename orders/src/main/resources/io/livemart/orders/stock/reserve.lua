-- Reserves units of a live show's product for one buyer, atomically.
-- KEYS[1] units left (absent: the product is not on sale), KEYS[2] hash buyer -> units bought
-- ARGV[1] buyer id, ARGV[2] units wanted, ARGV[3] per-buyer limit
-- Returns the units left after the reservation, or -1 not on sale, -2 over the buyer's limit, -3 not enough left.
local left = redis.call('GET', KEYS[1])
if not left then
  return -1
end
left = tonumber(left)
local wanted = tonumber(ARGV[2])
local had = tonumber(redis.call('HGET', KEYS[2], ARGV[1]) or '0')
if had + wanted > tonumber(ARGV[3]) then
  return -2
end
if left < wanted then
  return -3
end
redis.call('DECRBY', KEYS[1], wanted)
redis.call('HINCRBY', KEYS[2], ARGV[1], wanted)
return left - wanted
