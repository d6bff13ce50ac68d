package io.livemart.web.video;

import io.livemart.web.support.Browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.livemart.streaming.janus.JanusNodes;
import io.livemart.streaming.janus.VideoRoomClient;
import io.livemart.streaming.show.Show;
import io.livemart.streaming.show.ShowStatus;
import io.livemart.streaming.show.persistence.ShowRepository;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The real thing, as people use it: headless Chromium logs in as anchor1 through Keycloak's login form,
 * goes live with a fake camera through the app's signalling; a second page logs in as shopper1 and
 * watches; the viewer decodes frames. Janus then restarts mid-show: the show is interrupted, the studio
 * publishes again and the viewer sees video again. Ending the show stops the viewer's stream and destroys
 * the Janus room. Janus runs in a network namespace made for the test ({@link JanusInNetns}).
 * Screenshots go to web/target/screenshots/.
 */
@QuarkusTest
@QuarkusTestResource(value = JanusInNetns.class, restrictToAnnotatedClass = true)
class VideoBrowserTest {

    @Inject
    JanusNodes janusNodes;

    @Inject
    ShowRepository showRepository;

    @Test
    void anchorPublishesShopperWatchesJanusRestartsAndTheEndStopsTheStream() throws Exception {
        VideoScenario scenario = new VideoScenario();
        scenario.scheduleShow("Teapots, live from the studio");
        UUID showId = UUID.fromString(scenario.showId);

        try (Browser browser = new Browser()) {
            Page studio = scenario.openStudio(browser);
            VideoScenario.goLive(studio);
            Show live = show(showId);
            assertEquals(ShowStatus.LIVE, live.status);
            assertEquals(JanusInNetns.url, live.janusNode, "the room is on the configured node");
            VideoRoomClient node = janusNodes.node(live.janusNode).orElseThrow();
            assertTrue(node.roomExists(live.janusRoomId).await().atMost(Duration.ofSeconds(5)));

            Page room = scenario.openRoom(browser, "shopper1");
            long firstFrame = VideoScenario.firstFrameMs(room);
            System.out.println("viewer's first frame " + firstFrame + " ms after asking to watch");
            long frames = VideoScenario.framesDecoded(room);
            assertTrue(frames > 0, "the viewer decodes video frames");
            Thread.sleep(500);
            assertTrue(VideoScenario.framesDecoded(room) > frames, "frames keep coming");
            Browser.screenshot(studio, "studio-live");
            Browser.screenshot(room, "room-watching");

            // Janus restarts mid-show: the show is interrupted, the studio publishes again, the viewer watches again.
            long oldRoom = live.janusRoomId;
            JanusInNetns.restart();
            Browser.waitFor(room, "() => window.lmRoom.interruptions > 0");
            Browser.waitFor(room, "() => window.lmRoom.firstFrameAt !== null && window.lmRoom.watching === true");
            Show resumed = show(showId);
            assertEquals(ShowStatus.LIVE, resumed.status);
            assertNotEquals(oldRoom, resumed.janusRoomId, "a new room after the restart");
            long again = VideoScenario.framesDecoded(room);
            assertTrue(again > 0, "video again after the restart");
            Browser.screenshot(room, "room-after-janus-restart");

            // The end: the viewer is told and its stream stops; the Janus room is destroyed.
            studio.click("#end");
            Browser.waitFor(room, "() => window.lmRoom.ended === true");
            assertEquals(-1, VideoScenario.framesDecoded(room), "the viewer's peer connection is closed");
            assertEquals("ENDED", studio.textContent("#status"));
            Browser.screenshot(studio, "studio-ended");
            Browser.screenshot(room, "room-ended");
            Show ended = show(showId);
            assertEquals(ShowStatus.ENDED, ended.status);
            assertTrue(ended.peakViewers >= 2, "the figures are kept: peak viewers " + ended.peakViewers);
            assertFalse(node.roomExists(resumed.janusRoomId).await().atMost(Duration.ofSeconds(5)), "the room is gone");
        }
    }

    private Show show(UUID id) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            Show show = showRepository.findById(id);
            show.lineup.size();
            show.marketingModes.size();
            return show;
        });
    }
}
