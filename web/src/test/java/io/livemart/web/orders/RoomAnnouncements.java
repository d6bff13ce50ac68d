package io.livemart.web.orders;

import io.livemart.core.events.FlashSaleClosed;
import io.livemart.core.events.FlashSaleOpened;
import io.livemart.core.events.FlashSaleSoldOut;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Stands in for the room channel in tests: records the flash-sale events it will carry. */
@ApplicationScoped
public class RoomAnnouncements {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    /** The events seen so far (a method: the injected bean is a client proxy, whose fields are not the bean's). */
    public List<Object> events() {
        return events;
    }

    void opened(@Observes FlashSaleOpened e) {
        events.add(e);
    }

    void soldOut(@Observes FlashSaleSoldOut e) {
        events.add(e);
    }

    void closed(@Observes FlashSaleClosed e) {
        events.add(e);
    }
}
