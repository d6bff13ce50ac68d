package io.livemart.web.pages;

import static io.livemart.web.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.livemart.tools.CarrierSimulator;
import io.livemart.web.support.Api;
import io.livemart.web.support.Browser;
import io.livemart.web.video.JanusInNetns;
import io.livemart.web.video.VideoScenario;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The whole flow in headless Chromium, as people walk it, each logged in through Keycloak's form: anchor1 plans a
 * show in the studio (a bad cover URL is refused by the server next to its field) and goes live with the fake
 * camera, and pins the product; an anonymous viewer watches (video frames decoded) and is asked to log in on the
 * first interaction, as shopper1; shopper1 comments (markup shows as text and runs nothing) and buys in the flash
 * sale the anchor opened from the studio, which sells out; the anchor sees the figures live and ends the show;
 * merchant1 ships from the console; the carrier simulator delivers; shopper1 sees the timeline reach delivered and
 * leaves feedback; the anchor's studio shows the show's orders and GMV. A screenshot of every page visited goes to
 * web/target/screenshots/whole-*.png.
 */
@QuarkusTest
@QuarkusTestResource(value = JanusInNetns.class, restrictToAnnotatedClass = true)
class WholeFlowBrowserTest {

    private static final String MARKUP = "<img src=x onerror=alert(1)> nice pot";

