package hu.webshopsync.emulator.shoprenter;

import java.math.BigDecimal;

/**
 * What a shop admin does to an order by hand. Changing the status goes through {@code PUT /orders}
 * (history row, stock rule, {@code dateUpdated}). Editing a line's quantity books it in {@code stock1},
 * sets the line's {@code total}, removes the line at 0, and moves the order's SUB_TOTAL, TAX,
 * SUB_TOTAL_WITH_TAX and TOTAL (and {@code total}) by the line's difference; stock is not touched (the
 * line keeps what it took, and gives exactly that back if the order is cancelled). How the real admin
 * recomputes is UNVERIFIED. Callers hold the store's lock.
 */
final class SrOrderEdits {

    private final SrStore store;
    private final SrSchemas s;
    private final SrChildren children;

    SrOrderEdits(SrStore store, SrChildren children) {
        this.store = store;
        this.s = store.schemas;
        this.children = children;
    }

    void setLineQuantity(long orderId, long lineId, int quantity) {
        SrRow order = order(orderId);
        SrRow line = store.table(s.orderProduct).get(lineId);
        if (line == null || !Long.valueOf(orderId).equals(line.ref("order"))) {
            throw new IllegalArgumentException("order " + orderId + " has no line " + lineId);
        }
        if (quantity < 0) {
            throw new IllegalArgumentException("order " + orderId + ": quantity must not be negative: " + quantity);
        }
        BigDecimal oldNet = SrValues.number(line.get("total"));
        BigDecimal newNet = SrValues.number(line.get("price")).multiply(BigDecimal.valueOf(quantity));
        BigDecimal deltaNet = newNet.subtract(oldNet);
        BigDecimal deltaTax = deltaNet.multiply(SrValues.number(line.get("taxRate"))).movePointLeft(2);
        if (quantity == 0) {
            store.table(s.orderProduct).remove(line);
        } else {
            line.set("stock1", Integer.toString(quantity));
            line.set("stock2", "0");
            line.set("stock3", "0");
            line.set("stock4", "0");
            line.set("total", SrValues.decimal("total", newNet.toPlainString(), 4));
            line.updated = store.now();
        }
        for (SrRow total : children.of(s.orderTotal, "order", orderId)) {
            BigDecimal delta = switch (total.get("type")) {
                case "SUB_TOTAL" -> deltaNet;
                case "TAX" -> deltaTax;
                case "SUB_TOTAL_WITH_TAX", "TOTAL" -> deltaNet.add(deltaTax);
                default -> BigDecimal.ZERO;
            };
            if (delta.signum() != 0) {
                total.set("value", add(total.get("value"), delta));
                total.updated = store.now();
            }
        }
        order.set("total", add(order.get("total"), deltaNet.add(deltaTax)));
        order.updated = store.now();
    }

    SrRow order(long orderId) {
        SrRow order = store.table(s.order).get(orderId);
        if (order == null) {
            throw new IllegalArgumentException("no order " + orderId);
        }
        return order;
    }

    private static String add(String stored, BigDecimal delta) {
        return SrValues.decimal("value", SrValues.number(stored).add(delta).toPlainString(), 4);
    }
}
