package io.livemart.orders;

import io.livemart.orders.stock.StockStrategy;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the orders module. */
@ConfigMapping(prefix = "orders")
public interface OrdersConfig {

    /** How many units of one product one buyer may buy in one show outside a flash sale. */
    @WithDefault("5")
    int perBuyerLimit();

    /** Prefix of every Redis key the orders module writes, so several deployments can share one Redis. */
    @WithDefault("livemart")
    String redisPrefix();

    /** How long units stay reserved for an order paid online before it expires and they return to the sale. */
    @WithDefault("15M")
    Duration reservationTtl();

    /**
     * How long a buy may take from its Redis reservation to its commit; longer and its transaction is rolled back.
     * Reconciliation never counts a reservation younger than this as orphaned.
     */
    @WithDefault("10S")
    Duration buyTimeout();

    /**
     * How long live counters that Redis lost stay frozen before they are rebuilt from PostgreSQL: it must exceed
     * {@link #buyTimeout()}, so every buy reserved before the loss has committed or rolled back.
     */
    @WithDefault("15S")
    Duration stockRecoveryQuarantine();

    /** Flash-sale settings. */
    FlashSale flashSale();

    interface FlashSale {
        /**
         * How new flash sales count and reserve their units: {@code redis} (a live counter and atomic Lua scripts, ADR
         * 0002 and 0010) or {@code sql}, the conditional-SQL-decrement baseline that {@code ./livemart bench flash-sale}
         * races against (ADR 0016). Recorded on each sale, so changing it affects only sales opened afterwards.
         */
        @WithDefault("redis")
        StockStrategy.Name stockStrategy();
    }

    /** Online payment settings. */
    Payment payment();

    interface Payment {
        /** The provider online payments go through ("sandbox" is the local fake provider). */
        @WithDefault("sandbox")
        String provider();

        /**
         * The sandbox provider's checkout page (a fake provider's page, served by the app), for the buyer's payment
         * link; {@code ?ref=<reference>} is appended. Relative: the browser opens it on the site it is on.
         */
        @WithDefault("/sandbox-pay.html")
        String sandboxCheckoutUrl();

        /** Where the sandbox provider posts its signed callbacks: LiveMart's callback endpoint, as a real provider would. */
        @WithDefault("http://127.0.0.1:18080/api/payments/sandbox/callbacks")
        String sandboxCallbackUrl();

        /** How long the sandbox waits for LiveMart to answer its callback. */
        @WithDefault("10S")
        Duration sandboxCallbackTimeout();

        /** Where the sandbox's checkout page sends the buyer back once paid or declined ({@code ?order=<id>} appended). */
        @WithDefault("/orders.html")
        String sandboxReturnUrl();

        /** The HMAC-SHA256 secret the sandbox provider signs its callbacks with (local-stack demo secret, throwaway). */
        @WithDefault("sandbox-demo-webhook-secret")
        String sandboxSecret();
    }
}
