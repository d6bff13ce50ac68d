package io.livemart.web.room;

import static io.livemart.web.room.RoomClient.comment;
import static io.livemart.web.support.Api.as;
import static io.livemart.web.support.Api.userId;
import static io.livemart.web.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livemart.core.events.GiftSent;
import io.livemart.core.events.ShowFiguresRecorded;
import io.livemart.streaming.channel.RoomStore;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The room's real-time channel on one instance, against the real stack: comments in order, newcomer state, likes,
 * viewer counts, gifts, the pinned card with live stock, flash-sale announcements, lotteries, the comment floor,
 * moderation and bad input. (Two instances: {@link RoomTwoInstancesIT}.)
 */
@QuarkusTest
class RoomChannelTest {

    @Inject
    RoomEvents events;

    @Inject
    RoomStore store;

    RoomClient client(String showId, String user) throws Exception {
        RoomClient c = new RoomClient(ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class),
                showId, user);
        c.next("hello");
        c.next("state");
        return c;
    }

    @Test
    void commentsReachEveryoneInOrderAndNewcomersGetTheState() throws Exception {
        LiveRoom room = new LiveRoom(5);
        int history = ConfigProvider.getConfig().getValue("streaming.channel.history", Integer.class);
        try (RoomClient anonymous = client(room.showId, null);
                RoomClient s1 = client(room.showId, "shopper1");
                RoomClient s2 = client(room.showId, "shopper2");
                RoomClient s3 = client(room.showId, "shopper3")) {
            List<String> sent = new ArrayList<>();
            for (int i = 0; i < history + 2; i++) {
                RoomClient who = List.of(s1, s2, s3).get(i % 3);
                String text = i == 0 ? "<b>bold?</b> & <script>alert(1)</script>" : "comment " + i;
                who.send(comment(text));
                who.next("comment", m -> m.getString("text").equals(text)); // its own comment came back
                sent.add(text);
            }
            // Everyone, the anonymous viewer too, got every comment in the server's order, text untouched.
            String last = sent.get(sent.size() - 1);
            for (RoomClient viewer : List.of(anonymous, s1, s2, s3)) {
                if (viewer.all("comment").stream().noneMatch(m -> m.getString("text").equals(last))) {
                    viewer.next("comment", m -> m.getString("text").equals(last));
                }
                List<JsonObject> comments = viewer.all("comment");
                assertEquals(sent, comments.stream().map(c -> c.getString("text")).toList());
                for (int i = 1; i < comments.size(); i++) {
                    assertTrue(comments.get(i).getLong("id") > comments.get(i - 1).getLong("id"), "in order");
                }
                assertEquals("shopper1", comments.get(0).getJsonObject("user").getString("name"));
            }
            // Anonymous viewers receive but cannot send.
            anonymous.refused(comment("hi"), "forbidden");
            anonymous.refused(new JsonObject().put("type", "like"), "forbidden");

            // A newcomer gets the last comments (the configured history), the counts, at once.
            try (RoomClient late = new RoomClient(port(), room.showId, "anchor2")) {
                late.next("hello");
                JsonObject state = late.next("state");
                JsonArray comments = state.getJsonArray("comments");
                assertEquals(history, comments.size());
                assertEquals(sent.subList(2, sent.size()), comments.stream().map(c -> ((JsonObject) c).getString("text")).toList());
                assertTrue(state.getJsonObject("viewers").getLong("count") >= 5);
                assertTrue(state.containsKey("pinned") && state.containsKey("sale") && state.containsKey("likes"));
            }
        }
    }

    @Test
    void likesAreCountedAsTotalsAndViewersOnceEach() throws Exception {
        LiveRoom room = new LiveRoom(5);
        try (RoomClient watcher = client(room.showId, null);
                RoomClient s1 = client(room.showId, "shopper1");
                RoomClient s1again = client(room.showId, "shopper1");
                RoomClient s2 = client(room.showId, "shopper2")) {
            for (int i = 0; i < 4; i++) {
                s1.send(new JsonObject().put("type", "like").put("taps", 5));
            }
            s2.send(new JsonObject().put("type", "like"));
            watcher.next("likes", m -> m.getLong("total") == 21);
            List<Long> totals = watcher.all("likes").stream().map(m -> m.getLong("total")).toList();
            for (int i = 1; i < totals.size(); i++) {
                assertTrue(totals.get(i) >= totals.get(i - 1), "totals never go back: " + totals);
            }
            s1.refused(new JsonObject().put("type", "like").put("taps", 500), "invalid-request");
            // Three people on four sockets (shopper1 twice): counted once each.
            watcher.saw("viewers", m -> m.getLong("count") == 3);
            s1again.close();
            s2.close();
            watcher.next("viewers", m -> m.getLong("count") == 2 && m.getLong("unique") == 3);
        }
    }

    @Test
    void giftsAreAnnouncedAndRecordedAsSponsorship() throws Exception {
        LiveRoom room = new LiveRoom(5);
        given().get("/api/gifts").then().statusCode(200).body("find { it.code == 'rocket' }.price.amount", equalTo(10.0f));
        try (RoomClient watcher = client(room.showId, null); RoomClient s1 = client(room.showId, "shopper1")) {
            s1.send(new JsonObject().put("type", "gift").put("code", "rocket").put("quantity", 2));
            JsonObject gift = watcher.next("gift");
            assertEquals("Rocket", gift.getString("name"));
            assertEquals("20.00", gift.getJsonObject("total").getString("amount"));
            s1.refused(new JsonObject().put("type", "gift").put("code", "diamond"), "invalid-request");
            s1.refused(new JsonObject().put("type", "gift").put("code", "rose").put("quantity", 0), "invalid-request");
            watcher.refused(new JsonObject().put("type", "gift").put("code", "rose"), "forbidden");
        }
        assertTrue(events.events().stream().anyMatch(e -> e instanceof GiftSent g && g.showId().toString().equals(room.showId)
                && g.total().amount().toPlainString().equals("20.00") && g.anchorId().equals(userId("anchor1"))));
        as("anchor1").get("/api/shows/" + room.showId + "/sponsorship").then().statusCode(200)
                .body("gifts", equalTo(2)).body("totals[0].income.amount", equalTo(20.0f));
        as("moderator1").get("/api/shows/" + room.showId + "/sponsorship").then().statusCode(200);
        assertProblem(as("anchor2").get("/api/shows/" + room.showId + "/sponsorship"), 403);
        assertProblem(as("shopper1").get("/api/shows/" + room.showId + "/sponsorship"), 403);
        assertProblem(given().get("/api/shows/" + room.showId + "/sponsorship"), 401);
    }

    @Test
    void pinnedCardShowsPriceAndLiveStockAndFlashSalesAreAnnounced() throws Exception {
        LiveRoom room = new LiveRoom(10);
        try (RoomClient anchor = client(room.showId, "anchor1"); RoomClient s1 = client(room.showId, "shopper1")) {
            s1.refused(new JsonObject().put("type", "pin").put("productId", room.productId), "forbidden");
            anchor.refused(new JsonObject().put("type", "pin").put("productId", java.util.UUID.randomUUID().toString()),
                    "invalid-request");
            anchor.send(new JsonObject().put("type", "pin").put("productId", room.productId));
            JsonObject card = s1.next("pinned").getJsonObject("card");
            JsonObject sku = card.getJsonArray("skus").getJsonObject(0);
            assertEquals("12.50", sku.getJsonObject("price").getString("amount"));
            assertEquals(10, sku.getLong("left"));

            room.buy("shopper2", 3, null);
            s1.next("stock", m -> m.getString("skuId").equals(room.skuId) && m.getLong("left") == 7);
            // orders at once: their announcements are folded together, and the last stock is always announced
            List<CompletableFuture<Void>> buys = new ArrayList<>();
            for (String shopper : List.of("shopper1", "shopper2", "shopper3")) {
                buys.add(CompletableFuture.runAsync(() -> room.buy(shopper, 1, null)));
            }
            buys.forEach(CompletableFuture::join);
            s1.next("stock", m -> m.getString("skuId").equals(room.skuId) && m.getLong("left") == 4);

            String saleId = as("anchor1").body(Map.of("showId", room.showId, "skuId", room.skuId, "quantity", 2,
                    "price", Map.of("amount", "5.00", "currency", "EUR"), "perBuyerLimit", 2, "durationSeconds", 120))
                    .post("/api/flash-sales").then().statusCode(201).extract().path("id");
            JsonObject opened = s1.next("sale-opened");
            assertEquals(saleId, opened.getString("saleId"));
            assertTrue(opened.getLong("secondsLeft") > 0 && opened.getLong("secondsLeft") <= 120);
            try (RoomClient late = new RoomClient(port(), room.showId, null)) {
                JsonObject state = late.next("state");
                assertEquals(saleId, state.getJsonObject("sale").getString("saleId"));
                assertEquals(room.productId, state.getJsonObject("pinned").getString("productId"));
            }
            room.buy("shopper3", 2, saleId);
            assertEquals(saleId, s1.next("sale-sold-out").getString("saleId"));
            anchor.send(new JsonObject().put("type", "unpin"));
            s1.next("unpinned");
        }
    }

    @Test
    void lotteriesAreDrawnVerifiably() throws Exception {
        LiveRoom room = new LiveRoom(5);
        String anchorId = userId("anchor1");
        as("shopper2").put("/api/anchors/" + anchorId + "/follow").then().statusCode(200);
        as("shopper3").delete("/api/anchors/" + anchorId + "/follow").then().statusCode(200);
        try (RoomClient anchor = client(room.showId, "anchor1"); RoomClient s1 = client(room.showId, "shopper1");
                RoomClient s2 = client(room.showId, "shopper2"); RoomClient s3 = client(room.showId, "shopper3")) {
            s1.refused(new JsonObject().put("type", "lottery-open").put("rule", "follows"), "forbidden");
            anchor.refused(new JsonObject().put("type", "lottery-open").put("rule", "keyword"), "invalid-request");

            // Keyword rule: commenting the keyword enters.
            anchor.send(new JsonObject().put("type", "lottery-open").put("rule", "keyword").put("keyword", "Jasmine")
                    .put("winners", 2));
            JsonObject opened = s1.next("lottery-opened");
            String seedHash = opened.getString("seedHash");
            s1.send(comment("I love jasmine tea"));
            s2.send(comment("JASMINE please"));
            s3.send(comment("no keyword here"));
            s3.next("comment", m -> m.getString("text").equals("no keyword here"));
            anchor.send(new JsonObject().put("type", "lottery-close"));
            JsonObject drawn = s3.next("lottery-drawn");
            assertEquals(2, drawn.getInteger("entrants"));
            verify(drawn.getString("lotteryId"), seedHash, List.of(userId("shopper1"), userId("shopper2")));

            // Follows rule: only followers may enter.
            anchor.send(new JsonObject().put("type", "lottery-open").put("rule", "follows").put("winners", 1));
            s1.next("lottery-opened", m -> "follows".equals(m.getString("rule")));
            s2.send(new JsonObject().put("type", "lottery-enter"));
            assertTrue(s2.next("lottery-entered").getBoolean("new"));
            s3.refused(new JsonObject().put("type", "lottery-enter"), "forbidden");
            anchor.send(new JsonObject().put("type", "lottery-close"));
            JsonObject second = s1.next("lottery-drawn", m -> !m.getString("lotteryId").equals(drawn.getString("lotteryId")));
            assertEquals(userId("shopper2"), second.getJsonArray("winners").getJsonObject(0).getString("id"));
            s2.refused(new JsonObject().put("type", "lottery-enter"), "conflict"); // none open now
        }
    }

    /** Recomputes the draw from the public record alone, as anyone could (the algorithm of ADR 0011). */
    private static void verify(String lotteryId, String seedHash, List<String> expectedEntrants) throws Exception {
        JsonPath lottery = given().get("/api/lotteries/" + lotteryId).then().statusCode(200).extract().jsonPath();
        String seed = lottery.getString("seed");
        assertEquals(seedHash, lottery.getString("seedHash"));
        assertEquals(seedHash, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(seed.getBytes(StandardCharsets.UTF_8))), "the seed is the one committed to at the opening");
        List<String> entrants = new ArrayList<>(lottery.getList("entrants.userId", String.class));
        assertEquals(expectedEntrants.stream().sorted().toList(), entrants);
        int k = lottery.getInt("winnersCount");
        for (int i = 0; i < k && i < entrants.size(); i++) {
            BigInteger h = new BigInteger(1, MessageDigest.getInstance("SHA-256")
                    .digest((seed + ":" + i).getBytes(StandardCharsets.UTF_8)));
            int j = i + h.mod(BigInteger.valueOf(entrants.size() - i)).intValue();
            String swap = entrants.get(i);
            entrants.set(i, entrants.get(j));
            entrants.set(j, swap);
        }
        assertEquals(entrants.subList(0, Math.min(k, entrants.size())), lottery.getList("winners.userId", String.class));
    }

    @Test
    void commentFloorWinnersAreJudgedByServerOrder() throws Exception {
        LiveRoom room = new LiveRoom(5);
        try (RoomClient anchor = client(room.showId, "anchor1"); RoomClient s1 = client(room.showId, "shopper1");
                RoomClient s2 = client(room.showId, "shopper2")) {
            s1.refused(new JsonObject().put("type", "floor-open").put("every", 2), "forbidden");
            anchor.refused(new JsonObject().put("type", "floor-open"), "invalid-request");
            anchor.send(new JsonObject().put("type", "floor-open").put("every", 2));
            String contest = s1.next("floor-opened").getString("contestId");
            anchor.send(comment("the anchor's own comments do not count"));
            anchor.next("comment", m -> m.getBoolean("anchor"));
            for (int i = 1; i <= 4; i++) {
                RoomClient who = i % 2 == 1 ? s1 : s2;
                String text = "floor " + i;
                who.send(comment(text));
                who.next("comment", m -> m.getString("text").equals(text));
            }
            s1.next("floor-won", m -> m.getLong("number") == 4);
            List<JsonObject> won = s1.all("floor-won");
            assertEquals(List.of(2L, 4L), won.stream().map(w -> w.getLong("number")).toList());
            assertTrue(won.stream().allMatch(w -> contest.equals(w.getString("contestId"))
                    && "shopper2".equals(w.getJsonObject("user").getString("name"))));
            List<JsonObject> comments = s1.all("comment");
            assertEquals("floor 2", comments.stream().filter(c -> c.getLong("id").equals(won.get(0).getLong("commentId")))
                    .findFirst().orElseThrow().getString("text"));
            anchor.send(new JsonObject().put("type", "floor-close"));
            s1.next("floor-closed");
        }
    }

    @Test
    void moderationMutesBansDeletesAndBlocksWords() throws Exception {
        LiveRoom room = new LiveRoom(5);
        String shopper1 = userId("shopper1");
        String shopper2 = userId("shopper2");
        String path = "/api/shows/" + room.showId;
        try (RoomClient watcher = client(room.showId, null); RoomClient s1 = client(room.showId, "shopper1");
                RoomClient s2 = client(room.showId, "shopper2")) {
            // Rules of the REST side, both ways.
            assertProblem(as("shopper2").body(Map.of("userId", shopper1, "minutes", 5)).post(path + "/mutes"), 403);
            assertProblem(as("anchor2").body(Map.of("userId", shopper1, "minutes", 5)).post(path + "/mutes"), 403);
            assertProblem(given().contentType(ContentType.JSON).body(Map.of("userId", shopper1, "minutes", 5))
                    .post(path + "/mutes"), 401);
            assertProblem(as("anchor1").body(Map.of("userId", shopper1, "minutes", 0)).post(path + "/mutes"), 400);
            assertProblem(as("anchor1").body(Map.of("words", List.of(" "))).put(path + "/blocked-words"), 400);

            // Blocked words: platform-wide and the room's own; nothing reaches the others.
            s1.refused(comment("visit scamlink.example now"), "invalid-request");
            as("anchor1").body(Map.of("words", List.of("Durian"))).put(path + "/blocked-words").then().statusCode(200)
                    .body("words", equalTo(List.of("durian")));
            s1.refused(comment("I hate DURIAN"), "invalid-request");
            s1.refused(comment("x".repeat(201)), "invalid-request");

            // Delete a comment for everyone.
            s1.send(comment("to be deleted"));
            long id = watcher.next("comment", m -> m.getString("text").equals("to be deleted")).getLong("id");
            assertProblem(as("shopper2").delete(path + "/comments/" + id), 403);
            as("moderator1").delete(path + "/comments/" + id).then().statusCode(204);
            assertEquals(id, watcher.next("comment-deleted").getLong("id"));
            try (RoomClient late = new RoomClient(port(), room.showId, null)) {
                assertTrue(late.next("state").getJsonArray("comments").stream()
                        .noneMatch(c -> ((JsonObject) c).getLong("id") == id));
            }

            // Mute: told, refused, still watching and buying.
            as("anchor1").body(Map.of("userId", shopper1, "minutes", 5)).post(path + "/mutes").then().statusCode(200);
            assertNotNull(s1.next("muted").getString("until"));
            s1.refused(comment("can you hear me"), "muted");
            s1.refused(new JsonObject().put("type", "like"), "muted");
            room.buy("shopper1", 1, null);
            s2.send(comment("others still talk"));
            s1.next("comment", m -> m.getString("text").equals("others still talk"));
            as("anchor1").delete(path + "/mutes/" + shopper1).then().statusCode(204);
            s1.send(comment("back again"));
            watcher.next("comment", m -> m.getString("text").equals("back again"));

            // Ban: closed with a reason on every socket, refused when coming back, nothing else taken away.
            assertProblem(as("anchor1").body(Map.of("userId", userId("anchor1"))).post(path + "/bans"), 400);
            as("anchor1").body(Map.of("userId", shopper2)).post(path + "/bans").then().statusCode(204);
            assertEquals(1008, s2.closed());
            try (RoomClient back = new RoomClient(port(), room.showId, "shopper2")) {
                assertEquals("forbidden", back.next("error").getString("code"));
                assertEquals(1008, back.closed());
            }
            given().get(path).then().statusCode(200);
            room.buy("shopper2", 1, null);
            as("admin1").delete(path + "/bans/" + shopper2).then().statusCode(204);
            try (RoomClient back = client(room.showId, "shopper2")) {
                // The ban's event heard again late (as from a slow instance): the lifted ban stays lifted.
                publish(room.showId, new JsonObject().put("type", "banned").put("to", shopper2));
                Thread.sleep(500);
                back.send(comment("thanks"));
                back.next("comment", m -> m.getString("text").equals("thanks"));
            }
            assertFalse(watcher.all("comment").stream().anyMatch(c -> c.getString("text").contains("DURIAN")
                    || c.getString("text").contains("scamlink") || c.getString("text").contains("hear me")));
        }
    }

    @Test
    void floodsAndBadFramesAreRefusedWithoutHarm() throws Exception {
        LiveRoom room = new LiveRoom(5);
        int limit = ConfigProvider.getConfig().getValue("streaming.channel.comments-per-window", Integer.class);
        try (RoomClient watcher = client(room.showId, null); RoomClient s1 = client(room.showId, "shopper1");
                RoomClient s2 = client(room.showId, "shopper2")) {
            s1.refused("not json", "invalid-request");
            s1.refused("[1,2]", "invalid-request");
            s1.refused(new JsonObject().put("type", "shout"), "invalid-request");
            s1.refused(new JsonObject().put("type", "comment").put("text", 42), "invalid-request");
            s1.refused(comment("   "), "invalid-request");
            // A flood: past the limit, error frames; the others are not affected.
            for (int i = 0; i < limit + 3; i++) {
                s1.send(comment("flood " + i));
            }
            s1.next("error", m -> "too-many-requests".equals(m.getString("code")));
            s2.send(comment("still here"));
            watcher.next("comment", m -> m.getString("text").equals("still here"));
            assertEquals(limit, watcher.all("comment").stream().filter(c -> c.getString("text").startsWith("flood")).count());
            // An oversized frame: refused (error frame or a close with a reason), nothing reaches others.
            s2.send(comment("y".repeat(200_000)));
            boolean refused = false;
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!refused && System.nanoTime() < deadline) {
                refused = s2.closeCode != null || s2.all("error").size() > 0;
                Thread.sleep(50);
            }
            assertTrue(refused, "an oversized frame is refused");
            assertTrue(watcher.all("comment").stream().noneMatch(c -> c.getString("text").startsWith("yyy")));
        }
    }

    @Test
    void theShowsFiguresAreRecordedWhenItEnds() throws Exception {
        LiveRoom room = new LiveRoom(5);
        try (RoomClient s1 = client(room.showId, "shopper1"); RoomClient s2 = client(room.showId, "shopper2")) {
            s1.send(comment("hello"));
            s1.send(new JsonObject().put("type", "like").put("taps", 3));
            s2.send(new JsonObject().put("type", "gift").put("code", "rose"));
            // likes go out at the next tick, the gift at once: either may come first
            s2.saw("gift", m -> true);
            s2.saw("likes", m -> m.getLong("total") == 3);
            room.buy("shopper2", 1, null);
            room.end();
            s1.next("ended");
        }
        ShowFiguresRecorded figures = (ShowFiguresRecorded) events.events().stream()
                .filter(e -> e instanceof ShowFiguresRecorded f && f.showId().toString().equals(room.showId))
                .findFirst().orElseThrow();
        assertEquals(2, figures.uniqueViewers());
        assertEquals(1 + 3 + 1, figures.engagements());
        assertEquals(1, figures.buyers());
    }

    @Test
    void commentsFlowOnceEachAgainAfterRedisCutsTheRoomSubscription() throws Exception {
        LiveRoom room = new LiveRoom(5);
        try (RoomClient viewer = client(room.showId, null); RoomClient s1 = client(room.showId, "shopper1");
                RoomClient s2 = client(room.showId, "shopper2")) {
            String killed = redisCli("client", "kill", "type", "pubsub");
            assertTrue(Integer.parseInt(killed) >= 1, "the app's subscription was cut: " + killed);
            // Pub/sub keeps nothing: a comment sent while the subscription is renewed may be missed. One gets through soon.
            // One try a second keeps shopper1 within the room's rate limit (5 comments per 5 s).
            String through = null;
            for (int i = 0; i < 15 && through == null; i++) {
                String text = "after the cut " + i;
                s1.send(comment(text));
                Thread.sleep(1100);
                if (viewer.all("comment").stream().anyMatch(m -> m.getString("text").equals(text))) {
                    through = text;
                }
            }
            assertNotNull(through, "comments reach the room again after the cut");
            // Past a few heartbeats (the subscription's health check), each comment still arrives once, not twice.
            Thread.sleep(3500);
            for (String text : List.of("once", "still once")) {
                s2.send(comment(text)); // another shopper, whose rate budget the tries above did not use
                viewer.next("comment", m -> m.getString("text").equals(text));
            }
            Thread.sleep(500);
            for (String text : List.of(through, "once", "still once")) {
                assertEquals(1, viewer.all("comment").stream().filter(m -> m.getString("text").equals(text)).count(), text);
            }
        }
    }

    /** Publishes a room event on the room's Redis channel, as another app instance would. */
    private void publish(String showId, JsonObject event) throws Exception {
        String receivers = redisCli("publish", store.channel(UUID.fromString(showId)), event.encode());
        assertTrue(Integer.parseInt(receivers) >= 1, "the app heard the event: " + receivers);
    }

    /** Runs a command on the stack's Redis; answers its output. */
    private static String redisCli(String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of("redis-cli", "-p",
                System.getenv().getOrDefault("LIVEMART_REDIS_PORT", "16379")));
        line.addAll(List.of(command));
        Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        p.waitFor();
        return out;
    }

    private static int port() {
        return ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
    }
}
