-- Opens a flash sale's counter with ARGV[2] units, ARGV[1] of which are carved out of the line-up lot's counter.
-- KEYS[1] line-up units left; KEYS[2] flash sale units left and KEYS[3] the sale's hash for peek.lua (show, sku,
-- per-buyer limit, ends at millis: ARGV[3..6]). With KEYS[1] alone, only takes ARGV[1] units from the line-up (a
-- flash sale counted elsewhere, by the SQL strategy).
-- Returns {1, line-up left} opened, {-1, 0} no line-up counter (lost), {-3, line-up left} not enough there.
local take = tonumber(ARGV[1])
local left = 0
if take > 0 then
  local current = redis.call('GET', KEYS[1])
  if not current then
    return {-1, 0}
  end
  left = tonumber(current)
  if left < take then
    return {-3, left}
  end
  left = redis.call('DECRBY', KEYS[1], take)
end
if #KEYS >= 3 then
  redis.call('SET', KEYS[2], ARGV[2])
  redis.call('DEL', KEYS[3])
  redis.call('HSET', KEYS[3], 'show', ARGV[3], 'sku', ARGV[4], 'limit', ARGV[5], 'ends', ARGV[6])
end
return {1, left}
