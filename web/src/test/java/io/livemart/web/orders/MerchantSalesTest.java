package io.livemart.web.orders;

import static io.livemart.web.support.Api.as;
import static io.livemart.web.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The merchant's sales per show: orders and units that hold stock, GMV, the anchor's commission, the payout, the cost
 * of goods and the gross profit; only its own store's orders.
 */
@QuarkusTest
class MerchantSalesTest {

    @Test
    void theMerchantSeesEachShowsOrdersGmvCommissionAndGrossProfit() {
        LiveShowFixture show = new LiveShowFixture(10); // 10.00 EUR, cost 4.00, 10 % commission to anchor1
        show.buy("shopper1", 2, "CASH_ON_DELIVERY").then().statusCode(201);
        show.buy("shopper2", 1, "PICKUP_IN_STORE").then().statusCode(201);
        String cancelled = show.buy("shopper3", 1, "ONLINE").then().statusCode(201).extract().path("id");
        as("shopper3").post("/api/orders/" + cancelled + "/cancel").then().statusCode(200);

        String sales = "/api/orders/merchant/sales?showId=" + show.showId;
        as("merchant1").get(sales).then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].showId", equalTo(show.showId))
                .body("[0].showTitle", startsWith("Orders test "))
                .body("[0].orders", equalTo(2))
                .body("[0].units", equalTo(3))
                .body("[0].gmv.amount", equalTo(30.0f))
                .body("[0].commission.amount", equalTo(3.0f))
                .body("[0].payout.amount", equalTo(27.0f))
                .body("[0].costOfGoods.amount", equalTo(12.0f))
                .body("[0].grossProfit.amount", equalTo(15.0f))
                .body("[0].byStatus.CONFIRMED", equalTo(1))
                .body("[0].byStatus.READY_FOR_PICKUP", equalTo(1))
                .body("[0].byStatus.CANCELLED", equalTo(1));
        // Across shows, this show is among the merchant's; another merchant sees none of it.
        as("merchant1").get("/api/orders/merchant/sales").then().statusCode(200)
                .body("showId", org.hamcrest.Matchers.hasItem(show.showId));
        as("merchant2").get(sales).then().statusCode(200).body("", equalTo(List.of()));
        assertProblem(as("shopper1").get(sales), 403);
        assertProblem(as("anchor1").get(sales), 403);
        assertProblem(given().get(sales), 401);
        show.end();
    }
}
