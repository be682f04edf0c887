package hu.webshopsync.emulator;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows that share their sort key come back in a seeded-random order on each listing, as MySQL returns
 * them, so offset paging over {@code modified} overlaps and skips; paging over {@code id} does not.
 * All the orders and products here are made in one fixed shop second.
 */
class TiedRowsTest {

    private static final String WC = "/wp-json/wc/v3";
    private static final Instant SECOND = Instant.parse("2026-11-28T09:00:00Z");

    /** A shop holding {@code n} processing orders and {@code n} products, all saved in one second. */
    private static ShopEmulator tiedShop(long seed, int n) throws IOException {
        ShopEmulator shop = ShopEmulator.start(EmulatorConfig.defaults().withSeed(seed), ShopClock.startingAt(SECOND));
        TestHttp http = http(shop);
        for (int from = 0; from < n; from += 50) {
            StringBuilder orders = new StringBuilder("{\"create\":[");
            StringBuilder products = new StringBuilder("{\"create\":[");
            for (int i = from; i < Math.min(n, from + 50); i++) {
                String sep = i == from ? "" : ",";
                orders.append(sep).append("{\"status\":\"processing\",\"billing\":{\"email\":\"v").append(i)
                        .append("@example.hu\"}}");
                products.append(sep).append("{\"name\":\"Termék\",\"sku\":\"T-").append(i).append("\"}");
            }
            assertThat(http.post(WC + "/orders/batch", orders.append("]}").toString()).status()).isEqualTo(200);
            assertThat(http.post(WC + "/products/batch", products.append("]}").toString()).status()).isEqualTo(200);
        }
        return shop;
    }

    private static TestHttp http(ShopEmulator shop) {
        return new TestHttp(shop.baseUrl()).basic("ck_demo_key", "cs_demo_secret");
    }

    /** The ids of every page of a listing, page after page, as a client pages by offset. */
    private static List<String> pages(TestHttp http, String route, String orderby, int perPage, int pages)
            throws IOException {
        List<String> ids = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            ids.addAll(http.get(WC + route + "?orderby=" + orderby + "&order=asc&per_page=" + perPage
                    + "&page=" + page).ids());
        }
        return ids;
    }

    @Test
    void tiesComeBackInADifferentOrderOnEachListingAndTheSameForTheSameSeed() throws IOException {
        try (ShopEmulator a = tiedShop(7, 60); ShopEmulator b = tiedShop(7, 60); ShopEmulator c = tiedShop(8, 60)) {
            List<String> first = pages(http(a), "/orders", "modified", 100, 1);
            List<String> second = pages(http(a), "/orders", "modified", 100, 1);

            assertThat(first).hasSize(60).doesNotHaveDuplicates();
            assertThat(second).containsExactlyInAnyOrderElementsOf(first).isNotEqualTo(first);
            assertThat(pages(http(b), "/orders", "modified", 100, 1)).as("same seed, same requests").isEqualTo(first);
            assertThat(pages(http(c), "/orders", "modified", 100, 1)).as("another seed").isNotEqualTo(first);
            assertThat(pages(http(a), "/products", "title", 100, 1)).hasSize(60)
                    .isNotEqualTo(pages(http(a), "/products", "title", 100, 1));
        }
    }

    @Test
    void offsetPagesOverATiedKeyLoseRowsAndPagesOverTheIdDoNot() throws IOException {
        try (ShopEmulator shop = tiedShop(42, 300)) {
            TestHttp http = http(shop);

            List<String> byModified = pages(http, "/orders", "modified", 100, 3);
            Set<String> seen = new HashSet<>(byModified);

            assertThat(byModified).hasSize(300);
            assertThat(seen).as("distinct orders of 300 seen by modified").hasSizeLessThan(300);
            assertThat(pages(http, "/orders", "id", 100, 3)).hasSize(300).doesNotHaveDuplicates();
            assertThat(pages(http, "/orders", "date", 100, 3)).as("WooCommerce sorts date as 'date ID'")
                    .hasSize(300).doesNotHaveDuplicates();
            assertThat(new HashSet<>(pages(http, "/products", "modified", 100, 3))).hasSizeLessThan(300);
            assertThat(pages(http, "/products", "id", 100, 3)).hasSize(300).doesNotHaveDuplicates();
            System.out.println("[tied rows] 300 orders in one second, 3 pages by modified: " + seen.size()
                    + " distinct seen; by id: 300");
        }
    }
}
