-- Opens a flash sale's counter with ARGV[2] units, ARGV[1] of which are carved out of the line-up lot's counter.
-- KEYS[1] line-up units left, KEYS[2] flash sale units left.
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
redis.call('SET', KEYS[2], ARGV[2])
return {1, left}
