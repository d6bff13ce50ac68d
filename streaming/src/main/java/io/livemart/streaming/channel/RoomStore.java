package io.livemart.streaming.channel;

import io.livemart.core.io.LuaScript;
import io.livemart.core.error.ServiceUnavailableException;
import io.quarkus.redis.datasource.RedisDataSource;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A room's shared state in Redis, the same for every app instance: comment numbers and history, counters, presence,
 * rate limits, moderation, the pinned product, the open sale, lottery and comment-floor contest. Blocking calls
 * (callers are on worker threads); the atomic steps are Lua scripts.
 */
@ApplicationScoped
public class RoomStore {

    private static final LuaScript PRESENCE = LuaScript.near(RoomStore.class, "presence.lua");
    private static final LuaScript COMMENT = LuaScript.near(RoomStore.class, "comment.lua");
    private static final LuaScript RATE = LuaScript.near(RoomStore.class, "rate.lua");
    private static final LuaScript RAISE = LuaScript.of("local c = tonumber(redis.call('GET', KEYS[1]) or '0') "
            + "if tonumber(ARGV[1]) > c then redis.call('SET', KEYS[1], ARGV[1]) end return 0");

    /**
     * Viewers now (distinct, across instances), distinct viewers since the show began, and the presence step that
     * measured them: two joins answered by Redis in one order may be applied by an instance in the other, and a later
     * step's counts must not be overwritten by an earlier one's.
     */
    public record Counts(long concurrent, long unique, long seq) {

        /** The same figures (whatever the step). */
        public boolean sameFigures(Counts other) {
            return other != null && concurrent == other.concurrent && unique == other.unique;
        }

        /** The newer of two measurements. */
        public static Counts newer(Counts a, Counts b) {
            return a == null || (b != null && b.seq > a.seq) ? b : a;
        }
    }

    /** A comment's number, and whether it won the comment-floor contest open when it arrived. */
    public record Numbered(long id, String contestId, long floorCount, boolean won) {
    }

    @Inject
    RedisDataSource redis;

    @Inject
    ChannelConfig config;

    // ------------------------------------------------------------------ keys

    String key(UUID showId, String part) {
        return config.redisPrefix() + ":room:{" + showId + "}:" + part;
    }

    /** The pub/sub channel of a room's events. */
    public String channel(UUID showId) {
        return config.redisPrefix() + ":room-events:" + showId;
    }

    /** The pattern every instance subscribes to. */
    public String channelPattern() {
        return config.redisPrefix() + ":room-events:*";
    }

    private String ttlMillis() {
        return Long.toString(config.stateTtl().toMillis());
    }

    // ------------------------------------------------------------------ events

    public void publish(UUID showId, JsonObject event) {
        call(() -> redis.execute("PUBLISH", channel(showId), event.encode()));
    }

    // ------------------------------------------------------------------ comments

    public Numbered comment(UUID showId, JsonObject comment, boolean countsForFloor) {
        Response r = eval(COMMENT, List.of(key(showId, "seq"), key(showId, "history"), key(showId, "floor")),
                comment.encode(), Integer.toString(config.history()), countsForFloor ? "1" : "0", ttlMillis(), channel(showId));
        return new Numbered(r.get(0).toLong(), r.get(1).toString(), r.get(2).toLong(), r.get(3).toLong() == 1);
    }

    /** The last comments, oldest first. */
    public List<JsonObject> history(UUID showId) {
        Response r = call(() -> redis.execute("ZRANGE", key(showId, "history"), "0", "-1"));
        List<JsonObject> out = new ArrayList<>();
        if (r != null) {
            for (Response item : r) {
                out.add(new JsonObject(item.toString()));
            }
        }
        return out;
    }

    /** Removes a comment from the history; answers whether it was there. */
    public boolean deleteComment(UUID showId, long id) {
        String n = Long.toString(id);
        Response r = call(() -> redis.execute("ZREMRANGEBYSCORE", key(showId, "history"), n, n));
        return r != null && r.toLong() > 0;
    }

