package hu.webshopsync.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The in-process {@link EmulatorControl}; the HTTP control endpoint delegates here too. */
final class DefaultEmulatorControl implements EmulatorControl {

    private final ShopState state;
    private final ShopSettings settings;
    private final FaultInjector faults;
    private final Counters counters;
    private final Credentials credentials;
    private final ProductService products;
    private final CategoryService categories;
    private final OrderService orders;
    private final OrderRefunds refunds;
    private final PhpWorkers php;

    DefaultEmulatorControl(ShopState state, ShopSettings settings, FaultInjector faults, Counters counters,
                           Credentials credentials, ProductService products, CategoryService categories,
                           OrderService orders, OrderRefunds refunds, PhpWorkers php) {
        this.php = php;
        this.state = state;
        this.settings = settings;
        this.faults = faults;
        this.counters = counters;
        this.credentials = credentials;
        this.products = products;
        this.categories = categories;
        this.orders = orders;
        this.refunds = refunds;
    }

    @Override
    public void setLatency(long fixedMs, long jitterMs) {
        faults.setLatency(fixedMs, jitterMs);
    }

    @Override
    public void setServer(ServerModel server) {
        php.setModel(java.util.Objects.requireNonNull(server, "server"));
    }

    @Override
    public ServerModel server() {
        return php.model();
    }

    @Override
    public ServerLoad serverLoad() {
        return php.load();
    }

    @Override
    public void setFaults(List<FaultRule> rules) {
        faults.setRules(List.copyOf(rules));
    }

    @Override
    public void addFault(FaultRule rule) {
        faults.addRule(rule);
    }

    @Override
    public void resetFaults() {
        faults.setRules(List.of());
    }

    @Override
    public List<FaultRule> faults() {
        return faults.rules();
    }

    @Override
    public RequestCounters counters() {
        return counters.snapshot();
    }

    @Override
    public void resetCounters() {
        counters.reset();
    }

    @Override
    public ShopSnapshot snapshot() {
        // Holding the write lock gives a consistent cut across products, orders and media.
        state.lock.lock();
        try {
            List<ShopSnapshot.Product> productList = new ArrayList<>();
            Map<String, ShopSnapshot.Product> bySku = new TreeMap<>();
            state.products.values().stream().sorted(Comparator.comparingLong(p -> p.id)).forEach(p -> {
                List<ShopSnapshot.CategoryRef> refs = new ArrayList<>();
                for (Long id : p.categoryIds) {
                    ShopCategory c = state.categories.get(id);
                    if (c != null) {
                        refs.add(new ShopSnapshot.CategoryRef(c.id(), c.name()));
                    }
                }
                ShopSnapshot.Product snap = new ShopSnapshot.Product(p.id, p.sku, p.name, p.regularPrice, p.salePrice,
                        p.status, p.description, List.copyOf(refs), p.manageStock ? p.stockQuantity : null, p.manageStock,
                        p.taxClass, p.imageIds(), Dates.gmt(p.modified));
                productList.add(snap);
                if (!p.sku.isEmpty()) {
                    bySku.put(p.sku, snap);
                }
            });
            List<ShopSnapshot.Category> categoryList = state.categories.values().stream()
                    .sorted(Comparator.comparingLong(ShopCategory::id))
                    .map(c -> new ShopSnapshot.Category(c.id(), c.name(), c.slug(), c.parent(), c.description()))
                    .toList();
            List<ShopSnapshot.Order> orderList = state.orders.values().stream()
                    .sorted(Comparator.comparingLong(o -> o.id))
                    .map(DefaultEmulatorControl::order)
                    .toList();
            List<ShopSnapshot.Media> mediaList = state.media.values().stream()
                    .sorted(Comparator.comparingLong(ShopMedia::id))
                    .map(m -> new ShopSnapshot.Media(m.id(), m.fileName(), m.mimeType(), m.data().length, m.sha256(),
                            MediaLibrary.sourceUrl(settings, m)))
                    .toList();
            Map<Long, List<ShopSnapshot.Note>> notes = new TreeMap<>();
            state.notes.forEach((orderId, list) -> notes.put(orderId, list.stream()
                    .sorted(Comparator.comparingLong(ShopNote::id))
                    .map(n -> new ShopSnapshot.Note(n.id(), n.note(), n.customerNote(), n.author(), Dates.gmt(n.created())))
                    .toList()));
            return new ShopSnapshot(bySku, productList, categoryList, orderList, mediaList, notes);
        } finally {
            state.lock.unlock();
        }
    }

    private static ShopSnapshot.Order order(ShopOrder o) {
        List<ShopSnapshot.OrderLine> lines = new ArrayList<>();
        for (ShopOrder.LineItem l : o.lineItems) {
            lines.add(new ShopSnapshot.OrderLine(l.id(), l.productId(), l.sku(), l.name(), l.quantity(),
                    Money.format(l.subtotal()), Money.format(l.total()), texts(l.meta())));
        }
        List<ShopSnapshot.Refund> refunds = o.refunds.stream()
                .map(r -> new ShopSnapshot.Refund(r.id(), Money.format(r.amount()), r.reason(), Dates.gmt(r.created())))
                .toList();
        return new ShopSnapshot.Order(o.id, o.status, o.currency, Money.format(o.total), Money.format(o.totalTax),
                o.billing.get("email"), o.paymentMethod, List.copyOf(lines), texts(o.meta), Dates.gmt(o.created),
                Dates.gmt(o.modified), refunds);
    }

    private static Map<String, String> texts(List<Meta> meta) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Meta m : meta) {
            texts.put(m.key(), m.value().isTextual() ? m.value().asText() : m.value().toString());
        }
        return texts;
    }

    @Override
    public boolean deleteProduct(long id, boolean force) {
        try {
            products.delete(id, force);
            return true;
        } catch (ApiException e) {
            return false;
        }
    }

    @Override
    public boolean deleteCategory(long id) {
        try {
            categories.delete(id);
            return true;
        } catch (ApiException e) {
            return false;
        }
    }

    @Override
    public void setOrderStatus(long orderId, String status) {
        ObjectNode body = Json.MAPPER.createObjectNode().put("status", status);
        shopAnswer(orderId, () -> {
            OrderService.validate(body);
            orders.update(orderId, body);
        });
    }

    @Override
    public void setOrderLineQuantity(long orderId, long lineId, int quantity) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.putArray("line_items").addObject().put("id", lineId).put("quantity", quantity);
        shopAnswer(orderId, () -> orders.update(orderId, body));
    }

    @Override
    public void refundOrder(long orderId, String amount, String reason) {
        ObjectNode body = Json.MAPPER.createObjectNode().put("amount", amount).put("reason", reason)
                .put("api_refund", false);
        shopAnswer(orderId, () -> {
            OrderRefunds.validate(body);
            refunds.create(orderId, body);
        });
    }

    /** Runs a change as the REST endpoint would; the shop's refusal becomes an exception naming the order. */
    private static void shopAnswer(long orderId, Runnable change) {
        try {
            change.run();
        } catch (ApiException e) {
            throw new IllegalArgumentException("order " + orderId + ": " + e.code() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void revokeCredentials() {
        credentials.revoke();
    }

    @Override
    public void setCredentials(String consumerKey, String consumerSecret) {
        credentials.set(consumerKey, consumerSecret);
    }

    @Override
    public void reset() {
        state.reset();
    }
}
