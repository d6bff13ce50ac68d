package io.livemart.orders.stock;

import io.livemart.core.io.LuaScript;
import io.livemart.core.error.ServiceUnavailableException;
import io.livemart.orders.OrdersConfig;
import io.livemart.orders.stock.persistence.SaleLotRepository;
import io.quarkus.redis.datasource.RedisDataSource;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The live counters of the sale lots, held in Redis and changed only by atomic Lua scripts: a unit is reserved by
 * exactly one buyer or stays available, whatever the concurrency. This class only speaks to Redis; what the counters
 * must hold is decided by {@link SaleLots} from the record in PostgreSQL.
 */
@ApplicationScoped
public class LiveStock {

    private static final LuaScript RESERVE = LuaScript.near(LiveStock.class, "reserve.lua");
    private static final LuaScript RELEASE = LuaScript.near(LiveStock.class, "release.lua");
    private static final LuaScript GIVE_BACK = LuaScript.near(LiveStock.class, "giveback.lua");
    private static final LuaScript DRAIN = LuaScript.near(LiveStock.class, "drain.lua");
    private static final LuaScript CARVE = LuaScript.near(LiveStock.class, "carve.lua");
    private static final LuaScript REPAIR = LuaScript.near(LiveStock.class, "repair.lua");

    /** What a reservation attempt answered: 1 reserved, -1 no counter, -2 over the buyer's limit, -3 not enough. */
    public record Reservation(int code, long left) {
    }

    /** What a repair did: units left before (-1 none) and after, orphaned units dropped, units oversold. */
    public record Repair(long before, long after, long orphaned, long oversold) {
        public boolean missing() {
            return after < 0;
        }
    }

    /** One order of a lot as the record knows it, for a repair. */
    public record RecordedOrder(UUID orderId, String buyerId, int units, boolean live) {
    }

    @Inject
    RedisDataSource redis;

    @Inject
    OrdersConfig config;

    @Inject
    SaleLotRepository lots;

    /** Opens a lot's counter with its units (replacing any previous counter). */
    public void open(UUID lotId, int units) {
        call(() -> redis.execute("SET", key(lotId, "left"), Integer.toString(units)));
    }

    public Reservation reserve(UUID lotId, UUID orderId, String buyerId, int units, int perBuyerLimit, String idempotencyKey) {
        Response r = eval(RESERVE, keys(lotId, "left", "bought", "holds", "keys"), orderId.toString(), buyerId,
                Integer.toString(units), Integer.toString(perBuyerLimit), Long.toString(System.currentTimeMillis()),
                buyerId + "|" + idempotencyKey);
        return new Reservation(r.get(0).toInteger(), r.get(1).toLong());
    }

    /** Gives back a reservation whose order never committed: 1 released, 0 nothing held, -1 no counter. */
    public long release(UUID lotId, UUID orderId) {
        return eval(RELEASE, keys(lotId, "left", "bought", "holds"), orderId.toString()).toLong();
    }

    /** Gives a cancelled order's units back to its open lot: units left after, 0 already done, -1 no counter. */
    public long giveBack(UUID lotId, UUID orderId, String buyerId, int units) {
        return eval(GIVE_BACK, keys(lotId, "left", "bought", "returned"), orderId.toString(), buyerId,
                Integer.toString(units)).toLong();
    }

    /** Closes a lot's counter and answers the units left, or -1 when there was no counter. */
    public long drain(UUID lotId) {
        return eval(DRAIN, keys(lotId, "left", "bought", "holds", "returned", "sale", "keys")).toLong();
    }

    /**
     * Opens a flash sale's counter with {@code total} units, {@code fromLineup} of them taken from the line-up's, and
     * the sale's hash that lets {@link LiveStockPeek} answer refusals (show, SKU, per-buyer limit, end).
     */
    public Reservation carve(UUID lineupLotId, SaleLot flash, int fromLineup) {
        Response r = eval(CARVE, List.of(key(lineupLotId, "left"), key(flash.id, "left"), key(flash.id, "sale")),
                Integer.toString(fromLineup), Integer.toString(flash.allocated), flash.showId.toString(), flash.skuId.toString(),
                Integer.toString(flash.perBuyerLimit), Long.toString(flash.endsAt.toEpochMilli()));
        return new Reservation(r.get(0).toInteger(), r.get(1).toLong());
    }

