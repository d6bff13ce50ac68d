package io.livemart.web.pages;

import static io.livemart.web.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.livemart.web.support.Api;
import io.livemart.web.support.Browser;
import io.livemart.web.video.VideoScenario;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The remaining screens in a real browser, each user logged in through Keycloak's form, on a live show of anchor1 started
 * through the API (no video needed): merchant1 offers a product to anchor1 on the console (a commission over 100 % is
 * caught in the browser, a second offer of the same product by the server) and sees anchor1 take it, then withdraws it;
 * anchor1 runs a comment-floor contest from the studio and shopper1 wins it in the room; shopper1 buys online from the
 * pinned card, declines at the sandbox (the fake payment provider), pays from "My orders" and lands back on it paid,
 * then buys for pick-up in store; merchant1 marks the pick-up collected and reads the sales of the show; moderator1
 * deletes shopper1's comment and finds it in the deleted comments; admin1 adds a platform-wide blocked word and
 * shopper1's next comment with it is refused next to the comment box. Screenshots: web/target/screenshots/consoles-*.png.
 */
@QuarkusTest
class ConsolesPaymentsAndModerationBrowserTest {

    @Test
    void merchantOffersAnchorRunsAFloorShopperPaysAtTheSandboxMerchantHandsOverModeratorsModerate() {
        String anchorId = Api.userId("anchor1");
        if (as("anchor1").get("/api/anchors/" + anchorId).then().extract().path("hasProfile") != Boolean.TRUE) {
            as("anchor1").body(Map.of("displayName", "Anna's Tea House", "categories", List.of("Tea")))
                    .put("/api/anchors/me").then().statusCode(200);
        }
        String anchorName = as("anchor1").get("/api/anchors/" + anchorId).then().extract().path("displayName");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String offered = "Offered kettle " + suffix;
        String offeredId = Api.product("merchant1", offered, "teaware", Api.sku("OK-" + suffix, "25.00", "11.00", 3));

        VideoScenario scenario = new VideoScenario();
        String showId = scenario.scheduleShow("Consoles " + suffix);
        String productId = as("anchor1").get("/api/shows/" + showId).then().extract().path("lineup[0]");
        String skuId = as("merchant1").get("/api/products/" + productId).then().extract().path("skus[0].id");
        as("anchor1").post("/api/shows/" + showId + "/start").then().statusCode(200);
        String words = "/api/moderation/blocked-words";
        List<String> platformWords = as("admin1").get(words).then().statusCode(200).extract().path("words");

        try (Browser browser = new Browser()) {
            // ------------------------------------------------------------ merchant1 offers a product to anchor1
            Page merchant = browser.newPage("merchant");
            merchant.navigate(scenario.base + "/merchant.html#offers");
            Browser.logIn(merchant, "merchant1");
            Browser.waitFor(merchant, "() => window.lmMerchant && window.lmMerchant.ready");
            merchant.selectOption("#offer-product", offeredId);
            merchant.fill("#offer-rate", "150");
            merchant.uncheck("#offer-all");
            merchant.check("#offer-anchor-list input[value='" + anchorId + "']");
            merchant.click("#offer-submit");
            Browser.waitFor(merchant, "() => document.querySelector('[data-field=\"commissionRate\"]').textContent.length > 0");
            Browser.screenshot(merchant, "consoles-merchant-offer-refused-in-browser");
            merchant.fill("#offer-rate", "12.5");
            merchant.click("#offer-submit");
            String offerCard = "() => [...document.querySelectorAll('#offer-list [data-offer]')].find(c => c.textContent.includes('" + offered + "'))";
            Browser.waitFor(merchant, offerCard);
            assertTrue(merchant.textContent("#offer-list").contains("Only for " + anchorName), "the offer names anchor1");
            merchant.click("#offer-submit"); // the same product again: the server refuses, the page says why
            Browser.waitFor(merchant, "() => document.getElementById('notice').textContent.includes('already offered')");
            Browser.screenshot(merchant, "consoles-merchant-offer-made");
            String offerId = (String) merchant.evaluate("() => (" + offerCard.substring(6) + ").dataset.offer");
            as("anchor1").body(Map.of("offerId", offerId)).post("/api/selection").then().statusCode(201);
            merchant.reload();
            Browser.waitFor(merchant, "() => window.lmMerchant && window.lmMerchant.ready");
            Browser.waitFor(merchant, "() => document.querySelector('[data-taken=\"" + offerId + "\"]').textContent.includes(\"" + anchorName + "\")");
            Browser.screenshot(merchant, "consoles-merchant-offer-taken");
            merchant.click("[data-withdraw='" + offerId + "']");
            Browser.waitFor(merchant, "() => document.querySelector('[data-offer=\"" + offerId + "\"]').dataset.state === 'withdrawn'");
            assertTrue(merchant.textContent("[data-taken='" + offerId + "']").contains(anchorName), "who took it is still shown");
            Browser.screenshot(merchant, "consoles-merchant-offer-withdrawn");

            // ------------------------------------------------------------ anchor1's comment floor, won by shopper1
            Page studio = scenario.openStudio(browser);
            studio.click("[data-pin='" + productId + "']");
            Browser.waitFor(studio, "() => window.lmStudio.pinned === '" + productId + "'");
            Page room = scenario.openRoom(browser, "shopper1");
            Browser.waitFor(room, "() => window.lmRoom && window.lmRoom.stateAt && window.lmRoom.pinned");
            studio.fill("#floor-n", "0");
            studio.click("#floor-open");
            Browser.waitFor(studio, "() => document.querySelector('#floor-form [data-field=\"n\"]').textContent.length > 0");
            studio.selectOption("#floor-rule", "nth");
            studio.fill("#floor-n", "2");
            studio.click("#floor-open");
            Browser.waitFor(studio, "() => window.lmStudio.floor && window.lmStudio.floor.nth === 2");
            Browser.waitFor(room, "() => window.lmRoom.floor && !document.getElementById('floor').hidden");
            assertTrue(room.textContent("#floor").contains("the 2nd comment wins"), "the room announces the contest");
            Browser.screenshot(studio, "consoles-studio-floor-open");
            Browser.screenshot(room, "consoles-room-floor-open");
            for (String text : List.of("First! " + suffix, "Second " + suffix)) {
                room.fill("#comment-text", text);
                room.click("#comment-send");
                Browser.waitFor(room, "() => [...document.querySelectorAll('#comments li')].some(li => li.textContent.includes('" + text + "'))");
            }
            Browser.waitFor(studio, "() => window.lmStudio.floorWins.length === 1");
            assertTrue(studio.textContent("#floor-winners-list").contains("#2 · shopper1"), "the studio shows the winner");
            assertTrue(studio.isEnabled("#floor-open"), "an Nth-comment contest ends with its winner");
            Browser.waitFor(room, "() => document.getElementById('floor').textContent.includes('You won the comment floor')");
            Browser.screenshot(studio, "consoles-studio-floor-won");
            Browser.screenshot(room, "consoles-room-floor-won");

            // ------------------------------------------------------------ shopper1 pays online at the sandbox
            assertTrue(room.isVisible("#pay-choice"), "the room asks how to pay next to the buy buttons");
            room.selectOption("#payment", "ONLINE");
            room.click("#pinned [data-buy='" + skuId + "']");
            Browser.waitFor(room, "() => window.lmRoom.orders.length === 1 && document.getElementById('pay-now')");
            String online = (String) room.evaluate("() => window.lmRoom.orders[0]");
            assertTrue(room.textContent("#notice").contains("pay within 15 minutes"), "the room says the order waits for payment");
            Browser.screenshot(room, "consoles-room-bought-online");
            room.click("#pay-now");
            room.waitForURL("**/sandbox-pay.html?ref=*");
            Browser.waitFor(room, "() => window.lmSandbox && window.lmSandbox.ready");
            assertTrue(room.textContent("#sandbox-banner").contains("fake payment provider"), "the sandbox says what it is");
            assertTrue(room.textContent("#amount").contains("9.90 EUR"), "the sandbox shows the amount");
            Browser.screenshot(room, "consoles-sandbox-checkout");
            room.click("#decline");
            room.waitForURL("**/orders.html?order=" + online);
            Browser.waitFor(room, "() => window.lmOrders && window.lmOrders.statuses && window.lmOrders.statuses['" + online + "'] === 'AWAITING_PAYMENT'");
            assertTrue(room.textContent("#notice").contains("not paid yet"), "my orders says it is not paid");
            Browser.screenshot(room, "consoles-orders-declined");
            room.click("[data-pay='" + online + "']");
            room.waitForURL("**/sandbox-pay.html?ref=*");
            Browser.waitFor(room, "() => window.lmSandbox && window.lmSandbox.ready && window.lmSandbox.checkout.status === 'FAILED'");
            room.click("#pay");
            room.waitForURL("**/orders.html?order=" + online);
            Browser.waitFor(room, "() => window.lmOrders && window.lmOrders.statuses && window.lmOrders.statuses['" + online + "'] === 'PAID'");
            assertTrue(room.textContent("#notice").contains("Payment received"), "my orders says it is paid");
            assertEquals(0, room.locator("[data-pay='" + online + "']").count(), "nothing left to pay");
            Browser.screenshot(room, "consoles-orders-paid-online");
            assertEquals("PAID", as("shopper1").get("/api/orders/" + online).then().statusCode(200).extract().path("status"));

            // ... and buys for pick-up in store.
            room.navigate(scenario.base + "/room.html?show=" + showId);
            Browser.waitFor(room, "() => window.lmRoom && window.lmRoom.pinned && !document.getElementById('pay-choice').hidden");
            room.selectOption("#payment", "PICKUP_IN_STORE");
            room.click("#pinned [data-buy='" + skuId + "']");
            Browser.waitFor(room, "() => window.lmRoom.orders.length === 1");
            String pickup = (String) room.evaluate("() => window.lmRoom.orders[0]");
            assertTrue(room.textContent("#notice").contains("pick-up in store"), "the room says it waits in the store");
            Browser.screenshot(room, "consoles-room-bought-pickup");

            // ------------------------------------------------------------ merchant1 hands it over and reads the sales
            merchant.navigate(scenario.base + "/merchant.html?at=pickups#pickups"); // a new load, not a jump to the anchor
            Browser.waitFor(merchant, "() => window.lmMerchant && window.lmMerchant.ready");
            Browser.waitFor(merchant, "() => document.querySelector(\"[data-pickup='" + pickup + "']\")");
            Browser.screenshot(merchant, "consoles-merchant-pickups");
            merchant.click("[data-collected='" + pickup + "']");
            Browser.waitFor(merchant, "() => window.lmMerchant.collected.includes('" + pickup + "') && !document.querySelector(\"[data-pickup='" + pickup + "']\")");
            assertEquals("COMPLETED", as("shopper1").get("/api/orders/" + pickup).then().extract().path("status"));
            String sales = "[data-sales='" + showId + "']";
            Browser.waitFor(merchant, "() => { const c = document.querySelector(\"" + sales + "\"); return c && c.querySelector('[data-figure=orders]').textContent === '2'; }");
            assertEquals("2", merchant.textContent(sales + " [data-figure=units]"));
            assertEquals("19.80 EUR", merchant.textContent(sales + " [data-figure=gmv]"));
            Browser.screenshot(merchant, "consoles-merchant-sales");

            // ------------------------------------------------------------ moderator1 deletes a comment; the record
            room.navigate(scenario.base + "/room.html?show=" + showId);
            Browser.waitFor(room, "() => window.lmRoom && window.lmRoom.stateAt");
            String spam = "Cheap copies at my stall " + suffix;
            room.fill("#comment-text", spam);
            room.click("#comment-send");
            String spamLine = "[...document.querySelectorAll('#comments li')].find(li => li.textContent.includes('" + spam + "'))";
            Browser.waitFor(room, "() => " + spamLine);
            Page moderation = browser.newPage("moderation");
            moderation.navigate(scenario.base + "/moderation.html");
            Browser.logIn(moderation, "moderator1");
            Browser.waitFor(moderation, "() => window.lmModeration && window.lmModeration.ready");
            assertFalse(moderation.isVisible("#platform-save"), "moderators read the platform-wide words, admins change them");
            moderation.click("[data-watch='" + showId + "']");
            String modLine = "[data-comments='" + showId + "'] li";
            Browser.waitFor(moderation, "() => [...document.querySelectorAll(\"" + modLine + "\")].some(li => li.textContent.includes('" + spam + "'))");
            Object commentId = moderation.evaluate("() => [...document.querySelectorAll(\"" + modLine + "\")].find(li => li.textContent.includes('"
                    + spam + "')).dataset.id");
            moderation.click("[data-comments='" + showId + "'] [data-delete='" + commentId + "']");
            Browser.waitFor(room, "() => !" + spamLine);
            Browser.waitFor(moderation, "() => document.querySelector(\"#deleted [data-deleted='" + commentId + "'][data-show='" + showId + "']\")");
            String record = moderation.textContent("#deleted [data-deleted='" + commentId + "'][data-show='" + showId + "']");
            assertTrue(record.contains(spam) && record.contains("shopper1") && record.contains("deleted by moderator1"), record);
            Browser.screenshot(moderation, "consoles-moderation-deleted-comments");
            Browser.screenshot(room, "consoles-room-comment-deleted");

            // ------------------------------------------------------------ admin1 blocks a word platform-wide
            String word = "stallcopy" + suffix;
            try {
                Page admin = browser.newPage("admin");
                admin.navigate(scenario.base + "/moderation.html");
                Browser.logIn(admin, "admin1");
                Browser.waitFor(admin, "() => window.lmModeration && window.lmModeration.ready && window.lmModeration.platformWords");
                admin.fill("#platform-words", admin.inputValue("#platform-words") + ", " + word.toUpperCase());
                admin.click("#platform-save");
                Browser.waitFor(admin, "() => window.lmModeration.platformWords.includes('" + word + "')");
                assertTrue(admin.textContent("#platform-state").contains("Changed by admin1"), "the page says who changed them");
                Browser.screenshot(admin, "consoles-moderation-platform-words");
                room.fill("#comment-text", "Visit " + word + " today");
                room.click("#comment-send");
                Browser.waitFor(room, "() => document.getElementById('comment-error').textContent.includes('not allowed')");
                Browser.screenshot(room, "consoles-room-comment-blocked");
            } finally {
                as("admin1").body(Map.of("words", new ArrayList<>(platformWords))).put(words).then().statusCode(200);
                as("anchor1").post("/api/shows/" + showId + "/end");
            }
        }
    }
}
