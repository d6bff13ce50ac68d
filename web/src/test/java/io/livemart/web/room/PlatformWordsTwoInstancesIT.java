package io.livemart.web.room;

import static io.livemart.web.room.RoomClient.comment;
import static io.livemart.web.support.Api.as;

import io.livemart.web.support.AppInstance;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The platform-wide blocked words across two app instances (the packaged app Quarkus starts, A, and a second process
 * of the same jar, B): B has applied the list once; an admin changes it on A; B refuses the new word from the next
 * comment on, and lets it through again once the admin takes it back.
 */
@QuarkusIntegrationTest
class PlatformWordsTwoInstancesIT {

    @Test
    void aChangeMadeOnOneInstanceAppliesOnTheOtherAtTheNextComment() throws Exception {
        int portA = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        String words = "/api/moderation/blocked-words";
        try (AppInstance b = AppInstance.start("platform-words-second-instance.log", Map.of())) {
            LiveRoom room = new LiveRoom(5);
            List<String> original = as("moderator1").get(words).then().statusCode(200).extract().path("words");
            String word = "counterfeit" + room.showId.substring(0, 4);
            try (RoomClient onB = new RoomClient(b.port, room.showId, "shopper1");
                    RoomClient watcherA = new RoomClient(portA, room.showId, null)) {
                onB.next("state");
                onB.send(comment("a " + word + " bag"));
                watcherA.next("comment", m -> m.getString("text").equals("a " + word + " bag"));
                try {
                    List<String> changed = new java.util.ArrayList<>(original);
                    changed.add(word);
                    as("admin1").body(Map.of("words", changed)).put(words).then().statusCode(200);
                    onB.refused(comment("another " + word + " bag"), "invalid-request");
                } finally {
                    as("admin1").body(Map.of("words", original)).put(words).then().statusCode(200);
                }
                onB.send(comment("the " + word + " bag is back"));
                watcherA.next("comment", m -> m.getString("text").equals("the " + word + " bag is back"));
            }
            room.end();
        }
    }
}
