package io.livemart.web.logistics;

import static io.livemart.web.support.Api.as;
import static io.livemart.web.support.Api.asCarrier;
import static io.livemart.web.support.Problems.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.livemart.logistics.tracking.security.WebhookSignature;
import io.livemart.web.support.Carrier;
import io.livemart.web.support.Parcels;
import io.livemart.web.support.Parcels.Parcel;
import io.livemart.web.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Carrier webhooks that can be trusted, and the timeline a buyer follows. */
@QuarkusTest
class TrackingTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource db;

    @Test
    void unsignedWronglySignedAlteredOrStaleEventsAreRefusedAndNothingIsStored() {
        Parcel parcel = Parcels.shipped("swiftpost");
        String body = Carrier.event("e-" + parcel.trackingNumber(), parcel.trackingNumber(), "PICKED_UP", Instant.now());

        assertProblem(asCarrier("swiftpost").body(body).post("/api/carriers/swiftpost/events"), 401)
                .body("detail", containsString("unsigned"));
        assertProblem(Carrier.post("swiftpost", "swiftpost", body, Instant.now().minus(Duration.ofMinutes(10))), 401)
                .body("detail", containsString("tolerance"));
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String signedForOtherBody = "sha256=" + WebhookSignature.sign(Carrier.SECRETS.get("swiftpost"), timestamp,
                body.getBytes(StandardCharsets.UTF_8));
        String altered = body.replace("PICKED_UP", "DELIVERED");
        assertProblem(asCarrier("swiftpost").header(WebhookSignature.TIMESTAMP_HEADER, timestamp)
                .header(WebhookSignature.SIGNATURE_HEADER, signedForOtherBody).body(altered)
                .post("/api/carriers/swiftpost/events"), 401).body("detail", containsString("mismatch"));
        String signedWithRapidexSecret = "sha256=" + WebhookSignature.sign(Carrier.SECRETS.get("rapidex"), timestamp,
                body.getBytes(StandardCharsets.UTF_8));
        assertProblem(asCarrier("swiftpost").header(WebhookSignature.TIMESTAMP_HEADER, timestamp)
                .header(WebhookSignature.SIGNATURE_HEADER, signedWithRapidexSecret).body(body)
                .post("/api/carriers/swiftpost/events"), 401);
        assertProblem(Carrier.post("rapidex", "swiftpost", body, Instant.now()), 403);

        as("shopper1").get("/api/shipments/" + parcel.shipmentId() + "/timeline").then().body("$", hasSize(0));
        as("shopper1").get("/api/shipments/" + parcel.shipmentId()).then().body("status", equalTo("SHIPPED"));
    }

    @Test
    void unknownTrackingNumbersAndBadBodiesGetPreciseErrors() {
        assertProblem(Carrier.post("swiftpost", Carrier.event("e-x", "NO-SUCH-PARCEL", "IN_TRANSIT", Instant.now())), 404)
                .body("detail", containsString("NO-SUCH-PARCEL"));
        assertProblem(Carrier.post("swiftpost", "{\"eventId\": "), 400);
        assertProblem(Carrier.post("swiftpost", "{\"eventId\":\"bad id!\",\"trackingNumber\":\"X\",\"type\":\"IN_TRANSIT\"}"), 400)
                .body("errors.field", hasItem("eventId")).body("errors.field", hasItem("occurredAt"));

        Parcel parcel = Parcels.shipped("swiftpost");
        String noProof = "{\"eventId\":\"np-" + parcel.trackingNumber() + "\",\"trackingNumber\":\"" + parcel.trackingNumber()
                + "\",\"type\":\"DELIVERED\",\"occurredAt\":\"" + Instant.now() + "\"}";
        assertProblem(Carrier.post("swiftpost", noProof), 400).body("detail", containsString("proof"));
        as("shopper1").get("/api/orders/" + parcel.orderId()).then().body("status", equalTo("SHIPPED"));
    }

    @Test
    void duplicatesAreStoredOnceAndChangedRepeatsAreRefused() {
        Parcel parcel = Parcels.shipped("swiftpost");
        Instant at = Instant.now().minusSeconds(60);
        String event = Carrier.event("dup-" + parcel.trackingNumber(), parcel.trackingNumber(), "IN_TRANSIT", at);
        Carrier.post("swiftpost", event).then().statusCode(201);
        Carrier.post("swiftpost", event).then().statusCode(200);
        Carrier.post("swiftpost", event).then().statusCode(200);
        String changed = Carrier.event("dup-" + parcel.trackingNumber(), parcel.trackingNumber(), "OUT_FOR_DELIVERY", at);
        assertProblem(Carrier.post("swiftpost", changed), 409);

        as("shopper1").get("/api/shipments/" + parcel.shipmentId() + "/timeline").then().body("$", hasSize(1))
                .body("[0].type", equalTo("IN_TRANSIT"));
    }

    @Test
    void statusFollowsEventTimeWhileLateEventsStillJoinTheTimeline() {
        Parcel parcel = Parcels.shipped("rapidex");
        Instant t0 = Instant.now().minusSeconds(3600);
        String tn = parcel.trackingNumber();
        Carrier.post("rapidex", Carrier.event("a-" + tn, tn, "OUT_FOR_DELIVERY", t0.plusSeconds(1800))).then().statusCode(201);
        Carrier.post("rapidex", Carrier.event("b-" + tn, tn, "PICKED_UP", t0)).then().statusCode(201);
        Carrier.post("rapidex", Carrier.event("c-" + tn, tn, "IN_TRANSIT", t0.plusSeconds(600))).then().statusCode(201);

        as("shopper1").get("/api/shipments/" + parcel.shipmentId()).then().body("status", equalTo("OUT_FOR_DELIVERY"));
        as("shopper1").get("/api/shipments/" + parcel.shipmentId() + "/timeline").then()
                .body("type", equalTo(List.of("PICKED_UP", "IN_TRANSIT", "OUT_FOR_DELIVERY")));

        Carrier.post("rapidex", Carrier.event("d-" + tn, tn, "DELIVERY_FAILED", t0.plusSeconds(2400))).then().statusCode(201);
        as("shopper1").get("/api/shipments/" + parcel.shipmentId()).then().body("status", equalTo("DELIVERY_FAILED"));
        Carrier.post("rapidex", Carrier.event("e-" + tn, tn, "DELIVERED", t0.plusSeconds(3000))).then().statusCode(201);
        Carrier.post("rapidex", Carrier.event("f-" + tn, tn, "IN_TRANSIT", t0.plusSeconds(3500))).then().statusCode(201);

        as("shopper1").get("/api/shipments/" + parcel.shipmentId()).then()
                .body("status", equalTo("DELIVERED"))
                .body("recipientName", equalTo("Lin at the front door"))
                .body("proofPhotoUrl", containsString("https://proof.example/"));
        as("shopper1").get("/api/orders/" + parcel.orderId()).then().body("status", equalTo("DELIVERED"));
        as("merchant1").get("/api/shipments/" + parcel.shipmentId() + "/timeline").then().body("$", hasSize(6));
    }

    /**
     * A carrier's systems post one parcel's events at once (several scanners, retries racing the original): each event
     * is stored once, nobody gets an error, and the parcel ends on the status of its latest event.
     */
    @Test
    void oneParcelsEventsPostedAtOnceAreEachStoredOnceAndTheLatestWins() throws Exception {
        Parcel parcel = Parcels.shipped("rapidex");
        String tn = parcel.trackingNumber();
        Instant t0 = Instant.now().minusSeconds(3600);
        String[] types = { "PICKED_UP", "IN_TRANSIT", "IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERY_FAILED", "OUT_FOR_DELIVERY" };
        List<String> bodies = new java.util.ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            String body = Carrier.event("race" + i + "-" + tn, tn, types[i], t0.plusSeconds(60L * i));
            bodies.add(body);
            bodies.add(body); // the same event again, racing the first post
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(bodies.size());
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            for (String body : bodies) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return Carrier.post("rapidex", body).statusCode();
                }));
            }
            go.countDown();
            int created = 0;
            for (java.util.concurrent.Future<Integer> answer : answers) {
                int status = answer.get(30, TimeUnit.SECONDS);
                assertTrue(status == 201 || status == 200, "a created or repeated event, not " + status);
                created += status == 201 ? 1 : 0;
            }
            assertEquals(types.length, created, "each distinct event created exactly once");
        } finally {
            pool.shutdownNow();
        }
        as("shopper1").get("/api/shipments/" + parcel.shipmentId() + "/timeline").then().body("$", hasSize(types.length));
        as("shopper1").get("/api/shipments/" + parcel.shipmentId()).then().body("status", equalTo("OUT_FOR_DELIVERY"));
    }

    /**
     * A carrier's busy minute: the events of many parcels posted at once are written together, one transaction for all
     * those waiting (ADR 0021), and still each post gets its own answer: a new event 201, a repeat 200, a repeat with
     * other contents 409, an unknown tracking number 404, and the delivery of a parcel whose order was cancelled
     * meanwhile 409 with nothing of it stored, while the others' parcels and orders move on. To be sure the posts share
     * transactions, the test holds a lock on the events' table while they are posted: the writers' first transactions
     * (gate events of parcels of their own) wait on it, and everything posted meanwhile queues up behind them.
     */
    @Test
    void eventsOfManyParcelsPostedAtOnceEachGetTheirOwnAnswer() throws Exception {
        Instant t0 = Instant.now().minusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        List<Parcel> parcels = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            parcels.add(Parcels.shipped("swiftpost"));
        }
        Parcel first = parcels.get(0);
        String earlier = Carrier.event("burst-early-" + first.trackingNumber(), first.trackingNumber(), "PICKED_UP", t0);
        Carrier.post("swiftpost", earlier).then().statusCode(201);
        Parcel cancelled = Parcels.shipped("swiftpost");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update orders.customer_order set status = 'CANCELLED' where id = :id")
                .setParameter("id", UUID.fromString(cancelled.orderId())).executeUpdate());

        java.util.Map<String, Integer> expected = new java.util.LinkedHashMap<>();
        java.util.Map<Parcel, Instant> deliveredAt = new java.util.HashMap<>();
        for (Parcel p : parcels) {
            String tn = p.trackingNumber();
            deliveredAt.put(p, t0.plusSeconds(180 + 7 * deliveredAt.size())); // each parcel delivered at its own time
            expected.put(Carrier.event("burst-a-" + tn, tn, "IN_TRANSIT", t0.plusSeconds(60)), 201);
            expected.put(Carrier.event("burst-b-" + tn, tn, "OUT_FOR_DELIVERY", t0.plusSeconds(120)), 201);
            expected.put(Carrier.event("burst-c-" + tn, tn, "DELIVERED", deliveredAt.get(p)), 201);
        }
        expected.put(earlier, 200);
        expected.put(Carrier.event("burst-early-" + first.trackingNumber(), first.trackingNumber(), "IN_TRANSIT", t0), 409);
        expected.put(Carrier.event("burst-unknown", "NO-SUCH-" + first.trackingNumber(), "IN_TRANSIT", t0), 404);
        expected.put(Carrier.event("burst-c-" + cancelled.trackingNumber(), cancelled.trackingNumber(), "DELIVERED",
                t0.plusSeconds(180)), 409);

        List<String> gates = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) { // enough that every writer most likely gets one first
            Parcel gate = Parcels.shipped("swiftpost");
            gates.add(Carrier.event("burst-gate-" + gate.trackingNumber(), gate.trackingNumber(), "IN_TRANSIT", t0));
        }

        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(gates.size() + expected.size());
        try (java.sql.Connection lock = db.getConnection(); java.sql.Statement st = lock.createStatement()) {
            lock.setAutoCommit(false);
            st.execute("LOCK TABLE logistics.tracking_event IN EXCLUSIVE MODE");
            List<java.util.concurrent.Future<Integer>> gateAnswers = new java.util.ArrayList<>();
            for (String gate : gates) {
                gateAnswers.add(pool.submit(() -> Carrier.post("swiftpost", gate).statusCode()));
            }
            Thread.sleep(500);
            java.util.Map<String, java.util.concurrent.Future<Integer>> answers = new java.util.LinkedHashMap<>();
            for (String body : expected.keySet()) {
                answers.put(body, pool.submit(() -> Carrier.post("swiftpost", body).statusCode()));
            }
            Thread.sleep(1500); // all posted and waiting
            lock.commit();
            for (java.util.concurrent.Future<Integer> gate : gateAnswers) {
                assertEquals(201, gate.get(30, TimeUnit.SECONDS));
            }
            for (var answer : answers.entrySet()) {
                assertEquals(expected.get(answer.getKey()), answer.getValue().get(30, TimeUnit.SECONDS), answer.getKey());
            }
        } finally {
            pool.shutdownNow();
        }
        for (Parcel p : parcels) {
            as("shopper1").get("/api/shipments/" + p.shipmentId()).then().body("status", equalTo("DELIVERED"));
            String paidAt = as("shopper1").get("/api/orders/" + p.orderId()).then().body("status", equalTo("DELIVERED"))
                    .extract().path("paidAt");
            assertEquals(deliveredAt.get(p), Instant.parse(paidAt), "cash on delivery is paid at its own parcel's delivery");
        }
        as("shopper1").get("/api/shipments/" + first.shipmentId() + "/timeline").then().body("$", hasSize(4))
                .body("[0].type", equalTo("PICKED_UP"));
        as("shopper1").get("/api/shipments/" + cancelled.shipmentId() + "/timeline").then().body("$", hasSize(0));
        as("shopper1").get("/api/shipments/" + cancelled.shipmentId()).then().body("status", equalTo("SHIPPED"));
    }

    @Test
    void carriersSeeTheirOwnParcelsOnTheirWay() {
        Parcel parcel = Parcels.shipped("swiftpost");
        asCarrier("swiftpost").get("/api/carriers/swiftpost/parcels").then().statusCode(200)
                .body("trackingNumber", hasItem(parcel.trackingNumber()));
        asCarrier("rapidex").get("/api/carriers/rapidex/parcels").then().statusCode(200)
                .body("trackingNumber", not(hasItem(parcel.trackingNumber())));
        assertProblem(asCarrier("rapidex").get("/api/carriers/swiftpost/parcels"), 403);
        assertProblem(as("merchant1").get("/api/carriers/swiftpost/parcels"), 403);
        assertProblem(asCarrier("rapidex").get("/api/carriers/Rapid Ex!/parcels"), 400)
                .body("detail", containsString("carrier's code"));
        assertProblem(asCarrier("rapidex").contentType("application/json").body("{}").post("/api/carriers/RAPIDEX/events"), 400)
                .body("detail", containsString("carrier's code"));
        assertProblem(as("merchant1").body(java.util.Map.of("orderIds", new String[] { parcel.orderId() },
                "carrier", "pigeon-post", "trackingNumber", "PP1")).post("/api/shipments"), 400)
                .body("detail", containsString("swiftpost"));
    }

    @Test
    void theBuyersOpenTimelineReceivesEventsAsTheyArrive() throws Exception {
        Parcel parcel = Parcels.shipped("swiftpost");
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/shipments/" + parcel.shipmentId() + "/timeline/live"))
                .header("Authorization", "Bearer " + Tokens.user("shopper1")).header("Accept", "text/event-stream").build();
        HttpResponse<java.io.InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
        CompletableFuture<String> firstEvent = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("data:")) {
                        return line.substring(5);
                    }
                }
                return null;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Thread.sleep(300); // the stream is subscribed once the answer's headers are in; give the feed a moment
        Carrier.post("swiftpost", Carrier.event("live-" + parcel.trackingNumber(), parcel.trackingNumber(), "PICKED_UP",
                Instant.now())).then().statusCode(201);
        String data = firstEvent.get(20, TimeUnit.SECONDS);
        assertTrue(data.contains("PICKED_UP") && data.contains(parcel.shipmentId()), data);
        response.body().close();

        HttpRequest foreign = HttpRequest.newBuilder(URI.create(base + "api/shipments/" + parcel.shipmentId() + "/timeline/live"))
                .header("Authorization", "Bearer " + Tokens.user("shopper2")).build();
        assertEquals(403, http.send(foreign, HttpResponse.BodyHandlers.discarding()).statusCode());
    }
}
