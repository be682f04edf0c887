package hu.webshopsync.emulator.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hu.webshopsync.emulator.QueryParams;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Places an order as a checkout would, through the API's own code (ex/09): POST /orders, POST
 * /orderProducts per line (quantity in {@code stock1}, {@code total} = net × quantity), POST /orderTotals
 * (SUB_TOTAL net, TAX, SUB_TOTAL_WITH_TAX, SHIPPING gross, TOTAL gross), then PUT the order's gross total.
 * Callers hold the store's lock.
 */
final class SrOrderPlacer {

    private final SrStore store;
    private final SrRoutes routes;
    private final SrProducts products;

    SrOrderPlacer(SrStore store, SrRoutes routes, SrProducts products) {
        this.store = store;
        this.routes = routes;
        this.products = products;
    }

    long place(ShoprenterOrder spec) {
        ObjectNode order = SrJson.MAPPER.createObjectNode();
        order.put("firstname", "Teszt").put("lastname", "Vevő").put("email", spec.email()).put("phone", "+36201234567");
        for (String prefix : new String[] {"shipping", "payment"}) {
            order.put(prefix + "Firstname", "Teszt").put(prefix + "Lastname", "Vevő")
                    .put(prefix + "Address1", "Fő utca 1.").put(prefix + "City", "Budapest")
                    .put(prefix + "Postcode", "1011").put(prefix + "CountryName", "Magyarország");
            order.putObject(prefix + "Country").put("id", SrStore.HUNGARY_ID);
        }
        order.put("shippingMethodName", spec.shippingName()).put("paymentMethodCode", spec.paymentMethodCode())
                .put("paymentMethodName", spec.paymentMethodCode()).put("taxNumber", spec.taxNumber())
                .put("comment", spec.comment()).put("ip", "127.0.0.1").put("total", "0");
        String currency = SrOrderJson.CURRENCIES.entrySet().stream()
                .filter(e -> e.getValue().equals(spec.currency())).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no currency " + spec.currency()));
        order.putObject("currency").put("id", currency);
        if (!spec.status().isEmpty()) {
            SrStatus status = SrStatus.byName(spec.status());
            if (status == null) {
                throw new IllegalArgumentException("no Shoprenter order status " + spec.status());
            }
            order.putObject("orderStatus").put("id", store.table(store.schemas.orderStatus).get(status.innerId()).id());
        }
        JsonNode created = call("POST", "orders", null, order);
        String orderId = created.get("id").asText();
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        for (ShoprenterOrder.Line l : spec.lines()) {
            SrRow product = bySku(l.sku());
            BigDecimal price = l.netPrice() != null ? new BigDecimal(l.netPrice())
                    : product != null ? SrValues.number(product.get("price")) : BigDecimal.ZERO;
            BigDecimal rate = l.taxRate() != null ? new BigDecimal(l.taxRate())
                    : product != null ? products.taxRate(product) : BigDecimal.ZERO;
            BigDecimal lineNet = price.multiply(BigDecimal.valueOf(l.quantity()));
            net = net.add(lineNet);
            tax = tax.add(lineNet.multiply(rate).movePointLeft(2));
            ObjectNode line = SrJson.MAPPER.createObjectNode();
            line.put("name", l.name() != null ? l.name() : product != null ? name(product) : l.sku())
                    .put("sku", l.sku()).put("price", price.toPlainString()).put("originalPrice", price.toPlainString())
                    .put("total", lineNet.toPlainString()).put("taxRate", rate.toPlainString())
                    .put("stock1", Integer.toString(l.quantity())).put("subtractStock", "1");
            line.putObject("order").put("id", orderId);
            if (product != null) {
                line.putObject("product").put("id", product.id());
            }
            call("POST", "orderProducts", null, line);
        }
        BigDecimal gross = net.add(tax);
        BigDecimal shipping = new BigDecimal(spec.shippingGross());
        BigDecimal total = gross.add(shipping);
        total(orderId, "SUB_TOTAL", "Nettó részösszeg:", net, 1);
        total(orderId, "TAX", "ÁFA:", tax, 2);
        total(orderId, "SUB_TOTAL_WITH_TAX", "Bruttó részösszeg:", gross, 3);
        if (!spec.shippingName().isEmpty()) {
            total(orderId, "SHIPPING", spec.shippingName() + ":", shipping, 4);
        }
        total(orderId, "TOTAL", "Összesen bruttó:", total, 5);
        call("PUT", "orders", orderId, SrJson.MAPPER.createObjectNode().put("total", total.toPlainString()));
        return store.table(store.schemas.order).byId(orderId).innerId;
    }

    private void total(String orderId, String type, String name, BigDecimal value, int sortOrder) {
        ObjectNode t = SrJson.MAPPER.createObjectNode();
        t.put("name", name).put("valueText", value.setScale(0, RoundingMode.HALF_UP).toPlainString() + " Ft")
                .put("value", value.toPlainString()).put("sortOrder", Integer.toString(sortOrder)).put("type", type);
        t.putObject("order").put("id", orderId);
        call("POST", "orderTotals", null, t);
    }

    private JsonNode call(String method, String resource, String id, JsonNode body) {
        String path = id == null ? resource : resource + "/" + id;
        SrAnswer answer = routes.call(new SrCall(method, resource, id, path, QueryParams.parse(null), body));
        if (answer.status() >= 300) {
            throw new IllegalArgumentException(method + " /" + path + ": " + answer.status() + " " + answer.body());
        }
        return answer.body();
    }

    private SrRow bySku(String sku) {
        for (SrRow p : store.table(store.schemas.product).all()) {
            if (p.get("sku").equals(sku)) {
                return p;
            }
        }
        return null;
    }

    /** The product's Hungarian name, or its SKU without one. */
    String name(SrRow product) {
        for (SrRow d : store.table(store.schemas.productDescription).children("product", product.innerId)) {
            if (Long.valueOf(SrStore.HUNGARIAN).equals(d.ref("language"))) {
                return d.get("name");
            }
        }
        return product.get("sku");
    }
}
