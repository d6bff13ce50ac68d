package io.livemart.web.catalog;

import static io.livemart.web.support.Api.as;
import static io.livemart.web.support.Api.product;
import static io.livemart.web.support.Api.sku;
import static io.livemart.web.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livemart.web.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Merchants' stores, products with SKUs, search, and edits that never lose an update. */
@QuarkusTest
class CatalogTest {

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void onlyMerchantsOpenStoresAndLogosMustBeWebUrls() {
        assertProblem(as("shopper1").body(Map.of("name", "Not mine")).put("/api/stores/mine"), 403);
        assertProblem(as("merchant2").body(Map.of("name", "Knits", "logoUrl", "javascript:alert(1)"))
                .put("/api/stores/mine"), 400).body("errors[0].field", equalTo("logoUrl"));

        String storeId = as("merchant2").body(Map.of("name", "Highland Knit", "logoUrl", "https://img.example/k.png"))
                .put("/api/stores/mine").then().statusCode(200).body("name", equalTo("Highland Knit"))
                .extract().path("id");
        given().get("/api/stores/" + storeId).then().statusCode(200).body("name", equalTo("Highland Knit"));
        assertProblem(given().get("/api/stores/" + UUID.randomUUID()), 404);
    }

    @Test
    void imagesMustBeHttpOrHttpsAndOneCurrencyPerProduct() {
        Api.openStore("merchant1");
        assertProblem(as("merchant1").body(Map.of("name", "Tea", "category", "tea",
                "imageUrls", new String[] { "ftp://files.example/tea.jpg" },
                "skus", new Object[] { sku(unique("A-"), "1.00", "0.50", 1) })).post("/api/products"), 400)
                .body("errors.field", hasItem("imageUrls[0]"));

        Map<String, Object> dollars = Map.of("code", unique("USD-"), "price", Map.of("amount", "2.00", "currency", "USD"),
                "costPrice", Map.of("amount", "1.00", "currency", "USD"), "stock", 1);
        assertProblem(as("merchant1").body(Map.of("name", "Tea", "category", "tea",
                "skus", new Object[] { sku(unique("EUR-"), "1.00", "0.50", 1), dollars })).post("/api/products"), 400)
                .body("detail", containsString("one currency"));

        assertProblem(as("merchant1").body(Map.of("name", "Tea", "category", "tea",
                "skus", new Object[] {})).post("/api/products"), 400)
                .body("errors[0].field", equalTo("skus"));
    }

    @Test
    void skuCodesAreUniqueInAStoreButNotAcrossStores() {
        String code = unique("DUP-");
        assertProblem(as("merchant1").body(Map.of("name", "Twice", "category", "tea",
                "skus", new Object[] { sku(code, "1.00", "0.50", 1), sku(code, "2.00", "0.50", 1) }))
                .post("/api/products"), 409).body("detail", containsString("twice"));

        product("merchant1", "First", "tea", sku(code, "1.00", "0.50", 1));
        Api.openStore("merchant1");
        assertProblem(as("merchant1").body(Map.of("name", "Second", "category", "tea",
                "skus", new Object[] { sku(code, "1.00", "0.50", 1) })).post("/api/products"), 409)
                .body("detail", containsString(code));

        product("merchant2", "Same code elsewhere", "tea", sku(code, "1.00", "0.50", 1));
    }

    @Test
    void costPricesAreTheOwnersBusinessOnly() {
        String id = product("merchant1", "Oolong", "tea", sku(unique("OO-"), "9.00", "4.00", 3));
        as("merchant1").get("/api/products/" + id).then().statusCode(200).body("skus[0].costPrice.amount", equalTo(4.0f));
        as("merchant2").get("/api/products/" + id).then().statusCode(200).body("skus[0].costPrice", nullValue());
        given().get("/api/products/" + id).then().statusCode(200)
                .body("skus[0].costPrice", nullValue())
                .body("skus[0].price.amount", equalTo(9.0f))
                .body("skus[0].label", equalTo("Oolong (size M)"));
    }

