package hu.webshopsync.emulator.shoprenter;

/**
 * Stock and status changes of orders. An order in a processing or complete status (2, 3, 5) has taken
 * its lines' quantity from the product's {@code stock1}; moving it out of them (cancelled 7, refunded 11,
 * failed 10, …) gives back what it took. That is OpenCart's rule, which Shoprenter is built on; the
 * Shoprenter docs say nothing about it (UNVERIFIED). A line takes stock only when it and its product have
 * {@code subtractStock} 1. A line remembers what it took ({@code _taken}), so editing its quantity later
 * never gives back more than was taken. Every status change also writes an {@code /orderHistories} row.
 */
final class SrOrderStock {

    private static final String TAKEN = "_taken";
    private static final String HOLDS = "_holdsStock";

    private final SrStore store;
    private final SrSchemas s;
    private final SrChildren children;

    SrOrderStock(SrStore store, SrChildren children) {
        this.store = store;
        this.s = store.schemas;
        this.children = children;
    }

    /** After the order's status was written: history row and stock, when the status changed. */
    void statusWritten(SrRow order, Long before) {
        Long after = order.ref("orderStatus");
        if (after == null || after.equals(before)) {
            return;
        }
        SrRow history = store.table(s.orderHistory).create(store.now());
        history.refs.put("order", order.innerId);
        history.refs.put("orderStatus", after);
        SrStatus status = SrStatus.byId(after);
        boolean takes = status != null && status.takesStock();
        boolean holds = "1".equals(order.get(HOLDS));
        if (takes && !holds) {
            order.set(HOLDS, "1");
            children.of(s.orderProduct, "order", order.innerId).forEach(this::take);
        } else if (!takes && holds) {
            order.set(HOLDS, "0");
            children.of(s.orderProduct, "order", order.innerId).forEach(this::giveBack);
        }
    }

    /** A line was added to an order: it takes its stock at once when the order holds stock. */
    void lineAdded(SrRow line) {
        SrRow order = store.table(s.order).get(line.ref("order"));
        if (order != null && "1".equals(order.get(HOLDS))) {
            take(line);
        }
    }

    /** A line is deleted through the API: what it took goes back. */
    void lineDeleted(SrRow line) {
        giveBack(line);
    }

    static int quantity(SrRow line) {
        return line.integer("stock1") + line.integer("stock2") + line.integer("stock3") + line.integer("stock4");
    }

    static int taken(SrRow line) {
        String v = line.values.get(TAKEN);
        return v == null ? 0 : Integer.parseInt(v);
    }

    private void take(SrRow line) {
        SrRow product = product(line);
        if (product == null || !"1".equals(line.get("subtractStock")) || !"1".equals(product.get("subtractStock"))) {
            return;
        }
        int quantity = quantity(line) - taken(line);
        product.set("stock1", Long.toString(product.integer("stock1") - (long) quantity));
        line.set(TAKEN, Integer.toString(taken(line) + quantity));
    }

    private void giveBack(SrRow line) {
        int taken = taken(line);
        SrRow product = product(line);
        if (taken == 0 || product == null) {
            return;
        }
        product.set("stock1", Long.toString(product.integer("stock1") + (long) taken));
        line.set(TAKEN, "0");
    }

    private SrRow product(SrRow line) {
        Long ref = line.ref("product");
        return ref == null ? null : store.table(s.product).get(ref);
    }
}
