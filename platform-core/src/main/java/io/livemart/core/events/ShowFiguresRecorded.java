package io.livemart.core.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A show's audience figures, once measured (by the streaming module when the show ends). They feed the
 * anchor's audience attractiveness in the seller tiers; firing again for the same show replaces its figures.
 *
 * @param minutesLive    how long the show was live, in minutes
 * @param viewerMinutes  minutes watched, summed over all viewers (average concurrent viewers x minutes live)
 * @param uniqueViewers  distinct viewers
 * @param engagements    comments, likes and gifts
 * @param buyers         distinct viewers who ordered during the show
 */
public record ShowFiguresRecorded(UUID showId, String anchorId, Instant endedAt, long minutesLive, long viewerMinutes,
        long uniqueViewers, long engagements, long buyers) {

    public ShowFiguresRecorded {
        if (minutesLive < 0 || viewerMinutes < 0 || uniqueViewers < 0 || engagements < 0 || buyers < 0) {
            throw new IllegalArgumentException("Show figures cannot be negative.");
        }
    }
}
