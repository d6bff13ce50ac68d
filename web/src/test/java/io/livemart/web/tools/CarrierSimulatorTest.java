package io.livemart.web.tools;

import static io.livemart.web.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livemart.tools.CarrierSimulator;
import io.livemart.web.support.Parcels;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The carrier simulator ({@code ./livemart carrier}, a tool in module tools) really moves a parcel to DELIVERED through
 * the app's signed carrier webhook, and DELIVERED moves the order on. It runs here against the test instance, with
 * the same real Keycloak service account and webhook secret as against the demo stack.
 */
@QuarkusTest
class CarrierSimulatorTest {

    @Test
    void roundsOfTheSimulatorDeliverAParcelWithProof() {
        Parcels.Parcel parcel = Parcels.shipped("swiftpost");
        List<String> steps = List.of("PICKED_UP", "IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED");
        for (String step : steps) {
            String out = once(parcel.trackingNumber(), "0");
            assertTrue(out.contains("-> " + step) && out.contains("HTTP 201 stored"), out);
            assertEquals(step, status(parcel));
        }
        as("merchant1").get("/api/shipments/" + parcel.shipmentId()).then().statusCode(200)
                .body("recipientName", org.hamcrest.Matchers.notNullValue())
                .body("proofPhotoUrl", org.hamcrest.Matchers.startsWith("https://"));
        assertEquals("DELIVERED", as("shopper1").get("/api/orders/" + parcel.orderId()).then().statusCode(200).extract().path("status"));
        List<String> timeline = as("shopper1").get("/api/shipments/" + parcel.shipmentId() + "/timeline").then().statusCode(200)
                .extract().path("type");
        assertEquals(steps, timeline);
        String after = once(parcel.trackingNumber(), "0");
        assertTrue(after.contains("no parcel of swiftpost on its way"), after); // delivered parcels are no longer listed
    }

    @Test
    void aParcelChosenToFailFirstHasAFailedAttemptBeforeItsDelivery() {
        Parcels.Parcel parcel = Parcels.shipped("swiftpost");
        CarrierSimulator.Result result = CarrierSimulator.run(args(parcel.trackingNumber(), "1", false), new PrintStream(
                new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(0, result.left());
        assertEquals(5, result.stored());
        assertEquals("DELIVERED", status(parcel));
        List<String> timeline = as("shopper1").get("/api/shipments/" + parcel.shipmentId() + "/timeline").then().statusCode(200)
                .extract().path("type");
        assertEquals(List.of("PICKED_UP", "IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERY_FAILED", "DELIVERED"), timeline);
    }

    private static String once(String tracking, String failShare) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        CarrierSimulator.run(args(tracking, failShare, true), new PrintStream(buffer, true, StandardCharsets.UTF_8));
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private static String[] args(String tracking, String failShare, boolean once) {
        String realm = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        String app = "http://127.0.0.1:" + RestAssured.port;
        return once
                ? new String[] { "--once", "--carrier", "swiftpost", "--tracking", tracking, "--fail-share", failShare, "--app", app, "--realm", realm }
                : new String[] { "--carrier", "swiftpost", "--tracking", tracking, "--fail-share", failShare, "--interval", "100ms",
                        "--max", "1m", "--app", app, "--realm", realm };
    }

    private static String status(Parcels.Parcel parcel) {
        return as("merchant1").get("/api/shipments/" + parcel.shipmentId()).then().statusCode(200).extract().path("status");
    }
}
