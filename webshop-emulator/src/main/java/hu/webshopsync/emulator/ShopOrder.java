package hu.webshopsync.emulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An order row. Copy-on-write like {@link ShopProduct}. */
final class ShopOrder {

    static final List<String> ADDRESS_FIELDS = List.of("first_name", "last_name", "company", "address_1",
            "address_2", "city", "state", "postcode", "country", "email", "phone");
    static final List<String> SHIPPING_FIELDS = List.of("first_name", "last_name", "company", "address_1",
            "address_2", "city", "state", "postcode", "country", "phone");

    /** A product line. {@code productId} 0 when the product was unknown. */
    record LineItem(long id, String name, long productId, int quantity, String taxClass, BigDecimal subtotal,
                    BigDecimal subtotalTax, BigDecimal total, BigDecimal totalTax, String sku, List<Meta> meta) {
    }

    record ShippingLine(long id, String methodTitle, String methodId, BigDecimal total, BigDecimal totalTax,
                        List<Meta> meta) {
    }

    record FeeLine(long id, String name, String taxClass, String taxStatus, BigDecimal total, BigDecimal totalTax,
                   List<Meta> meta) {
    }

    record CouponLine(long id, String code, BigDecimal discount, BigDecimal discountTax) {
    }

    record TaxLine(long id, BigDecimal taxTotal, BigDecimal shippingTaxTotal) {
    }

    long id;
    String status = "pending";
    String currency;
    boolean pricesIncludeTax;
    Instant created;
    Instant modified;
    Instant datePaid;
    Instant dateCompleted;
    long customerId;
    String orderKey;
    Map<String, String> billing = emptyAddress(ADDRESS_FIELDS);
    Map<String, String> shipping = emptyAddress(SHIPPING_FIELDS);
    String paymentMethod = "";
    String paymentMethodTitle = "";
    String transactionId = "";
    String customerNote = "";
    List<Meta> meta = List.of();
    List<LineItem> lineItems = List.of();
    List<ShippingLine> shippingLines = List.of();
    List<FeeLine> feeLines = List.of();
    List<CouponLine> couponLines = List.of();
    List<TaxLine> taxLines = List.of();
    BigDecimal discountTotal = BigDecimal.ZERO;
    BigDecimal discountTax = BigDecimal.ZERO;
    BigDecimal shippingTotal = BigDecimal.ZERO;
    BigDecimal shippingTax = BigDecimal.ZERO;
    BigDecimal cartTax = BigDecimal.ZERO;
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal totalTax = BigDecimal.ZERO;
    /** Newest first, as {@code WC_Order::get_refunds}. */
    List<ShopRefund> refunds = List.of();
    /** WooCommerce's {@code _order_stock_reduced}: stock is reduced once per order. */
    boolean stockReduced;
    /** WooCommerce's {@code _recorded_sales}: {@code total_sales} counts an order once and never takes it back. */
    boolean recordedSales;
    String trashedFrom;

    /** {@code WC_Order::get_total_refunded}. */
    BigDecimal totalRefunded() {
        BigDecimal sum = BigDecimal.ZERO;
        for (ShopRefund r : refunds) {
            sum = sum.add(r.amount());
        }
        return sum;
    }

    /** {@code WC_Order::get_remaining_refund_amount}. */
    BigDecimal remainingRefundAmount() {
        return total.subtract(totalRefunded());
    }

    static Map<String, String> emptyAddress(List<String> fields) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String f : fields) {
            m.put(f, "");
        }
        return m;
    }

    ShopOrder copy() {
        ShopOrder c = new ShopOrder();
        c.id = id;
        c.status = status;
        c.currency = currency;
        c.pricesIncludeTax = pricesIncludeTax;
        c.created = created;
        c.modified = modified;
        c.datePaid = datePaid;
        c.dateCompleted = dateCompleted;
        c.customerId = customerId;
        c.orderKey = orderKey;
        c.billing = new LinkedHashMap<>(billing);
        c.shipping = new LinkedHashMap<>(shipping);
        c.paymentMethod = paymentMethod;
        c.paymentMethodTitle = paymentMethodTitle;
        c.transactionId = transactionId;
        c.customerNote = customerNote;
        c.meta = meta;
        c.lineItems = lineItems;
        c.shippingLines = shippingLines;
        c.feeLines = feeLines;
        c.couponLines = couponLines;
        c.taxLines = taxLines;
        c.discountTotal = discountTotal;
        c.discountTax = discountTax;
        c.shippingTotal = shippingTotal;
        c.shippingTax = shippingTax;
        c.cartTax = cartTax;
        c.total = total;
        c.totalTax = totalTax;
        c.refunds = refunds;
        c.stockReduced = stockReduced;
        c.recordedSales = recordedSales;
        c.trashedFrom = trashedFrom;
        return c;
    }
}
