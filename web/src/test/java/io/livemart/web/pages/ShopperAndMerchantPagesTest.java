package io.livemart.web.pages;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.livemart.web.support.Browser;
import io.livemart.web.support.Carrier;
import io.livemart.web.support.Parcels;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The merchant and the shopper in a real browser, logged in through Keycloak's form: the merchant adds a
 * product (a bad price is caught in the browser, a duplicate SKU by the server, next to the field) and ships
 * a parcel; the shopper watches the timeline reach delivered live and leaves feedback; a shopper is refused
 * on the merchant console. An ended session goes to login and back to the page.
 */
@QuarkusTest
class ShopperAndMerchantPagesTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void merchantShipsAndShopperFollowsTheParcelToDeliveredAndRatesIt() {
        String orderId = Parcels.confirmedOrder();
        String tracking = "SP" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String code = "PG-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser()) {
            Page merchant = browser.newPage("merchant");
            merchant.navigate(base + "merchant.html");
            Browser.logIn(merchant, "merchant1");
            Browser.waitFor(merchant, "() => window.lmMerchant && window.lmMerchant.ready");

            merchant.fill("#name", "Gongfu tea tray");
            merchant.fill("#category", "teaware");
            merchant.fill("#code", code);
            merchant.fill("#price", "12.345");
            merchant.fill("#cost", "5");
            merchant.click("#product-form button");
            Browser.waitFor(merchant, "() => document.querySelector('[data-field=\"skus[0].price.amount\"]').textContent.length > 0");
            Browser.screenshot(merchant, "merchant-product-field-error");

            merchant.fill("#price", "29.90");
            merchant.click("#product-form button");
            Browser.waitFor(merchant, "() => [...document.querySelectorAll('#product-rows td')].some(td => td.textContent === 'Gongfu tea tray')");
            merchant.fill("#name", "Gongfu tea tray, again");
            merchant.fill("#category", "teaware");
            merchant.fill("#code", code);
            merchant.fill("#price", "29.90");
            merchant.fill("#cost", "5");
            merchant.click("#product-form button");
            Browser.waitFor(merchant, "() => document.getElementById('notice').textContent.includes('" + code + "')");
            Browser.screenshot(merchant, "merchant-products");

            merchant.evaluate("orderId => document.querySelectorAll('#parcels [data-parcel]').forEach(card => {"
                    + " card.querySelector('input[name=pick]').checked = card.dataset.parcel.split(',').includes(orderId); })", orderId);
            merchant.fill("#parcels [data-parcel*='" + orderId + "'] input[name=tracking]", tracking);
            merchant.click("#ship-selected");
            Browser.waitFor(merchant, "() => window.lmMerchant.shipped.includes('" + tracking + "')");
            Browser.screenshot(merchant, "merchant-shipped");

            Page shopper = browser.newPage("shopper");
            shopper.navigate(base + "orders.html");
            Browser.logIn(shopper, "shopper1");
            Browser.waitFor(shopper, "() => window.lmOrders && window.lmOrders.timelines['" + orderId + "'] !== undefined");
            shopper.click("[data-follow='" + orderId + "']");
            Browser.waitFor(shopper, "() => document.querySelector('[data-follow=\"" + orderId + "\"]').textContent === 'Following live'");
            Browser.screenshot(shopper, "orders-shipped");

            Instant now = Instant.now();
            Carrier.post("swiftpost", Carrier.event("p1-" + tracking, tracking, "PICKED_UP", now.minusSeconds(30)))
                    .then().statusCode(201);
            Carrier.post("swiftpost", Carrier.event("p2-" + tracking, tracking, "DELIVERED", now.minusSeconds(5)))
                    .then().statusCode(201);
            Browser.waitFor(shopper, "() => (window.lmOrders.timelines['" + orderId + "'] || []).includes('DELIVERED')");
            Browser.screenshot(shopper, "orders-delivered-live");

            shopper.reload();
            Browser.waitFor(shopper, "() => document.querySelector('[data-feedback=\"" + orderId + "\"]') !== null");
            shopper.selectOption("[data-feedback='" + orderId + "'] select[name=rating]", "4");
            shopper.fill("[data-feedback='" + orderId + "'] textarea[name=comment]", "<img src=x onerror=alert(1)> tastes of honey");
            shopper.click("[data-feedback='" + orderId + "'] button");
            Browser.waitFor(shopper, "() => document.querySelector('[data-rated=\"" + orderId + "\"]') !== null");
            Browser.screenshot(shopper, "orders-rated");

            Page intruder = browser.newPage("intruder");
            intruder.navigate(base + "merchant.html");
            Browser.logIn(intruder, "shopper2");
            Browser.waitFor(intruder, "() => document.getElementById('notice').textContent.includes('for merchants')");
            assertTrue(intruder.isHidden("#console"), "the console stays hidden for a shopper");
            Browser.screenshot(intruder, "merchant-console-refused");
        }
    }

    /**
     * A session that ends while the shopper is away: once as the server sees it (the token is refused, here a token
     * whose signature no longer holds, as after a key rotation or revocation), once as the page sees it (the token's
     * time is up). Keycloak's own session has ended too (its cookies are gone), so the login form shows; after it
     * the shopper is back on the page they were on, with their orders.
     */
    @Test
    void anEndedSessionGoesToLoginAndBackToThePageAndLogoutEndsIt() {
        Parcels.confirmedOrder();
        try (Browser browser = new Browser()) {
            Page shopper = browser.newPage("expiry");
            shopper.navigate(base + "orders.html?from=test");
            Browser.logIn(shopper, "shopper1");
            Browser.waitFor(shopper, "() => window.lmOrders && window.lmOrders.statuses !== undefined");

            shopper.evaluate("() => { const a = JSON.parse(sessionStorage.getItem('livemart.auth'));"
                    + " const [h, p, sig] = a.token.split('.'); a.token = [h, p, sig.split('').reverse().join('')].join('.');"
                    + " sessionStorage.setItem('livemart.auth', JSON.stringify(a)); }");
            shopper.context().clearCookies();
            shopper.reload();
            shopper.waitForSelector("#username");
            Browser.screenshot(shopper, "session-refused-login");
            Browser.logIn(shopper, "shopper1");
            Browser.waitFor(shopper, "() => window.lmOrders && window.lmOrders.statuses !== undefined");
            assertTrue(shopper.url().startsWith(base + "orders.html?from=test"), "back on the page: " + shopper.url());
            Browser.screenshot(shopper, "session-refused-back");

            shopper.evaluate("() => { const a = JSON.parse(sessionStorage.getItem('livemart.auth'));"
                    + " a.expiresAt = Date.now() - 1000; sessionStorage.setItem('livemart.auth', JSON.stringify(a)); }");
            shopper.context().clearCookies();
            shopper.reload();
            shopper.waitForSelector("#username");
            Browser.logIn(shopper, "shopper1");
            Browser.waitFor(shopper, "() => window.lmOrders && window.lmOrders.statuses !== undefined");
            assertTrue(shopper.url().startsWith(base + "orders.html?from=test"), "back on the page: " + shopper.url());
            Browser.screenshot(shopper, "session-expired-back");

            // Logging out ends Keycloak's session too: the next visit asks for the password again.
            shopper.navigate(base + "index.html");
            shopper.click("text=Log out");
            Browser.waitFor(shopper, "() => location.pathname === '/index.html' && document.querySelector('#login') !== null");
            Browser.screenshot(shopper, "logged-out-home");
            shopper.navigate(base + "orders.html");
            shopper.waitForSelector("#username");
        }
    }
}
