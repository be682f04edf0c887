package hu.webshopsync.webshop.identity;

import hu.webshopsync.api.Binding;
import hu.webshopsync.api.PluginStateStore;
import hu.webshopsync.webshop.products.ProductSync;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Tells whether the shop at an address is the shop the plugin worked with, from what that shop
 * says about things only it can know.
 *
 * <p>WooCommerce 7.9 has no store id: {@code system_status} gives the addresses ({@code home_url},
 * {@code site_url}, which move with the shop) and versions and a table prefix that thousands of
 * shops share. What does not move is the shop's own data. Every order has an {@code order_key}
 * ({@code wc_order_} + 13 random characters) drawn by the shop; the plugin remembered it for every
 * imported order. So: the newest imported orders (up to {@value #SAMPLE}) are asked for by id, and
 * one of them coming back with the same key proves the same shop. Before any order was imported,
 * the products the plugin created are asked for: one coming back under its id with the same SKU
 * counts as the same shop (weaker: two shops filled by the same ERP in the same order could agree,
 * but then no order can be mixed up either). With nothing imported and nothing bound, nothing can
 * be imported twice, so there is nothing to compare.
 */
public final class SameShopEvidence {

    /** How many orders or products are asked for. */
    static final int SAMPLE = 20;

    /** What the comparison found. */
    public enum Verdict {
        /** At least one remembered order key (or, without orders, product) was found. */
        SAME,
        /** Things were remembered, none of them is in this shop. */
        DIFFERENT,
        /** Nothing remembered to compare. */
        NOTHING_TO_COMPARE
    }

    /**
     * The comparison.
     *
     * @param verdict  the verdict
     * @param orders   how many remembered orders were asked for
     * @param products how many remembered products were asked for (0 when orders decided)
     */
    public record Finding(Verdict verdict, int orders, int products) {
    }

    /** The order keys the order sync remembered, by shop. */
    @FunctionalInterface
    public interface RememberedOrders {
        /**
         * The newest imported orders of a shop.
         *
         * @param sourceId the shop's source id
         * @param limit    at most this many
         * @return order key by shop order id
         */
        Map<Long, String> newest(String sourceId, int limit);
    }

    private final PluginStateStore state;
    private final RememberedOrders orders;
    private final ShopRecords shop;

    /**
     * @param state  the plugin's state
     * @param orders the order keys remembered by the order sync
     * @param shop   the shop at the address to judge
     */
    public SameShopEvidence(PluginStateStore state, RememberedOrders orders, ShopRecords shop) {
        this.state = Objects.requireNonNull(state, "state");
        this.orders = Objects.requireNonNull(orders, "orders");
        this.shop = Objects.requireNonNull(shop, "shop");
    }

    /**
     * Compares the shop with what was remembered under a source id.
     *
     * @param sourceId the source id of the shop worked with so far
     * @return the finding
     */
    public Finding compare(String sourceId) {
        Map<Long, String> orderKeys = orders.newest(sourceId, SAMPLE);
        if (!orderKeys.isEmpty()) {
            boolean found = false;
            for (Map.Entry<Long, String> order : shop.orderKeys(orderKeys.keySet()).entrySet()) {
                String expected = orderKeys.get(order.getKey());
                found |= expected != null && expected.equals(order.getValue());
            }
            return new Finding(found ? Verdict.SAME : Verdict.DIFFERENT, orderKeys.size(), 0);
        }
        Map<Long, String> skus = boundProducts();
        if (skus.isEmpty()) {
            return new Finding(Verdict.NOTHING_TO_COMPARE, 0, 0);
        }
        boolean found = false;
        for (Map.Entry<Long, String> product : shop.productSkus(skus.keySet()).entrySet()) {
            String expected = skus.get(product.getKey());
            found |= expected != null && expected.equalsIgnoreCase(product.getValue());
        }
        return new Finding(found ? Verdict.SAME : Verdict.DIFFERENT, 0, skus.size());
    }

    private Map<Long, String> boundProducts() {
        Map<Long, String> skus = new HashMap<>();
        for (Binding b : state.bindingsAfter(ProductSync.KIND, null, SAMPLE)) {
            try {
                skus.put(Long.parseLong(b.remoteId()), b.key().toLowerCase(Locale.ROOT));
            } catch (NumberFormatException e) {
                // a binding without a shop id proves nothing
            }
        }
        return skus;
    }
}
