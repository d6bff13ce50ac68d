package io.livemart.streaming.show.api;

import io.livemart.streaming.show.Show;
import io.livemart.streaming.show.ShowStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A show as the API shows it. The Janus room stays private: browsers never talk to Janus. */
public record ShowView(UUID id, String anchorId, String title, ShowStatus status, List<UUID> lineup,
        Instant scheduledStart, Instant startedAt, Instant endedAt) {

    public static ShowView of(Show s) {
        return new ShowView(s.id, s.anchorId, s.title, s.status, List.copyOf(s.lineup), s.scheduledStart, s.startedAt,
                s.endedAt);
    }
}
