package hu.webshopsync.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ProductsApiTest {

    private static final String WC = "/wp-json/wc/v3";
    private final ShopClock clock = ShopClock.startingAt(Instant.parse("2026-11-27T22:00:00Z"));
    private final ShopEmulator shop = ShopEmulator.start(EmulatorConfig.defaults(), clock);
    private final TestHttp http = new TestHttp(shop.baseUrl()).basic("ck_demo_key", "cs_demo_secret");

    @AfterEach
    void close() {
        shop.close();
    }

    private long create(String sku) throws Exception {
        TestHttp.Resp r = http.post(WC + "/products", "{\"name\":\"P " + sku + "\",\"sku\":\"" + sku + "\",\"regular_price\":\"100\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    @Test
    void pagingHeadersAndLinks() throws Exception {
        for (int i = 0; i < 5; i++) {
            create("S" + i);
        }
        TestHttp.Resp first = http.get(WC + "/products?per_page=2&page=1");
        assertThat(first.header("X-WP-Total")).isEqualTo("5");
        assertThat(first.header("X-WP-TotalPages")).isEqualTo("3");
        assertThat(first.header("Link")).isEqualTo("<" + shop.baseUrl() + WC + "/products?per_page=2&page=2>; rel=\"next\"");
        TestHttp.Resp middle = http.get(WC + "/products?per_page=2&page=2");
        assertThat(middle.header("Link")).contains("page=1>; rel=\"prev\"").contains("page=3>; rel=\"next\"");
        TestHttp.Resp last = http.get(WC + "/products?per_page=2&page=3");
        assertThat(last.json().size()).isEqualTo(1);
        assertThat(last.header("Link")).doesNotContain("next");
        TestHttp.Resp beyond = http.get(WC + "/products?per_page=2&page=9");
        assertThat(beyond.status()).isEqualTo(200);
        assertThat(beyond.json().size()).isZero();
        assertThat(http.get(WC + "/products?per_page=0").json().get("code").asText()).isEqualTo("rest_invalid_param");
    }

    @Test
    void modifiedAfterIsStoreLocalUnlessDatesAreGmt() throws Exception {
        long old = create("OLD");
        clock.set(Instant.parse("2026-11-27T22:30:00Z"));
        long recent = create("NEW");
        // 22:10 UTC is 23:10 in Budapest. Read as local time it means 22:10 - 1h = 21:10 UTC: both match.
        TestHttp.Resp local = http.get(WC + "/products?modified_after=2026-11-27T22:10:00");
        assertThat(local.json().findValuesAsText("sku")).containsExactlyInAnyOrder("OLD", "NEW");
        TestHttp.Resp gmt = http.get(WC + "/products?modified_after=2026-11-27T22:10:00&dates_are_gmt=true");
        assertThat(gmt.json().findValuesAsText("sku")).containsExactly("NEW");
        // "after" is strict, on whole seconds, like MySQL's post_modified_gmt > '...'.
        TestHttp.Resp same = http.get(WC + "/products?modified_after=2026-11-27T22:30:00&dates_are_gmt=true");
        assertThat(same.json().size()).isZero();
        clock.advance(Duration.ofMinutes(5));
        assertThat(http.put(WC + "/products/" + old, "{\"regular_price\":\"120\"}").status()).isEqualTo(200);
        TestHttp.Resp asc = http.get(WC + "/products?modified_after=2026-11-27T22:00:00&dates_are_gmt=true&orderby=modified&order=asc");
        assertThat(asc.ids()).containsExactly(Long.toString(recent), Long.toString(old));
        assertThat(http.get(WC + "/products?modified_after=yesterday").json().at("/data/params/modified_after").asText())
                .isEqualTo("Invalid date.");
    }

    @Test
    void batchAcceptsAtMostOneHundredItems() throws Exception {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            items.append(i == 0 ? "" : ",").append("{\"name\":\"B").append(i).append("\",\"sku\":\"B").append(i)
                    .append("\",\"regular_price\":\"1\"}");
        }
        TestHttp.Resp tooMany = http.post(WC + "/products/batch", "{\"create\":[" + items + "]}");
        assertThat(tooMany.status()).isEqualTo(413);
        assertThat(tooMany.json().get("code").asText()).isEqualTo("woocommerce_rest_request_entity_too_large");
        assertThat(tooMany.json().get("message").asText()).isEqualTo("Unable to accept more than 100 items for this request.");
        assertThat(shop.control().snapshot().products()).isEmpty();

        String hundred = items.substring(0, items.lastIndexOf(",{"));
        TestHttp.Resp ok = http.post(WC + "/products/batch", "{\"create\":[" + hundred + "]}");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("create").size()).isEqualTo(100);
        assertThat(shop.control().snapshot().productsBySku()).hasSize(100);
    }

    @Test
    void batchItemsFailIndividuallyInRequestOrder() throws Exception {
        long existing = create("DUP");
        TestHttp.Resp r = http.post(WC + "/products/batch", "{\"create\":[{\"name\":\"a\",\"sku\":\"dup\"},"
                + "{\"name\":\"b\",\"sku\":\"OK-1\",\"regular_price\":1990}],\"update\":[{\"id\":999,\"name\":\"x\"}],\"delete\":[" + existing + "]}");
        assertThat(r.status()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.at("/create/0/id").asLong()).isZero();
        assertThat(body.at("/create/0/error/code").asText()).isEqualTo("product_invalid_sku");
        // Batch items skip schema validation in WooCommerce: a numeric price is accepted there.
        assertThat(body.at("/create/1/regular_price").asText()).isEqualTo("1990");
        assertThat(body.at("/update/0/error/data/status").asInt()).isEqualTo(400);
        assertThat(body.at("/delete/0/id").asLong()).isEqualTo(existing);
        assertThat(http.get(WC + "/products/" + existing).status()).as("batch delete is forced").isEqualTo(404);
    }

    @Test
    void skuLookupFollowsTheDatabaseCollation() throws Exception {
        long id = create("ÁRV-1");
        assertThat(http.get(WC + "/products?sku=arv-1").ids()).containsExactly(Long.toString(id));
        TestHttp.Resp dup = http.post(WC + "/products", "{\"name\":\"x\",\"sku\":\"arv-1\"}");
        assertThat(dup.json().at("/data/resource_id").asLong()).isEqualTo(id);
        long other = create("B-2");
        assertThat(http.get(WC + "/products?sku=B-2,ÁRV-1,missing").json().size()).isEqualTo(2);
        assertThat(other).isGreaterThan(id);
    }

    @Test
    void trashedProductsFreeTheirSkuAndLeaveTheDefaultList() throws Exception {
        long id = create("T-1");
        assertThat(http.delete(WC + "/products/" + id).status()).isEqualTo(200);
        assertThat(http.delete(WC + "/products/" + id).json().get("code").asText()).isEqualTo("woocommerce_rest_already_trashed");
        assertThat(http.get(WC + "/products").json().size()).isZero();
        assertThat(http.get(WC + "/products?status=trash").json().size()).isEqualTo(1);
        assertThat(create("T-1")).isNotEqualTo(id);
    }

    @Test
    void categoriesImagesAndStock() throws Exception {
        long cat = http.post(WC + "/products/categories", "{\"name\":\"Ruházat\"}").json().get("id").asLong();
        TestHttp.Resp child = http.post(WC + "/products/categories", "{\"name\":\"Pólók\",\"parent\":" + cat + "}");
        assertThat(child.json().get("slug").asText()).isEqualTo("polok");
        assertThat(http.post(WC + "/products/categories", "{\"name\":\"Ruházat\"}").json().get("code").asText()).isEqualTo("term_exists");
        assertThat(http.post(WC + "/products/categories", "{\"name\":\"Ruházat\",\"parent\":" + cat + "}").json().get("slug").asText())
                .isEqualTo("ruhazat-ruhazat");
        TestHttp.Resp p = http.post(WC + "/products", "{\"name\":\"Póló\",\"categories\":[{\"id\":" + cat + "},{\"id\":99999}],"
                + "\"manage_stock\":true,\"stock_quantity\":0}");
        assertThat(p.json().get("categories").findValuesAsText("name")).containsExactly("Ruházat");
        assertThat(p.json().get("stock_status").asText()).isEqualTo("outofstock");
        TestHttp.Resp badImage = http.post(WC + "/products", "{\"name\":\"x\",\"images\":[{\"id\":4242}]}");
        assertThat(badImage.status()).isEqualTo(400);
        assertThat(badImage.json().get("message").asText()).isEqualTo("#4242 is an invalid image ID.");
        assertThat(http.get(WC + "/products/categories?search=ruh").json().size()).isEqualTo(2);
        assertThat(shop.control().deleteCategory(cat)).isTrue();
        assertThat(http.get(WC + "/products/" + p.json().get("id").asLong()).json().at("/categories/0/name").asText())
                .isEqualTo("Uncategorized");
    }
}
