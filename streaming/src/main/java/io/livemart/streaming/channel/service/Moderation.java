package io.livemart.streaming.channel.service;

import io.livemart.core.error.InvalidRequestException;
import io.livemart.core.error.NotFoundException;
import io.livemart.core.security.CurrentUser;
import io.livemart.streaming.channel.ChannelConfig;
import io.livemart.streaming.channel.RoomBus;
import io.livemart.streaming.channel.RoomStore;
import io.livemart.streaming.channel.api.BlockedWords;
import io.livemart.streaming.channel.api.MuteView;
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
import java.util.UUID;

/**
 * Moderation of a room by its anchor or staff: mute (for a while), ban (closes the user's sockets on every instance
 * and refuses new ones), delete a comment for everyone, blocked words (the room's, beside the platform's).
 * State lives in Redis, so every instance applies it at once.
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
    ChannelConfig config;

    /** Refuses a comment holding a blocked word of the platform or the room (case-insensitive, anywhere). */
    public void checkWords(UUID showId, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : config.blockedWords().orElse(List.of())) {
            if (!word.isBlank() && lower.contains(word.toLowerCase(Locale.ROOT))) {
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

    public void deleteComment(UUID showId, long commentId) {
        requireModerator(showId);
        if (!store.deleteComment(showId, commentId) && commentId > store.comments(showId)) {
            throw new NotFoundException("No such comment in this room.");
        }
        bus.publishQuietly(showId, new JsonObject().put("type", "comment-deleted").put("id", commentId));
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
