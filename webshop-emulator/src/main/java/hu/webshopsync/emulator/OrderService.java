package hu.webshopsync.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Orders as a WooCommerce checkout would make them through REST: products resolved by id or SKU,
 * prices from the product, totals and (optionally) a 27 % tax, stock reduced once when the order is
 * paid or processing (no stock check, capture 43), status-change and stock notes, as in capture 18b.
 */
final class OrderService {

    static final List<String> STATUSES = List.of("auto-draft", "pending", "processing", "on-hold", "completed",
            "cancelled", "refunded", "failed", "checkout-draft");
    private static final Set<String> STOCK_REDUCING = Set.of("processing", "completed", "on-hold");
    private static final Set<String> STOCK_RESTORING = Set.of("cancelled", "pending");
    private static final Map<String, String> LABELS = Map.of("pending", "Pending payment", "processing", "Processing",
            "on-hold", "On hold", "completed", "Completed", "cancelled", "Cancelled", "refunded", "Refunded",
            "failed", "Failed", "checkout-draft", "Draft", "auto-draft", "Draft", "trash", "Trash");
    private static final BigDecimal RATE = new BigDecimal("0.27");
    private static final String KEY_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private final ShopState state;
    private final ShopSettings settings;
    private final ProductService products;
    private final Random random;

    OrderService(ShopState state, ShopSettings settings, ProductService products, long seed) {
        this.state = state;
        this.settings = settings;
        this.products = products;
        this.random = new Random(seed);
    }

    static void validate(JsonNode body) {
        ParamErrors errors = new ParamErrors();
        errors.oneOf(body, "status", STATUSES);
        for (String f : List.of("currency", "payment_method", "payment_method_title", "transaction_id", "customer_note")) {
            errors.string(body, f);
        }
        errors.integer(body, "customer_id");
        errors.bool(body, "set_paid");
        errors.object(body, "billing");
        errors.object(body, "shipping");
        for (String f : List.of("line_items", "shipping_lines", "fee_lines", "coupon_lines", "meta_data")) {
            errors.array(body, f);
        }
        errors.throwIfAny();
    }

    static ApiException invalidId(int status) {
        return new ApiException(status, "woocommerce_rest_shop_order_invalid_id", "Invalid ID.");
    }

    ShopOrder create(JsonNode body) {
        if (body.path("id").asLong(0) > 0) {
            throw new ApiException(400, "woocommerce_rest_shop_order_exists", "Cannot create existing shop_order.");
        }
        ShopOrder o = new ShopOrder();
        o.currency = body.hasNonNull("currency") ? body.get("currency").asText() : settings.currency();
        o.pricesIncludeTax = settings.pricesIncludeTax();
        applyDetails(o, body);
        List<ShopOrder.CouponLine> coupons = new ArrayList<>();
        for (JsonNode c : body.path("coupon_lines")) {
            String code = Json.text(c, "code");
            if (code == null || code.isBlank()) {
                throw new ApiException(400, "woocommerce_rest_invalid_coupon", "Coupon code is required.");
            }
            coupons.add(new ShopOrder.CouponLine(state.orderItemIds.getAndIncrement(), code.trim().toLowerCase(),
                    Money.round(Money.parseOrZero(Json.text(c, "discount"))), BigDecimal.ZERO));
        }
        o.couponLines = List.copyOf(coupons);
        applyLines(o, body);
        applyCoupons(o);
        calculateTotals(o);
        String requestedStatus = body.hasNonNull("status") ? body.get("status").asText() : "pending";
        boolean setPaid = Boolean.TRUE.equals(body.hasNonNull("set_paid") ? ParamErrors.asBoolean(body.get("set_paid")) : null);
        state.lock.lock();
        try {
            o.id = state.postIds.getAndIncrement();
            o.orderKey = "wc_order_" + randomKey();
            Instant now = state.now();
            o.created = now;
            o.modified = now;
            o.status = "pending";
            String target = requestedStatus;
            if (setPaid) {
                o.datePaid = now;
                if (Set.of("pending", "on-hold", "failed", "cancelled").contains(target)) {
                    // Capture 14: WooCommerce 7.9 marks a REST order created with set_paid "completed".
                    target = "completed";
                }
            }
            transition(o, target, now, true);
            state.orders.put(o.id, o);
            return o;
        } finally {
            state.lock.unlock();
        }
    }

