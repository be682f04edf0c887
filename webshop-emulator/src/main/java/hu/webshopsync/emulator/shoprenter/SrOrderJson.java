package hu.webshopsync.emulator.shoprenter;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/**
 * Orders and their parts as the API renders them. {@code /orders} links its lines and totals;
 * {@code /orderExtend} embeds them with the currency, language and countries (fx order_extend).
 * Order lines carry no quantity: {@code stock1..4} hold it (fx order_product).
 */
final class SrOrderJson {

    /** The currencies an order may name (others render as a bare link): id → code. */
    static final Map<String, String> CURRENCIES = Map.of(SrStore.HUF_ID, "HUF",
            SrIds.encode("currency", Map.of("currency_id", 2L)), "EUR");

    private final SrStore store;
    private final SrSchemas s;
    private final SrJson json;
    private final SrChildren children;

    SrOrderJson(SrStore store, SrJson json, SrChildren children) {
        this.store = store;
        this.s = store.schemas;
        this.json = json;
        this.children = children;
    }

    ObjectNode plain(SrRow order) {
        ObjectNode o = json.row(order, "orders", store);
        String id = order.id();
        o.set("orderTotals", json.hrefNode("orderTotals?orderId=" + id));
        o.set("orderProducts", json.hrefNode("orderProducts?orderId=" + id));
        o.set("orderGiftWrappings", json.hrefNode("orderGiftWrappings?orderId=" + id));
        o.set("externalInfo", externalInfo(order));
        return o;
    }

    ObjectNode extend(SrRow order) {
        ObjectNode o = json.row(order, "orderExtend", store);
        country(o, "shippingCountry", order);
        country(o, "paymentCountry", order);
        SrRow language = order.ref("language") == null ? null : store.table(s.language).get(order.ref("language"));
        if (language != null) {
            o.set("language", json.row(language, "languages", store));
        }
        currency(o, order.opaque.get("currency"));
        ArrayNode totals = o.putArray("orderTotals");
        children.of(s.orderTotal, "order", order.innerId).forEach(t -> totals.add(total(t)));
        ArrayNode lines = o.putArray("orderProducts");
        children.of(s.orderProduct, "order", order.innerId).forEach(l -> lines.add(line(l)));
        o.putArray("orderGiftWrappings");
        o.putArray("orderAddressIdentifications");
        o.set("externalInfo", externalInfo(order));
        return o;
    }

    ObjectNode line(SrRow line) {
        ObjectNode o = json.row(line, "orderProducts", store);
        Long product = line.ref("product");
        o.put("productInnerId", product == null ? "" : Long.toString(product));
        o.set("orderProductOptions", json.hrefNode("orderProductOptions?orderProductId=" + line.id()));
        return o;
    }

    ObjectNode total(SrRow total) {
        return json.row(total, "orderTotals", store);
    }

    ObjectNode status(SrRow status) {
        ObjectNode o = json.row(status, "orderStatuses", store);
        o.set("orderStatusDescriptions", json.hrefNode("orderStatusDescriptions?orderStatusId=" + status.id()));
        return o;
    }

    ObjectNode history(SrRow history) {
        ObjectNode o = json.row(history, "orderHistories", store);
        o.put("dateAdded", SrJson.historyDate(history.created));
        return o;
    }

    /**
     * {@code {"partner_order_id", "partner_prefix"}} as written through {@code PUT /orders}, or {@code {}}.
     * That /orders takes it is UNVERIFIED (orderExtend's data.json lists it as its one writable field).
     */
    static ObjectNode externalInfo(SrRow order) {
        ObjectNode o = SrJson.MAPPER.createObjectNode();
        for (Map.Entry<String, String> e : order.values.entrySet()) {
            if (e.getKey().startsWith("_ext.")) {
                o.put(e.getKey().substring(5), e.getValue());
            }
        }
        return o;
    }

    private void country(ObjectNode o, String field, SrRow order) {
        String id = order.opaque.get(field);
        if (SrStore.HUNGARY_ID.equals(id)) {
            ObjectNode c = json.hrefNode("countries/" + id);
            c.put("id", id).put("name", "Hungary").put("isoCode2", "HU").put("isoCode3", "HUN").put("status", "1");
            c.set("zones", json.hrefNode("zones?countryId=" + id));
            o.set(field, c);
        }
    }

    private void currency(ObjectNode o, String id) {
        String code = id == null ? null : CURRENCIES.get(id);
        if (code != null) {
            ObjectNode c = json.hrefNode("currencies/" + id);
            c.put("id", id).put("name", code).put("code", code).put("symbolLeft", code.equals("EUR") ? "€" : "")
                    .put("symbolRight", code.equals("HUF") ? " Ft" : "").put("decimalPlace", code.equals("HUF") ? "0" : "2")
                    .put("value", code.equals("HUF") ? "1.00000000" : "0.00250000").put("status", "1")
                    .put("dateUpdated", SrJson.historyDate(store.now()));
            o.set("currency", c);
        }
    }
}
