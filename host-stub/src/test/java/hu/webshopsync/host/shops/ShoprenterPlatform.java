package hu.webshopsync.host.shops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hu.webshopsync.emulator.EmulatorConfig;
import hu.webshopsync.emulator.Platform;
import hu.webshopsync.emulator.ShopEmulator;
import hu.webshopsync.emulator.ShopSnapshot;
import hu.webshopsync.emulator.ShoprenterConfig;
import hu.webshopsync.host.shoprenter.ShoprenterCheckout;
import hu.webshopsync.host.shoprenter.ShoprenterRest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Shoprenter: its API user (HTTP Basic), net prices with four decimals, writes in {@code POST /batch},
 * orders placed over its API the documented way. The emulator's limit of 3 requests a second is lifted
 * ({@link #config}) and the plugin told so ({@code requestsPerSecond}); a test that is about the limit puts
 * it back with {@code withRateLimit(3)}, and the plugin keeps to its default of 3.
 */
public final class ShoprenterPlatform implements ShopPlatform {

    /** The innerId of the status Teljesítve (completed). */
    private static final String COMPLETED = "5";
    private static final ShopRoutes ROUTES = new ShopRoutes("POST /batch", "POST /productExtend",
            "PUT /productExtend/{id}", "GET /productExtend", "GET /categoryExtend", "POST /files", "GET /files",
            "GET /orderExtend", "POST /batch", null);

    @Override
    public String name() {
        return "Shoprenter";
    }

    @Override
    public EmulatorConfig config(long seed) {
        return EmulatorConfig.defaults().withSeed(seed).withPlatform(Platform.SHOPRENTER).withRateLimit(0);
    }

    /** With the emulator's limit lifted, the plugin is told the shop granted more (the most it takes). */
    @Override
    public List<String> settings(ShopEmulator shop, EmulatorConfig config) {
        List<String> settings = new ArrayList<>(List.of("platform=shoprenter", "url=" + shop.baseUrl(),
                "apiUser=" + config.shoprenter().apiUser(), "apiPassword=" + config.shoprenter().apiPassword()));
        if (config.shoprenter().rateLimitPerSecond() == 0) {
            settings.add("requestsPerSecond=100");
        }
        return settings;
    }

    @Override
    public List<String> secrets(EmulatorConfig config) {
        List<String> secrets = new ArrayList<>(List.of(config.shoprenter().apiPassword()));
        if (config.shoprenter().clientSecret() != null) {
            secrets.add(config.shoprenter().clientSecret());
        }
        return secrets;
    }

    @Override
    public String price(BigDecimal net, BigDecimal vatPercent) {
        return net.setScale(4, RoundingMode.HALF_UP).toPlainString();
    }

    @Override
    public ShopRoutes routes() {
        return ROUTES;
    }

    @Override
    public long productWriteRequests(long batches) {
        return 2 * batches;
    }

    @Override
    public boolean skusIgnoreCase() {
        return false;
    }

    @Override
    public String waitingStatus() {
        return "pending";
    }

    @Override
    public long erpNumberMarks(ShopSnapshot shop, long orderId) {
        return shop.orders().stream().filter(o -> o.id() == orderId)
                .filter(o -> !o.metaData().getOrDefault("partner_order_id", "").isEmpty()).count();
    }

    @Override
    public long fulfilmentRecords(ShopEmulator shop, EmulatorConfig config, long orderId, String erpNumber) {
        ShoprenterRest api = api(shop, config);
        String order = api.get("/orders?full=1&innerId=" + orderId).path("items").path(0).path("id").asText();
        String completed = "";
        for (JsonNode status : api.get("/orderStatuses?full=1").path("items")) {
            if (status.path("innerId").asText().equals(COMPLETED)) {
                completed = status.path("id").asText();
            }
        }
        long records = 0;
        for (JsonNode entry : api.get("/orderHistories?full=1&limit=200&orderId=" + order).path("items")) {
            String href = entry.path("orderStatus").path("href").asText("");
            if (!completed.isEmpty() && href.endsWith("/" + completed)) {
                records++;
            }
        }
        return records;
    }

    private static ShoprenterRest api(ShopEmulator shop, EmulatorConfig config) {
        ShoprenterConfig c = config.shoprenter();
        return new ShoprenterRest(shop.baseUrl(), c.apiUser(), c.apiPassword());
    }

    @Override
    public long placeOrder(ShopEmulator shop, EmulatorConfig config, OrderRequest order) {
        OrderRequest.Buyer b = order.buyer();
        ShoprenterCheckout.Buyer buyer = new ShoprenterCheckout.Buyer(b.firstName(), b.lastName(), b.company(),
                b.email(), b.phone(), b.taxNumber(), "Fő utca 1.", b.city(), b.postcode());
        List<ShoprenterCheckout.Line> lines = order.lines().stream()
                .map(l -> new ShoprenterCheckout.Line(l.sku(), l.productId(), l.quantity())).toList();
        return new ShoprenterCheckout(api(shop, config)).place(new ShoprenterCheckout.Order(buyer, lines,
                order.paid() ? ShoprenterCheckout.Payment.CARD : ShoprenterCheckout.Payment.COD));
    }

    /** The admin writes a note into the order's comment. */
    @Override
    public void touchOrder(ShopEmulator shop, EmulatorConfig config, long orderId) {
        ShoprenterRest api = api(shop, config);
        String id = api.get("/orders?full=1&innerId=" + orderId).path("items").path(0).path("id").asText();
        api.put("/orders/" + id, api.json().createObjectNode().put("comment", "kapucsengő: 12"));
    }

    /** A product without tax class (the shop's price is then its gross too), enabled, in Hungarian. */
    @Override
    public long createProduct(ShopEmulator shop, EmulatorConfig config, String sku, String name, String price) {
        ShoprenterRest api = api(shop, config);
        ObjectNode product = api.json().createObjectNode().put("sku", sku).put("price", price).put("status", "1")
                .put("subtractStock", "1");
        product.putArray("productDescriptions").addObject().put("name", name).putObject("language")
                .put("id", new ShoprenterCheckout(api).languageId());
        return api.post("/productExtend", product).path("innerId").asLong();
    }

    @Override
    public void restoreCredentials(ShopEmulator shop, EmulatorConfig config) {
        shop.control().setCredentials(config.shoprenter().apiUser(), config.shoprenter().apiPassword());
    }

    @Override
    public String credentialsRefusedWords() {
        return "A Shoprenter elutasította a hozzáférést";
    }

    @Override
    public boolean fulfilmentRecordedByTheStatus() {
        return true;
    }

    @Override
    public BigDecimal paidTotal(ShopSnapshot.Order order) {
        return new BigDecimal(order.total()).setScale("HUF".equals(order.currency()) ? 0 : 2, RoundingMode.HALF_UP);
    }

    @Override
    public String toString() {
        return name();
    }
}
