-- Closes a live sale: answers the units left and removes the counters, in one step so no buy slips in between.
-- KEYS[1] units left, KEYS[2] hash buyer -> units bought. Returns the units left (0 when nothing was on sale).
local left = tonumber(redis.call('GET', KEYS[1]) or '0')
redis.call('DEL', KEYS[1], KEYS[2])
return left
