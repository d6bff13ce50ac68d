package io.livemart.streaming.show;

import java.util.List;
import java.util.UUID;

/** What other modules may know of a show. */
public record ShowSnapshot(UUID id, String anchorId, String title, ShowStatus status, List<UUID> lineup,
        List<MarketingMode> marketingModes) {

    /** Live, including a moment of interruption (the show goes on and sales continue). */
    public boolean isLive() {
        return status == ShowStatus.LIVE || status == ShowStatus.INTERRUPTED;
    }
}
