package io.livemart.web.room;

import static io.livemart.web.room.RoomClient.comment;
import static io.livemart.web.support.Api.as;
import static io.livemart.web.support.Api.userId;
import static io.livemart.web.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * What moderation keeps beyond a show's live state: the record of deleted comments (who deleted what, when, the
 * text), read by staff and by the anchor of the show; and the platform-wide blocked words, persisted, seeded from
 * configuration and edited by admins only, applied to the next comment.
 */
@QuarkusTest
class ModerationRecordsTest {

    RoomClient client(String showId, String user) throws Exception {
        RoomClient c = new RoomClient(ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class),
                showId, user);
        c.next("hello");
        c.next("state");
        return c;
    }

    @Test
    void deletedCommentsAreRecordedWithWhoWhatAndWhenForStaffAndTheAnchor() throws Exception {
        LiveRoom room = new LiveRoom(5);
        String path = "/api/shows/" + room.showId;
        String text = "<b>rude</b> remark " + room.showId.substring(0, 6);
        long id;
        try (RoomClient watcher = client(room.showId, null); RoomClient s1 = client(room.showId, "shopper1")) {
            s1.send(comment(text));
            id = watcher.next("comment", m -> m.getString("text").equals(text)).getLong("id");
            as("anchor1").delete(path + "/comments/" + id).then().statusCode(204);
            assertEquals(id, watcher.next("comment-deleted").getLong("id"));
            as("moderator1").delete(path + "/comments/" + id).then().statusCode(204); // again: still one record
            assertProblem(as("anchor1").delete(path + "/comments/" + (id + 1000)), 404);
        }

        String deleted = "/api/moderation/deleted-comments";
        JsonPath page = as("moderator1").get(deleted + "?showId=" + room.showId).then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].commentId", equalTo((int) id))
                .body("items[0].text", equalTo(text))
                .body("items[0].author.id", equalTo(userId("shopper1")))
                .body("items[0].author.name", equalTo("shopper1"))
                .body("items[0].deletedBy.name", equalTo("anchor1"))
                .body("items[0].deletedBy.id", equalTo(userId("anchor1")))
                .body("items[0].deletedAt", notNullValue())
                .body("items[0].commentedAt", notNullValue())
                .body("items[0].showTitle", equalTo(as("anchor1").get(path).then().extract().path("title")))
                .extract().jsonPath();
        String recordId = page.getString("items[0].id");
        as("admin1").get(deleted).then().statusCode(200).body("items.id", hasItem(recordId));
        // The anchor sees its own shows' deletions; another anchor neither sees them nor may ask for that show.
        as("anchor1").get(deleted).then().statusCode(200).body("items.id", hasItem(recordId));
        as("anchor1").get(deleted + "?showId=" + room.showId).then().statusCode(200).body("total", equalTo(1));
        as("anchor2").get(deleted).then().statusCode(200).body("items.id", not(hasItem(recordId)));
        assertProblem(as("anchor2").get(deleted + "?showId=" + room.showId), 403);
        assertProblem(as("shopper1").get(deleted), 403);
        assertProblem(given().get(deleted), 401);
        assertProblem(as("moderator1").get(deleted + "?size=0"), 400);
        assertProblem(as("moderator1").get(deleted + "?size=101"), 400);
        room.end();
    }

    @Test
    void platformWordsStartAsConfiguredAndOnlyAdminsChangeThemForEveryRoom() throws Exception {
        String words = "/api/moderation/blocked-words";
        JsonPath before = as("moderator1").get(words).then().statusCode(200)
                .body("words", hasItems("scamlink.example", "buy-followers")).extract().jsonPath();
        List<String> original = before.getList("words");
        long version = before.getLong("version");
        assertProblem(as("moderator1").body(Map.of("words", List.of("knockoff"))).put(words), 403);
        assertProblem(as("anchor1").get(words), 403);
        assertProblem(as("shopper1").get(words), 403);
        assertProblem(given().get(words), 401);
        assertProblem(as("admin1").body(Map.of("words", List.of("ok", " "))).put(words), 400);
        assertProblem(as("admin1").body(Map.of("words", List.of("x".repeat(65)))).put(words), 400);
        assertProblem(as("admin1").body(Map.of()).put(words), 400);

        LiveRoom room = new LiveRoom(5);
        try (RoomClient watcher = client(room.showId, null); RoomClient s1 = client(room.showId, "shopper1")) {
            s1.send(comment("a knockoff watch"));
            watcher.next("comment", m -> m.getString("text").equals("a knockoff watch"));
            try {
                as("admin1").body(Map.of("words", List.of("Scamlink.example", "buy-followers", " Knockoff ", "knockoff")))
                        .put(words).then().statusCode(200)
                        .body("words", equalTo(List.of("buy-followers", "knockoff", "scamlink.example")))
                        .body("configured", equalTo(false))
                        .body("updatedBy", equalTo("admin1"))
                        .body("version", greaterThan((int) version));
                as("moderator1").get(words).then().statusCode(200).body("words", hasItem("knockoff"));
                s1.refused(comment("another KNOCKOFF watch"), "invalid-request");
                s1.refused(comment("see scamlink.example"), "invalid-request");
            } finally {
                as("admin1").body(Map.of("words", original)).put(words).then().statusCode(200);
            }
            s1.send(comment("a knockoff again"));
            watcher.next("comment", m -> m.getString("text").equals("a knockoff again"));
            s1.refused(comment("see scamlink.example"), "invalid-request");
        }
        room.end();
    }
}
