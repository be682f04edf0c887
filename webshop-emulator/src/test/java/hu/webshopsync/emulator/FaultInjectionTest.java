package hu.webshopsync.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultInjectionTest {

    private static final String WC = "/wp-json/wc/v3";
    private static final String CREATE = "POST " + WC + "/products";
    private final ShopEmulator shop = ShopEmulator.start(EmulatorConfig.defaults());
    private final TestHttp http = new TestHttp(shop.baseUrl()).basic("ck_demo_key", "cs_demo_secret");

    @AfterEach
    void close() {
        shop.close();
    }

    private TestHttp.Resp createProduct(String sku) throws IOException {
        return http.post(WC + "/products", "{\"name\":\"" + sku + "\",\"sku\":\"" + sku + "\"}");
    }

    @Test
    void statusFaultForTheNextRequestsOnly() throws Exception {
        shop.control().addFault(FaultRule.status("POST /wp-json/wc/v3/products/batch", 503).times(2));
        assertThat(http.post(WC + "/products/batch", "{}").status()).isEqualTo(503);
        assertThat(createProduct("A").status()).as("other routes unaffected").isEqualTo(201);
        assertThat(http.post(WC + "/products/batch", "{}").status()).isEqualTo(503);
        assertThat(http.post(WC + "/products/batch", "{}").status()).isEqualTo(200);
        assertThat(shop.control().faults()).isEmpty();
    }

    @Test
    void tooManyRequestsCarriesRetryAfter() throws Exception {
        shop.control().addFault(FaultRule.tooManyRequests("*", 7).times(1));
        TestHttp.Resp r = http.get(WC + "/products");
        assertThat(r.status()).isEqualTo(429);
        assertThat(r.header("Retry-After")).isEqualTo("7");
        assertThat(http.get(WC + "/products").status()).isEqualTo(200);
    }

    @Test
    void resetClosesTheConnectionWithoutPerformingTheRequest() {
        shop.control().addFault(FaultRule.reset(CREATE).times(1));
        assertThatThrownBy(() -> createProduct("R-1")).isInstanceOf(IOException.class);
        assertThat(shop.control().snapshot().productsBySku()).doesNotContainKey("R-1");
    }

    @Test
    void commitThenResetLosesTheAnswerButKeepsTheWrite() throws Exception {
        shop.control().addFault(FaultRule.commitThenReset(CREATE).times(1));
        assertThatThrownBy(() -> createProduct("C-1")).isInstanceOf(IOException.class);
        assertThat(shop.control().snapshot().productsBySku()).containsKey("C-1");
        // A naive retry now meets the duplicate-SKU error of a real shop.
        assertThat(createProduct("C-1").json().get("code").asText()).isEqualTo("product_invalid_sku");
    }

    @Test
    void malformedJsonIsTruncatedWithStatus200() throws Exception {
        shop.control().addFault(FaultRule.malformedJson("GET /wp-json/wc/v3/products/categories").times(1));
        TestHttp.Resp r = http.get(WC + "/products/categories");
        assertThat(r.status()).isEqualTo(200);
        assertThatThrownBy(() -> Json.MAPPER.readTree(r.raw().body())).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void delayAndLatencySlowAnswersDown() throws Exception {
        shop.control().addFault(FaultRule.delay("GET /wp-json/wc/v3/products/{id}", 300).times(1));
        long start = System.nanoTime();
        assertThat(http.get(WC + "/products/1").status()).isEqualTo(404);
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);
        shop.control().setLatency(150, 50);
        start = System.nanoTime();
        http.get(WC + "/products");
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(150);
    }

    @Test
    void seededFaultsRepeat() throws Exception {
        List<Integer> first = statuses(EmulatorConfig.defaults().withSeed(7));
        List<Integer> second = statuses(EmulatorConfig.defaults().withSeed(7));
        List<Integer> other = statuses(EmulatorConfig.defaults().withSeed(8));
        assertThat(first).isEqualTo(second).contains(200, 503);
        assertThat(other).isNotEqualTo(first);
    }

    private static List<Integer> statuses(EmulatorConfig config) throws IOException {
        try (ShopEmulator s = ShopEmulator.start(config)) {
            s.control().addFault(FaultRule.status("*", 503).withRate(0.5));
            TestHttp client = new TestHttp(s.baseUrl()).basic("ck_demo_key", "cs_demo_secret");
            List<Integer> result = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                result.add(client.get(WC + "/products").status());
            }
            return result;
        }
    }
}