    /** A comment still in the history, as viewers received it. */
    public Optional<JsonObject> historyComment(UUID showId, long id) {
        String n = Long.toString(id);
        Response r = call(() -> redis.execute("ZRANGEBYSCORE", key(showId, "history"), n, n));
        return r == null || r.size() == 0 ? Optional.empty() : Optional.of(new JsonObject(r.get(0).toString()));
    }

    public long comments(UUID showId) {
        return longValue(key(showId, "seq"));
    }

    // ------------------------------------------------------------------ counters

    public long addLikes(UUID showId, int taps) {
        Response r = call(() -> redis.execute("INCRBY", key(showId, "likes"), Integer.toString(taps)));
        call(() -> redis.execute("PEXPIRE", key(showId, "likes"), ttlMillis()));
        return r.toLong();
    }

    public long likes(UUID showId) {
        return longValue(key(showId, "likes"));
    }

    public void addGifts(UUID showId, int quantity) {
        call(() -> redis.execute("INCRBY", key(showId, "gifts"), Integer.toString(quantity)));
        call(() -> redis.execute("PEXPIRE", key(showId, "gifts"), ttlMillis()));
    }

    public long gifts(UUID showId) {
        return longValue(key(showId, "gifts"));
    }

    public void addBuyer(UUID showId, String buyerId) {
        call(() -> redis.execute("SADD", key(showId, "buyers"), buyerId));
        call(() -> redis.execute("PEXPIRE", key(showId, "buyers"), ttlMillis()));
    }

    public long buyers(UUID showId) {
        Response r = call(() -> redis.execute("SCARD", key(showId, "buyers")));
        return r == null ? 0 : r.toLong();
    }

    // ------------------------------------------------------------------ presence

    /** Adds ({@code join}, also used to renew), removes ({@code leave}) or only sweeps ({@code sweep}) presence entries. */
    public Counts presence(UUID showId, String mode, List<String> members) {
        long now = System.currentTimeMillis();
        List<String> args = new ArrayList<>(List.of(mode, Long.toString(now),
                Long.toString(now + config.presenceTtl().toMillis()), ttlMillis()));
        args.addAll(members);
        Response r = eval(PRESENCE, List.of(key(showId, "conns"), key(showId, "refs"), key(showId, "uniques"),
                key(showId, "viewer-ms"), key(showId, "viewer-last"), key(showId, "presence-seq")), args.toArray(String[]::new));
        return new Counts(r.get(0).toLong(), r.get(1).toLong(), r.get(3).toLong());
    }

    public long viewerMillis(UUID showId) {
        return longValue(key(showId, "viewer-ms"));
    }

    // ------------------------------------------------------------------ rate limits and moderation

    /** Counts a hit of this kind for the user; answers whether it is within the limit. */
    public boolean withinLimit(UUID showId, String kind, String userId, int limit) {
        long window = config.rateWindow().toMillis();
        String k = key(showId, "rate:" + kind + ":" + userId + ":" + (System.currentTimeMillis() / window));
        return eval(RATE, List.of(k), Long.toString(window)).toLong() <= limit;
    }

    public void mute(UUID showId, String userId, long seconds, String until) {
        call(() -> redis.execute("SET", key(showId, "mute:" + userId), until, "EX", Long.toString(seconds)));
    }

    public void unmute(UUID showId, String userId) {
        call(() -> redis.execute("DEL", key(showId, "mute:" + userId)));
    }

    /** Until when the user is muted (an ISO instant), if muted. */
    public Optional<String> mutedUntil(UUID showId, String userId) {
        return Optional.ofNullable(string(key(showId, "mute:" + userId)));
    }

    public void ban(UUID showId, String userId) {
        call(() -> redis.execute("SADD", key(showId, "banned"), userId));
        call(() -> redis.execute("PEXPIRE", key(showId, "banned"), ttlMillis()));
    }

    public void unban(UUID showId, String userId) {
        call(() -> redis.execute("SREM", key(showId, "banned"), userId));
    }

