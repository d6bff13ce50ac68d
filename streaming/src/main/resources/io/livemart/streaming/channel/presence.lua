-- Presence of a room's viewers, shared by every app instance.
-- KEYS: 1 conns (zset "instance|viewer" -> expiry ms), 2 refs (hash viewer -> live entries), 3 uniques (set),
--       4 viewer-ms (integral of concurrent viewers over time), 5 last sample time (ms),
--       6 seq (one more at every call: orders the answers, which instances may apply out of order)
-- ARGV: 1 mode (join|leave|sweep), 2 now ms, 3 expiry ms, 4 state ttl ms, 5.. members "instance|viewer"
-- Answers {concurrent, unique, removed, seq}.
local now = tonumber(ARGV[2])
local last = tonumber(redis.call('GET', KEYS[5]) or ARGV[2])
if now > last then
  redis.call('INCRBY', KEYS[4], redis.call('HLEN', KEYS[2]) * (now - last))
  redis.call('SET', KEYS[5], now)
elseif not redis.call('GET', KEYS[5]) then
  redis.call('SET', KEYS[5], now)
end
local function viewer(m) return string.match(m, '|(.*)$') end
local function drop(m)
  if redis.call('ZREM', KEYS[1], m) == 1 then
    local v = viewer(m)
    if redis.call('HINCRBY', KEYS[2], v, -1) <= 0 then redis.call('HDEL', KEYS[2], v) end
    return 1
  end
  return 0
end
local removed = 0
for _, m in ipairs(redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now)) do removed = removed + drop(m) end
local mode = ARGV[1]
for i = 5, #ARGV do
  local m = ARGV[i]
  if mode == 'join' then
    if redis.call('ZADD', KEYS[1], ARGV[3], m) == 1 then
      local v = viewer(m)
      redis.call('HINCRBY', KEYS[2], v, 1)
      redis.call('SADD', KEYS[3], v)
    end
  elseif mode == 'leave' then
    removed = removed + drop(m)
  end
end
local seq = redis.call('INCR', KEYS[6])
for i = 1, 6 do redis.call('PEXPIRE', KEYS[i], ARGV[4]) end
return {redis.call('HLEN', KEYS[2]), redis.call('SCARD', KEYS[3]), removed, seq}