    ShopOrder update(long id, JsonNode body) {
        state.lock.lock();
        try {
            ShopOrder existing = state.orders.get(id);
            if (existing == null) {
                throw invalidId(400);
            }
            ShopOrder o = existing.copy();
            applyDetails(o, body);
            boolean recalc = false;
            for (String f : List.of("billing", "shipping", "line_items", "shipping_lines", "fee_lines", "coupon_lines")) {
                recalc |= body.has(f);
            }
            if (body.has("line_items") || body.has("shipping_lines") || body.has("fee_lines")) {
                applyLines(o, body);
            }
            if (recalc) {
                calculateTotals(o);
            }
            Instant now = state.now();
            o.modified = now;
            String target = body.hasNonNull("status") ? body.get("status").asText() : o.status;
            if (Boolean.TRUE.equals(body.hasNonNull("set_paid") ? ParamErrors.asBoolean(body.get("set_paid")) : null)
                    && o.datePaid == null) {
                o.datePaid = now;
                if (Set.of("pending", "on-hold", "failed", "cancelled").contains(target)) {
                    target = "processing";
                }
            }
            transition(o, target, now, false);
            state.orders.put(id, o);
            return o;
        } finally {
            state.lock.unlock();
        }
    }

    ShopOrder delete(long id, boolean force) {
        state.lock.lock();
        try {
            ShopOrder existing = state.orders.get(id);
            if (existing == null) {
                throw invalidId(404);
            }
            if (force) {
                state.orders.remove(id);
                state.notes.remove(id);
                return existing;
            }
            if ("trash".equals(existing.status)) {
                throw new ApiException(410, "woocommerce_rest_already_trashed", "The shop_order has already been deleted.");
            }
            ShopOrder trashed = existing.copy();
            trashed.trashedFrom = existing.status;
            trashed.status = "trash";
            trashed.modified = state.now();
            state.orders.put(id, trashed);
            return existing;
        } finally {
            state.lock.unlock();
        }
    }

    ShopNote addNote(long orderId, String text, boolean customerNote, String author) {
        state.lock.lock();
        try {
            if (!state.orders.containsKey(orderId)) {
                throw new ApiException(404, "woocommerce_rest_order_invalid_id", "Invalid order ID.");
            }
            ShopNote note = new ShopNote(state.commentIds.getAndIncrement(), orderId, author, state.now(), text, customerNote);
            state.addNote(note);
            return note;
        } finally {
            state.lock.unlock();
        }
    }

    private String randomKey() {
        StringBuilder sb = new StringBuilder(13);
        for (int i = 0; i < 13; i++) {
            sb.append(KEY_CHARS.charAt(random.nextInt(KEY_CHARS.length())));
        }
        return sb.toString();
    }

    /** Status change with WooCommerce's side effects: dates, stock, notes. Caller holds the lock. */
    private void transition(ShopOrder o, String target, Instant now, boolean creating) {
        String from = o.status;
        if (STOCK_REDUCING.contains(target) && !o.stockReduced) {
            reduceStock(o, now);
        } else if (STOCK_RESTORING.contains(target) && o.stockReduced) {
            restoreStock(o, now);
        }
        if (!from.equals(target)) {
            o.status = target;
            if (!creating && o.datePaid == null && ("processing".equals(target) || "completed".equals(target))) {
                o.datePaid = now;
            }
            if ("completed".equals(target) && o.dateCompleted == null) {
                o.dateCompleted = now;
            }
            addSystemNote(o.id, "Order status changed from " + LABELS.getOrDefault(from, from) + " to "
                    + LABELS.getOrDefault(target, target) + ".", now);
        }
    }

    private void reduceStock(ShopOrder o, Instant now) {
        List<String> changes = new ArrayList<>();
        List<ShopOrder.LineItem> lines = new ArrayList<>();
        for (ShopOrder.LineItem line : o.lineItems) {
            ShopProduct before = state.products.get(line.productId());
            if (before != null && before.manageStock) {
                ShopProduct after = products.adjustStock(line.productId(), -line.quantity(), line.quantity());
                changes.add(before.name + " (" + before.sku + ") " + before.stockQuantity + "&rarr;" + after.stockQuantity);
                List<Meta> meta = new ArrayList<>(line.meta());
                meta.add(new Meta(state.nextMetaId(), "_reduced_stock", TextNode.valueOf(Integer.toString(line.quantity()))));
                line = withMeta(line, meta);
            } else if (before != null) {
                products.adjustStock(line.productId(), 0, line.quantity());
            }
            lines.add(line);
        }
        o.lineItems = List.copyOf(lines);
        o.stockReduced = true;
        if (!changes.isEmpty()) {
            addSystemNote(o.id, "Stock levels reduced: " + String.join(", ", changes), now);
        }
    }

