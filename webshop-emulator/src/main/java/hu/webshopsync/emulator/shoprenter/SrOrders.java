package hu.webshopsync.emulator.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order resources: {@code /orders} (GET, POST, PUT; DELETE was removed on 2022-03-23),
 * {@code /orderExtend} (GET only), {@code /orderProducts}, {@code /orderTotals} and the read-only
 * {@code /orderStatuses}, {@code /orderStatusDescriptions}, {@code /orderHistories}. Orders are created
 * the documented way (ex/09): POST /orders, /orderProducts, /orderTotals, then PUT the total; the shop
 * computes no totals. Every change of an order or of its lines and totals moves its {@code dateUpdated}.
 * A partial PUT changes only what it names (UNVERIFIED).
 */
final class SrOrders {

    private static final Set<String> TOTAL_TYPES = Set.of("SUB_TOTAL", "TAX", "SUB_TOTAL_WITH_TAX", "SHIPPING",
            "PAYMENT", "COUPON", "TOTAL", "LOYALTYPOINTS_TO_GET", "LOYALTYPOINTS_TO_USE");

    private final SrStore store;
    private final SrSchemas s;
    private final SrJson json;
    private final SrWriter writer;
    private final SrOrderJson views;
    private final SrOrderStock stock;

    SrOrders(SrStore store, SrJson json, SrWriter writer, SrOrderJson views, SrOrderStock stock) {
        this.store = store;
        this.s = store.schemas;
        this.json = json;
        this.writer = writer;
        this.views = views;
        this.stock = stock;
    }

    List<SrResource> resources() {
        SrTable orders = store.table(s.order);
        SrOrderFilter filter = new SrOrderFilter(store);
        return List.of(
                new SrResource("orders", orders, json, views::plain, filter, new OrderWrites()),
                new SrResource("orderExtend", orders, json, views::extend, filter, null),
                new SrResource("orderProducts", store.table(s.orderProduct), json, views::line,
                        SrFilters.of(store, Map.of("orderId", "order"), Set.of("sku")), new PartWrites(true)),
                new SrResource("orderTotals", store.table(s.orderTotal), json, views::total,
                        SrFilters.of(store, Map.of("orderId", "order"), Set.of("type")), new PartWrites(false)),
                new SrResource("orderStatuses", store.table(s.orderStatus), json, views::status,
                        SrFilters.of(store, Map.of(), Set.of()), null),
                new SrResource("orderStatusDescriptions", store.table(s.orderStatusDescription), json,
                        d -> json.row(d, "orderStatusDescriptions", store),
                        SrFilters.of(store, Map.of("orderStatusId", "orderStatus", "languageId", "language"),
                                Set.of()), null),
                new SrResource("orderHistories", store.table(s.orderHistory), json, views::history,
                        SrFilters.of(store, Map.of("orderId", "order"), Set.of()), null));
    }

    /** Writes {@code externalInfo {partner_order_id, partner_prefix}} (kept as given). */
    private static void externalInfo(SrRow order, JsonNode info) {
        if (info == null) {
            return;
        }
        if (!info.isObject() && !SrValues.isEmpty(info)) {
            throw SrError.badData("The value of externalInfo is not an object: " + info);
        }
        order.values.keySet().removeIf(k -> k.startsWith("_ext."));
        Iterator<Map.Entry<String, JsonNode>> it = info.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            order.set("_ext." + e.getKey(), SrValues.scalar("externalInfo." + e.getKey(), e.getValue()));
        }
    }

    private final class OrderWrites implements SrResource.Writes {

        @Override
        public SrRow create(JsonNode body, String outerId) {
            writer.write(new SrRow(s.order, 0, store.now()), body, Set.of("externalInfo"));
            SrRow order = store.table(s.order).create(store.now());
            order.refs.put("language", SrStore.HUNGARIAN);
            order.opaque.put("currency", SrStore.HUF_ID);
            store.table(s.order).setOuterId(order, outerId);
            writer.write(order, body, Set.of("externalInfo"));
            externalInfo(order, body.get("externalInfo"));
            stock.statusWritten(order, null);
            return order;
        }

        @Override
        public void update(SrRow order, JsonNode body) {
            Long before = order.ref("orderStatus");
            writer.write(order.copy(), body, Set.of("externalInfo"));
            writer.write(order, body, Set.of("externalInfo"));
            externalInfo(order, body.get("externalInfo"));
            stock.statusWritten(order, before);
        }

        @Override
        public void delete(SrRow row) {
            throw SrError.methodNotAllowed("DELETE", "orders");
        }
    }

    /** Lines and totals: they belong to an order, which they touch on every change. */
    private final class PartWrites implements SrResource.Writes {

        private final boolean line;

        PartWrites(boolean line) {
            this.line = line;
        }

        @Override
        public SrRow create(JsonNode body, String outerId) {
            SrWriter.require(body, line ? new String[] {"order"} : new String[] {"order", "type"});
            check(body);
            SrSchema schema = line ? s.orderProduct : s.orderTotal;
            writer.write(new SrRow(schema, 0, store.now()), body, Set.of());
            SrRow row = store.table(schema).create(store.now());
            store.table(schema).setOuterId(row, outerId);
            writer.write(row, body, Set.of());
            touch(row);
            if (line) {
                stock.lineAdded(row);
            }
            return row;
        }

        @Override
        public void update(SrRow row, JsonNode body) {
            check(body);
            writer.write(row.copy(), body, Set.of("order"));
            writer.write(row, body, Set.of("order"));
            touch(row);
        }

        @Override
        public void delete(SrRow row) {
            if (line) {
                stock.lineDeleted(row);
            }
            store.table(row.schema).remove(row);
            touch(row);
        }

        private void check(JsonNode body) {
            if (!line && body.has("type")) {
                String type = SrValues.scalar("type", body.get("type"));
                if (!TOTAL_TYPES.contains(type)) {
                    throw SrError.badData("The value of type is not one of " + TOTAL_TYPES + ": " + type);
                }
            }
        }

        private void touch(SrRow part) {
            SrRow order = store.table(s.order).get(part.ref("order"));
            if (order != null) {
                order.updated = store.now();
            }
        }
    }
}
