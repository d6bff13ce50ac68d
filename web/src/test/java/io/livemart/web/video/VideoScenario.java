package io.livemart.web.video;

import io.livemart.web.support.Browser;

import static io.restassured.RestAssured.given;

import com.microsoft.playwright.Page;
import io.livemart.web.support.Api;
import io.livemart.web.support.Tokens;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The video scenario shared by the browser tests and the benchmark: a product, a show of anchor1, the
 * anchor's studio going live with a fake camera, viewers on the room page. Public for the page tests
 * (io.livemart.web.pages), which plan the show in the studio and set {@link #showId} themselves.
 */
public final class VideoScenario {

    public final String base = "http://127.0.0.1:"
            + ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
    public String showId;

    /** Schedules a show of anchor1 with one fresh product from its selection. */
    public String scheduleShow(String title) {
        String productId = Api.selected("anchor1", "merchant1", "Ceramic teapot");
        showId = given().auth().oauth2(Tokens.user("anchor1")).contentType(ContentType.JSON)
                .body(Map.of("title", title, "lineup", List.of(productId),
                        "scheduledStart", Instant.now().plus(1, ChronoUnit.HOURS).toString(),
                        "marketingModes", List.of("TALENT", "VALUE"),
                        "coverImageUrl", "https://img.example.com/teapot.jpg"))
                .post("/api/shows").then().statusCode(201).extract().path("id");
        return showId;
    }

    /** The studio, logged in as anchor1 through Keycloak's form, camera on. */
    public Page openStudio(Browser browser) {
        Page studio = browser.newPage("studio");
        studio.navigate(base + "/studio.html?show=" + showId);
        Browser.logIn(studio, "anchor1");
        Browser.waitFor(studio, "() => window.lmStudio && window.lmStudio.ready === true");
        return studio;
    }

    /** Clicks "Go live" and waits until Janus answered the anchor's offer. */
    public static void goLive(Page studio) {
        studio.click("#golive");
        Browser.waitFor(studio, "() => window.lmStudio.published === true");
    }

    /** A viewer's room page; logged in through Keycloak's form when a user is given, else anonymous. */
    public Page openRoom(Browser browser, String user) {
        Page room = browser.newPage("room-" + (user == null ? "anonymous" : user));
        room.navigate(base + "/room.html?show=" + showId);
        if (user != null) {
            room.waitForSelector("#login:not([hidden])").click();
            Browser.logIn(room, user);
            room.waitForFunction("() => document.getElementById('who').textContent.includes('" + user + "')");
        }
        return room;
    }

    /** Waits for the viewer's first decoded frame; the time from asking to watch to that frame, in ms. */
    public static long firstFrameMs(Page room) {
        Browser.waitFor(room, "() => window.lmRoom && window.lmRoom.firstFrameMs !== null");
        return ((Number) room.evaluate("() => window.lmRoom.firstFrameMs")).longValue();
    }

    /** Frames decoded so far by the viewer's peer connection (getStats inbound-rtp video). */
    public static long framesDecoded(Page room) {
        Object n = room.evaluate("""
                async () => {
                  if (!window.lmRoomPeer || window.lmRoomPeer.connectionState === 'closed') return -1;
                  let frames = 0;
                  (await window.lmRoomPeer.getStats()).forEach(r => {
                    if (r.type === 'inbound-rtp' && r.kind === 'video') frames += r.framesDecoded || 0;
                  });
                  return frames;
                }""");
        return ((Number) n).longValue();
    }
}
