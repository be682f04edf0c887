package hu.webshopsync.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /products/categories/batch}, which the product sync uses to create a level of categories at once. */
class CategoriesApiTest {

    private static final String WC = "/wp-json/wc/v3";
    private final ShopEmulator shop = ShopEmulator.start(EmulatorConfig.defaults());
    private final TestHttp http = new TestHttp(shop.baseUrl()).basic("ck_demo_key", "cs_demo_secret");

    @AfterEach
    void close() {
        shop.close();
    }

    @Test
    void batchCreatesInRequestOrderAndAnswersADuplicateWithTheExistingId() throws Exception {
        TestHttp.Resp single = http.post(WC + "/products/categories", "{\"name\":\"Kert\"}");
        long kert = single.json().get("id").asLong();

        TestHttp.Resp r = http.post(WC + "/products/categories/batch", "{\"create\":[{\"name\":\"Öntözés\",\"parent\":"
                + kert + "},{\"name\":\"Kert\"},{\"name\":\"Árva\",\"parent\":999999},{\"name\":\"Szerszám\"}]}");

        assertThat(r.status()).isEqualTo(200);
        JsonNode created = r.json().get("create");
        assertThat(created).hasSize(4);
        assertThat(created.get(0).get("name").asText()).isEqualTo("Öntözés");
        assertThat(created.get(0).get("parent").asLong()).isEqualTo(kert);
        assertThat(created.get(1).get("id").asLong()).isZero();
        assertThat(created.get(1).get("error").get("code").asText()).isEqualTo("term_exists");
        assertThat(created.get(1).get("error").get("data").get("resource_id").asLong()).isEqualTo(kert);
        assertThat(created.get(2).get("error").get("code").asText()).isEqualTo("woocommerce_rest_term_invalid");
        assertThat(created.get(3).get("id").asLong()).isPositive();
        assertThat(r.json().has("update")).isFalse();
        assertThat(http.get(WC + "/products/categories?per_page=100").json().findValuesAsText("name"))
                .contains("Kert", "Öntözés", "Szerszám").doesNotContain("Árva");
    }

    @Test
    void batchAcceptsAtMostOneHundredCategories() throws Exception {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            items.append(i == 0 ? "" : ",").append("{\"name\":\"K").append(i).append("\"}");
        }

        TestHttp.Resp r = http.post(WC + "/products/categories/batch", "{\"create\":[" + items + "]}");

        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().get("code").asText()).isEqualTo("woocommerce_rest_request_entity_too_large");
        assertThat(http.get(WC + "/products/categories?per_page=100").json().findValuesAsText("name"))
                .doesNotContain("K1");
    }
}
