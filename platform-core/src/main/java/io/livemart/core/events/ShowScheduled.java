package io.livemart.core.events;

import java.time.Instant;
import java.util.UUID;

/** An anchor planned a show: followers are told. */
public record ShowScheduled(UUID showId, String anchorId, String title, Instant scheduledStart) {
}