    @Test
    void anchorPlansAndSellsShopperWatchesAndBuysMerchantShipsCarrierDeliversShopperRates() {
        VideoScenario scenario = new VideoScenario();
        String base = scenario.base;
        String product = "Whole-flow teapot " + UUID.randomUUID().toString().substring(0, 6);
        String productId = Api.selected("anchor1", "merchant1", product);
        String skuId = as("merchant1").get("/api/products/" + productId).then().extract().path("skus[0].id");

        try (Browser browser = new Browser()) {
            // The anchor plans a show in the studio.
            Page studio = browser.newPage("studio");
            studio.navigate(base + "/studio.html");
            Browser.logIn(studio, "anchor1");
            Browser.waitFor(studio, "() => window.lmStudio && window.lmStudio.planReady === true");
            studio.fill("#plan-title", "");
            studio.click("#plan-submit");
            Browser.waitFor(studio, "() => document.querySelector('[data-field=\"title\"]').textContent.length > 0");
            studio.fill("#plan-title", "Teapots, the whole flow");
            studio.check("input[name=lineup][value='" + productId + "']");
            studio.check("input[name=mode][value=TALENT]");
            studio.fill("#plan-cover", "ftp://img.example.com/teapot.jpg");
            studio.click("#plan-submit");
            Browser.waitFor(studio, "() => document.querySelector('[data-field=\"coverImageUrl\"]').textContent.length > 0");
            Browser.screenshot(studio, "whole-studio-plan-refused");
            studio.fill("#plan-cover", "https://img.example.com/teapot.jpg");
            studio.click("#plan-submit");
            studio.waitForURL("**/studio.html?show=*");
            Browser.waitFor(studio, "() => window.lmStudio && window.lmStudio.ready === true");
            scenario.showId = studio.url().substring(studio.url().indexOf("show=") + 5);
            assertEquals("SCHEDULED", as("anchor1").get("/api/shows/" + scenario.showId).then().extract().path("status"));
            Browser.screenshot(studio, "whole-studio-planned");
            studio.navigate(base + "/studio.html");
            Browser.waitFor(studio, "() => document.querySelector(\"#my-shows [data-show='" + scenario.showId + "'] a\") !== null");
            Browser.screenshot(studio, "whole-studio-your-shows");
            studio.click("#my-shows [data-show='" + scenario.showId + "'] a");
            studio.waitForURL("**/studio.html?show=" + scenario.showId);
            Browser.waitFor(studio, "() => window.lmStudio && window.lmStudio.ready === true");

            // Goes live with the fake camera and pins the product.
            VideoScenario.goLive(studio);
            studio.click("[data-pin='" + productId + "']");
            Browser.waitFor(studio, "() => window.lmStudio.pinned === '" + productId + "'");
            Browser.screenshot(studio, "whole-studio-live");

            // A viewer watches without logging in; the first interaction asks for a login (shopper1).
            Page room = scenario.openRoom(browser, null);
            List<String> dialogs = new CopyOnWriteArrayList<>();
            room.onDialog(d -> {
                dialogs.add(d.type() + ": " + d.message());
                d.dismiss();
            });
            VideoScenario.firstFrameMs(room);
            Browser.waitFor(room, "() => window.lmRoom.pinned && window.lmRoom.pinned.productId === '" + productId + "'");
            Browser.screenshot(room, "whole-room-anonymous");
            room.click("#like");
            Browser.logIn(room, "shopper1");
            room.waitForFunction("() => document.getElementById('who').textContent.includes('shopper1')");
            VideoScenario.firstFrameMs(room);
            long frames = VideoScenario.framesDecoded(room);
            assertTrue(frames > 0, "the viewer decodes video frames");

            // Comments, one with markup: shown as text, nothing runs.
            room.click("#like");
            room.fill("#comment-text", "Hello from shopper1");
            room.click("#comment-send");
            room.fill("#comment-text", MARKUP);
            room.click("#comment-send");
            Browser.waitFor(room, "() => [...document.querySelectorAll('#comments li')].some(li => li.textContent.endsWith("
                    + "'" + MARKUP.replace("'", "\\'") + "'))");
            assertEquals(0, ((Number) room.evaluate("() => document.querySelectorAll('#comments img').length")).intValue(),
                    "no element made from the comment");
            assertTrue(room.isVisible("#comments li:has-text('onerror=alert(1)')"), "the markup is visible as text");
            room.click("#gifts [data-gift]");
            Browser.waitFor(studio, "() => window.lmStudio.figures.likes >= 1 && window.lmStudio.figures.viewers >= 1"
                    + " && window.lmStudio.figures.gifts >= 1");

            // The anchor opens a flash sale from the studio; the shopper buys at the sale price; it sells out.
            studio.selectOption("#sale-sku", skuId);
            studio.fill("#sale-quantity", "1");
            studio.fill("#sale-price", "7.50");
            studio.fill("#sale-limit", "1");
            studio.fill("#sale-duration", "300");
            studio.click("#sale-open");
            Browser.waitFor(room, "() => window.lmRoom.sale !== null && document.getElementById('sale-buy') !== null");
            Browser.waitFor(room, "() => window.lmRoom.saleSecondsLeft > 0");
            Browser.screenshot(room, "whole-room-flash-sale");
            room.click("#sale-buy");
            Browser.waitFor(room, "() => window.lmRoom.orders.length === 1");
            String orderId = (String) room.evaluate("() => window.lmRoom.orders[0]");
            assertEquals(0, new BigDecimal("7.50").compareTo(new BigDecimal(as("shopper1").get("/api/orders/" + orderId)
                    .then().statusCode(200).extract().path("unitPrice.amount").toString())), "bought at the sale price");
            Browser.waitFor(room, "() => document.getElementById('sale-sold-out') !== null");
            Browser.screenshot(room, "whole-room-bought-sold-out");

            // One tap on the pinned card buys at the list price; the card's remaining stock follows live.
            int before = ((Number) room.evaluate("skuId => window.lmRoom.stock[skuId]", skuId)).intValue();
            room.click("#pinned [data-buy='" + skuId + "']");
            Browser.waitFor(room, "() => window.lmRoom.orders.length === 2");
            Browser.waitFor(room, "() => document.querySelector(\"[data-left='" + skuId + "']\").textContent === '" + (before - 1) + " left'");
            String secondOrder = (String) room.evaluate("() => window.lmRoom.orders[1]");
            assertEquals(0, new BigDecimal("9.90").compareTo(new BigDecimal(as("shopper1").get("/api/orders/" + secondOrder)
                    .then().statusCode(200).extract().path("unitPrice.amount").toString())), "bought at the list price");
            Browser.screenshot(room, "whole-room-bought-from-card");
            assertTrue(dialogs.isEmpty(), "no dialog opened: " + dialogs);

            // The anchor's live figures: orders and GMV from the API, viewers and likes from the channel.
            Browser.waitFor(studio, "() => window.lmStudio.figures.orders >= 2 && Number(window.lmStudio.figures.gmv.amount) >= 17.4");
            Browser.screenshot(studio, "whole-studio-figures-live");
            studio.click("#end");
            Browser.waitFor(room, "() => window.lmRoom.ended === true");
            Browser.screenshot(studio, "whole-studio-ended");
            Browser.screenshot(room, "whole-room-ended");

            // The merchant ships from the console.
            String tracking = "SP" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            Page merchant = browser.newPage("merchant");
            merchant.navigate(base + "/merchant.html");
            Browser.logIn(merchant, "merchant1");
            Browser.waitFor(merchant, "() => window.lmMerchant && window.lmMerchant.ready");
            Browser.waitFor(merchant, "() => document.querySelector(\"#parcels [data-parcel*='" + orderId + "']\") !== null");
            merchant.evaluate("orderId => document.querySelectorAll('#parcels [data-parcel]').forEach(card => {"
                    + " card.querySelector('input[name=pick]').checked = card.dataset.parcel.split(',').includes(orderId); })", orderId);
            merchant.selectOption("#carrier", "swiftpost");
            merchant.fill("#parcels [data-parcel*='" + orderId + "'] input[name=tracking]", tracking);
            merchant.click("#ship-selected");
            Browser.waitFor(merchant, "() => window.lmMerchant.shipped.includes('" + tracking + "')");
            Browser.screenshot(merchant, "whole-merchant-shipped");

            // The shopper follows the parcel live on the orders page while the carrier simulator delivers it.
            room.navigate(base + "/orders.html");
            Page orders = room;
            Browser.waitFor(orders, "() => window.lmOrders && window.lmOrders.timelines['" + orderId + "'] !== undefined");
            orders.click("[data-follow='" + orderId + "']");
            Browser.waitFor(orders, "() => document.querySelector('[data-follow=\"" + orderId + "\"]').textContent === 'Following live'");
            CarrierSimulator.Result delivered = CarrierSimulator.run(new String[] { "--carrier", "swiftpost", "--tracking", tracking,
                    "--fail-share", "0", "--interval", "200ms", "--max", "1m", "--app", "http://127.0.0.1:" + RestAssured.port,
                    "--realm", ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class) },
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertEquals(0, delivered.left(), "the simulator delivered the parcel");
            Browser.waitFor(orders, "() => (window.lmOrders.timelines['" + orderId + "'] || []).includes('DELIVERED')");
            Browser.screenshot(orders, "whole-orders-delivered");

            orders.reload();
            Browser.waitFor(orders, "() => document.querySelector('[data-feedback=\"" + orderId + "\"]') !== null");
            orders.selectOption("[data-feedback='" + orderId + "'] select[name=rating]", "5");
            orders.fill("[data-feedback='" + orderId + "'] textarea[name=comment]", "Pours beautifully");
            orders.click("[data-feedback='" + orderId + "'] button");
            Browser.waitFor(orders, "() => document.querySelector('[data-rated=\"" + orderId + "\"]') !== null");
            Browser.screenshot(orders, "whole-orders-rated");
            assertTrue(dialogs.isEmpty(), "no dialog opened: " + dialogs);

            // The anchor sees the show's figures in the studio.
            studio.reload();
            Browser.waitFor(studio, "() => window.lmStudio && window.lmStudio.figuresLoaded >= 1");
            Browser.waitFor(studio, "() => window.lmStudio.figures.orders >= 2 && Number(window.lmStudio.figures.gmv.amount) >= 17.4");
            assertEquals("ENDED", studio.textContent("#status"));
            Browser.screenshot(studio, "whole-studio-figures");
        }
    }
}
