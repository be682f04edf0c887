package hu.webshopsync.host.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hu.webshopsync.host.text.Texts;
import hu.webshopsync.host.web.TestOrderShop;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Customers shopping in the webshop: orders placed through the shop's REST API as its checkout
 * would create them — a guest, a returning customer (same e-mail twice), a company with a tax
 * number, a coupon, shipping with a cash-on-delivery fee, and a product the shop owner added in the
 * shop only (its SKU is unknown to the ERP, so the order must be reviewed).
 */
final class ShopCustomers implements ShopBuyers {

    /** A product the shop owner created in the shop's admin; the ERP does not know its SKU. */
    static final String SHOP_ONLY_SKU = "AJANDEKKARTYA-5000";
    /** The company customer's tax number, sent in the order meta {@code _billing_tax_number}. */
    static final String TAX_NUMBER = "12345678-2-13";

    /** A buyer's billing details as the checkout form collects them. */
    private record Buyer(String lastName, String firstName, String company, String email, String phone,
                         String postcode, String city, String street) {
    }

    private static final Buyer ANNA = new Buyer("Kovács", "Anna", "", "anna.kovacs@example.hu", "+36 30 111 2233",
            "1061", "Budapest", "Andrássy út 12.");
    private static final Buyer PETER = new Buyer("Nagy", "Péter", "", "peter.nagy@example.hu", "+36 20 444 5566",
            "4025", "Debrecen", "Piac utca 5.");
    private static final Buyer ZOLDKERT = new Buyer("Szabó", "Márta", "Zöldkert Kft.", "beszerzes@zoldkert.example.hu",
            "+36 26 310 420", "2000", "Szentendre", "Dunakanyar körút 8.");
    private static final Buyer ESZTER = new Buyer("Tóth", "Eszter", "", "eszter.toth@example.hu", "+36 70 777 8899",
            "7621", "Pécs", "Király utca 3.");
    private static final Buyer GABOR = new Buyer("Horváth", "Gábor", "", "gabor.horvath@example.hu",
            "+36 30 222 3344", "6720", "Szeged", "Kárász utca 9.");
    private static final Buyer JULIA = new Buyer("Varga", "Júlia", "", "julia.varga@example.hu", "+36 20 555 6677",
            "9021", "Győr", "Baross Gábor út 20.");

    /** Who places the test orders of demo --serve, in turn. */
    private static final List<Buyer> BUYERS = List.of(ANNA, PETER, ZOLDKERT, ESZTER, GABOR, JULIA);
    /** What they order: webshop products of the sample catalogue. */
    private static final List<String> TEST_SKUS = List.of("KONY-002", "KERT-004", "JATEK-002", "FURD-004", "KONY-005");

    private final ShopRest rest;
    private final Texts texts;

    ShopCustomers(ShopRest rest, Texts texts) {
        this.rest = rest;
        this.texts = texts;
    }

    /**
     * One order as placed.
     *
     * @param shopId   the shop's order id, or -1 when the shop refused it
     * @param story    who ordered what, in the user's language
     * @param lines    SKU → quantity
     * @param problem  why the shop refused it, or empty
     */
    record Placed(long shopId, String story, Map<String, Integer> lines, String problem) {
    }

    /** An order to place: who, and the checkout's request body without the line items' product ids. */
    record Planned(String story, Map<String, Integer> lines, ObjectNode body) {
    }