    @Test
    void searchFiltersByTextCategoryPriceAndStockInPages() {
        String category = unique("cat-");
        String cheap = product("merchant1", "Jasmine pearls", category, sku(unique("J-"), "5.00", "2.00", 10));
        String dear = product("merchant2", "Imperial jasmine", category, sku(unique("I-"), "50.00", "20.00", 4));
        String soldOut = product("merchant1", "Rose buds", category, sku(unique("R-"), "12.00", "5.00", 0));

        given().queryParam("category", category).get("/api/products")
                .then().statusCode(200).body("total", equalTo(3)).body("items.id", containsInAnyOrder(cheap, dear, soldOut));
        given().queryParam("category", category).queryParam("q", "JASMINE").get("/api/products")
                .then().body("items.id", containsInAnyOrder(cheap, dear));
        given().queryParam("category", category).queryParam("minPrice", "10").queryParam("maxPrice", "60")
                .get("/api/products").then().body("items.id", containsInAnyOrder(dear, soldOut));
        given().queryParam("category", category).queryParam("inStock", "true").get("/api/products")
                .then().body("items.id", containsInAnyOrder(cheap, dear));

        given().queryParam("category", category).queryParam("size", 2).queryParam("page", 1).get("/api/products")
                .then().statusCode(200).body("total", equalTo(3)).body("items", hasSize(1)).body("page", equalTo(1));

        assertProblem(given().queryParam("size", 0).get("/api/products"), 400).body("errors[0].field", equalTo("size"));
        assertProblem(given().queryParam("category", "Not A Category").get("/api/products"), 400);
        assertProblem(given().queryParam("minPrice", "cheap").get("/api/products"), 400)
                .body("detail", containsString("wrong format"));
    }

    @Test
    void onlyTheOwnerEditsAProductAndStaleEditsAreRefused() {
        String id = product("merchant1", "Matcha", "tea", sku(unique("M-"), "20.00", "9.00", 5));
        int version = given().get("/api/products/" + id).then().extract().path("version");
        Map<String, Object> rename = Map.of("name", "Ceremonial matcha", "category", "tea", "version", version);

        assertProblem(as("merchant2").body(rename).put("/api/products/" + id), 403);
        assertProblem(as("shopper1").body(rename).put("/api/products/" + id), 403);
        as("merchant1").body(rename).put("/api/products/" + id)
                .then().statusCode(200).body("name", equalTo("Ceremonial matcha")).body("version", equalTo(version + 1));
        assertProblem(as("merchant1").body(Map.of("name", "Lost update", "category", "tea", "version", version))
                .put("/api/products/" + id), 409).body("detail", containsString("changed since you loaded it"));
        given().get("/api/products/" + id).then().body("name", equalTo("Ceremonial matcha"));
    }

    @Test
    void skusAreAddedByTheOwnerOnly() {
        String id = product("merchant1", "Hojicha", "tea", sku(unique("H-"), "8.00", "3.00", 5));
        assertProblem(as("merchant2").body(sku(unique("H2-"), "15.00", "6.00", 2)).post("/api/products/" + id + "/skus"), 403);
        as("merchant1").body(sku(unique("H2-"), "15.00", "6.00", 2)).post("/api/products/" + id + "/skus")
                .then().statusCode(201).body("skus", hasSize(2)).body("stock", equalTo(7));
    }

    @Test
    void concurrentStockEditsNeverLoseAnUpdate() throws Exception {
        String code = unique("C-");
        String id = product("merchant1", "Genmaicha", "tea", sku(code, "6.00", "2.00", 10));
        String skuId = given().get("/api/products/" + id).then().extract().path("skus[0].id");
        int version = given().get("/api/products/" + id).then().extract().path("skus[0].version");

        int writers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            int stock = 100 + i;
            Callable<Integer> write = () -> {
                start.await();
                Map<String, Object> body = new java.util.HashMap<>(sku(code, "6.00", "2.00", stock));
                body.put("version", version);
                return as("merchant1").body(body).put("/api/products/" + id + "/skus/" + skuId).statusCode();
            };
            answers.add(pool.submit(write));
        }
        start.countDown();
        int ok = 0;
        int conflicts = 0;
        for (Future<Integer> answer : answers) {
            int status = answer.get();
            ok += status == 200 ? 1 : 0;
            conflicts += status == 409 ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, ok, "exactly one edit of the same version wins");
        assertEquals(writers - 1, conflicts, "every other edit is told, none is silently lost");
        given().get("/api/products/" + id).then().body("skus[0].version", equalTo(version + 1))
                .body("skus[0].stock", notNullValue());
    }
}
