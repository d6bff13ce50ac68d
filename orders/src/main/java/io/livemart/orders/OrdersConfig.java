package io.livemart.orders;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the orders module. */
@ConfigMapping(prefix = "orders")
public interface OrdersConfig {

    /** How many units of one product one buyer may buy in one show. */
    @WithDefault("5")
    int perBuyerLimit();

    /** Prefix of every Redis key the orders module writes, so several deployments can share one Redis. */
    @WithDefault("livemart")
    String redisPrefix();
}
