package hu.webshopsync.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stock that follows an order, as WooCommerce 7.9's {@code includes/wc-stock-functions.php} and
 * {@code wc_restock_refunded_items} ({@code wc-order-functions.php}) do it. A line remembers what it took
 * in its {@code _reduced_stock} meta; only managed-stock products are touched. All methods change the
 * given order copy and the products, and write the order notes; the caller holds the lock.
 */
final class OrderStock {

    static final String REDUCED = "_reduced_stock";
    static final String RESTOCKED = "_restock_refunded_items";

    private final ShopState state;
    private final ProductService products;

    OrderStock(ShopState state, ProductService products) {
        this.state = state;
        this.products = products;
    }

    /** {@code wc_reduce_stock_levels}: each managed line not yet reduced takes its quantity. */
    void reduce(ShopOrder o, Instant now) {
        List<String> changes = new ArrayList<>();
        List<ShopOrder.LineItem> lines = new ArrayList<>();
        for (ShopOrder.LineItem line : o.lineItems) {
            ShopProduct before = state.products.get(line.productId());
            if (before != null && before.manageStock && Meta.find(line.meta(), REDUCED) == null) {
                ShopProduct after = products.adjustStock(line.productId(), -line.quantity(), 0);
                changes.add(formattedName(before) + " " + before.stockQuantity + "&rarr;" + after.stockQuantity);
                line = withMeta(line, Meta.with(line.meta(), REDUCED, Integer.toString(line.quantity()), state::nextMetaId));
            }
            lines.add(line);
        }
        o.lineItems = List.copyOf(lines);
        o.stockReduced = true;
        if (!changes.isEmpty()) {
            state.addSystemNote(o.id, "Stock levels reduced: " + String.join(", ", changes), now);
        }
    }

    /**
     * {@code wc_increase_stock_levels}: each line gives back what its {@code _reduced_stock} says (not
     * its current quantity: a line edited after the reduction gives back what it took).
     */
    void increase(ShopOrder o, Instant now) {
        List<String> changes = new ArrayList<>();
        List<ShopOrder.LineItem> lines = new ArrayList<>();
        for (ShopOrder.LineItem line : o.lineItems) {
            int reduced = reducedStock(line);
            ShopProduct before = state.products.get(line.productId());
            if (reduced != 0 && before != null && before.manageStock) {
                ShopProduct after = products.adjustStock(line.productId(), reduced, 0);
                changes.add(formattedName(before) + " " + before.stockQuantity + "&rarr;" + after.stockQuantity);
                line = withMeta(line, Meta.without(line.meta(), REDUCED));
            }
            lines.add(line);
        }
        o.lineItems = List.copyOf(lines);
        o.stockReduced = false;
        if (!changes.isEmpty()) {
            state.addSystemNote(o.id, "Stock levels increased: " + String.join(", ", changes), now);
        }
    }

    /**
     * {@code wc_restock_refunded_items}: a refunded quantity goes back to stock when its line had
     * reduced stock; {@code _reduced_stock} shrinks by it and {@code _restock_refunded_items} grows.
     *
     * @param quantities refunded quantity by order line id
     */
    void restockRefunded(ShopOrder o, Map<Long, Integer> quantities, Instant now) {
        List<ShopOrder.LineItem> lines = new ArrayList<>();
        for (ShopOrder.LineItem line : o.lineItems) {
            int qty = quantities.getOrDefault(line.id(), 0);
            int reduced = reducedStock(line);
            ShopProduct before = state.products.get(line.productId());
            if (qty != 0 && reduced != 0 && before != null && before.manageStock) {
                ShopProduct after = products.adjustStock(line.productId(), qty, 0);
                Meta restocked = Meta.find(line.meta(), RESTOCKED);
                int already = restocked == null ? 0 : restocked.value().asInt(0);
                List<Meta> meta = Meta.with(line.meta(), REDUCED, Integer.toString(reduced - qty), state::nextMetaId);
                line = withMeta(line, Meta.with(meta, RESTOCKED, Integer.toString(already + qty), state::nextMetaId));
                state.addSystemNote(o.id, "Item #" + before.id + " stock increased from " + before.stockQuantity + " to "
                        + after.stockQuantity + ".", now);
            }
            lines.add(line);
        }
        o.lineItems = List.copyOf(lines);
    }

    /**
     * {@code wc_update_total_sales_counts}: on the first paid-like status every line's product counts its
     * quantity in {@code total_sales}, once per order; a cancellation does not take it back.
     */
    void recordSales(ShopOrder o) {
        if (o.recordedSales) {
            return;
        }
        for (ShopOrder.LineItem line : o.lineItems) {
            if (state.products.containsKey(line.productId())) {
                products.adjustStock(line.productId(), 0, line.quantity());
            }
        }
        o.recordedSales = true;
    }

    static int reducedStock(ShopOrder.LineItem line) {
        Meta m = Meta.find(line.meta(), REDUCED);
        return m == null ? 0 : m.value().asInt(0);
    }

    /** {@code WC_Product::get_formatted_name}: "Name (SKU)", or "Name (#id)" without a SKU. */
    private static String formattedName(ShopProduct p) {
        return p.name + " (" + (p.sku.isEmpty() ? "#" + p.id : p.sku) + ")";
    }

    static ShopOrder.LineItem withMeta(ShopOrder.LineItem l, List<Meta> meta) {
        return new ShopOrder.LineItem(l.id(), l.name(), l.productId(), l.quantity(), l.taxClass(), l.subtotal(),
                l.subtotalTax(), l.total(), l.totalTax(), l.sku(), List.copyOf(meta));
    }
}
