package io.livemart.web.room;

import io.livemart.core.events.GiftSent;
import io.livemart.core.events.ShowFiguresRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the domain events the room channel fires, as other modules would receive them. */
@ApplicationScoped
public class RoomEvents {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    public List<Object> events() {
        return events;
    }

    void gift(@Observes GiftSent e) {
        events.add(e);
    }

    void figures(@Observes ShowFiguresRecorded e) {
        events.add(e);
    }
}
