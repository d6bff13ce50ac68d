package io.livemart.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code ./livemart bench flash-sale}: B buy attempts from C concurrent clients on a flash sale of N units, through the
 * real HTTP API with real shopper tokens (the demo shoppers and the bench-only ones of the realm), each with its own
 * Idempotency-Key (a share is sent twice with the same key, as a client retrying). Then checks the record: units sold
 * (orders of the sale in the database), none oversold, no accepted order missing, no key answered with two orders,
 * the live counter (Redis, as the API shows it) at 0, and reconciliation ({@code POST /api/admin/reconciliation} as
 * admin1) finding nothing to repair. In the same run, a baseline written the way common shops do it, straight on
 * PostgreSQL with JDBC (no HTTP, no auth): per attempt one transaction that checks the buyer's units, runs
 * {@code UPDATE … SET stock = stock - 1 WHERE stock >= 1}, then inserts the order — scratch tables, dropped afterwards.
 * Last line: {@code requests=B concurrency=C units=N sold=… oversold=… buys_per_s=… p99_ms=… ratio_vs_baseline=…}.
 */
public final class FlashSaleBench {

    static final String USAGE = """
            Usage: ./livemart bench flash-sale [--requests 200] [--concurrency 32] [--units 50] [--limit 5]
                                               [--retries 0.05] [--payment ONLINE|CASH_ON_DELIVERY]
            """;

    record Attempt(int index, String buyer, String key, boolean retry) {
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
        Args a = new Args(args, Set.of(), Set.of("requests", "concurrency", "units", "limit", "retries", "payment"));
        int requests = a.integer("requests", 200);
        int concurrency = a.integer("concurrency", 32);
        int units = a.integer("units", 50);
        int limit = a.integer("limit", 5);
        double retryShare = a.fraction("retries", 0.05);
        String payment = a.string("payment", "ONLINE");
        if (requests < 1 || concurrency < 1 || units < 1 || limit < 1 || limit > units) {
            throw new IllegalArgumentException("--requests, --concurrency, --units and --limit must be positive, --limit at most --units");
        }
        String run = Fixtures.runId();
        Http http = Http.ofStack();
        Fixtures fx = new Fixtures(http, run);

        List<String> buyers = new ArrayList<>();
        for (String s : Fixtures.shopperNames()) {
            try {
                http.userToken(s);
                buyers.add(s);
            } catch (RuntimeException e) {
                // not in this realm
            }
        }
        int sellable = Math.min(units, buyers.size() * limit);
        out.println("bench flash-sale (run " + run + "): " + requests + " buy attempts from " + concurrency + " clients on a flash sale of "
                + units + " units (limit " + limit + " per buyer, " + buyers.size() + " shoppers, " + payment + ") at " + http.app);
        if (sellable < units) {
            out.println("  note: " + buyers.size() + " shoppers x limit " + limit + " = " + sellable + " < " + units
                    + " units: at most " + sellable + " can sell (add bench shoppers to the realm or raise --limit)");
        }

        // ---- fixture: a live show with the SKU's whole stock moved into a flash sale
        Fixtures.LiveShow show = fx.liveShow("merchant1", "anchor1", 1, units);
        String skuId = show.skuIds().get(0);
        String anchor = http.userToken("anchor1");
        String saleId = http.post("/api/flash-sales", anchor, Http.map("showId", show.showId(), "skuId", skuId, "quantity", units,
                "price", Http.map("amount", "4.90", "currency", "EUR"), "perBuyerLimit", limit, "durationSeconds", 600))
                .expect(201).json().path("id").asText();

        // ---- the plan: attempt i by buyer i mod n; a share repeated with the same key right after
        List<List<Attempt>> perClient = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            perClient.add(new ArrayList<>());
        }
        int retries = (int) Math.round(requests * retryShare);
        int firsts = requests - retries;
        int retryEvery = retries == 0 ? Integer.MAX_VALUE : Math.max(1, firsts / retries);
        int made = 0;
        int retried = 0;
        for (int i = 0; made < requests; i++) {
            Attempt first = new Attempt(i, buyers.get(i % buyers.size()), "bench-" + run + "-" + i, false);
            List<Attempt> mine = perClient.get(i % concurrency);
            mine.add(first);
            made++;
            if (retried < retries && made < requests && i % retryEvery == 0) {
                mine.add(new Attempt(i, first.buyer(), first.key(), true));
                made++;
                retried++;
            }
        }

