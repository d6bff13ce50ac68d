package io.livemart.core.events;

import java.util.List;
import java.util.UUID;

/** A live show ended: what is left of its line-up goes back to the stock of record. */
public record ShowEnded(UUID showId, String anchorId, List<UUID> lineup) {
}