    /**
     * Creates the shop-only product, then places the orders one by one; a refused order is reported
     * and the others still go.
     *
     * @return the orders in the order placed
     * @throws IOException when the shop cannot be reached at all
     */
    @Override
    public List<Placed> shop() throws IOException {
        long giftCardId = shopOnlyProduct();
        List<Planned> planned = plan(texts);
        List<String> skus = planned.stream().flatMap(p -> p.lines().keySet().stream()).distinct().toList();
        Map<String, Long> ids = productIds(skus);
        ids.put(SHOP_ONLY_SKU, giftCardId);
        List<Placed> placed = new ArrayList<>();
        for (Planned p : planned) {
            ArrayNode items = p.body().putArray("line_items");
            p.lines().forEach((sku, qty) -> {
                ObjectNode item = items.addObject();
                item.put("product_id", ids.getOrDefault(sku, 0L));
                item.put("quantity", qty);
            });
            ShopRest.Answer answer = rest.post("/orders", p.body());
            if (answer.status() / 100 == 2) {
                placed.add(new Placed(answer.body().path("id").asLong(), p.story(), p.lines(), ""));
            } else {
                placed.add(new Placed(-1, p.story(), p.lines(),
                        "HTTP " + answer.status() + " " + answer.body().path("message").asText("")));
            }
        }
        return placed;
    }

    /**
     * Places one more order, as the next customer in turn would at the checkout.
     *
     * @param n which test order this is, from 0; picks the customer and the product
     * @return the shop's order id, the customer and the line
     * @throws IOException when the shop refuses the order or cannot be reached
     */
    @Override
    public TestOrderShop.TestOrder placeTestOrder(int n) throws IOException {
        Planned order = testOrder(n);
        Map.Entry<String, Integer> line = order.lines().entrySet().iterator().next();
        Long productId = productIds(List.of(line.getKey())).get(line.getKey());
        if (productId == null) {
            throw new IOException(line.getKey() + ": not in the shop");
        }
        order.body().putArray("line_items").addObject().put("product_id", productId).put("quantity", line.getValue());
        ShopRest.Answer answer = rest.post("/orders", order.body());
        if (answer.status() / 100 != 2) {
            throw new IOException("HTTP " + answer.status() + " " + answer.body().path("message").asText(""));
        }
        return new TestOrderShop.TestOrder(answer.body().path("id").asLong(), order.story(),
                line.getValue() + " × " + line.getKey());
    }

    /**
     * The next customer's test order in turn, in WooCommerce's words, without its line's product id.
     *
     * @param n which test order this is, from 0; picks the customer and the product
     * @return the order; its story is the customer's name
     */
    static Planned testOrder(int n) {
        Buyer buyer = BUYERS.get(n % BUYERS.size());
        return new Planned(who(buyer), Map.of(TEST_SKUS.get(n % TEST_SKUS.size()), 1 + n % 2),
                checkout(buyer, "bacs", "Banki átutalás", "on-hold", false));
    }

    @Override
    public void cancel(String shopOrder) throws IOException {
        ShopRest.Answer answer = rest.put("/orders/" + shopOrder, rest.mapper().createObjectNode().put("status",
                "cancelled"));
        if (answer.status() / 100 != 2) {
            throw new IOException("HTTP " + answer.status() + " " + answer.body().path("message").asText(""));
        }
    }

    private long shopOnlyProduct() throws IOException {
        ObjectNode product = rest.mapper().createObjectNode();
        product.put("name", texts.get("shop.giftCard"));
        product.put("sku", SHOP_ONLY_SKU);
        product.put("regular_price", "5000");
        product.put("virtual", true);
        ShopRest.Answer answer = rest.post("/products", product);
        if (answer.status() / 100 == 2) {
            return answer.body().path("id").asLong();
        }
        // a second demo against the same real shop: the product is already there
        long existing = answer.body().path("data").path("resource_id").asLong(0);
        if (existing > 0) {
            return existing;
        }
        throw new IOException("HTTP " + answer.status() + " " + answer.body().path("message").asText(""));
    }

    private Map<String, Long> productIds(List<String> skus) throws IOException {
        Map<String, Long> ids = new HashMap<>();
        String query = URLEncoder.encode(String.join(",", skus), StandardCharsets.UTF_8);
        ShopRest.Answer answer = rest.get("/products?per_page=100&sku=" + query);
        if (answer.status() / 100 != 2) {
            throw new IOException("HTTP " + answer.status() + " " + answer.body().path("message").asText(""));
        }
        for (JsonNode p : answer.body()) {
            ids.put(p.path("sku").asText(), p.path("id").asLong());
        }
        return ids;
    }