        Stats stats = new Stats(requests);
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        Map<String, String> firstErrors = new ConcurrentHashMap<>();
        Map<String, String> orderOfKey = new ConcurrentHashMap<>();
        AtomicInteger duplicates = new AtomicInteger();
        long start = System.nanoTime();
        Parallel.run(concurrency, w -> {
            for (Attempt at : perClient.get(w)) {
                long s = System.nanoTime();
                Http.Answer answer = fx.buy(at.buyer(), show.showId(), skuId, 1, payment, saleId, at.key());
                stats.record(System.nanoTime() - s);
                statuses.computeIfAbsent(answer.status(), k -> new AtomicInteger()).incrementAndGet();
                if (answer.status() == 201 || answer.status() == 200) {
                    String orderId = answer.json().path("id").asText();
                    String before = orderOfKey.putIfAbsent(at.buyer() + "|" + at.key(), orderId);
                    if (before != null && !before.equals(orderId)) {
                        duplicates.incrementAndGet();
                    }
                } else if (answer.status() >= 500 || answer.status() == 401 || answer.status() == 403) {
                    firstErrors.putIfAbsent(Integer.toString(answer.status()), answer.body());
                } else {
                    firstErrors.putIfAbsent(answer.status() + " (refused)", answer.body());
                }
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = requests / seconds;
        double p99 = stats.percentileMs(0.99);
        out.printf("app: %d attempts in %.2f s = %s answered/s; latency p50 %s ms, p99 %s ms, max %s ms; answers %s%n", requests, seconds,
                Stats.rate(rate), Stats.ms(stats.percentileMs(0.5)), Stats.ms(p99), Stats.ms(stats.percentileMs(1.0)), new TreeMap<>(statuses));
        firstErrors.forEach((status, body) -> out.println("  first " + status + " answer: " + (body.length() > 300 ? body.substring(0, 300) : body)));

        // ---- checks: the record, the live counter, reconciliation
        long sold;
        Set<String> inRecord = new HashSet<>();
        try (Connection db = Stack.database();
                PreparedStatement q = db.prepareStatement("SELECT id, quantity FROM orders.customer_order WHERE lot_id = ?"
                        + " AND status NOT IN ('CANCELLED', 'EXPIRED')")) {
            q.setObject(1, UUID.fromString(saleId));
            long units2 = 0;
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    inRecord.add(r.getString(1));
                    units2 += r.getInt(2);
                }
            }
            sold = units2;
        }
        Set<String> accepted = new HashSet<>(orderOfKey.values());
        long lost = accepted.stream().filter(id -> !inRecord.contains(id)).count();
        long oversold = Math.max(0, sold - units);
        JsonNode sale = http.get("/api/flash-sales/" + saleId, anchor).expect(200).json();
        long left = sale.path("left").asLong();
        JsonNode report = http.post("/api/admin/reconciliation", http.userToken("admin1"), null).expect(200).json();
        int repairs = 0;
        for (JsonNode f : report.path("findings")) {
            if (f.path("lotId").asText().equals(saleId) || !"none".equals(f.path("action").asText("none"))) {
                repairs++;
                out.println("  reconciliation finding: " + f);
            }
        }
        out.println("record: sold=" + sold + " of " + units + " (" + accepted.size() + " accepted orders, " + inRecord.size()
                + " in the database), oversold=" + oversold + ", lost=" + lost + " (accepted but not in the database), duplicates="
                + duplicates.get() + " (a key answered with two orders), live counter left=" + left + " (Redis, through the API),"
                + " reconciliation: " + report.path("lotsChecked").asInt() + " lots checked, " + report.path("differences").asInt()
                + " differences" + (repairs == 0 ? ", nothing to repair" : ", " + repairs + " findings"));
        http.post("/api/flash-sales/" + saleId + "/close", anchor, null);
        fx.endShow("anchor1", show.showId());

        // ---- baseline: conditional SQL decrement + order insert, same attempts, same threads
        double baseRate;
        long baseSold;
        Stats baseStats = new Stats(requests);
        String stock = "public.bench_fs_stock_" + run;
        String orders = "public.bench_fs_order_" + run;
        try (Connection db = Stack.database(); Statement st = db.createStatement()) {
            st.execute("CREATE TABLE " + stock + " (sku_id uuid PRIMARY KEY, stock integer NOT NULL)");
            st.execute("CREATE TABLE " + orders + " (id uuid PRIMARY KEY, buyer_id varchar(64) NOT NULL, sku_id uuid NOT NULL,"
                    + " quantity integer NOT NULL, idempotency_key varchar(100) NOT NULL, created_at timestamptz NOT NULL DEFAULT now(),"
                    + " UNIQUE (buyer_id, idempotency_key))");
            st.execute("CREATE INDEX ON " + orders + " (buyer_id, sku_id)");
            try {
                UUID sku = UUID.fromString(skuId);
                try (PreparedStatement ins = db.prepareStatement("INSERT INTO " + stock + " VALUES (?, ?)")) {
                    ins.setObject(1, sku);
                    ins.setInt(2, units);
                    ins.executeUpdate();
                }
                List<Connection> connections = new ArrayList<>();
                for (int i = 0; i < concurrency; i++) {
                    Connection c = Stack.database();
                    c.setAutoCommit(false);
                    connections.add(c);
                }
                try {
                    long bs = System.nanoTime();
                    Parallel.run(concurrency, w -> {
                        Connection c = connections.get(w);
                        try (PreparedStatement repeat = c.prepareStatement("SELECT id FROM " + orders + " WHERE buyer_id = ? AND idempotency_key = ?");
                                PreparedStatement had = c.prepareStatement("SELECT coalesce(sum(quantity), 0) FROM " + orders
                                        + " WHERE buyer_id = ? AND sku_id = ?");
                                PreparedStatement take = c.prepareStatement("UPDATE " + stock + " SET stock = stock - 1 WHERE sku_id = ? AND stock >= 1");
                                PreparedStatement insert = c.prepareStatement("INSERT INTO " + orders
                                        + " (id, buyer_id, sku_id, quantity, idempotency_key) VALUES (?, ?, ?, 1, ?)")) {
                            for (Attempt at : perClient.get(w)) {
                                long s = System.nanoTime();
                                repeat.setString(1, at.buyer());
                                repeat.setString(2, at.key());
                                boolean seen;
                                try (ResultSet r = repeat.executeQuery()) {
                                    seen = r.next();
                                }
                                if (!seen) {
                                    had.setString(1, at.buyer());
                                    had.setObject(2, sku);
                                    int held;
                                    try (ResultSet r = had.executeQuery()) {
                                        r.next();
                                        held = r.getInt(1);
                                    }
                                    if (held < limit) {
                                        take.setObject(1, sku);
                                        if (take.executeUpdate() == 1) {
                                            insert.setObject(1, UUID.randomUUID());
                                            insert.setString(2, at.buyer());
                                            insert.setObject(3, sku);
                                            insert.setString(4, at.key());
                                            insert.executeUpdate();
                                        }
                                    }
                                }
                                c.commit();
                                baseStats.record(System.nanoTime() - s);
                            }
                        } catch (SQLException e) {
                            throw new IllegalStateException("baseline: " + e.getMessage(), e);
                        }
                    });
                    double baseSeconds = (System.nanoTime() - bs) / 1e9;
                    baseRate = requests / baseSeconds;
                    long overLimit;
                    try (ResultSet r = st.executeQuery("SELECT coalesce(sum(units), 0), coalesce(sum(greatest(0, units - " + limit
                            + ")), 0) FROM (SELECT buyer_id, sum(quantity) AS units FROM " + orders + " GROUP BY buyer_id) b")) {
                        r.next();
                        baseSold = r.getLong(1);
                        overLimit = r.getLong(2);
                    }
                    if (overLimit > 0) {
                        out.println("  the baseline's per-buyer check is not atomic: " + overLimit + " units sold over the per-buyer limit");
                    }
                    out.printf("baseline (JDBC straight on PostgreSQL, no HTTP or auth: repeat check, buyer's units, UPDATE … SET stock = stock - 1"
                            + " WHERE stock >= 1, order insert, one transaction per attempt, %d threads): %d attempts in %.2f s = %s/s;"
                            + " latency p50 %s ms, p99 %s ms; sold %d%n", concurrency, requests, baseSeconds, Stats.rate(baseRate),
                            Stats.ms(baseStats.percentileMs(0.5)), Stats.ms(baseStats.percentileMs(0.99)), baseSold);
                } finally {
                    for (Connection c : connections) {
                        c.close();
                    }
                }
            } finally {
                st.execute("DROP TABLE IF EXISTS " + orders);
                st.execute("DROP TABLE IF EXISTS " + stock);
            }
        }
        double ratio = rate / baseRate;
        boolean exact = sold == sellable && oversold == 0 && lost == 0 && duplicates.get() == 0 && left == units - sold && repairs == 0;
        out.println("checks: " + (exact ? "every unit sold exactly once, counter at 0, nothing to repair"
                : "NOT CLEAN (expected sold=" + sellable + ", oversold=0, lost=0, duplicates=0, left=" + (units - sellable) + ", nothing to repair)")
                + ". Issue 6's targets are for B=20000, C=500, S=1000 with a baseline through the same HTTP API (needs an app-side"
                + " SQL stock strategy that does not exist): this ratio is against plain JDBC, without HTTP or tokens. p99 < 100 ms: "
                + (p99 < 100 ? "met" : "MISSED") + " (" + Stats.ms(p99) + " ms). 2 shared cores: compare ratios within one run.");
        out.println("requests=" + requests + " concurrency=" + concurrency + " units=" + units + " sold=" + sold + " oversold=" + oversold
                + " buys_per_s=" + Stats.rate(rate) + " p99_ms=" + Stats.ms(p99) + " ratio_vs_baseline=" + Stats.ratio(ratio));
    }
}
