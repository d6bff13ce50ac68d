package io.livemart.core.events;

import java.util.List;
import java.util.UUID;

/** A show went live: its line-up is now on sale, and followers are told. */
public record ShowStarted(UUID showId, String anchorId, String title, List<UUID> lineup) {
}
