package io.livemart.streaming.channel.service;

import io.livemart.core.error.ForbiddenException;
import io.livemart.core.error.InvalidRequestException;
import io.livemart.core.error.NotFoundException;
import io.livemart.core.security.CurrentUser;
import io.livemart.core.security.Roles;
import io.livemart.streaming.channel.RoomBus;
import io.livemart.streaming.channel.RoomStore;
import io.livemart.streaming.channel.api.BlockedWords;
import io.livemart.streaming.channel.api.MuteView;
import io.livemart.streaming.channel.api.PlatformBlockedWordsView;
import io.livemart.streaming.show.Show;
import io.livemart.streaming.show.service.ShowService;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Moderation of a room by its anchor or staff: mute (for a while), ban (closes the user's sockets on every instance
 * and refuses new ones), delete a comment for everyone (and keep a record of it), blocked words (the room's, beside
 * the platform's). Room state lives in Redis, so every instance applies it at once. The platform-wide words are kept
 * in PostgreSQL and cached by each instance, which reloads them when Redis announces a newer version (ADR 0015).
 */
@ApplicationScoped
public class Moderation {

    @Inject
    RoomStore store;

    @Inject
    RoomBus bus;

    @Inject
    ShowService shows;

    @Inject
    CurrentUser user;

    @Inject
    PlatformWords platformWords;

    @Inject
    DeletedComments deletions;

    /** The platform-wide words this instance applies, the version they come from, and when they were read. */
    private record Cached(List<String> words, long version, long readAtNanos) {
    }

    /** How long an instance trusts its copy without a newer version announced (in case an announcement was lost). */
    private static final long TRUST_NANOS = Duration.ofMinutes(1).toNanos();

    private volatile Cached platform;

    /** Refuses a comment holding a blocked word of the platform or the room (case-insensitive, anywhere). */
    public void checkWords(UUID showId, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : platformWordsNow()) {
            if (lower.contains(word)) {
                throw new InvalidRequestException("comment: it contains a word that is not allowed here.");
            }
        }
        for (String word : store.blockedWords(showId)) {
            if (lower.contains(word)) {
                throw new InvalidRequestException("comment: it contains a word that is not allowed in this room.");
            }
        }
    }

    public MuteView mute(UUID showId, String userId, int minutes) {
        requireModerator(showId);
        Instant until = Instant.now().plus(minutes, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        store.mute(showId, userId, Duration.ofMinutes(minutes).toSeconds(), until.toString());
        bus.publishQuietly(showId, new JsonObject().put("type", "muted").put("to", userId).put("until", until.toString()));
        return new MuteView(userId, until);
    }

    public void unmute(UUID showId, String userId) {
        requireModerator(showId);
        store.unmute(showId, userId);
    }

    public void ban(UUID showId, String userId) {
        Show show = requireModerator(showId);
        if (userId.equals(show.anchorId)) {
            throw new InvalidRequestException("userId: the show's anchor cannot be banned from their own room.");
        }
        store.ban(showId, userId);
        bus.publishQuietly(showId, new JsonObject().put("type", "banned").put("to", userId));
    }

    public void unban(UUID showId, String userId) {
        requireModerator(showId);
        store.unban(showId, userId);
    }

    /**
     * Deletes a comment for everyone. The deletion is recorded (with the text, while the comment is in the history)
     * before the comment leaves the room: when the record cannot be written, nothing changes.
     */
    public void deleteComment(UUID showId, long commentId) {
        Show show = requireModerator(showId);
        Optional<JsonObject> comment = store.historyComment(showId, commentId);
        if (comment.isEmpty() && (commentId < 1 || commentId > store.comments(showId))) {
            throw new NotFoundException("No such comment in this room.");
        }
        deletions.record(show, commentId, comment.orElse(null));
        store.deleteComment(showId, commentId);
        bus.publishQuietly(showId, new JsonObject().put("type", "comment-deleted").put("id", commentId));
    }

    // ------------------------------------------------------------------ platform-wide blocked words

    /** The platform-wide words (staff). */
    public PlatformBlockedWordsView platformBlockedWords() {
        requireStaff();
        return PlatformBlockedWordsView.of(platformWords.load());
    }

    /** Replaces the platform-wide words (admins); every instance applies them from its next comment on. */
    public PlatformBlockedWordsView putPlatformBlockedWords(BlockedWords words) {
        if (!user.hasRole(Roles.ADMIN)) {
            throw new ForbiddenException("Only admins change the platform-wide blocked words.");
        }
        PlatformWords.Snapshot saved = platformWords.replace(words.words(), user.id(), user.username());
        platform = new Cached(saved.words(), saved.version(), System.nanoTime());
        store.announcePlatformWordsVersion(saved.version(), false);
        return PlatformBlockedWordsView.of(saved);
    }

    /**
     * The platform-wide words to apply now: this instance's copy, read again from PostgreSQL when another instance
     * announced a newer version in Redis (one GET per comment), or when the copy is older than a minute.
     */
    List<String> platformWordsNow() {
        Cached cached = platform;
        long announced = store.platformWordsVersion();
        if (cached == null || announced > cached.version() || System.nanoTime() - cached.readAtNanos() > TRUST_NANOS) {
            PlatformWords.Snapshot read = platformWords.load();
            cached = new Cached(read.words(), read.version(), System.nanoTime());
            platform = cached;
            if (announced != read.version()) {
                // Redis does not know this version yet, or holds a newer one than the record (left from another database).
                store.announcePlatformWordsVersion(read.version(), announced > read.version());
            }
        }
        return cached.words();
    }

    private void requireStaff() {
        if (!user.isStaff()) {
            throw new ForbiddenException("Only moderators and admins see the platform-wide blocked words.");
        }
    }

    public BlockedWords blockedWords(UUID showId) {
        requireModerator(showId);
        return new BlockedWords(store.blockedWords(showId));
    }

    public BlockedWords putBlockedWords(UUID showId, BlockedWords words) {
        requireModerator(showId);
        List<String> normalized = words.words().stream().map(w -> w.strip().toLowerCase(Locale.ROOT))
                .filter(w -> !w.isEmpty()).distinct().sorted().toList();
        store.blockedWords(showId, normalized);
        return new BlockedWords(normalized);
    }

    private Show requireModerator(UUID showId) {
        Show show = shows.get(showId);
        user.requireOwnerOrStaff(show.anchorId, "show");
        return show;
    }
}
