package io.livemart.web.pages;

import static io.livemart.web.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.livemart.web.support.Api;
import io.livemart.web.support.Browser;
import io.livemart.web.video.VideoScenario;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Moderation and lotteries in a real browser, on a live show of anchor1 started through the API (no video needed):
 * the anchor deletes shopper1's comment from the studio (it leaves shopper1's room) and runs a keyword lottery that
 * shopper1 enters by commenting the keyword and wins; moderator1 bans shopper2 from the room on the moderation page
 * (shopper2's room says so); shopper1, a follower of anchor1, reads the notification of the show on the notifications
 * page.
 */
@QuarkusTest
class ModerationAndLotteryBrowserTest {

    @Test
    void anchorModeratesAndDrawsALotteryModeratorBansAndShopperReadsANotification() throws Exception {
        String anchorId = Api.userId("anchor1");
        String shopper1 = Api.userId("shopper1");
        String shopper2 = Api.userId("shopper2");
        if (as("anchor1").get("/api/anchors/" + anchorId).statusCode() == 404) { // a fresh database: anchor1 has no profile yet
            as("anchor1").body(java.util.Map.of("displayName", "Anna's Tea House", "categories", List.of("Tea")))
                    .put("/api/anchors/me").then().statusCode(200);
        }
        // shopper1 follows anchor1 before the show is scheduled: the schedule notifies shopper1.
        as("shopper1").put("/api/anchors/" + anchorId + "/follow").then().statusCode(200);

        VideoScenario scenario = new VideoScenario();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String title = "Tea tasting " + suffix;
        String showId = scenario.scheduleShow(title);
        as("anchor1").post("/api/shows/" + showId + "/start").then().statusCode(200);

        try (Browser browser = new Browser()) {
            Page studio = scenario.openStudio(browser);
            Page room = scenario.openRoom(browser, "shopper1");
            Browser.waitFor(room, "() => window.lmRoom && window.lmRoom.stateAt");
            Browser.screenshot(room, "moderation-room-shopper1");

            // The anchor deletes shopper1's comment: it leaves shopper1's room too.
            String text = "Too pricey " + suffix;
            room.fill("#comment-text", text);
            room.click("#comment-send");
            String line = "() => [...document.querySelectorAll('#comments li')].find(li => li.textContent.includes('" + text + "'))";
            Browser.waitFor(room, line);
            Browser.waitFor(studio, line);
            Browser.screenshot(studio, "moderation-studio-chat");
            Object commentId = studio.evaluate("() => (" + line.substring(6) + ").dataset.id");
            studio.click("[data-delete='" + commentId + "']");
            Browser.waitFor(studio, "() => !(" + line.substring(6) + ")");
            Browser.waitFor(room, "() => !(" + line.substring(6) + ")");
            Browser.screenshot(room, "moderation-room-comment-deleted");

            // A keyword lottery: shopper1 taps Enter, is told to comment the keyword, does, and wins the draw.
            String keyword = "jasmine" + suffix.substring(0, 4);
            studio.selectOption("#lottery-rule", "keyword");
            studio.fill("#lottery-keyword", keyword);
            studio.fill("#lottery-winners", "1");
            studio.click("#lottery-open");
            Browser.waitFor(studio, "() => window.lmStudio.lottery && window.lmStudio.lottery.keyword === '" + keyword + "'");
            Browser.waitFor(room, "() => window.lmRoom.lottery && document.getElementById('lottery-enter')");
            Browser.screenshot(studio, "lottery-studio-open");
            room.click("#lottery-enter");
            assertEquals(keyword, room.inputValue("#comment-text"), "Enter puts the keyword in the comment box");
            assertTrue(room.textContent("#notice").contains(keyword), "the viewer is told to comment the keyword");
            Browser.screenshot(room, "lottery-room-open");
            room.click("#comment-send");
            Browser.waitFor(room, "() => window.lmRoom.entered === true");
            // The entry is recorded before the comment is shown, so once the studio shows it the draw includes it.
            Browser.waitFor(studio, "() => [...document.querySelectorAll('#comments li')].some(li => li.textContent.includes('" + keyword + "'))");
            studio.click("#lottery-draw");
            Browser.waitFor(studio, "() => window.lmStudio.drawn.length === 1");
            assertTrue(studio.textContent("#lottery-winners-list").contains("shopper1"), "the studio shows the winner");
            assertTrue(studio.textContent("#lottery-result").contains("1 entrant"), "the studio shows the entrants");
            String verify = studio.getAttribute("#lottery-result a", "href");
            Browser.screenshot(studio, "lottery-studio-drawn");
            Browser.waitFor(room, "() => window.lmRoom.drawn && document.getElementById('lottery-winners').textContent.includes('shopper1')");
            assertTrue(room.textContent("#lottery").contains("You won"), "the winner is told");
            Browser.screenshot(room, "lottery-room-drawn");
            List<String> winners = as("shopper1").get(verify).then().statusCode(200).extract().jsonPath().getList("winners.userId");
            assertEquals(List.of(shopper1), winners, "the verification link names the same winner");

            // moderator1 bans shopper2 from the room on the moderation page; shopper2's room says so.
            Page room2 = scenario.openRoom(browser, "shopper2");
            Browser.waitFor(room2, "() => window.lmRoom && window.lmRoom.stateAt");
            Page moderation = browser.newPage("moderation");
            moderation.navigate(scenario.base + "/moderation.html");
            Browser.logIn(moderation, "moderator1");
            Browser.waitFor(moderation, "() => window.lmModeration && window.lmModeration.ready");
            Browser.waitFor(moderation, "() => document.querySelector('[data-room=\"" + showId + "\"]')");
            Browser.screenshot(moderation, "moderation-page");
            moderation.fill("#user-" + showId, shopper2);
            moderation.click("[data-room='" + showId + "'] [data-action=ban]");
            Browser.waitFor(moderation, "() => window.lmModeration.done.some(d => d.what === 'ban')");
            Browser.waitFor(room2, "() => window.lmRoom.banned === true");
            assertTrue(room2.textContent("#notice").contains("banned"), "shopper2's room says it was banned");
            Browser.screenshot(room2, "moderation-room-shopper2-banned");
            Browser.screenshot(moderation, "moderation-page-banned");

            // shopper1 reads the notification of the show on the notifications page.
            String notificationId = null;
            for (int i = 0; i < 50 && notificationId == null; i++) {
                List<String> ids = as("shopper1").get("/api/notifications?size=100").then().statusCode(200).extract()
                        .jsonPath().getList("items.findAll { it.showId == '" + showId + "' }.id");
                notificationId = ids.isEmpty() ? null : ids.get(0);
                if (notificationId == null) {
                    Thread.sleep(200);
                }
            }
            assertTrue(notificationId != null, "shopper1 was notified of the scheduled show");
            Page inbox = browser.newPage("notifications");
            inbox.navigate(scenario.base + "/notifications.html");
            Browser.logIn(inbox, "shopper1");
            Browser.waitFor(inbox, "() => window.lmNotifications && window.lmNotifications.ready");
            String card = "[data-notification='" + notificationId + "']";
            assertEquals("unread", inbox.getAttribute(card, "data-read-state"));
            assertTrue(inbox.textContent(card).contains(title), "the notification names the show");
            Browser.screenshot(inbox, "notifications-unread");
            inbox.click(card + " [data-read]");
            Browser.waitFor(inbox, "() => document.querySelector(\"" + card + "\").dataset.readState === 'read'");
            Browser.screenshot(inbox, "notifications-read");
            Boolean read = as("shopper1").get("/api/notifications?size=100").then().statusCode(200).extract()
                    .jsonPath().getBoolean("items.find { it.id == '" + notificationId + "' }.read");
            assertTrue(read, "the server has it read");

            // Home links to the notifications; a shopper is refused on the moderation page.
            Page home = browser.newPage("home");
            home.navigate(scenario.base + "/");
            home.waitForSelector("#links a:has-text('Log in')").click();
            Browser.logIn(home, "shopper2");
            Browser.waitFor(home, "() => document.getElementById('notifications-link')");
            Browser.screenshot(home, "moderation-home-shopper2");
            home.navigate(scenario.base + "/moderation.html");
            Browser.waitFor(home, "() => window.lmModeration && window.lmModeration.refused");
            assertTrue(home.isHidden("#staff"), "no staff tools for a shopper");
            Browser.screenshot(home, "moderation-page-refused");
        }
    }
}
