package io.livemart.streaming.channel.api;

import io.livemart.streaming.channel.service.PlatformWords;
import java.time.Instant;
import java.util.List;

/**
 * The platform-wide blocked words, refused in every room beside each room's own. {@code configured} is true while the
 * list is still the one copied from configuration; otherwise {@code updatedBy} names the admin who changed it last.
 */
public record PlatformBlockedWordsView(List<String> words, long version, boolean configured, Instant updatedAt,
        String updatedBy) {

    public static PlatformBlockedWordsView of(PlatformWords.Snapshot s) {
        return new PlatformBlockedWordsView(s.words(), s.version(), s.updatedBy() == null, s.updatedAt(),
                s.updatedByName() != null ? s.updatedByName() : s.updatedBy());
    }
}