    private void restoreStock(ShopOrder o, Instant now) {
        List<String> changes = new ArrayList<>();
        List<ShopOrder.LineItem> lines = new ArrayList<>();
        for (ShopOrder.LineItem line : o.lineItems) {
            List<Meta> meta = new ArrayList<>(line.meta());
            boolean reduced = meta.removeIf(m -> m.key().equals("_reduced_stock"));
            ShopProduct before = state.products.get(line.productId());
            if (reduced && before != null) {
                ShopProduct after = products.adjustStock(line.productId(), line.quantity(), -line.quantity());
                changes.add(before.name + " (" + before.sku + ") " + before.stockQuantity + "&rarr;" + after.stockQuantity);
            }
            lines.add(withMeta(line, meta));
        }
        o.lineItems = List.copyOf(lines);
        o.stockReduced = false;
        if (!changes.isEmpty()) {
            addSystemNote(o.id, "Stock levels increased: " + String.join(", ", changes), now);
        }
    }

    private static ShopOrder.LineItem withMeta(ShopOrder.LineItem l, List<Meta> meta) {
        return new ShopOrder.LineItem(l.id(), l.name(), l.productId(), l.quantity(), l.taxClass(), l.subtotal(),
                l.subtotalTax(), l.total(), l.totalTax(), l.sku(), List.copyOf(meta));
    }

    private void addSystemNote(long orderId, String text, Instant now) {
        state.addNote(new ShopNote(state.commentIds.getAndIncrement(), orderId, "WooCommerce", now, text, false));
    }

    private void applyDetails(ShopOrder o, JsonNode body) {
        mergeAddress(o.billing, body.get("billing"));
        mergeAddress(o.shipping, body.get("shipping"));
        String s;
        if ((s = Json.text(body, "payment_method")) != null) {
            o.paymentMethod = s;
        }
        if ((s = Json.text(body, "payment_method_title")) != null) {
            o.paymentMethodTitle = s;
        }
        if ((s = Json.text(body, "transaction_id")) != null) {
            o.transactionId = s;
        }
        if ((s = Json.text(body, "customer_note")) != null) {
            o.customerNote = s;
        }
        if (body.hasNonNull("customer_id")) {
            o.customerId = body.get("customer_id").asLong();
        }
        if (body.has("meta_data")) {
            o.meta = List.copyOf(Meta.apply(o.meta, body.get("meta_data"), state::nextMetaId));
        }
    }

    private static void mergeAddress(Map<String, String> address, JsonNode posted) {
        if (posted == null || !posted.isObject()) {
            return;
        }
        for (String field : new ArrayList<>(address.keySet())) {
            JsonNode v = posted.get(field);
            if (v != null && !v.isNull()) {
                address.put(field, v.asText());
            }
        }
    }

    /** Adds or updates line items, shipping and fee lines ({@code id} updates, {@code quantity: 0} removes). */
    private void applyLines(ShopOrder o, JsonNode body) {
        if (body.has("line_items")) {
            Map<Long, ShopOrder.LineItem> lines = new LinkedHashMap<>();
            o.lineItems.forEach(l -> lines.put(l.id(), l));
            for (JsonNode posted : body.path("line_items")) {
                long id = posted.path("id").asLong(0);
                ShopOrder.LineItem existing = lines.get(id);
                if (existing != null && posted.hasNonNull("quantity") && posted.get("quantity").asInt() == 0) {
                    lines.remove(id);
                    continue;
                }
                ShopOrder.LineItem line = productLine(existing, posted, o);
                lines.put(line.id(), line);
            }
            o.lineItems = List.copyOf(lines.values());
        }
        if (body.has("shipping_lines")) {
            List<ShopOrder.ShippingLine> lines = new ArrayList<>(o.shippingLines);
            for (JsonNode posted : body.path("shipping_lines")) {
                long id = posted.path("id").asLong(0);
                lines.removeIf(l -> l.id() == id);
                lines.add(new ShopOrder.ShippingLine(id > 0 ? id : state.orderItemIds.getAndIncrement(),
                        textOr(posted, "method_title", ""), textOr(posted, "method_id", ""),
                        Money.round(Money.parseOrZero(Json.text(posted, "total"))), BigDecimal.ZERO,
                        Meta.apply(List.of(), posted.get("meta_data"), state::nextMetaId)));
            }
            o.shippingLines = List.copyOf(lines);
        }
        if (body.has("fee_lines")) {
            List<ShopOrder.FeeLine> lines = new ArrayList<>(o.feeLines);
            for (JsonNode posted : body.path("fee_lines")) {
                long id = posted.path("id").asLong(0);
                lines.removeIf(l -> l.id() == id);
                lines.add(new ShopOrder.FeeLine(id > 0 ? id : state.orderItemIds.getAndIncrement(),
                        textOr(posted, "name", ""), textOr(posted, "tax_class", ""), textOr(posted, "tax_status", "taxable"),
                        Money.round(Money.parseOrZero(Json.text(posted, "total"))), BigDecimal.ZERO,
                        Meta.apply(List.of(), posted.get("meta_data"), state::nextMetaId)));
            }
            o.feeLines = List.copyOf(lines);
        }
    }

