-- Reconciles a lot's counters with the record, atomically with respect to buys.
-- KEYS[1] units left, KEYS[2] hash buyer -> units held, KEYS[3] holds (order id -> "buyer|units|millis"),
-- KEYS[4] set of order ids given back.
-- ARGV[1] units allocated to the lot, ARGV[2] now in millis, ARGV[3] age after which an uncommitted hold is
-- orphaned, ARGV[4] "1" to rebuild counters that are missing (Redis lost them), then for every order of the lot
-- in the record: order id, buyer id, units, "1" when the order still holds its units else "0".
-- units left := allocated - units of live orders - units of young holds whose order is not (yet) in the record.
-- Returns {units left before (-1 none), units left after, orphaned units dropped, units oversold}, or {-1,-1,0,0}
-- when the counter is missing and no rebuild was asked for.
if redis.call('EXISTS', KEYS[1]) == 0 and ARGV[4] ~= '1' then
  return {-1, -1, 0, 0}
end
local before = tonumber(redis.call('GET', KEYS[1]) or '-1')
local now = tonumber(ARGV[2])
local grace = tonumber(ARGV[3])
local bought = {}
local live = 0
for i = 5, #ARGV, 4 do
  local id, buyer, units = ARGV[i], ARGV[i + 1], tonumber(ARGV[i + 2])
  redis.call('HDEL', KEYS[3], id)
  if ARGV[i + 3] == '1' then
    live = live + units
    bought[buyer] = (bought[buyer] or 0) + units
  else
    redis.call('SADD', KEYS[4], id)
  end
end
local held = 0
local orphaned = 0
local holds = redis.call('HGETALL', KEYS[3])
for i = 1, #holds, 2 do
  local buyer, units, at = string.match(holds[i + 1], '^(.*)|(%d+)|(%d+)$')
  units = tonumber(units)
  if now - tonumber(at) > grace then
    redis.call('HDEL', KEYS[3], holds[i])
    orphaned = orphaned + units
  else
    held = held + units
    bought[buyer] = (bought[buyer] or 0) + units
  end
end
local left = tonumber(ARGV[1]) - live - held
local oversold = 0
if left < 0 then
  oversold = -left
  left = 0
end
redis.call('SET', KEYS[1], left)
redis.call('DEL', KEYS[2])
for buyer, units in pairs(bought) do
  redis.call('HSET', KEYS[2], buyer, units)
end
return {before, left, orphaned, oversold}
