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
import io.livemart.core.error.ForbiddenException;
import io.livemart.streaming.janus.JanusNodes;
import io.livemart.streaming.janus.VideoRoomClient;
import io.livemart.streaming.show.MarketingMode;
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
import java.util.Set;
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
    JanusNodes janusNodes;

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
        show.marketingModes.addAll(request.marketingModes() == null ? Set.of(MarketingMode.VALUE) : request.marketingModes());
        show.coverImageUrl = request.coverImageUrl() == null ? null : request.coverImageUrl().strip();
        show.createdAt = Instant.now();
        shows.persist(show);
        scheduled.fire(new ShowScheduled(show.id, show.anchorId, show.title, show.scheduledStart));
        return show;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Show> list(ShowStatus status, String anchorId, int page, int size) {
        return shows.inStatus(status, anchorId, page, size);
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
        VideoRoomClient node = openRoom(show);
        try {
            show.status = ShowStatus.LIVE;
            show.startedAt = Instant.now();
            shows.flush();
            started.fire(new ShowStarted(show.id, show.anchorId, show.title, List.copyOf(show.lineup)));
            return show;
        } catch (RuntimeException e) {
            destroyQuietly(node, show.janusRoomId);
            throw e;
        }
    }

    /**
     * Resumes an interrupted show (REST): its anchor or staff. A new room is opened on the least-loaded node;
     * the anchor then publishes again. A live show is left as it is.
     */
    public Show resume(UUID id) {
        Show show = get(id);
        user.requireOwnerOrStaff(show.anchorId, "show");
        return recoverRoom(show.id);
    }

    /**
     * Gives an interrupted show a new room so that its publishers can publish again; the caller has checked
     * that the user may publish. 503 (and the show stays interrupted) when no Janus node answers.
     */
    public Show recoverRoom(UUID id) {
        Show show = get(id);
        if (show.status == ShowStatus.LIVE) {
            return show;
        }
        if (show.status != ShowStatus.INTERRUPTED) {
            throw new ConflictException("The show is " + show.status.name().toLowerCase() + "; only an interrupted show can resume.");
        }
        VideoRoomClient node = openRoom(show);
        try {
            show.status = ShowStatus.LIVE;
            show.interruptedAt = null;
            shows.flush();
            LOG.infof("Show %s resumed in room %d on %s", show.id, show.janusRoomId, show.janusNode);
            return show;
        } catch (RuntimeException e) {
            destroyQuietly(node, show.janusRoomId);
            throw e;
        }
    }

    /**
     * Marks the live shows held by a Janus node as interrupted (the app's socket to it closed: Janus restarted
     * or went away, and its rooms with it).
     *
     * @return the ids of the shows interrupted
     */
    public List<UUID> interruptShowsOn(String nodeUrl) {
        List<Show> affected = shows.list("janusNode = ?1 and status = ?2", nodeUrl, ShowStatus.LIVE);
        for (Show show : affected) {
            show.status = ShowStatus.INTERRUPTED;
            show.interruptedAt = Instant.now();
            show.janusRoomId = null;
            LOG.warnf("Show %s interrupted: the Janus node %s went away", show.id, nodeUrl);
        }
        return affected.stream().map(s -> s.id).toList();
    }

    /** Invites another anchor as co-host: the show's anchor (or staff) only; the guest may then publish. */
    public Show inviteGuest(UUID id, String guestAnchorId) {
        Show show = get(id);
        user.requireOwnerOrStaff(show.anchorId, "show");
        if (show.status == ShowStatus.ENDED) {
            throw new ConflictException("The show has ended; no guest can join it.");
        }
        if (guestAnchorId.equals(show.anchorId)) {
            throw new InvalidRequestException("anchorId: the show's own anchor cannot be its guest.");
        }
        show.guestAnchorId = guestAnchorId;
        return show;
    }

    /** Withdraws the co-host's invitation. */
    public Show removeGuest(UUID id) {
        Show show = get(id);
        user.requireOwnerOrStaff(show.anchorId, "show");
        show.guestAnchorId = null;
        return show;
    }

    /** Keeps the most viewers seen at once. */
    public void recordViewers(UUID id, int watching) {
        shows.update("peakViewers = ?1 where id = ?2 and peakViewers < ?1", watching, id);
    }

    /** Opens the show's room on the least-loaded node and records where it is. */
    private VideoRoomClient openRoom(Show show) {
        VideoRoomClient node = janusNodes.leastLoaded().await().atMost(JANUS_WAIT);
        show.janusRoomId = node.createRoom("show " + show.id, 2).await().atMost(JANUS_WAIT);
        show.janusNode = node.url();
        return node;
    }

    /** Ends a live (or interrupted) show: the videoroom goes, the figures stay, unsold stock returns to the record. */
    public Show end(UUID id) {
        Show show = get(id);
        user.requireOwnerOrStaff(show.anchorId, "show");
        return end(show);
    }

    /** Ends the show for a caller known by id (the room's socket); same rules as {@link #end(UUID)}. */
    public Show endAs(UUID id, String callerId, boolean staff) {
        Show show = get(id);
        if (!staff && !show.anchorId.equals(callerId)) {
            throw new ForbiddenException("This show belongs to someone else.");
        }
        return end(show);
    }

    private Show end(Show show) {
        if (show.status != ShowStatus.LIVE && show.status != ShowStatus.INTERRUPTED) {
            throw new ConflictException("The show is " + show.status.name().toLowerCase() + "; only a live show can end.");
        }
        show.status = ShowStatus.ENDED;
        show.endedAt = Instant.now();
        shows.flush();
        ended.fire(new ShowEnded(show.id, show.anchorId, List.copyOf(show.lineup)));
        if (show.janusRoomId != null) {
            // A show must be able to end while Janus is away: its rooms are not permanent and vanish with it.
            VideoRoomClient node = janusNodes.node(show.janusNode).orElse(janusNodes.primary());
            destroyQuietly(node, show.janusRoomId);
        }
        return show;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ShowSnapshot> show(UUID showId) {
        return shows.findByIdOptional(showId).map(Show::snapshot);
    }

    private void destroyQuietly(VideoRoomClient node, long room) {
        try {
            node.destroyRoom(room).await().atMost(JANUS_WAIT);
        } catch (RuntimeException e) {
            LOG.warnf("Could not destroy Janus room %d: %s", room, e.getMessage());
        }
    }
}