    public boolean banned(UUID showId, String userId) {
        Response r = call(() -> redis.execute("SISMEMBER", key(showId, "banned"), userId));
        return r != null && r.toLong() == 1;
    }

    public void blockedWords(UUID showId, List<String> words) {
        String k = key(showId, "blocked-words");
        call(() -> redis.execute("DEL", k));
        if (!words.isEmpty()) {
            List<String> args = new ArrayList<>(List.of(k));
            args.addAll(words);
            call(() -> redis.execute("SADD", args.toArray(String[]::new)));
            call(() -> redis.execute("PEXPIRE", k, ttlMillis()));
        }
    }

    public List<String> blockedWords(UUID showId) {
        Response r = call(() -> redis.execute("SMEMBERS", key(showId, "blocked-words")));
        List<String> out = new ArrayList<>();
        if (r != null) {
            r.forEach(w -> out.add(w.toString()));
        }
        out.sort(null);
        return out;
    }

    /** The newest version of the platform-wide blocked words any instance announced; 0 when none is known. */
    public long platformWordsVersion() {
        return longValue(config.redisPrefix() + ":moderation:platform-words-version");
    }

    /**
     * Announces a version of the platform-wide blocked words to every instance. It never lowers the announced version,
     * unless {@code reset}: the record (PostgreSQL) holds an older one than Redis, which then was left from another database.
     */
    public void announcePlatformWordsVersion(long version, boolean reset) {
        String k = config.redisPrefix() + ":moderation:platform-words-version";
        if (reset) {
            call(() -> redis.execute("SET", k, Long.toString(version)));
        } else {
            eval(RAISE, List.of(k), Long.toString(version));
        }
    }

    // ------------------------------------------------------------------ pinned product, sale, lottery, floor

    /** Stores a JSON value under a part of the room (null deletes it). */
    public void put(UUID showId, String part, JsonObject value) {
        if (value == null) {
            call(() -> redis.execute("DEL", key(showId, part)));
        } else {
            call(() -> redis.execute("SET", key(showId, part), value.encode(), "PX", ttlMillis()));
        }
    }

    public Optional<JsonObject> get(UUID showId, String part) {
        return Optional.ofNullable(string(key(showId, part))).map(JsonObject::new);
    }

    /** Opens a comment-floor contest: counting starts at the next comment. */
    public void openFloor(UUID showId, String contestId, int nth, int every) {
        String k = key(showId, "floor");
        call(() -> redis.execute("DEL", k));
        call(() -> redis.execute("HSET", k, "id", contestId, "nth", Integer.toString(nth), "every", Integer.toString(every),
                "count", "0"));
        call(() -> redis.execute("PEXPIRE", k, ttlMillis()));
    }

    public void closeFloor(UUID showId) {
        call(() -> redis.execute("DEL", key(showId, "floor")));
    }

    /** The open contest: id, nth, every, count; empty when none. */
    public Optional<JsonObject> floor(UUID showId) {
        Response r = call(() -> redis.execute("HMGET", key(showId, "floor"), "id", "nth", "every", "count"));
        if (r == null || r.get(0) == null) {
            return Optional.empty();
        }
        return Optional.of(new JsonObject().put("contestId", r.get(0).toString()).put("nth", r.get(1).toLong())
                .put("every", r.get(2).toLong()).put("count", r.get(3).toLong()));
    }

    // ------------------------------------------------------------------ helpers

    private long longValue(String key) {
        String v = string(key);
        return v == null ? 0 : Long.parseLong(v);
    }

    private String string(String key) {
        Response r = call(() -> redis.execute("GET", key));
        return r == null ? null : r.toString();
    }

    /** Runs a script by its digest (EVALSHA), sending it with EVAL when Redis does not know it (yet, or any more). */
    private Response eval(LuaScript script, List<String> keys, String... args) {
        return call(() -> script.run(redis::execute, keys, args));
    }

    private static <T> T call(Supplier<T> command) {
        try {
            return command.get();
        } catch (RuntimeException e) {
            throw new ServiceUnavailableException("The room's live service (Redis) cannot be reached; try again shortly.", e);
        }
    }
}