    /**
     * A product line: the product by {@code sku} (preferred when found) or {@code product_id}, priced
     * from the product without tax; posted {@code subtotal}/{@code total} win. An unknown product
     * gives an empty line with product id 0 (capture 42).
     */
    private ShopOrder.LineItem productLine(ShopOrder.LineItem existing, JsonNode posted, ShopOrder o) {
        long productId = posted.path("product_id").asLong(existing == null ? 0 : existing.productId());
        String sku = Json.text(posted, "sku");
        if (sku != null && !sku.isEmpty()) {
            Long bySku = state.skuIndex.get(Slugs.fold(sku));
            if (bySku != null) {
                productId = bySku;
            }
        }
        ShopProduct product = state.products.get(productId);
        int quantity = posted.hasNonNull("quantity") ? posted.get("quantity").asInt() : existing == null ? 1 : existing.quantity();
        String name = existing == null ? "" : existing.name();
        BigDecimal subtotal;
        BigDecimal total;
        String lineSku = existing == null ? null : existing.sku();
        String taxClass = existing == null ? "" : existing.taxClass();
        boolean productChanged = existing == null || existing.productId() != productId;
        if (product == null) {
            productId = 0;
            subtotal = existing == null ? BigDecimal.ZERO : existing.subtotal();
            total = existing == null ? BigDecimal.ZERO : existing.total();
        } else {
            if (productChanged) {
                name = product.name;
                lineSku = product.sku;
                taxClass = product.taxClass;
            }
            BigDecimal unit = Money.parseOrZero(product.price());
            if (settings.calcTaxes() && o.pricesIncludeTax && "taxable".equals(product.taxStatus)) {
                unit = unit.divide(BigDecimal.ONE.add(RATE), 10, RoundingMode.HALF_UP);
            }
            if (productChanged || posted.has("quantity")) {
                subtotal = Money.round(unit.multiply(BigDecimal.valueOf(quantity)));
                total = subtotal;
            } else {
                subtotal = existing.subtotal();
                total = existing.total();
            }
        }
        if (posted.hasNonNull("name")) {
            name = posted.get("name").asText();
        }
        if (posted.hasNonNull("subtotal")) {
            subtotal = Money.round(Money.parseOrZero(posted.get("subtotal").asText()));
        }
        if (posted.hasNonNull("total")) {
            total = Money.round(Money.parseOrZero(posted.get("total").asText()));
        }
        long id = existing == null ? state.orderItemIds.getAndIncrement() : existing.id();
        List<Meta> meta = Meta.apply(existing == null ? List.of() : existing.meta(), posted.get("meta_data"), state::nextMetaId);
        return new ShopOrder.LineItem(id, name, productId, quantity, taxClass, subtotal, BigDecimal.ZERO, total,
                BigDecimal.ZERO, product == null ? null : lineSku, List.copyOf(meta));
    }

    /** Spreads the coupons' posted discounts over the lines in proportion to their totals. */
    private static void applyCoupons(ShopOrder o) {
        BigDecimal discount = BigDecimal.ZERO;
        for (ShopOrder.CouponLine c : o.couponLines) {
            discount = discount.add(c.discount());
        }
        BigDecimal base = BigDecimal.ZERO;
        for (ShopOrder.LineItem l : o.lineItems) {
            base = base.add(l.total());
        }
        if (discount.signum() <= 0 || base.signum() <= 0) {
            return;
        }
        discount = discount.min(base);
        List<ShopOrder.LineItem> lines = new ArrayList<>();
        BigDecimal left = discount;
        for (int i = 0; i < o.lineItems.size(); i++) {
            ShopOrder.LineItem l = o.lineItems.get(i);
            BigDecimal share = i == o.lineItems.size() - 1 ? left
                    : Money.round(discount.multiply(l.total()).divide(base, 10, RoundingMode.HALF_UP)).min(left);
            share = share.min(l.total());
            left = left.subtract(share);
            lines.add(new ShopOrder.LineItem(l.id(), l.name(), l.productId(), l.quantity(), l.taxClass(), l.subtotal(),
                    l.subtotalTax(), l.total().subtract(share), l.totalTax(), l.sku(), l.meta()));
        }
        o.lineItems = List.copyOf(lines);
    }