    /**
     * The story's orders in WooCommerce's words, without their lines' product ids.
     *
     * @param texts the demo's texts, for the stories
     * @return the orders in the order they are placed
     */
    static List<Planned> plan(Texts texts) {
        List<Planned> plans = new ArrayList<>();
        plans.add(order(texts, "order.guest", lines("KONY-002", 2, "FURD-004", 3), ANNA, "bacs", "Banki átutalás",
                "on-hold", false));
        plans.add(order(texts, "order.returningFirst", lines("JATEK-002", 1), PETER, "stripe", "Bankkártya", "processing",
                true));
        Planned company = order(texts, "order.company", lines("KERT-001", 4, "KERT-004", 10), ZOLDKERT, "bacs",
                "Banki átutalás", "on-hold", false);
        company.body().putArray("meta_data").addObject().put("key", "_billing_tax_number").put("value", TAX_NUMBER);
        plans.add(company);
        plans.add(order(texts, "order.returningAgain", lines("POLO-002", 1, "KONYV-002", 1), PETER, "stripe", "Bankkártya",
                "processing", true));
        Planned coupon = order(texts, "order.coupon", lines("KONY-001", 1), ESZTER, "barion", "Barion", "processing", true);
        coupon.body().putArray("coupon_lines").addObject().put("code", "TAVASZ10").put("discount", "1199");
        plans.add(coupon);
        Planned cod = order(texts, "order.cashOnDelivery", lines("KONY-005", 1, "KONY-004", 2), GABOR, "cod", "Utánvét",
                "processing", false);
        cod.body().putArray("shipping_lines").addObject().put("method_id", "flat_rate")
                .put("method_title", "GLS futárszolgálat").put("total", "1490");
        cod.body().putArray("fee_lines").addObject().put("name", "Utánvét kezelési díj").put("total", "390");
        plans.add(cod);
        plans.add(order(texts, "order.unknownSku", lines(SHOP_ONLY_SKU, 1, "KONYV-001", 1), JULIA, "bacs", "Banki átutalás",
                "on-hold", false));
        return plans;
    }

    private static Planned order(Texts texts, String storyKey, Map<String, Integer> lines, Buyer buyer, String method,
                                 String methodTitle, String status, boolean paid) {
        return new Planned(texts.get(storyKey, who(buyer)), lines, checkout(buyer, method, methodTitle, status, paid));
    }

    private static String who(Buyer buyer) {
        return buyer.company().isEmpty() ? buyer.lastName() + " " + buyer.firstName() : buyer.company();
    }

    /** The checkout's request body without the line items. */
    private static ObjectNode checkout(Buyer buyer, String method, String methodTitle, String status, boolean paid) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("status", status);
        body.put("payment_method", method);
        body.put("payment_method_title", methodTitle);
        body.put("set_paid", paid);
        body.put("currency", "HUF");
        ObjectNode billing = address(buyer);
        body.set("billing", billing);
        ObjectNode shipping = billing.deepCopy();
        shipping.remove(List.of("email", "phone"));
        body.set("shipping", shipping);
        return body;
    }

    private static ObjectNode address(Buyer buyer) {
        ObjectNode billing = JsonNodeFactory.instance.objectNode();
        billing.put("first_name", buyer.firstName());
        billing.put("last_name", buyer.lastName());
        billing.put("company", buyer.company());
        billing.put("address_1", buyer.street());
        billing.put("city", buyer.city());
        billing.put("postcode", buyer.postcode());
        billing.put("country", "HU");
        billing.put("email", buyer.email());
        billing.put("phone", buyer.phone());
        return billing;
    }

    private static Map<String, Integer> lines(Object... skuAndQuantity) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (int i = 0; i < skuAndQuantity.length; i += 2) {
            lines.put((String) skuAndQuantity[i], (Integer) skuAndQuantity[i + 1]);
        }
        return lines;
    }
}
