package io.livemart.streaming.channel;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The room's real-time channel: fan-out, presence and moderation limits ({@code streaming.channel.*}). */
@ConfigMapping(prefix = "streaming.channel")
public interface ChannelConfig {

    /** Prefix of every Redis key and pub/sub channel of the rooms (tests use their own). */
    @WithDefault("livemart")
    String redisPrefix();

    /** How often each instance flushes the events it received to its viewers, as one batch frame per room. */
    @WithDefault("50MS")
    Duration tick();

    /** How often each instance renews the presence of its viewers in Redis. */
    @WithDefault("5S")
    Duration heartbeat();

    /** How long a viewer stays counted without a renewal (an instance that died, a socket gone silent). */
    @WithDefault("15S")
    Duration presenceTtl();

    /** Comments a newcomer receives at once. */
    @WithDefault("50")
    int history();

    /** Longest comment, in characters. */
    @WithDefault("200")
    int maxCommentLength();

    /** Comments one user may send in one room per {@link #rateWindow()}, across all instances. */
    @WithDefault("5")
    int commentsPerWindow();

    /** Like and gift messages one user may send in one room per {@link #rateWindow()}. */
    @WithDefault("20")
    int tapsPerWindow();

    /** The rate limit's window. */
    @WithDefault("5S")
    Duration rateWindow();

    /** Frames waiting to be written to one viewer beyond which new batches are skipped for it. */
    @WithDefault("32")
    int maxPendingFrames();

    /** Batches skipped in a row after which a viewer that does not read is disconnected. */
    @WithDefault("200")
    int maxSkippedFrames();

    /**
     * The initial platform-wide blocked words (case-insensitive, anywhere in a comment), copied into PostgreSQL the
     * first time the list is read; admins edit it from then on (ADR 0015). Rooms add their own.
     */
    Optional<List<String>> blockedWords();

    /** How long a room's state (history, counters, moderation) stays in Redis after its last change. */
    @WithDefault("P2D")
    Duration stateTtl();
}
