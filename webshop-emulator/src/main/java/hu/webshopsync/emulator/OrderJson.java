package hu.webshopsync.emulator;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;

/** Renders an order with WooCommerce 7.9's field set and JSON types (capture 12). */
final class OrderJson {

    private final ShopState state;
    private final ShopSettings settings;
    private final OrderService service;

    OrderJson(ShopState state, ShopSettings settings, OrderService service) {
        this.state = state;
        this.settings = settings;
        this.service = service;
    }

    void write(JsonGenerator g, ShopOrder o) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", o.id);
        g.writeNumberField("parent_id", 0);
        g.writeStringField("status", o.status);
        g.writeStringField("currency", o.currency);
        g.writeStringField("version", ShopSettings.VERSION);
        g.writeBooleanField("prices_include_tax", o.pricesIncludeTax);
        g.writeStringField("date_created", Dates.local(o.created));
        g.writeStringField("date_modified", Dates.local(o.modified));
        g.writeStringField("discount_total", Money.format(o.discountTotal));
        g.writeStringField("discount_tax", Money.format(o.discountTax));
        g.writeStringField("shipping_total", Money.format(o.shippingTotal));
        g.writeStringField("shipping_tax", Money.format(o.shippingTax));
        g.writeStringField("cart_tax", Money.format(o.cartTax));
        g.writeStringField("total", Money.format(o.total));
        g.writeStringField("total_tax", Money.format(o.totalTax));
        g.writeNumberField("customer_id", o.customerId);
        g.writeStringField("order_key", o.orderKey);
        address(g, "billing", o.billing);
        address(g, "shipping", o.shipping);
        g.writeStringField("payment_method", o.paymentMethod);
        g.writeStringField("payment_method_title", o.paymentMethodTitle);
        g.writeStringField("transaction_id", o.transactionId);
        g.writeStringField("customer_ip_address", "");
        g.writeStringField("customer_user_agent", "");
        g.writeStringField("created_via", "rest-api");
        g.writeStringField("customer_note", o.customerNote);
        g.writeStringField("date_completed", Dates.local(o.dateCompleted));
        g.writeStringField("date_paid", Dates.local(o.datePaid));
        g.writeStringField("cart_hash", "");
        g.writeStringField("number", Long.toString(o.id));
        g.writeArrayFieldStart("meta_data");
        for (Meta m : o.meta) {
            ProductJson.writeMeta(g, m);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("line_items");
        for (ShopOrder.LineItem l : o.lineItems) {
            lineItem(g, l);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("tax_lines");
        for (ShopOrder.TaxLine t : o.taxLines) {
            g.writeStartObject();
            g.writeNumberField("id", t.id());
            g.writeStringField("rate_code", "HU-\u00c1FA-1");
            g.writeNumberField("rate_id", 1);
            g.writeStringField("label", "\u00c1FA");
            g.writeBooleanField("compound", false);
            g.writeStringField("tax_total", Money.format(t.taxTotal()));
            g.writeStringField("shipping_tax_total", Money.format(t.shippingTaxTotal()));
            g.writeNumberField("rate_percent", Integer.parseInt(ShopSettings.TAX_RATE_PERCENT));
            ProductJson.emptyArray(g, "meta_data");
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("shipping_lines");
        for (ShopOrder.ShippingLine s : o.shippingLines) {
            g.writeStartObject();
            g.writeNumberField("id", s.id());
            g.writeStringField("method_title", s.methodTitle());
            g.writeStringField("method_id", s.methodId());
            g.writeStringField("instance_id", "");
            g.writeStringField("total", Money.format(s.total()));
            g.writeStringField("total_tax", Money.format(s.totalTax()));
            taxes(g, s.totalTax(), null);
            metaList(g, s.meta());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("fee_lines");
        for (ShopOrder.FeeLine f : o.feeLines) {
            g.writeStartObject();
            g.writeNumberField("id", f.id());
            g.writeStringField("name", f.name());
            g.writeStringField("tax_class", f.taxClass());
            g.writeStringField("tax_status", f.taxStatus());
            g.writeStringField("amount", "");
            g.writeStringField("total", Money.format(f.total()));
            g.writeStringField("total_tax", Money.format(f.totalTax()));
            taxes(g, f.totalTax(), null);
            metaList(g, f.meta());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("coupon_lines");
        for (ShopOrder.CouponLine c : o.couponLines) {
            g.writeStartObject();
            g.writeNumberField("id", c.id());
            g.writeStringField("code", c.code());
            g.writeStringField("discount", Money.format(c.discount()));
            g.writeStringField("discount_tax", Money.format(c.discountTax()));
            ProductJson.emptyArray(g, "meta_data");
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("refunds");
        for (ShopRefund r : o.refunds) {
            g.writeStartObject();
            g.writeNumberField("id", r.id());
            g.writeStringField("reason", r.reason());
            g.writeStringField("total", "-" + Money.format(r.amount()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("payment_url", settings.baseUrl() + "/checkout/order-pay/" + o.id + "/?pay_for_order=true&key=" + o.orderKey);
        g.writeBooleanField("is_editable", "pending".equals(o.status) || "on-hold".equals(o.status) || "auto-draft".equals(o.status));
        g.writeBooleanField("needs_payment", ("pending".equals(o.status) || "failed".equals(o.status)) && o.total.signum() > 0);
        g.writeBooleanField("needs_processing", service.needsProcessing(o));
        g.writeStringField("date_created_gmt", Dates.gmt(o.created));
        g.writeStringField("date_modified_gmt", Dates.gmt(o.modified));
        g.writeStringField("date_completed_gmt", Dates.gmt(o.dateCompleted));
        g.writeStringField("date_paid_gmt", Dates.gmt(o.datePaid));
        g.writeStringField("currency_symbol", ShopSettings.currencySymbol(o.currency));
        ProductJson.links(g, settings.restUrl("/wc/v3/orders/" + o.id), settings.restUrl("/wc/v3/orders"));
        g.writeEndObject();
    }

    /**
     * A line shows the product as it is now: a deleted product gives {@code product_id} 0, {@code sku}
     * null and image id 0 (captures 42, 49); a product without image gives image id {@code ""} (12).
     */
    void lineItem(JsonGenerator g, ShopOrder.LineItem l) throws IOException {
        ShopProduct p = state.products.get(l.productId());
        g.writeStartObject();
        g.writeNumberField("id", l.id());
        g.writeStringField("name", l.name());
        g.writeNumberField("product_id", p == null ? 0 : l.productId());
        g.writeNumberField("variation_id", 0);
        g.writeNumberField("quantity", l.quantity());
        g.writeStringField("tax_class", l.taxClass());
        g.writeStringField("subtotal", Money.format(l.subtotal()));
        g.writeStringField("subtotal_tax", Money.format(l.subtotalTax()));
        g.writeStringField("total", Money.format(l.total()));
        g.writeStringField("total_tax", Money.format(l.totalTax()));
        taxes(g, l.totalTax(), l.subtotalTax());
        g.writeArrayFieldStart("meta_data");
        for (Meta m : l.meta()) {
            g.writeStartObject();
            g.writeNumberField("id", m.id());
            g.writeStringField("key", m.key());
            g.writeFieldName("value");
            Json.MAPPER.writeTree(g, m.value());
            g.writeStringField("display_key", m.key());
            g.writeFieldName("display_value");
            Json.MAPPER.writeTree(g, m.value());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (p == null) {
            g.writeNullField("sku");
        } else {
            g.writeStringField("sku", p.sku);
        }
        BigDecimal price = l.quantity() == 0 ? BigDecimal.ZERO
                : l.total().divide(BigDecimal.valueOf(l.quantity()), 10, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        g.writeFieldName("price");
        if (price.scale() <= 0) {
            g.writeNumber(price.longValueExact());
        } else {
            g.writeNumber(price.doubleValue());
        }
        g.writeObjectFieldStart("image");
        if (p == null) {
            g.writeNumberField("id", 0);
            g.writeStringField("src", "");
        } else if (p.images.isEmpty() || state.media.get(p.images.get(0).mediaId()) == null) {
            g.writeStringField("id", "");
            g.writeStringField("src", "");
        } else {
            ShopMedia m = state.media.get(p.images.get(0).mediaId());
            g.writeNumberField("id", m.id());
            g.writeStringField("src", MediaLibrary.sourceUrl(settings, m));
        }
        g.writeEndObject();
        g.writeNullField("parent_name");
        g.writeEndObject();
    }

    private static void taxes(JsonGenerator g, BigDecimal total, BigDecimal subtotal) throws IOException {
        g.writeArrayFieldStart("taxes");
        if (total.signum() != 0 || (subtotal != null && subtotal.signum() != 0)) {
            g.writeStartObject();
            g.writeNumberField("id", 1);
            g.writeStringField("total", total.toPlainString());
            g.writeStringField("subtotal", subtotal == null ? "" : subtotal.toPlainString());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void metaList(JsonGenerator g, java.util.List<Meta> meta) throws IOException {
        g.writeArrayFieldStart("meta_data");
        for (Meta m : meta) {
            ProductJson.writeMeta(g, m);
        }
        g.writeEndArray();
    }

    private static void address(JsonGenerator g, String name, Map<String, String> address) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, String> e : address.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    /**
     * A refund as {@code WC_REST_Order_Refunds_V2_Controller::get_formatted_item_data} renders it; its
     * shipping, tax and fee lines stay empty (only product lines are refunded line by line here).
     */
    void writeRefund(JsonGenerator g, ShopRefund r) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", r.id());
        g.writeStringField("date_created", Dates.local(r.created()));
        g.writeStringField("date_created_gmt", Dates.gmt(r.created()));
        g.writeStringField("amount", Money.format(r.amount()));
        g.writeStringField("reason", r.reason());
        g.writeNumberField("refunded_by", r.refundedBy());
        g.writeBooleanField("refunded_payment", r.refundedPayment());
        metaList(g, r.meta());
        g.writeArrayFieldStart("line_items");
        for (ShopOrder.LineItem l : r.lineItems()) {
            lineItem(g, l);
        }
        g.writeEndArray();
        ProductJson.emptyArray(g, "shipping_lines");
        ProductJson.emptyArray(g, "tax_lines");
        ProductJson.emptyArray(g, "fee_lines");
        String refunds = settings.restUrl("/wc/v3/orders/" + r.orderId() + "/refunds");
        links(g, refunds + "/" + r.id(), refunds, settings.restUrl("/wc/v3/orders/" + r.orderId()));
        g.writeEndObject();
    }

    void writeNote(JsonGenerator g, ShopNote n) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", n.id());
        g.writeStringField("author", n.author());
        g.writeStringField("date_created", Dates.local(n.created()));
        g.writeStringField("date_created_gmt", Dates.gmt(n.created()));
        g.writeStringField("note", n.note());
        g.writeBooleanField("customer_note", n.customerNote());
        String notes = settings.restUrl("/wc/v3/orders/" + n.orderId() + "/notes");
        links(g, notes + "/" + n.id(), notes, settings.restUrl("/wc/v3/orders/" + n.orderId()));
        g.writeEndObject();
    }

    /** {@code _links} of an order's child resource: self, collection and up (the order). */
    private static void links(JsonGenerator g, String self, String collection, String up) throws IOException {
        g.writeObjectFieldStart("_links");
        for (String[] link : new String[][] {{"self", self}, {"collection", collection}, {"up", up}}) {
            g.writeArrayFieldStart(link[0]);
            g.writeStartObject();
            g.writeStringField("href", link[1]);
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeEndObject();
    }
}
