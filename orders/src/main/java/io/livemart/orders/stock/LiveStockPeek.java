package io.livemart.orders.stock;

import io.livemart.core.io.LuaScript;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The flash sale's hot path at its asynchronous edge: whether a buy would be refused, asked of Redis without blocking
 * (peek.lua, read-only), so that a refusal is answered on the event loop, with no worker thread, transaction or
 * PostgreSQL work. A failure to ask is "go on": the buy then runs its full path, which answers precisely.
 */
@ApplicationScoped
public class LiveStockPeek {

    private static final Logger LOG = Logger.getLogger(LiveStockPeek.class);
    private static final LuaScript PEEK = LuaScript.near(LiveStockPeek.class, "peek.lua");

    /** What a peek answered: 0 go on to the buy, 1 would reserve, -2 over the buyer's limit, -3 not enough left. */
    public record Peek(int code, long left, int limit) {
        static final Peek GO_ON = new Peek(0, 0, 0);
    }

    @Inject
    ReactiveRedisDataSource redis;

    @Inject
    LiveStock liveStock;

    /** See peek.lua: "go on" whenever the counter cannot tell (no sale hash, another show or SKU, time over, a retry). */
    public Uni<Peek> peek(UUID lotId, UUID showId, UUID skuId, String buyerId, int units, String idempotencyKey) {
        String[] command = PEEK.command(liveStock.keys(lotId, "left", "bought", "sale", "keys"), buyerId, Integer.toString(units),
                showId.toString(), skuId.toString(), Long.toString(System.currentTimeMillis()), buyerId + "|" + idempotencyKey);
        return redis.execute("EVALSHA", command)
                .onFailure(LuaScript::unknown).recoverWithUni(() -> redis.execute("EVAL", PEEK.withBody(command)))
                .map(LiveStockPeek::peek)
                .onFailure().recoverWithItem(e -> {
                    LOG.debugf("Peek of lot %s failed, the buy goes on: %s", lotId, e.getMessage());
                    return Peek.GO_ON;
                });
    }

    private static Peek peek(Response r) {
        return new Peek(r.get(0).toInteger(), r.get(1).toLong(), r.get(2).toInteger());
    }
}
