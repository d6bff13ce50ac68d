package io.livemart.web.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** Requests as a given demo user or carrier, with real tokens. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    public static RequestSpecification asCarrier(String carrier) {
        return given().auth().oauth2(Tokens.carrier(carrier)).contentType(ContentType.JSON);
    }

    public static String userId(String user) {
        return as(user).get("/api/me").then().statusCode(200).extract().path("id");
    }

    /** Opens the merchant's store if it is not open yet. */
    public static void openStore(String merchant) {
        as(merchant).body(Map.of("name", merchant + "'s store")).put("/api/stores/mine").then().statusCode(200);
    }

    /**
     * A product of the merchant, offered to the anchor alone and taken into the anchor's selection, so the
     * anchor may put it in a line-up. Answers the product id.
     */
    public static String selected(String anchor, String merchant, String name) {
        String productId = product(merchant, name, "tea",
                sku("SEL-" + java.util.UUID.randomUUID().toString().substring(0, 8), "9.90", "4.00", 5));
        String offerId = as(merchant).body(Map.of("productId", productId, "commissionRate", "10",
                "anchorIds", new String[] { userId(anchor) })).post("/api/offers").then().statusCode(201).extract().path("id");
        as(anchor).body(Map.of("offerId", offerId)).post("/api/selection").then().statusCode(201);
        return productId;
    }

    /** A SKU in EUR. */
    public static Map<String, Object> sku(String code, String price, String cost, int stock) {
        return Map.of("code", code, "attributes", Map.of("size", "M"),
                "price", Map.of("amount", price, "currency", "EUR"),
                "costPrice", Map.of("amount", cost, "currency", "EUR"), "stock", stock);
    }

    /** Creates a product with the given SKUs in the merchant's store and answers its id. */
    @SafeVarargs
    public static String product(String merchant, String name, String category, Map<String, Object>... skus) {
        openStore(merchant);
        return as(merchant).body(Map.of("name", name, "category", category, "description", "Demo " + name,
                "imageUrls", new String[] { "https://images.example/" + category + ".jpg" }, "skus", skus))
                .post("/api/products").then().statusCode(201).extract().path("id");
    }
}
