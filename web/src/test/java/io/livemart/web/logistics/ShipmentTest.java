package io.livemart.web.logistics;

import static io.livemart.web.support.Api.as;
import static io.livemart.web.support.Problems.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.livemart.web.support.Parcels;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Merchants with many parcels: bulk shipping that stops only the bad parcel, and packing slips. */
@QuarkusTest
class ShipmentTest {

    private static String tracking() {
        return "SP" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static Map<String, Object> parcel(String orderId, String tracking) {
        return Map.of("orderIds", new String[] { orderId }, "carrier", "swiftpost", "trackingNumber", tracking);
    }

    @Test
    void bulkShippingShipsEachGoodParcelAndTellsWhyTheOthersWereNot() {
        String first = Parcels.confirmedOrder();
        String second = Parcels.confirmedOrder();
        String usedTracking = Parcels.shipped("swiftpost").trackingNumber();
        String good1 = tracking();
        String good2 = tracking();

        as("merchant1").body(Map.of("parcels", List.of(parcel(first, good1), parcel(second, usedTracking),
                parcel(UUID.randomUUID().toString(), tracking()), parcel(second, good2)))).post("/api/shipments/bulk")
                .then().statusCode(200)
                .body("shipped", equalTo(2)).body("refused", equalTo(2))
                .body("parcels[0].status", equalTo(201)).body("parcels[0].shipment.trackingNumber", equalTo(good1))
                .body("parcels[1].status", equalTo(409)).body("parcels[1].problem.detail", containsString("parcels[1]"))
                .body("parcels[2].status", equalTo(404))
                .body("parcels[3].status", equalTo(201));
        as("shopper1").get("/api/orders/" + first).then().body("status", equalTo("SHIPPED"));
        as("shopper1").get("/api/orders/" + second).then().body("status", equalTo("SHIPPED"));
    }

    @Test
    void bulkShippingIsForTheOwningMerchantAndValidatesEveryParcel() {
        String order = Parcels.confirmedOrder();
        as("merchant2").body(Map.of("parcels", List.of(parcel(order, tracking())))).post("/api/shipments/bulk")
                .then().statusCode(200).body("parcels[0].status", equalTo(403));
        assertProblem(as("shopper1").body(Map.of("parcels", List.of(parcel(order, tracking())))).post("/api/shipments/bulk"), 403);
        assertProblem(as("merchant1").body(Map.of("parcels", List.of(parcel(order, tracking()), parcel(order, "bad tracking!"))))
                .post("/api/shipments/bulk"), 400).body("errors.field", hasItem("parcels[1].trackingNumber"));
        assertProblem(as("merchant1").body(Map.of("parcels", List.of())).post("/api/shipments/bulk"), 400);
        as("shopper1").get("/api/orders/" + order).then().body("status", not(equalTo("SHIPPED")));
    }

    @Test
    void thePackingSlipIsAPrintablePageForTheMerchant() {
        Parcels.Parcel parcel = Parcels.shipped("rapidex");
        String page = as("merchant1").accept("text/html").get("/api/shipments/" + parcel.shipmentId() + "/slip")
                .then().statusCode(200).contentType(containsString("text/html")).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(page.contains(parcel.trackingNumber()), "tracking number on the slip");
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("Rapidex"), "carrier name on the slip");
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("Cash on delivery"), "cash to collect on the slip");
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("Parcel tea"), "items on the slip");

        assertProblem(as("merchant2").get("/api/shipments/" + parcel.shipmentId() + "/slip"), 403);
        assertProblem(as("shopper1").get("/api/shipments/" + parcel.shipmentId() + "/slip"), 403);
    }
}
