package io.livemart.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Bench fixtures made through the public API, as the demo users would: a merchant's product with SKUs, offered to
 * an anchor, taken into its selection, put in the line-up of a show that goes live. Names carry "[bench RUN]".
 */
final class Fixtures {

    /** The shoppers of the realm: the three demo shoppers and the bench-only ones (infra/keycloak/livemart-realm.json). */
    static List<String> shopperNames() {
        List<String> names = new ArrayList<>(List.of("shopper1", "shopper2", "shopper3"));
        for (int i = 1; i <= 20; i++) {
            names.add(String.format("bench-shopper%02d", i));
        }
        return names;
    }

    /** The bench-only shoppers bench-shopper01..NN of the realm (250 of them), for races with many distinct buyers. */
    static List<String> benchShoppers(int count) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            names.add(String.format("bench-shopper%02d", i));
        }
        return names;
    }

    /** A live show of {@code anchor} selling one product of {@code merchant}. */
    record LiveShow(String showId, String productId, List<String> skuIds) {
    }

    private final Http http;
    final String run;

    Fixtures(Http http, String run) {
        this.http = http;
        this.run = run;
    }

    LiveShow liveShow(String merchant, String anchor, int skus, int stockPerSku) {
        String m = http.userToken(merchant);
        String a = http.userToken(anchor);
        http.put("/api/stores/mine", m, Http.map("name", merchant + "'s store")).expect(200);
        List<Object> skuBodies = new ArrayList<>();
        for (int i = 0; i < skus; i++) {
            skuBodies.add(Http.map("code", "BENCH-" + run + "-" + i, "attributes", Map.of("lot", Integer.toString(i)),
                    "price", Http.map("amount", "9.90", "currency", "EUR"),
                    "costPrice", Http.map("amount", "4.00", "currency", "EUR"), "stock", stockPerSku));
        }
        String productId = http.post("/api/products", m, Http.map("name", "Bench tea [bench " + run + "]", "category", "tea",
                "description", "Made by a LiveMart benchmark (./livemart bench), not a real product.",
                "imageUrls", List.of("https://images.livemart.example/bench.jpg"), "skus", skuBodies))
                .expect(201).json().path("id").asText();
        List<String> skuIds = new ArrayList<>();
        for (JsonNode sku : http.get("/api/products/" + productId, m).expect(200).json().path("skus")) {
            skuIds.add(sku.path("id").asText());
        }
        String anchorId = http.get("/api/me", a).expect(200).json().path("id").asText();
        String offerId = http.post("/api/offers", m, Http.map("productId", productId, "commissionRate", "10",
                "anchorIds", List.of(anchorId))).expect(201).json().path("id").asText();
        http.post("/api/selection", a, Http.map("offerId", offerId)).expect(201);
        String showId = http.post("/api/shows", a, Http.map("title", "Benchmark show [bench " + run + "]",
                "scheduledStart", Instant.now().plus(1, ChronoUnit.HOURS).toString(), "lineup", List.of(productId)))
                .expect(201).json().path("id").asText();
        http.post("/api/shows/" + showId + "/start", a, null).expect(200);
        return new LiveShow(showId, productId, skuIds);
    }

    void endShow(String anchor, String showId) {
        http.post("/api/shows/" + showId + "/end", http.userToken(anchor), null).expect(200);
    }

    /** One buy: answers the HTTP answer (201 reserved/confirmed, 200 repeat of the same key, 4xx refused). */
    Http.Answer buy(String shopper, String showId, String skuId, int quantity, String payment, String flashSaleId, String key) {
        Map<String, Object> body = Http.map("showId", showId, "skuId", skuId, "quantity", quantity, "payment", payment);
        if (flashSaleId != null) {
            body.put("flashSaleId", flashSaleId);
        }
        return http.post("/api/orders", http.userToken(shopper), body, Map.of("Idempotency-Key", key));
    }

    String ship(String merchant, List<String> orderIds, String carrier, String trackingNumber) {
        return http.post("/api/shipments", http.userToken(merchant), Http.map("orderIds", orderIds, "carrier", carrier,
                "trackingNumber", trackingNumber)).expect(201).json().path("id").asText();
    }

    static String runId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