    /** Takes units out of a line-up lot's counter for a flash sale counted elsewhere (see carve.lua). */
    public Reservation take(UUID lineupLotId, int units) {
        Response r = eval(CARVE, List.of(key(lineupLotId, "left")), Integer.toString(units), "0");
        return new Reservation(r.get(0).toInteger(), r.get(1).toLong());
    }

    /** Undoes a carve or a take whose transaction did not commit ({@code flashLotId} null after a take). */
    public void uncarve(UUID lineupLotId, UUID flashLotId, int fromLineup) {
        call(() -> {
            if (fromLineup > 0) {
                redis.execute("INCRBY", key(lineupLotId, "left"), Integer.toString(fromLineup));
            }
            return flashLotId == null ? null : redis.execute("DEL", key(flashLotId, "left"), key(flashLotId, "sale"));
        });
    }

    /** Sets the counters from the record (see repair.lua); {@code rebuild} recreates counters Redis lost. */
    public Repair repair(UUID lotId, int allocated, long orphanAfterMillis, boolean rebuild, List<RecordedOrder> orders) {
        List<String> args = new ArrayList<>();
        args.add(Integer.toString(allocated));
        args.add(Long.toString(System.currentTimeMillis()));
        args.add(Long.toString(orphanAfterMillis));
        args.add(rebuild ? "1" : "0");
        for (RecordedOrder o : orders) {
            args.add(o.orderId().toString());
            args.add(o.buyerId());
            args.add(Integer.toString(o.units()));
            args.add(o.live() ? "1" : "0");
        }
        Response r = eval(REPAIR, keys(lotId, "left", "bought", "holds", "returned"), args.toArray(String[]::new));
        return new Repair(r.get(0).toLong(), r.get(1).toLong(), r.get(2).toLong(), r.get(3).toLong());
    }

    /**
     * Notes (once) when the counters of an open lot were found missing, and answers since when, in epoch millis.
     * The note lives in Redis too: if Redis is lost again, the quarantine starts again, which is the safe side.
     */
    public long lostSince(UUID lotId) {
        String key = key(lotId, "lost");
        return call(() -> {
            redis.execute("SET", key, Long.toString(System.currentTimeMillis()), "NX");
            return redis.execute("GET", key).toLong();
        });
    }

    public void clearLost(UUID lotId) {
        call(() -> redis.execute("DEL", key(lotId, "lost")));
    }

    /** Units left in a lot's counter, or -1 when it has none. */
    public long left(UUID lotId) {
        Response value = call(() -> redis.execute("GET", key(lotId, "left")));
        return value == null ? -1 : value.toLong();
    }

    /** Units left of a show's line-up SKU, or -1 when it is not on sale. */
    public long left(UUID showId, UUID skuId) {
        return lots.lineup(showId, skuId).map(lot -> left(lot.id)).orElse(-1L);
    }

    /** Runs a script by its digest (EVALSHA), loading it with EVAL when Redis does not know it (yet, or any more). */
    private Response eval(LuaScript script, List<String> keys, String... args) {
        return call(() -> script.run(redis::execute, keys, args));
    }

    List<String> keys(UUID lotId, String... parts) {
        List<String> keys = new ArrayList<>();
        for (String part : parts) {
            keys.add(key(lotId, part));
        }
        return keys;
    }

    /** All keys of a lot share one hash tag, so a Redis Cluster keeps them on one node for the scripts. */
    private String key(UUID lotId, String part) {
        return config.redisPrefix() + ":lot:{" + lotId + "}:" + part;
    }

    private static <T> T call(Supplier<T> command) {
        try {
            return command.get();
        } catch (RuntimeException e) {
            throw new ServiceUnavailableException("Live stock (Redis) cannot be reached; nothing was reserved. Try again shortly.", e);
        }
    }
}
