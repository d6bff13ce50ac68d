package io.livemart.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Carrier simulator — a stand-in for a real carrier, not part of the platform. {@code ./livemart carrier}.
 *
 * <p>Plays one carrier against a running LiveMart: gets the carrier's service-account token from Keycloak, lists the
 * carrier's parcels still on their way ({@code GET /api/carriers/{carrier}/parcels}) and posts for each the next
 * signed tracking event: PICKED_UP, IN_TRANSIT, OUT_FOR_DELIVERY, then DELIVERED with proof (recipient name, https
 * photo URL, location); a share of parcels (--fail-share, chosen by tracking number so a parcel always behaves the
 * same) has a DELIVERY_FAILED before its delivery. Event ids are {@code sim-<tracking number>-<step>}: unique per parcel
 * and step, so a repeated run repeats an event rather than inventing a new one.
 *
 * <p>{@code --once} advances every parcel by one step and exits; otherwise it goes on every --interval until no
 * parcel is left, --max has passed, or Ctrl-C.
 */
public final class CarrierSimulator {

    static final String NAME = "carrier simulator — a stand-in for a real carrier, not part of the platform";
    static final String USAGE = """
            Usage: ./livemart carrier [--carrier swiftpost] [--interval 2s] [--once] [--max 10m]
                                      [--fail-share 0.25] [--tracking NUMBER[,NUMBER...]]
              --carrier     which carrier to play (swiftpost or rapidex; default swiftpost)
              --interval    time between two rounds (default 2s)
              --once        one round: every parcel moves one step, then exit
              --max         stop after this long at the latest (default 10m)
              --fail-share  share of parcels with a failed delivery attempt before delivery (default 0.25)
              --tracking    only these parcels (tracking numbers, comma-separated)
              --app, --realm  override the app URL and the Keycloak realm URL (default: from LIVEMART_* variables)
            """;

    /** What one run did. */
    public record Result(int rounds, int posted, int stored, int repeats, int refused, int delivered, int left) {
    }

    private final CarrierClient carrier;
    private final PrintStream out;
    private final double failShare;
    private final Set<String> only;
    private int posted;
    private int stored;
    private int repeats;
    private int refused;
    private int delivered;

    CarrierSimulator(CarrierClient carrier, PrintStream out, double failShare, Set<String> only) {
        this.carrier = carrier;
        this.out = out;
        this.failShare = failShare;
        this.only = only;
    }

    public static void main(String[] args) {
        int rc;
        try {
            rc = run(args, System.out) == null ? 2 : 0;
        } catch (IllegalArgumentException e) {
            System.err.println("carrier simulator: " + e.getMessage());
            System.err.print(USAGE);
            rc = 2;
        } catch (RuntimeException e) {
            System.err.println("carrier simulator: " + e.getMessage());
            rc = 1;
        }
        System.exit(rc);
    }

