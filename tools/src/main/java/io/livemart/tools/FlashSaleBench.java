package io.livemart.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./livemart bench flash-sale}: B buy attempts from C concurrent keep-alive clients on a flash sale of S units,
 * through the real HTTP API ({@code POST /api/orders}) with real Keycloak tokens of many distinct buyers (the realm's
 * bench-shopper01..250, fetched before the race), each attempt with its own Idempotency-Key and a share sent again with
 * the same key by the same client right after, as a client retrying. The same race is run twice, each time against a
 * fresh app process started by the bench from the packaged jar, on the stack's PostgreSQL, Redis and Keycloak: once
 * with the platform's stock strategy ({@code orders.flash-sale.stock-strategy=redis}), once with the baseline written
 * the way common shops do it ({@code sql}: a count of the buyer's units and {@code UPDATE … SET units_left = units_left
 * - n WHERE units_left >= n} before the order insert, in the order's transaction). Same endpoint, authentication,
 * validation, idempotency and order code; only the stock reservation differs (ADR 0016).
 * <p>
 * Each app is warmed up with smaller races on as many units first, and the race waits until the app is idle. After each
 * race the record is checked: units sold, oversold (orders of the lot over S), lost (an attempt answered as accepted with no order in
 * PostgreSQL), duplicates (a key answered with two orders, two orders under one key, or a buyer over the limit), the
 * counter and reconciliation. Last line: {@code buyers=B concurrency=C units=S oversold=… lost=… duplicates=…
 * attempts_per_s=… p99_ms=… ratio_vs_sql=…}, the figures of the platform's strategy; the ratio is its attempts answered
 * per second (accepted or refused) over the baseline's.
 */
public final class FlashSaleBench {

    static final String USAGE = """
            Usage: ./livemart bench flash-sale [--buyers 20000] [--concurrency 500] [--units 1000] [--limit 5]
                                               [--shoppers 250] [--retries 0.05] [--warmup-rounds 30]
                                               [--payment ONLINE|CASH_ON_DELIVERY] [--strategies redis,sql]
              --buyers: buy attempts (B, retries included); --shoppers: distinct buyers (bench-shopper01..NN)
            """;

    private static final Pattern ORDER_ID = Pattern.compile("[{,]\"id\":\"([^\"]+)\"");

    /** What one race did and what the record says afterwards. */
    record Race(String label, int attempts, double seconds, Stats stats, Map<Integer, Integer> statuses, long sold,
            long oversold, long lost, long keysWithTwoOrders, long buyersOverLimit, long unanswered, long left, int findings,
            Map<Integer, String> firstBodies, Map<String, Double> cpu, Map<Integer, Stats> byStatus) {

        double rate() {
            return attempts / seconds;
        }

        long duplicates() {
            return keysWithTwoOrders + buyersOverLimit;
        }
    }

    private final int buyers;
    private final int concurrency;
    private final int units;
    private final int limit;
    private final double retryShare;
    private final String payment;
    private final String run = Fixtures.runId();
    private final PrintStream out;
    private final List<String> shoppers;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private long tokensExpireAt;

    private FlashSaleBench(Args a, PrintStream out) {
        buyers = a.integer("buyers", 20000);
        concurrency = a.integer("concurrency", 500);
        units = a.integer("units", 1000);
        limit = a.integer("limit", 5);
        retryShare = a.fraction("retries", 0.05);
        payment = a.string("payment", "ONLINE");
        shoppers = Fixtures.benchShoppers(a.integer("shoppers", 250));
        this.out = out;
        if (buyers < 1 || concurrency < 1 || units < 1 || limit < 1 || limit > units || shoppers.isEmpty()) {
            throw new IllegalArgumentException("--buyers, --concurrency, --units, --limit and --shoppers must be positive, --limit at most --units");
        }
    }

