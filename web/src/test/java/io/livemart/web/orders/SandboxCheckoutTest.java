package io.livemart.web.orders;

import static io.livemart.web.support.Api.as;
import static io.livemart.web.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Paying online at the sandbox (the FAKE payment provider, no money moves), as the checkout page does it: the buyer
 * sees what is to be paid, declines or pays, and the sandbox posts its signed callback to LiveMart over HTTP; the
 * order is paid once, however often "Pay" is pressed. Only the order's buyer may see or pay its checkout.
 */
@QuarkusTest
class SandboxCheckoutTest {

    @Test
    void theBuyerPaysAtTheSandboxWhichReportsThePaymentThroughTheCallbackOnce() {
        LiveShowFixture show = new LiveShowFixture(10);
        String orderId = show.buy("shopper1", 2, "ONLINE").then().statusCode(201).extract().path("id");
        String url = as("shopper1").get("/api/orders/mine").then().statusCode(200)
                .extract().path("find { it.id == '" + orderId + "' }.online.checkoutUrl");
        assertTrue(url.startsWith("/sandbox-pay.html?ref=sbx_pay_"), url);
        String reference = url.substring(url.indexOf("ref=") + 4);
        String checkout = "/api/payments/sandbox/checkouts/" + reference;

        as("shopper1").get(checkout).then().statusCode(200)
                .body("provider", equalTo("sandbox"))
                .body("notice", containsString("fake payment provider"))
                .body("orderId", equalTo(orderId))
                .body("amount.amount", equalTo(20.0f))
                .body("status", equalTo("OPEN"))
                .body("orderStatus", equalTo("AWAITING_PAYMENT"))
                .body("returnUrl", equalTo("/orders.html?order=" + orderId));
        // Someone else's checkout, the wrong role, no token, not a reference, an unknown one.
        assertProblem(as("shopper2").get(checkout), 403);
        assertProblem(as("shopper2").post(checkout + "/pay"), 403);
        assertProblem(as("merchant1").post(checkout + "/pay"), 403);
        assertProblem(given().post(checkout + "/pay"), 401);
        assertProblem(as("shopper1").get("/api/payments/sandbox/checkouts/not-a-reference"), 400);
        assertProblem(as("shopper1").get("/api/payments/sandbox/checkouts/sbx_pay_" + "0".repeat(32)), 404);
        as("shopper1").get("/api/orders/" + orderId).then().body("status", equalTo("AWAITING_PAYMENT"));

        // Declined: a failed payment; the order keeps waiting.
        as("shopper1").post(checkout + "/decline").then().statusCode(200)
                .body("status", equalTo("FAILED"))
                .body("outcome", startsWith("payment failed"))
                .body("orderStatus", equalTo("AWAITING_PAYMENT"));

        // Paid: the callback went through LiveMart's endpoint; the order is paid and no longer offers a link.
        as("shopper1").post(checkout + "/pay").then().statusCode(200)
                .body("status", equalTo("SUCCEEDED"))
                .body("outcome", equalTo("paid"))
                .body("orderStatus", equalTo("PAID"));
        as("shopper1").get("/api/orders/" + orderId).then().statusCode(200)
                .body("status", equalTo("PAID"))
                .body("paidAt", notNullValue())
                .body("online.checkoutUrl", nullValue())
                .body("message", equalTo("Paid: the merchant will ship it."));

        // Pressed again: the same callback, answered as before; nothing changes. Declining now is too late.
        as("shopper1").post(checkout + "/pay").then().statusCode(200).body("outcome", equalTo("paid"))
                .body("orderStatus", equalTo("PAID"));
        assertProblem(as("shopper1").post(checkout + "/decline"), 409).body("detail", containsString("already"));
        show.end();
    }
}
