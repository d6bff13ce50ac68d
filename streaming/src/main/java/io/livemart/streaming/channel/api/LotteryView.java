package io.livemart.streaming.channel.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A lottery as anyone may check it: rule, entrants (in draw order), the seed's hash announced at the opening, the seed
 * (once drawn) and the winners, with the algorithm to recompute them.
 */
public record LotteryView(UUID id, UUID showId, String rule, String keyword, int winnersCount, String status,
        String seedHash, String seed, Instant openedAt, Instant drawnAt, List<Entrant> entrants, List<Entrant> winners,
        String algorithm) {

    public static final String ALGORITHM = "Entrants sorted by user id (ascending UTF-8 bytes). For i = 0.. while i < "
            + "winnersCount and i < n: h = SHA-256(UTF-8 of seed + ':' + i) as an unsigned big-endian integer; "
            + "j = i + (h mod (n - i)); swap entrants i and j. Winners: the first winnersCount entrants. "
            + "seedHash = hex(SHA-256(UTF-8 of seed)), announced when the lottery opened.";

    /** A user in the lottery. */
    public record Entrant(String userId, String name) {
    }
}
