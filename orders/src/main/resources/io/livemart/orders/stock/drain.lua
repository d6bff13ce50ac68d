-- Closes a lot: answers the units left and removes its keys in one step, so no buy slips in between.
-- KEYS[1] units left, KEYS[2] buyers, KEYS[3] holds, KEYS[4] given back, KEYS[5] the sale's hash (peek.lua),
-- KEYS[6] reserving keys. Returns units left, or -1 no counter.
local left = redis.call('GET', KEYS[1])
redis.call('DEL', KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[6])
if not left then
  return -1
end
return tonumber(left)
