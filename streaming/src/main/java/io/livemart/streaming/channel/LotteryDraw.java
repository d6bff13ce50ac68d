package io.livemart.streaming.channel;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The lottery draw, deterministic from the seed and the entrants, so anyone can recompute it:
 * <ol>
 * <li>entrants are the distinct user ids, sorted in ascending order of their UTF-8 bytes (plain ASCII order for the
 * ids Keycloak issues);</li>
 * <li>for i = 0, 1, … while i &lt; winners and i &lt; n: let h = SHA-256 of the UTF-8 text {@code seed + ":" + i}, read as
 * an unsigned big-endian integer; j = i + (h mod (n − i)); swap entrants i and j (a partial Fisher–Yates shuffle);</li>
 * <li>the winners are the first {@code winners} entrants, in that order.</li>
 * </ol>
 * The seed is 32 random bytes written as 64 lowercase hex digits; at the opening only {@code SHA-256(seed)} (hex, of
 * the seed's text) is announced, and the seed is revealed with the winners.
 */
public final class LotteryDraw {

    private static final SecureRandom RANDOM = new SecureRandom();

    private LotteryDraw() {
    }

    public static String newSeed() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256(text));
    }

    /** The winners among the (already sorted) entrant ids. */
    public static List<String> draw(String seed, List<String> sortedEntrants, int winners) {
        List<String> list = new ArrayList<>(sortedEntrants);
        int n = list.size();
        for (int i = 0; i < winners && i < n; i++) {
            BigInteger h = new BigInteger(1, sha256(seed + ":" + i));
            int j = i + h.mod(BigInteger.valueOf(n - i)).intValue();
            String swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
        return List.copyOf(list.subList(0, Math.min(winners, n)));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
