package io.livemart.orders.stock;

import io.livemart.core.error.ConflictException;
import io.livemart.core.error.ServiceUnavailableException;
import io.livemart.orders.OrdersConfig;
import io.quarkus.redis.datasource.RedisDataSource;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The stock of a live show's SKUs while it sells, held in Redis and changed only by atomic Lua
 * scripts: a unit is reserved by exactly one buyer or stays available, whatever the concurrency.
 */
@ApplicationScoped
public class LiveStock {

    private static final String RESERVE = script("reserve.lua");
    private static final String RELEASE = script("release.lua");
    private static final String DRAIN = script("drain.lua");

    @Inject
    RedisDataSource redis;

    @Inject
    OrdersConfig config;

    /** Puts a SKU's units on sale for a show (replacing any previous counter). */
    public void open(UUID showId, UUID skuId, int units) {
        call(() -> redis.execute("SET", leftKey(showId, skuId), Integer.toString(units)));
    }

    /** Reserves units for a buyer; answers the units left or refuses with a precise reason. */
    public long reserve(UUID showId, UUID skuId, String buyerId, int units) {
        long answer = eval(RESERVE, showId, skuId, buyerId, Integer.toString(units),
                Integer.toString(config.perBuyerLimit()));
        if (answer == -1) {
            throw new ConflictException("This product is not on sale in this show.");
        }
        if (answer == -2) {
            throw new ConflictException("You may buy at most " + config.perBuyerLimit()
                    + " units of this product in this show.");
        }
        if (answer == -3) {
            throw new ConflictException("Sold out: not enough units left.");
        }
        return answer;
    }

    /** Gives a buyer's reserved units back; answers false when the sale had already closed. */
    public boolean release(UUID showId, UUID skuId, String buyerId, int units) {
        return eval(RELEASE, showId, skuId, buyerId, Integer.toString(units)) >= 0;
    }

    /** Units still on sale, or -1 when the product is not on sale. */
    public long left(UUID showId, UUID skuId) {
        Response value = call(() -> redis.execute("GET", leftKey(showId, skuId)));
        return value == null ? -1 : value.toLong();
    }

    /** Closes the sale of a SKU and answers what was left unsold. */
    public int drain(UUID showId, UUID skuId) {
        return (int) eval(DRAIN, showId, skuId);
    }

    private long eval(String script, UUID showId, UUID skuId, String... args) {
        String[] command = new String[4 + args.length];
        command[0] = script;
        command[1] = "2";
        command[2] = leftKey(showId, skuId);
        command[3] = boughtKey(showId, skuId);
        System.arraycopy(args, 0, command, 4, args.length);
        return call(() -> redis.execute("EVAL", command)).toLong();
    }

    private String leftKey(UUID showId, UUID skuId) {
        return config.redisPrefix() + ":stock:{" + showId + "}:" + skuId + ":left";
    }

    private String boughtKey(UUID showId, UUID skuId) {
        return config.redisPrefix() + ":stock:{" + showId + "}:" + skuId + ":bought";
    }

    private static <T> T call(java.util.function.Supplier<T> command) {
        try {
            return command.get();
        } catch (ConflictException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ServiceUnavailableException("Live stock (Redis) cannot be reached; nothing was reserved. Try again shortly.", e);
        }
    }

    private static String script(String name) {
        try (InputStream in = LiveStock.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing Lua script " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
