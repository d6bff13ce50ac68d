-- Gives a comment its number in the room (the server's order), keeps it in the history, judges the
-- comment-floor contest, and publishes it: one atomic step, so the channel carries comments in number order.
-- KEYS: 1 seq, 2 history (zset number -> comment json), 3 floor (hash)
-- ARGV: 1 comment json (without id), 2 history size, 3 counts for the floor (1/0), 4 state ttl ms, 5 pub/sub channel
-- Answers {number, floor contest id or '', floor count, won 1/0}.
local n = redis.call('INCR', KEYS[1])
local c = cjson.decode(ARGV[1])
c['id'] = n
local contest, count, won = '', 0, 0
if ARGV[3] == '1' and redis.call('EXISTS', KEYS[3]) == 1 then
  contest = redis.call('HGET', KEYS[3], 'id')
  count = redis.call('HINCRBY', KEYS[3], 'count', 1)
  local every = tonumber(redis.call('HGET', KEYS[3], 'every') or '0')
  local nth = tonumber(redis.call('HGET', KEYS[3], 'nth') or '0')
  if (nth > 0 and count == nth) or (every > 0 and count % every == 0) then
    won = 1
    c['floor'] = {contestId = contest, number = count}
    if nth > 0 then redis.call('DEL', KEYS[3]) end
  end
end
local json = cjson.encode(c)
redis.call('ZADD', KEYS[2], n, json)
redis.call('ZREMRANGEBYRANK', KEYS[2], 0, -(tonumber(ARGV[2]) + 1))
redis.call('PEXPIRE', KEYS[1], ARGV[4])
redis.call('PEXPIRE', KEYS[2], ARGV[4])
redis.call('PUBLISH', ARGV[5], json)
return {n, contest, count, won}
