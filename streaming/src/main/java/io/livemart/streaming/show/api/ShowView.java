package io.livemart.streaming.show.api;

import io.livemart.streaming.show.MarketingMode;
import io.livemart.streaming.show.Show;
import io.livemart.streaming.show.ShowStatus;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A show as the API shows it. The Janus room and node stay private: browsers never talk to Janus; they
 * signal over {@code /api/shows/{id}/room}.
 */
public record ShowView(UUID id, String anchorId, String title, ShowStatus status, List<UUID> lineup,
        Set<MarketingMode> marketingModes, String coverImageUrl, String guestAnchorId,
        Instant scheduledStart, Instant startedAt, Instant interruptedAt, Instant endedAt, int peakViewers) {

    public static ShowView of(Show s) {
        return new ShowView(s.id, s.anchorId, s.title, s.status, List.copyOf(s.lineup), new TreeSet<>(s.marketingModes),
                s.coverImageUrl, s.guestAnchorId, s.scheduledStart, s.startedAt, s.interruptedAt, s.endedAt,
                s.peakViewers);
    }
}
