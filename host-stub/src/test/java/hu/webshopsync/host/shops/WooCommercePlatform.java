package hu.webshopsync.host.shops;

import hu.webshopsync.emulator.EmulatorConfig;
import hu.webshopsync.emulator.ShopEmulator;
import hu.webshopsync.emulator.ShopSnapshot;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** WooCommerce: REST keys plus a WordPress application password, gross prices in whole forints. */
public final class WooCommercePlatform implements ShopPlatform {

    private static final String API = "/wp-json/wc/v3";
    private static final ShopRoutes ROUTES = new ShopRoutes("POST " + API + "/products/batch", "POST " + API
            + "/products", "PUT " + API + "/products/{id}", "GET " + API + "/products", "GET " + API
            + "/products/categories", "POST /wp-json/wp/v2/media", "GET /wp-json/wp/v2/media", "GET " + API + "/orders",
            "POST " + API + "/orders/batch", "POST " + API + "/orders/{id}/notes");

    @Override
    public String name() {
        return "WooCommerce";
    }

    @Override
    public EmulatorConfig config(long seed) {
        return EmulatorConfig.defaults().withSeed(seed);
    }

    @Override
    public List<String> settings(ShopEmulator shop, EmulatorConfig config) {
        return List.of("url=" + shop.baseUrl(), "consumerKey=" + config.consumerKey(),
                "consumerSecret=" + config.consumerSecret(), "wpUser=" + config.wpUser(),
                "wpApplicationPassword=" + config.wpAppPassword());
    }

    @Override
    public List<String> secrets(EmulatorConfig config) {
        return List.of(config.consumerSecret(), config.wpAppPassword());
    }

    @Override
    public String price(BigDecimal net, BigDecimal vatPercent) {
        return net.multiply(BigDecimal.ONE.add(vatPercent.movePointLeft(2))).setScale(0, RoundingMode.HALF_UP)
                .toPlainString();
    }

    @Override
    public ShopRoutes routes() {
        return ROUTES;
    }

    @Override
    public long productWriteRequests(long batches) {
        return batches;
    }

    @Override
    public boolean skusIgnoreCase() {
        return true;
    }

    @Override
    public String waitingStatus() {
        return "on-hold";
    }

    @Override
    public long erpNumberMarks(ShopSnapshot shop, long orderId) {
        return shop.notesByOrder().getOrDefault(orderId, List.of()).stream()
                .filter(n -> !n.customerNote() && n.note().contains("Rögzítve az ERP-ben")).count();
    }

    @Override
    public long fulfilmentRecords(ShopEmulator shop, EmulatorConfig config, long orderId, String erpNumber) {
        return shop.control().snapshot().notesByOrder().getOrDefault(orderId, List.of()).stream()
                .filter(n -> n.note().contains("Teljesítve az ERP-ben: " + erpNumber)).count();
    }

    /** The shop API for what a test does in a WooCommerce shop beyond the neutral steps. */
    public static ShopApi api(ShopEmulator shop, EmulatorConfig config) {
        return new ShopApi(shop.baseUrl(), config.consumerKey(), config.consumerSecret());
    }

    @Override
    public long placeOrder(ShopEmulator shop, EmulatorConfig config, OrderRequest order) {
        OrderRequest.Buyer buyer = order.buyer();
        Map<String, Object> billing = new LinkedHashMap<>(address(buyer));
        billing.put("company", buyer.company());
        billing.put("email", buyer.email());
        billing.put("phone", buyer.phone());
        List<Map<String, Object>> lines = new ArrayList<>();
        for (OrderRequest.Line line : order.lines()) {
            lines.add(line.sku() != null ? Map.of("sku", line.sku(), "quantity", line.quantity())
                    : Map.of("product_id", line.productId(), "quantity", line.quantity()));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "processing");
        body.put("set_paid", order.paid());
        body.put("customer_id", order.customerId());
        body.put("payment_method", order.paid() ? "stripe" : "cod");
        body.put("payment_method_title", order.paid() ? "Bankkártya" : "Utánvét");
        body.put("billing", billing);
        body.put("shipping", address(buyer));
        body.put("line_items", lines);
        body.put("meta_data", buyer.taxNumber().isEmpty() ? List.of()
                : List.of(Map.of("key", "_billing_tax_number", "value", buyer.taxNumber())));
        return api(shop, config).post("/orders", body).get("id").asLong();
    }

    private static Map<String, Object> address(OrderRequest.Buyer buyer) {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("first_name", buyer.firstName());
        address.put("last_name", buyer.lastName());
        address.put("address_1", "Fő utca 1.");
        address.put("city", buyer.city());
        address.put("postcode", buyer.postcode());
        address.put("country", "HU");
        return address;
    }

    @Override
    public void touchOrder(ShopEmulator shop, EmulatorConfig config, long orderId) {
        api(shop, config).put("/orders/" + orderId, Map.of("meta_data",
                List.of(Map.of("key", "_szallitasi_megjegyzes", "value", "kapucsengő: 12"))));
    }

    @Override
    public long createProduct(ShopEmulator shop, EmulatorConfig config, String sku, String name, String price) {
        return api(shop, config).post("/products", Map.of("name", name, "sku", sku, "regular_price", price))
                .get("id").asLong();
    }

    @Override
    public void restoreCredentials(ShopEmulator shop, EmulatorConfig config) {
        shop.control().setCredentials(config.consumerKey(), config.consumerSecret());
    }

    @Override
    public String credentialsRefusedWords() {
        return "elutasította az API titkot";
    }

    @Override
    public boolean fulfilmentRecordedByTheStatus() {
        return false;
    }

    @Override
    public BigDecimal paidTotal(ShopSnapshot.Order order) {
        return new BigDecimal(order.total());
    }

    @Override
    public String toString() {
        return name();
    }
}