    public static void main(String[] args) {
        try {
            run(args, System.out);
            System.exit(0);
        } catch (IllegalArgumentException e) {
            System.err.println("bench flash-sale: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
        } catch (Exception e) {
            System.err.println("bench flash-sale failed: " + e);
            System.exit(1);
        }
    }

    static void run(String[] args, PrintStream out) throws Exception {
        Args a = new Args(args, Set.of(), Set.of("buyers", "concurrency", "units", "limit", "shoppers", "retries", "warmup-rounds",
                "payment", "strategies"));
        FlashSaleBench bench = new FlashSaleBench(a, out);
        int warmupRounds = a.integer("warmup-rounds", 30);
        List<String> strategies = List.of(a.string("strategies", "redis,sql").split(","));
        for (String s : strategies) {
            if (!s.equals("redis") && !s.equals("sql")) {
                throw new IllegalArgumentException("--strategies is a comma-separated list of redis and sql, not '" + s + "'");
            }
        }
        bench.go(strategies, warmupRounds);
    }

    private void go(List<String> strategies, int warmupRounds) throws Exception {
        int sellable = Math.min(Math.min(units, shoppers.size() * limit), buyers - (int) Math.round(buyers * retryShare));
        out.println("bench flash-sale (run " + run + "): " + buyers + " buy attempts (" + Math.round(retryShare * 100) + " % of them"
                + " retries with the same key) from " + concurrency + " keep-alive clients on a flash sale of " + units + " units,"
                + " limit " + limit + " per buyer, " + shoppers.size() + " distinct buyers, " + payment + "; strategies " + strategies);
        if (sellable < units) {
            out.println("  note: at most " + sellable + " of the " + units + " units can sell (" + shoppers.size() + " buyers x limit "
                    + limit + ", and one unit per first attempt)");
        }
        Map<String, Race> races = new LinkedHashMap<>();
        for (String strategy : strategies) {
            long t = System.nanoTime();
            try (BenchApp app = BenchApp.start(strategy, Map.of("orders.flash-sale.stock-strategy", strategy))) {
                out.printf("%s: fresh app on %s (pid %d, started in %.1f s, log %s)%n", strategy, app.url(), app.process.pid(),
                        (System.nanoTime() - t) / 1e9, app.log);
                Http http = new Http(app.url(), Stack.realmUrl());
                ensureTokens(http);
                // warm-up: rounds of a quarter of the race's attempts on as many units as the race until the JIT is
                // done (its compiler threads under 10 % of the app's CPU in a round, at least 3 rounds) or
                // --warmup-rounds are done. A rate within 10 % of the round before was not enough: on 2 cores C2 still
                // took 8 of the app's 18 CPU seconds in the first 10 s of the race (ADR 0019). Nor were rounds on a fifth
                // of the units: their ~200 buys a round left the buy path's methods short of C2's thresholds, and C2 took
                // a third of the app's CPU during the race's 1000 buys (ADR 0020)
                int warmBuyers = Math.max(concurrency * 2, buyers / 4);
                for (int round = 1; round <= warmupRounds; round++) {
                    CpuMeter.JitWindow window = CpuMeter.jitWindow(app.process.pid());
                    Race w = race(app, http, strategy + "-warmup" + round, warmBuyers, units);
                    double jitShare = window.share();
                    out.printf("  warm-up %d: %d attempts on %d units, %s/s, p99 %s ms, JIT %.0f %% of the app's CPU%s%n", round,
                            w.attempts(), units, Stats.rate(w.rate()), Stats.ms(w.stats().percentileMs(0.99)), jitShare * 100,
                            clean(w, units) ? "" : " (NOT CLEAN: " + w + ")");
                    if (round >= 3 && jitShare >= 0 && jitShare < 0.10) {
                        break;
                    }
                }
                double idle = app.waitIdle(0.10, 60);
                ensureTokens(http);
                out.printf("  idle: %.0f %% of a core over the last second; racing%n", idle * 100);
                Race r = race(app, http, strategy, buyers, units);
                races.put(strategy, r);
                report(r, sellable);
            }
        }
        Race ours = races.get("redis");
        Race sql = races.get("sql");
        Race main = ours != null ? ours : sql;
        String ratio = ours != null && sql != null ? Stats.ratio(ours.rate() / sql.rate()) : "n/a";
        double p99 = main.stats().percentileMs(0.99);
        if (ours != null && sql != null) {
            out.println("targets (B=20000, C=500, S=1000): oversold=0 lost=0 duplicates=0 " + (ours.oversold() + ours.lost() + ours.duplicates() == 0
                    ? "met" : "MISSED") + "; ratio_vs_sql >= 5 " + (ours.rate() / sql.rate() >= 5 ? "met" : "MISSED") + " (" + ratio
                    + "); p99 < 100 ms " + (p99 < 100 ? "met" : "MISSED") + " (" + Stats.ms(p99) + " ms). 2 shared cores: compare within one run.");
        }
        out.println("buyers=" + buyers + " concurrency=" + concurrency + " units=" + units + " oversold=" + main.oversold()
                + " lost=" + main.lost() + " duplicates=" + main.duplicates() + " attempts_per_s=" + Stats.rate(main.rate())
                + " p99_ms=" + Stats.ms(p99) + " ratio_vs_sql=" + ratio);
    }

    private boolean clean(Race r, int saleUnits) {
        return r.oversold() == 0 && r.lost() == 0 && r.duplicates() == 0 && r.left() == saleUnits - r.sold() && r.findings() == 0;
    }

    private void report(Race r, int sellable) {
        out.printf("  %s: %d attempts in %.2f s = %s answered/s; latency p50 %s ms, p99 %s ms, max %s ms; answers %s%n", r.label(),
                r.attempts(), r.seconds(), Stats.rate(r.rate()), Stats.ms(r.stats().percentileMs(0.5)),
                Stats.ms(r.stats().percentileMs(0.99)), Stats.ms(r.stats().percentileMs(1.0)), new TreeMap<>(r.statuses()));
        out.println("    latency by answer: " + r.byStatus().entrySet().stream().map(e -> e.getKey() + " p50 "
                + Stats.ms(e.getValue().percentileMs(0.5)) + " / p99 " + Stats.ms(e.getValue().percentileMs(0.99)) + " ms")
                .collect(java.util.stream.Collectors.joining(", ")));
        out.println("    CPU during the race: " + CpuMeter.perOperation(r.cpu(), r.attempts(), "attempt", r.seconds()));
        r.firstBodies().forEach((status, body) -> out.println("    first " + (status == 0 ? "failed connection" : status + " answer") + ": "
                + (body.length() > 240 ? body.substring(0, 240) + "…" : body)));
        out.println("  " + r.label() + " record: sold=" + r.sold() + " of " + units + ", oversold=" + r.oversold() + ", lost=" + r.lost()
                + " (answered accepted, no order in PostgreSQL), duplicates=" + r.duplicates() + " (" + r.keysWithTwoOrders()
                + " keys with two orders, " + r.buyersOverLimit() + " buyers over the limit), " + r.unanswered()
                + " orders whose answer never arrived, counter left=" + r.left() + ", reconciliation: "
                + (r.findings() == 0 ? "nothing to repair" : r.findings() + " findings for this sale")
                + (r.sold() == sellable && clean(r, units) ? "" : "  NOT CLEAN (expected sold=" + sellable + ")"));
    }

    /** Tokens of every buyer, fetched again when they would expire within five minutes (the realm gives 15). */
    private void ensureTokens(Http http) throws Exception {
        if (!tokens.isEmpty() && tokensExpireAt - System.currentTimeMillis() > 5 * 60_000) {
            return;
        }
        long t = System.nanoTime();
        tokens.clear();
        Parallel.run(4, w -> {
            for (int i = w; i < shoppers.size(); i += 4) {
                tokens.put(shoppers.get(i), http.freshUserToken(shoppers.get(i)));
            }
        });
        tokensExpireAt = tokens.values().stream().mapToLong(FlashSaleBench::expiresAt).min().orElse(0);
        out.printf("  tokens: %d buyers' tokens from Keycloak (password grant) in %.1f s%n", tokens.size(), (System.nanoTime() - t) / 1e9);
    }

    private static long expiresAt(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        try {
            return Http.JSON.readTree(payload).path("exp").asLong() * 1000;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a token that is not a JWT", e);
        }
    }

    /** One race on a fresh live show and flash sale, then the checks of the record; the sale is closed after. */
    private Race race(BenchApp app, Http http, String label, int attempts, int saleUnits) throws Exception {
        Fixtures fx = new Fixtures(http, run + "-" + label);
        Fixtures.LiveShow show = fx.liveShow("merchant1", "anchor1", 1, saleUnits);
        String skuId = show.skuIds().get(0);
        String anchor = http.userToken("anchor1");
        String saleId = http.post("/api/flash-sales", anchor, Http.map("showId", show.showId(), "skuId", skuId, "quantity", saleUnits,
                "price", Http.map("amount", "4.90", "currency", "EUR"), "perBuyerLimit", limit, "durationSeconds", 3600))
                .expect(201).json().path("id").asText();

        // the plan: attempt i by buyer i mod n with its own key; a share is sent again with the same key right after
        String body = Http.json(Http.map("showId", show.showId(), "skuId", skuId, "quantity", 1, "payment", payment,
                "flashSaleId", saleId));
        String hostPort = URI.create(app.url()).getAuthority();
        byte[][] requests = new byte[attempts][];
        String[] buyerOf = new String[attempts];
        String[] keyOf = new String[attempts];
        List<int[]> groups = new ArrayList<>();
        int retries = (int) Math.round(attempts * retryShare);
        int retryEvery = retries == 0 ? Integer.MAX_VALUE : Math.max(1, (attempts - retries) / retries);
        int made = 0;
        int retried = 0;
        for (int i = 0; made < attempts; i++) {
            String buyer = shoppers.get(i % shoppers.size());
            String key = "fs-" + run + "-" + label + "-" + i;
            byte[] request = RawHttpRace.request("POST", hostPort, "/api/orders", body, "Authorization", "Bearer " + tokens.get(buyer),
                    "Idempotency-Key", key);
            int first = made++;
            requests[first] = request;
            buyerOf[first] = buyer;
            keyOf[first] = key;
            if (retried < retries && made < attempts && i % retryEvery == 0) {
                int again = made++;
                requests[again] = request;
                buyerOf[again] = buyer;
                keyOf[again] = key;
                retried++;
                groups.add(new int[] { first, again });
            } else {
                groups.add(new int[] { first });
            }
        }

        Map<String, Double> cpuBefore = CpuMeter.sample(app.process.pid());
        RawHttpRace.Answers answers = RawHttpRace.run("127.0.0.1", app.port, concurrency, requests, groups, 1800);
        Map<String, Double> cpu = CpuMeter.since(cpuBefore, CpuMeter.sample(app.process.pid()));

        Stats stats = new Stats(attempts);
        Map<Integer, Integer> statuses = new HashMap<>();
        Map<Integer, Stats> byStatus = new TreeMap<>();
        Map<Integer, String> firstBodies = new TreeMap<>();
        Map<String, String> orderOfKey = new HashMap<>();
        long keysWithTwoOrders = 0;
        for (int i = 0; i < attempts; i++) {
            int status = answers.status()[i];
            stats.record(answers.nanos()[i]);
            statuses.merge(status, 1, Integer::sum);
            byStatus.computeIfAbsent(status, k -> new Stats(attempts)).record(answers.nanos()[i]);
            if (status == 200 || status == 201) {
                Matcher m = ORDER_ID.matcher(answers.body()[i]);
                String orderId = m.find() ? m.group(1) : "?";
                String before = orderOfKey.putIfAbsent(buyerOf[i] + "|" + keyOf[i], orderId);
                if (before != null && !before.equals(orderId)) {
                    keysWithTwoOrders++;
                }
            } else {
                firstBodies.putIfAbsent(status, answers.body()[i]);
            }
        }

        // the record: orders of the sale's lot in PostgreSQL
        Set<String> inRecord = new HashSet<>();
        long sold = 0;
        long buyersOverLimit;
        try (Connection db = Stack.database()) {
            try (PreparedStatement q = db.prepareStatement("SELECT id, quantity, status FROM orders.customer_order WHERE lot_id = ?")) {
                q.setObject(1, UUID.fromString(saleId));
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        inRecord.add(r.getString(1));
                        if (!Set.of("CANCELLED", "EXPIRED").contains(r.getString(3))) {
                            sold += r.getInt(2);
                        }
                    }
                }
            }
            try (PreparedStatement q = db.prepareStatement("SELECT count(*) FROM (SELECT buyer_id FROM orders.customer_order"
                    + " WHERE lot_id = ? AND status NOT IN ('CANCELLED', 'EXPIRED') GROUP BY buyer_id HAVING sum(quantity) > ?) b")) {
                q.setObject(1, UUID.fromString(saleId));
                q.setInt(2, limit);
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    buyersOverLimit = r.getLong(1);
                }
            }
            try (PreparedStatement q = db.prepareStatement("SELECT count(*) FROM (SELECT 1 FROM orders.customer_order WHERE lot_id = ?"
                    + " GROUP BY buyer_id, idempotency_key HAVING count(*) > 1) k")) {
                q.setObject(1, UUID.fromString(saleId));
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    keysWithTwoOrders += r.getLong(1);
                }
            }
        }
        Set<String> accepted = new HashSet<>(orderOfKey.values());
        long lost = accepted.stream().filter(id -> !inRecord.contains(id)).count();
        long unanswered = inRecord.stream().filter(id -> !accepted.contains(id)).count();
        long left = http.get("/api/flash-sales/" + saleId, anchor).expect(200).json().path("left").asLong();
        JsonNode report = http.post("/api/admin/reconciliation", http.userToken("admin1"), null).expect(200).json();
        int findings = 0;
        for (JsonNode f : report.path("findings")) {
            if (f.path("lotId").asText().equals(saleId)) {
                findings++;
                out.println("    reconciliation finding: " + f);
            }
        }
        http.post("/api/flash-sales/" + saleId + "/close", anchor, null).expect(200);
        fx.endShow("anchor1", show.showId());
        return new Race(label, attempts, answers.seconds(), stats, statuses, sold, Math.max(0, sold - saleUnits), lost,
                keysWithTwoOrders, buyersOverLimit, unanswered, left, findings, firstBodies, cpu, byStatus);
    }
}
