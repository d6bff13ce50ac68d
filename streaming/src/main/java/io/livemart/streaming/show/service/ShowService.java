package io.livemart.streaming.show.service;

import io.livemart.core.catalog.Catalog;
import io.livemart.core.error.ConflictException;
import io.livemart.core.error.InvalidRequestException;
import io.livemart.core.error.NotFoundException;
import io.livemart.core.events.ShowEnded;
import io.livemart.core.events.ShowScheduled;
import io.livemart.core.events.ShowStarted;
import io.livemart.core.security.CurrentUser;
import io.livemart.core.selection.Selections;
import io.livemart.streaming.janus.VideoRoomClient;
import io.livemart.streaming.show.Show;
import io.livemart.streaming.show.ShowSnapshot;
import io.livemart.streaming.show.ShowStatus;
import io.livemart.streaming.show.Shows;
import io.livemart.streaming.show.api.ShowRequest;
import io.livemart.streaming.show.persistence.ShowRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/** The life of a show: scheduled by its anchor, live in its own Janus videoroom, ended. */
@ApplicationScoped
@Transactional
public class ShowService implements Shows {

    private static final Logger LOG = Logger.getLogger(ShowService.class);
    private static final Duration JANUS_WAIT = Duration.ofSeconds(10);

    @Inject
    ShowRepository shows;

    @Inject
    Catalog catalog;

    @Inject
    Selections selections;

    @Inject
    CurrentUser user;

    @Inject
    VideoRoomClient videoRooms;

    @Inject
    Event<ShowScheduled> scheduled;

    @Inject
    Event<ShowStarted> started;

    @Inject
    Event<ShowEnded> ended;

    public Show schedule(ShowRequest request) {
        List<UUID> lineup = List.copyOf(new LinkedHashSet<>(request.lineup()));
        for (UUID productId : lineup) {
            if (catalog.product(productId).isEmpty()) {
                throw new InvalidRequestException("lineup: no product " + productId + ".");
            }
            if (selections.commissionFor(user.id(), productId).isEmpty()) {
                throw new InvalidRequestException("lineup: product " + productId
                        + " is not in your selection; take it from a merchant's offer first.");
            }
        }
        Show show = new Show();
        show.id = UUID.randomUUID();
        show.anchorId = user.id();
        show.title = request.title().strip();
        show.status = ShowStatus.SCHEDULED;
        show.lineup.addAll(lineup);
        show.scheduledStart = request.scheduledStart();
        show.createdAt = Instant.now();
        shows.persist(show);
        scheduled.fire(new ShowScheduled(show.id, show.anchorId, show.title, show.scheduledStart));
        return show;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Show get(UUID id) {
        return shows.findByIdOptional(id).orElseThrow(() -> new NotFoundException("No show " + id + "."));
    }

    /**
     * Goes live: a videoroom is created on Janus first, so that a Janus outage leaves the show scheduled
     * (503) rather than half-started. If the transaction then fails, the room is destroyed again.
     */
    public Show start(UUID id) {
        Show show = get(id);
        user.requireOwnerOrStaff(show.anchorId, "show");
        if (show.status != ShowStatus.SCHEDULED) {
            throw new ConflictException("The show is " + show.status.name().toLowerCase() + "; only a scheduled show can start.");
        }
        long room = videoRooms.createRoom("show " + show.id, 2).await().atMost(JANUS_WAIT);
        try {
            show.janusRoomId = room;
            show.status = ShowStatus.LIVE;
            show.startedAt = Instant.now();
            shows.flush();
            started.fire(new ShowStarted(show.id, show.anchorId, show.title, List.copyOf(show.lineup)));
            return show;
        } catch (RuntimeException e) {
            destroyQuietly(room);
            throw e;
        }
    }

    /** Ends a live show: the videoroom goes, the figures stay, unsold stock returns to the record. */
    public Show end(UUID id) {
        Show show = get(id);
        user.requireOwnerOrStaff(show.anchorId, "show");
        if (show.status != ShowStatus.LIVE) {
            throw new ConflictException("The show is " + show.status.name().toLowerCase() + "; only a live show can end.");
        }
        show.status = ShowStatus.ENDED;
        show.endedAt = Instant.now();
        shows.flush();
        ended.fire(new ShowEnded(show.id, show.anchorId, List.copyOf(show.lineup)));
        if (show.janusRoomId != null) {
            // A show must be able to end while Janus is away: its rooms are not permanent and vanish with it.
            destroyQuietly(show.janusRoomId);
        }
        return show;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ShowSnapshot> show(UUID showId) {
        return shows.findByIdOptional(showId).map(Show::snapshot);
    }

    private void destroyQuietly(long room) {
        try {
            videoRooms.destroyRoom(room).await().atMost(JANUS_WAIT);
        } catch (RuntimeException e) {
            LOG.warnf("Could not destroy Janus room %d: %s", room, e.getMessage());
        }
    }
}