    /** Runs the simulator with command-line options, printing to {@code out}; answers what it did (null: --help). */
    public static Result run(String[] args, PrintStream out) {
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            out.print(USAGE);
            return null;
        }
        Args a = new Args(args, Set.of("once"), Set.of("carrier", "interval", "max", "fail-share", "tracking", "app", "realm"));
        String code = a.string("carrier", "swiftpost");
        Duration interval = a.duration("interval", Duration.ofSeconds(2));
        Duration max = a.duration("max", Duration.ofMinutes(10));
        Set<String> only = new LinkedHashSet<>();
        if (a.string("tracking", null) != null) {
            for (String t : a.string("tracking", "").split(",")) {
                if (!t.isBlank()) {
                    only.add(t.strip());
                }
            }
        }
        Http http = new Http(a.string("app", Stack.appUrl()), a.string("realm", Stack.realmUrl()));
        CarrierSimulator sim = new CarrierSimulator(new CarrierClient(http, code), out, a.fraction("fail-share", 0.25), only);
        out.println(NAME);
        out.println("  carrier " + code + " (service account carrier-" + code + "), app " + http.app
                + (only.isEmpty() ? "" : ", parcels " + only) + (a.flag("once") ? ", one round" : ", every " + interval + " for at most " + max));
        return sim.loop(a.flag("once"), interval, max);
    }

    Result loop(boolean once, Duration interval, Duration max) {
        Instant deadline = Instant.now().plus(max);
        int rounds = 0;
        int left;
        while (true) {
            left = round();
            rounds++;
            if (once || left == 0 || Instant.now().isAfter(deadline)) {
                break;
            }
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (!once && left > 0) {
            out.println("  stopped after " + max + " with parcels still on their way");
        }
        Result r = new Result(rounds, posted, stored, repeats, refused, delivered, left);
        out.println("carrier=" + carrier.carrier + " rounds=" + r.rounds() + " posted=" + r.posted() + " stored=" + r.stored()
                + " repeats=" + r.repeats() + " refused=" + r.refused() + " delivered=" + r.delivered() + " parcels_left=" + r.left());
        return r;
    }

    /** One step for every parcel on its way; answers how many are still on their way afterwards. */
    int round() {
        JsonNode parcels = carrier.parcels().expect(200).json();
        int left = 0;
        int seen = 0;
        for (JsonNode parcel : parcels) {
            String tracking = parcel.path("trackingNumber").asText();
            if (!only.isEmpty() && !only.contains(tracking)) {
                continue;
            }
            seen++;
            String status = parcel.path("status").asText();
            String next = next(tracking, status);
            if (next == null) {
                out.println("  " + tracking + " " + status + ": no next step known, left alone");
                continue;
            }
            Instant statusAt = parcel.hasNonNull("statusAt") ? Instant.parse(parcel.path("statusAt").asText()) : null;
            Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            if (statusAt != null && !at.isAfter(statusAt)) {
                at = statusAt.plusSeconds(1).truncatedTo(ChronoUnit.MILLIS); // the carrier's clock moves forward
            }
            String eventId = "sim-" + tracking + "-" + next;
            Http.Answer answer = carrier.post(CarrierClient.event(eventId, tracking, next, at));
            posted++;
            String outcome;
            if (answer.status() == 201) {
                stored++;
                outcome = "stored";
            } else if (answer.status() == 200) {
                repeats++;
                outcome = "already stored (a repeat)";
            } else {
                refused++;
                outcome = "refused: " + detail(answer);
            }
            out.println("  " + tracking + " " + status + " -> " + next + " (event " + eventId + ", at " + at + "): HTTP "
                    + answer.status() + " " + outcome);
            if (answer.status() / 100 == 2 && next.equals("DELIVERED")) {
                delivered++;
            } else {
                left++;
            }
        }
        if (seen == 0) {
            out.println("  no parcel of " + carrier.carrier + " on its way" + (only.isEmpty() ? "" : " among " + only));
        }
        return left;
    }

    /** The next event of a parcel in this status, or null when the simulator knows no next step. */
    String next(String tracking, String status) {
        return switch (status) {
            case "SHIPPED" -> "PICKED_UP";
            case "PICKED_UP" -> "IN_TRANSIT";
            case "IN_TRANSIT" -> "OUT_FOR_DELIVERY";
            case "OUT_FOR_DELIVERY" -> failsFirst(tracking) ? "DELIVERY_FAILED" : "DELIVERED";
            case "DELIVERY_FAILED" -> "DELIVERED";
            default -> null;
        };
    }

    boolean failsFirst(String tracking) {
        return Math.floorMod(tracking.hashCode() * 31 + 7, 1000) < Math.round(failShare * 1000);
    }

    private static String detail(Http.Answer answer) {
        try {
            JsonNode json = answer.json();
            String detail = json.path("detail").asText(json.path("title").asText(""));
            return detail.isEmpty() ? answer.body() : detail;
        } catch (RuntimeException e) {
            return answer.body();
        }
    }
}
