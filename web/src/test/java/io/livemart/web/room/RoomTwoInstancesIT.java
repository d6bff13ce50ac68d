package io.livemart.web.room;

import static io.livemart.web.room.RoomClient.comment;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.livemart.web.support.AppInstance;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two app instances behind no load balancer, sharing PostgreSQL and Redis: the packaged app Quarkus starts for this
 * test (A), and a second process of the same jar (B) this test starts on a free port, with the same environment and
 * the test profile (without cleaning the database A uses). A comment sent to one reaches a viewer on the other; a
 * viewer on both counts once; a viewer on an instance that dies without a goodbye stops counting once its presence
 * expires.
 */
@QuarkusIntegrationTest
class RoomTwoInstancesIT {

    static AppInstance second;
    static int secondPort;

    @BeforeAll
    static void startSecondInstance() throws Exception {
        second = AppInstance.start("room-second-instance.log", Map.of());
        secondPort = second.port;
    }

    @AfterAll
    static void stopSecondInstance() throws Exception {
        if (second != null) {
            second.close();
        }
    }

    private static int firstPort() {
        return ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
    }

    private static RoomClient client(int port, String showId, String user) throws Exception {
        RoomClient c = new RoomClient(port, showId, user);
        c.next("hello");
        c.next("state");
        return c;
    }

    @Test
    void commentsCrossInstancesAndViewersCountOnce() throws Exception {
        LiveRoom room = new LiveRoom(5);
        try (RoomClient onA = client(firstPort(), room.showId, "shopper1");
                RoomClient onB = client(secondPort, room.showId, "shopper2");
                RoomClient bothA = client(firstPort(), room.showId, "shopper3");
                RoomClient bothB = client(secondPort, room.showId, "shopper3")) {
            onA.send(comment("from A"));
            onB.next("comment", m -> m.getString("text").equals("from A"));
            bothB.next("comment", m -> m.getString("text").equals("from A"));
            onB.send(comment("from B"));
            onA.next("comment", m -> m.getString("text").equals("from B"));
            bothA.next("comment", m -> m.getString("text").equals("from B"));

            // shopper1, shopper2 and shopper3 (on both instances): three viewers, seen alike from both sides.
            onA.saw("viewers", m -> m.getLong("count") == 3 && m.getLong("unique") == 3);
            onB.saw("viewers", m -> m.getLong("count") == 3);

            // Instance B dies without a goodbye: shopper2 (only there) stops counting when its presence expires;
            // shopper3 is still on A and still counts.
            second.kill();
            onA.received.clear();
            onA.next("viewers", m -> m.getLong("count") == 2);
            bothA.send(comment("still here"));
            onA.next("comment", m -> m.getString("text").equals("still here"));
            assertEquals(List.of(), onA.all("error"));
        }
    }
}
