package hu.webshopsync.host.e2e;

import hu.webshopsync.emulator.EmulatorConfig;
import hu.webshopsync.emulator.RequestCounters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * "Tried as a new user would": the first and the repeated product sync of 1,000 marked products, and the
 * order sync of 1,000 shop orders, each through the host's CLI (in this JVM) against the shop emulator
 * with 20 ms latency per request. Prints one line of figures per step; not a test, so nothing here is
 * timed against a limit.
 *
 * <p>Run from {@code host-stub/} (it finds the repository root and {@code testdata/woocommerce} upwards):
 * {@code java -cp <test-classes>:<classes>:<dependencies> hu.webshopsync.host.e2e.NewUserMeasurement [products] [orders]}
 */
public final class NewUserMeasurement {

    private static final String API = "/wp-json/wc/v3";
    private static final long LATENCY_MS = 20;
    private static final List<String> CATEGORIES = List.of("Háztartás/Konyha", "Háztartás/Fürdőszoba",
            "Háztartás", "Ruházat/Pólók", "Ruházat/Nadrágok", "Ruházat", "Élelmiszer/Tea", "Élelmiszer/Kávé",
            "Könyvek", "Játékok/Társasjáték", "Játékok/Kültéri", "Kert/Szerszámok");

    private NewUserMeasurement() {
    }

    /**
     * Runs both measurements.
     *
     * @param args optional product count and order count (default 1,000 each)
     * @throws Exception when a step fails
     */
    public static void main(String[] args) throws Exception {
        int products = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int orders = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        productSync(products);
        orderSync(orders);
    }

    private static void productSync(int count) throws Exception {
        Path dir = Files.createTempDirectory("e2e-measure-products");
        try (WebshopScenario s = WebshopScenario.start(dir, EmulatorConfig.defaults().withLatency(LATENCY_MS, 0))) {
            SharedWooCommerce shared = SharedWooCommerce.locate();
            shared.copyImage("blue.jpg", dir.resolve("blue.jpg"));
            shared.copyImage("red.png", dir.resolve("red.png"));
            StringBuilder csv = new StringBuilder("sku,name,net_price,vat_rate,unit,note,category,image,webshop,"
                    + "stock:KÖZPONT\n");
            for (int i = 1; i <= count; i++) {
                String image = i == 1 ? "blue.jpg" : i == 2 ? "red.png" : "";
                csv.append(String.format("TERM-%05d,Termék %d – árvíztűrő,%d,%s,db,\"Leírás %d\nmásodik sor\",%s,%s,"
                                + "true,%d%n", i, i, 100 + i * 7, i % 5 == 0 ? "5" : "27", i,
                        CATEGORIES.get(i % CATEGORIES.size()), image, i % 50));
            }
            s.importCsv("termekek.csv", csv.toString());
            s.activate();
            s.resetCounters();

            WebshopScenario.ActionRun first = s.run(ProductSyncIT.ACTION);
            RequestCounters c = s.counters();
            long lookups = c.count("GET " + API + "/products");
            long batches = c.count("POST " + API + "/products/batch");
            long puts = c.count("PUT " + API + "/products/{id}");
            long posts = c.count("POST " + API + "/products");
            long categories = sum(c, "/products/categories");
            long media = sum(c, "/wp/v2/media");
            System.out.printf("product-sync first: products=%d created=%d outcome=%s product_requests=%d"
                            + " (sku_lookups=%d batch_writes=%d single_puts=%d single_posts=%d) category_requests=%d"
                            + " media_requests=%d total_requests=%d wall_ms=%d action_ms=%d latency_ms=%d%n",
                    count, first.count("created"), first.outcome(), lookups + batches + puts + posts, lookups, batches,
                    puts, posts, categories, media, c.total(), first.wallMs(), first.actionMs(), LATENCY_MS);

            s.resetCounters();
            WebshopScenario.ActionRun again = s.run(ProductSyncIT.ACTION);
            RequestCounters r = s.counters();
            System.out.printf("product-sync repeat: unchanged=%d outcome=%s write_requests=%d total_requests=%d"
                            + " wall_ms=%d action_ms=%d latency_ms=%d%n", again.count("unchanged"), again.outcome(), writes(r),
                    r.total(), again.wallMs(), again.actionMs(), LATENCY_MS);
        } finally {
            delete(dir);
        }
    }