    /** WooCommerce's {@code calculate_totals}: line taxes (27 % when taxes are on), then order totals. */
    private void calculateTotals(ShopOrder o) {
        boolean taxes = settings.calcTaxes();
        BigDecimal cartTax = BigDecimal.ZERO;
        BigDecimal shippingTax = BigDecimal.ZERO;
        BigDecimal discount = BigDecimal.ZERO;
        BigDecimal discountTax = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        List<ShopOrder.LineItem> lines = new ArrayList<>();
        for (ShopOrder.LineItem l : o.lineItems) {
            ShopProduct p = state.products.get(l.productId());
            boolean taxable = taxes && (p == null || "taxable".equals(p.taxStatus));
            BigDecimal subtotalTax = taxable ? tax(l.subtotal()) : BigDecimal.ZERO;
            BigDecimal totalTax = taxable ? tax(l.total()) : BigDecimal.ZERO;
            lines.add(new ShopOrder.LineItem(l.id(), l.name(), l.productId(), l.quantity(), l.taxClass(), l.subtotal(),
                    subtotalTax, l.total(), totalTax, l.sku(), l.meta()));
            cartTax = cartTax.add(totalTax);
            discount = discount.add(l.subtotal().subtract(l.total()));
            discountTax = discountTax.add(subtotalTax.subtract(totalTax));
            total = total.add(l.total());
        }
        o.lineItems = List.copyOf(lines);
        List<ShopOrder.FeeLine> fees = new ArrayList<>();
        for (ShopOrder.FeeLine f : o.feeLines) {
            BigDecimal t = taxes && "taxable".equals(f.taxStatus()) ? tax(f.total()) : BigDecimal.ZERO;
            fees.add(new ShopOrder.FeeLine(f.id(), f.name(), f.taxClass(), f.taxStatus(), f.total(), t, f.meta()));
            cartTax = cartTax.add(t);
            total = total.add(f.total());
        }
        o.feeLines = List.copyOf(fees);
        BigDecimal shippingTotal = BigDecimal.ZERO;
        List<ShopOrder.ShippingLine> shipping = new ArrayList<>();
        for (ShopOrder.ShippingLine s : o.shippingLines) {
            BigDecimal t = taxes ? tax(s.total()) : BigDecimal.ZERO;
            shipping.add(new ShopOrder.ShippingLine(s.id(), s.methodTitle(), s.methodId(), s.total(), t, s.meta()));
            shippingTax = shippingTax.add(t);
            shippingTotal = shippingTotal.add(s.total());
        }
        o.shippingLines = List.copyOf(shipping);
        List<ShopOrder.CouponLine> coupons = new ArrayList<>();
        for (ShopOrder.CouponLine c : o.couponLines) {
            coupons.add(new ShopOrder.CouponLine(c.id(), c.code(), c.discount(), taxes ? tax(c.discount()) : BigDecimal.ZERO));
        }
        o.couponLines = List.copyOf(coupons);
        o.discountTotal = discount;
        o.discountTax = discountTax;
        o.shippingTotal = shippingTotal;
        o.shippingTax = shippingTax;
        o.cartTax = cartTax;
        o.totalTax = cartTax.add(shippingTax);
        o.total = total.add(shippingTotal).add(o.totalTax);
        if (taxes && (cartTax.signum() != 0 || shippingTax.signum() != 0)) {
            long taxLineId = o.taxLines.isEmpty() ? state.orderItemIds.getAndIncrement() : o.taxLines.get(0).id();
            o.taxLines = List.of(new ShopOrder.TaxLine(taxLineId, cartTax, shippingTax));
        } else {
            o.taxLines = List.of();
        }
    }

    private static BigDecimal tax(BigDecimal amount) {
        return Money.round(amount.multiply(RATE));
    }

    private static String textOr(JsonNode node, String field, String dflt) {
        String v = Json.text(node, field);
        return v == null ? dflt : v;
    }

    /** Needed by the JSON view: orders with a real product need shipping/processing. */
    boolean needsProcessing(ShopOrder o) {
        for (ShopOrder.LineItem l : o.lineItems) {
            ShopProduct p = state.products.get(l.productId());
            if (p != null && !(p.virtual && p.downloadable)) {
                return true;
            }
        }
        return false;
    }
}
