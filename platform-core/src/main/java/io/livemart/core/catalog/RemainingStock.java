package io.livemart.core.catalog;

import java.util.OptionalLong;
import java.util.UUID;

/**
 * Units of a show's line-up SKU still on sale right now (the live counters while the show sells it). Published by
 * the module that holds the live stock (orders); the room channel shows it on the pinned product card.
 */
public interface RemainingStock {

    /** Units left of the SKU in the show, or empty when the show does not sell it live (not live, or no counter). */
    OptionalLong left(UUID showId, UUID skuId);
}