    private static void orderSync(int count) throws Exception {
        Path dir = Files.createTempDirectory("e2e-measure-orders");
        try (WebshopScenario s = WebshopScenario.start(dir, EmulatorConfig.defaults())) {
            StringBuilder csv = new StringBuilder("sku,name,net_price,vat_rate,webshop,stock:KÖZPONT\n");
            for (int i = 1; i <= 20; i++) {
                csv.append(String.format("RND-%02d,Rendelhető %d,%d,27,true,100000%n", i, i, 1000 + i * 10));
            }
            s.importCsv("termekek.csv", csv.toString());
            s.activate();
            if (s.run(ProductSyncIT.ACTION).exitCode() != 0) {
                throw new IllegalStateException("the product sync before the orders failed");
            }
            long placeStart = System.nanoTime();
            for (int i = 1; i <= count; i++) {
                Map<String, Object> billing = new LinkedHashMap<>();
                billing.put("first_name", "Vevő");
                billing.put("last_name", "Szám" + (i % 300));
                billing.put("email", "vevo" + (i % 300) + "@example.hu");
                billing.put("phone", "+36 30 " + (1_000_000 + i % 300));
                billing.put("city", "Debrecen");
                billing.put("postcode", "4025");
                billing.put("address_1", "Piac utca " + i);
                billing.put("country", "HU");
                Map<String, Object> order = new LinkedHashMap<>();
                order.put("status", "processing");
                order.put("set_paid", i % 2 == 0);
                order.put("payment_method", i % 2 == 0 ? "stripe" : "cod");
                order.put("billing", billing);
                order.put("line_items", List.of(Map.of("sku", String.format("RND-%02d", 1 + i % 20), "quantity", 1 + i % 3),
                        Map.of("sku", String.format("RND-%02d", 1 + (i * 7) % 20), "quantity", 1)));
                s.shopApi().post("/orders", order);
            }
            long placeMs = (System.nanoTime() - placeStart) / 1_000_000;
            s.shop().control().setLatency(LATENCY_MS, 0);
            s.resetCounters();

            WebshopScenario.ActionRun first = s.run(OrderSyncIT.ACTION);
            RequestCounters c = s.counters();
            int committed = s.orders().size();
            System.out.printf("order-sync first: shop_orders=%d imported=%d needs_review=%d failed=%d outcome=%s"
                            + " erp_orders=%d list_requests=%d note_requests=%d total_requests=%d wall_ms=%d action_ms=%d"
                            + " orders_per_s=%.1f latency_ms=%d (orders placed at 0 ms latency in %d ms)%n",
                    count, first.count("imported"), first.count("needs-review"), first.count("failed"), first.outcome(),
                    committed, c.count("GET " + API + "/orders"), c.count("POST " + API + "/orders/{id}/notes"),
                    c.total(), first.wallMs(), first.actionMs(), committed * 1000.0 / Math.max(1, first.wallMs()), LATENCY_MS, placeMs);

            s.resetCounters();
            WebshopScenario.ActionRun again = s.run(OrderSyncIT.ACTION);
            RequestCounters r = s.counters();
            System.out.printf("order-sync repeat: imported=%d already_imported=%d erp_orders=%d list_requests=%d"
                            + " write_requests=%d wall_ms=%d action_ms=%d latency_ms=%d%n", again.count("imported"),
                    again.count("already-imported"), s.orders().size(), r.count("GET " + API + "/orders"), writes(r),
                    again.wallMs(), again.actionMs(), LATENCY_MS);
        } finally {
            delete(dir);
        }
    }

    private static long sum(RequestCounters counters, String pathPart) {
        return counters.byRoute().entrySet().stream().filter(e -> e.getKey().contains(pathPart))
                .mapToLong(Map.Entry::getValue).sum();
    }

    private static long writes(RequestCounters counters) {
        return counters.byRoute().entrySet().stream().filter(e -> !e.getKey().startsWith("GET "))
                .mapToLong(Map.Entry::getValue).sum();
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
