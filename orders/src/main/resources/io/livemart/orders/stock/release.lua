-- Gives reserved units back (the order could not be stored, or was cancelled).
-- KEYS[1] units left, KEYS[2] hash buyer -> units bought; ARGV[1] buyer id, ARGV[2] units.
-- Returns the units left after the release, or -1 when the sale is already over (nothing to give back to).
if redis.call('EXISTS', KEYS[1]) == 0 then
  return -1
end
redis.call('HINCRBY', KEYS[2], ARGV[1], -tonumber(ARGV[2]))
return redis.call('INCRBY', KEYS[1], tonumber(ARGV[2]))
