package hu.webshopsync.host.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shop orders that are odd or wrong, placed in the emulator over its REST API as a checkout or the
 * shop admin would: each is imported once, marked for review with the reason, or refused with a
 * clear message (a reused order id); nothing is skipped silently, nothing imported twice.
 */
class BadOrderInputIT {

    private static final String LONG = "Hosszú utca ".repeat(42).substring(0, 500);

    @TempDir
    Path dir;

    private static Map<String, Object> billing(String first, String last, String email, String phone) {
        Map<String, Object> billing = new HashMap<>(Map.of("first_name", first, "last_name", last,
                "address_1", "Fő utca 1.", "city", "Budapest", "postcode", "1011", "country", "HU"));
        if (email != null) {
            billing.put("email", email);
        }
        if (phone != null) {
            billing.put("phone", phone);
        }
        return billing;
    }

    private static Map<String, Object> order(Map<String, Object> billing, List<Map<String, Object>> lines) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", "processing");
        body.put("payment_method", "cod");
        body.put("billing", billing);
        body.put("shipping", new HashMap<>(billing));
        body.put("line_items", lines);
        return body;
    }

    private static Map<String, Object> line(long productId, int quantity) {
        return Map.of("product_id", productId, "quantity", quantity);
    }

    private static List<String> reasons(JsonNode order) {
        List<String> out = new ArrayList<>();
        order.get("reviewReasons").forEach(r -> out.add(r.asText()));
        return out;
    }

    @Test
    void oddOrdersImportOnceMarkedForReviewWithTheReason() {
        try (ReliabilityRig rig = ReliabilityRig.start(dir, 41)) {
            rig.activate();
            rig.importMarkedProducts(3);
            assertThat(rig.run("webshop.product-sync").exitCode()).isZero();
            Map<String, Long> ids = new HashMap<>();
            rig.snapshot().productsBySku().forEach((sku, p) -> ids.put(sku, p.id()));
            long shopOnly = rig.shopRequest("POST", "/wp-json/wc/v3/products",
                    "{\"name\":\"Csak a boltban\",\"sku\":\"CSAK-BOLT\",\"regular_price\":\"500\"}").get("id").asLong();

            Map<String, Long> placed = new HashMap<>();
            placed.put("unknownSku", rig.createOrder(order(billing("Ismeretlen", "Cikk", "a@example.hu", "+3611"),
                    List.of(line(shopOnly, 1)))).get("id").asLong());
            placed.put("zeroQty", rig.createOrder(order(billing("Nulla", "Darab", "b@example.hu", "+3612"),
                    List.of(line(ids.get("R-0001"), 0), line(ids.get("R-0002"), 1)))).get("id").asLong());
            placed.put("negativeQty", rig.createOrder(order(billing("Negatív", "Darab", "c@example.hu", "+3613"),
                    List.of(line(ids.get("R-0001"), -2)))).get("id").asLong());
            placed.put("noContact", rig.createOrder(order(billing("Nélküli", "Kapcsolat", null, null),
                    List.of(line(ids.get("R-0001"), 1)))).get("id").asLong());
            Map<String, Object> longBilling = billing("Hosszú", "Címes", "d@example.hu", "+3614");
            longBilling.put("address_1", LONG);
            longBilling.put("address_2", LONG);
            longBilling.put("city", LONG);
            longBilling.put("company", LONG);
            longBilling.put("first_name", LONG);
            placed.put("longAddress", rig.createOrder(order(longBilling, List.of(line(ids.get("R-0001"), 1))))
                    .get("id").asLong());
            placed.put("emoji", rig.createOrder(order(billing("Árvíztűrő 😀", "Tükörfúrógép-Őzike 🌷",
                    "e@example.hu", "+3615"), List.of(line(ids.get("R-0003"), 1)))).get("id").asLong());
            Map<String, Object> eur = order(billing("Euró", "Fizető", "f@example.hu", "+3616"),
                    List.of(line(ids.get("R-0001"), 1)));
            eur.put("currency", "EUR");
            placed.put("eur", rig.createOrder(eur).get("id").asLong());
            placed.put("deletedProduct", rig.createOrder(order(billing("Törölt", "Termék", "g@example.hu", "+3617"),
                    List.of(line(ids.get("R-0002"), 1)))).get("id").asLong());
            assertThat(rig.shop().control().deleteProduct(ids.get("R-0002"), true)).isTrue();

            ReliabilityRig.ActionRun run = rig.run("webshop.order-sync");

            System.out.println("[reliability] odd orders: exit " + run.exitCode() + " " + run.counts() + "\n" + run.printed());
            assertThat(run.exitCode()).as(run.printed()).isZero();
            Map<String, JsonNode> erp = rig.assertEveryShopOrderOnce(List.copyOf(placed.values()));
            assertThat(erp).hasSize(placed.size());
            JsonNode unknown = erp.get(placed.get("unknownSku").toString());
            assertThat(unknown.get("needsReview").asBoolean()).isTrue();
            assertThat(reasons(unknown)).anySatisfy(r -> assertThat(r).contains("Ismeretlen cikkszám: CSAK-BOLT"));
            assertThat(reasons(erp.get(placed.get("zeroQty").toString())))
                    .anySatisfy(r -> assertThat(r).contains("Nem pozitív mennyiség").contains("(0)"));
            assertThat(reasons(erp.get(placed.get("negativeQty").toString())))
                    .anySatisfy(r -> assertThat(r).contains("Nem pozitív mennyiség").contains("(-2)"));
            JsonNode noContact = erp.get(placed.get("noContact").toString());
            assertThat(noContact.get("customer").get("name").asText()).isEqualTo("Kapcsolat Nélküli");
            assertThat(noContact.get("customer").get("email").asText()).isEmpty();
            // WooCommerce takes any length, the ERP's fields do not: cut to size and marked, never refused forever
            JsonNode longAddress = erp.get(placed.get("longAddress").toString());
            assertThat(longAddress.get("billing").get("street").asText()).startsWith("Hosszú utca").hasSizeLessThanOrEqualTo(500);
            assertThat(longAddress.get("billing").get("city").asText()).hasSizeLessThanOrEqualTo(200);
            assertThat(longAddress.get("customer").get("name").asText()).hasSizeLessThanOrEqualTo(300);
            assertThat(longAddress.get("needsReview").asBoolean()).isTrue();
            assertThat(reasons(longAddress)).anySatisfy(r -> assertThat(r)
                    .isEqualTo("Túl hosszú adat, az ERP mezőjébe levágva: név, cégnév, település, cím"));
            JsonNode emoji = erp.get(placed.get("emoji").toString());
            assertThat(emoji.get("customer").get("name").asText()).isEqualTo("Tükörfúrógép-Őzike 🌷 Árvíztűrő 😀");
            assertThat(emoji.get("needsReview").asBoolean()).isFalse();
            JsonNode inEuro = erp.get(placed.get("eur").toString());
            assertThat(inEuro.get("currency").asText()).isEqualTo("EUR");
            assertThat(reasons(inEuro)).anySatisfy(r -> assertThat(r).contains("EUR").contains("HUF"));
            assertThat(reasons(erp.get(placed.get("deletedProduct").toString())))
                    .anySatisfy(r -> assertThat(r).contains("már nem létezik a webáruházban"));
            System.out.println("[reliability] odd orders in the ERP: " + erp.values().stream()
                    .map(o -> o.get("externalRef").asText() + " review=" + o.get("needsReview") + " " + o.get("reviewReasons")
                            + " street.len=" + o.get("billing").get("street").asText().length()
                            + " name.len=" + o.get("customer").get("name").asText().length())
                    .toList());

            ReliabilityRig.ActionRun again = rig.run("webshop.order-sync");
            assertThat(again.exitCode()).isZero();
            assertThat(rig.json("orders", "list", "--json")).hasSize(placed.size());
        }
    }

    @Test
    void anOrderIdReusedAfterTheShopDatabaseWasResetIsRefusedClearly() {
        try (ReliabilityRig rig = ReliabilityRig.start(dir, 42)) {
            rig.activate();
            long first = rig.createOrder(order(billing("Vevő", "Első", "h@example.hu", "+3618"),
                    List.of(Map.of("sku", "R-0001", "quantity", 1)))).get("id").asLong();
            assertThat(rig.run("webshop.order-sync").exitCode()).isZero();
            rig.shop().control().reset();
            rig.shop().control().setCredentials(rig.config().consumerKey(), rig.config().consumerSecret());
            long reused = rig.createOrder(order(billing("Másik", "Vevő", "i@example.hu", "+3619"),
                    List.of(Map.of("sku", "R-0001", "quantity", 3)))).get("id").asLong();
            assertThat(reused).isEqualTo(first);

            ReliabilityRig.ActionRun run = rig.run("webshop.order-sync");

            System.out.println("[reliability] reused order id: exit " + run.exitCode() + " " + run.counts());
            assertThat(run.exitCode()).as(run.printed()).isEqualTo(1);
            assertThat(run.printed()).contains("más rendelési kulccsal");
            assertThat(run.count("failed")).isEqualTo(1);
            JsonNode orders = rig.json("orders", "list", "--json");
            assertThat(orders).hasSize(1);
            assertThat(orders.get(0).get("customer").get("name").asText()).isEqualTo("Első Vevő");
            // not skipped: the next run still refuses it instead of passing it by
            ReliabilityRig.ActionRun again = rig.run("webshop.order-sync");
            assertThat(again.exitCode()).isEqualTo(1);
            assertThat(again.count("failed")).isEqualTo(1);
        }
    }
}
