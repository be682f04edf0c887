package hu.webshopsync.webshop.woocommerce;

import hu.webshopsync.webshop.orders.ShopOrder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts a readable {@link WooOrder} into the sync's words ({@link ShopOrder}). What only WooCommerce
 * knows is settled here: line {@code total}/{@code subtotal} are net and after/before coupons, a
 * line's VAT rate is found through {@code taxes[].id} → {@code tax_lines[].rate_id}, Hungarian
 * addresses print the family name first, refunds are negative, and the status words.
 */
final class WooOrderMapping {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private WooOrderMapping() {
    }

    /**
     * @param order an order {@link WooOrderReader} found readable: id, modification time and every
     *              amount the mapping uses are present
     * @return the order in the sync's words
     */
    static ShopOrder toShopOrder(WooOrder order) {
        List<ShopOrder.Line> lines = order.lineItems().stream().map(item -> line(item, order)).toList();
        List<ShopOrder.Charge> shipping = order.shippingLines().stream()
                .map(s -> charge(s.methodTitle(), s.total(), s.totalTax(), s.taxes(), order)).toList();
        List<ShopOrder.Charge> fees = order.feeLines().stream()
                .map(f -> charge(f.name(), f.total(), f.totalTax(), f.taxes(), order)).toList();
        List<String> coupons = order.couponLines().stream()
                .filter(c -> c != null && c.code() != null && !c.code().isBlank())
                .map(c -> c.code().trim()).distinct().toList();
        BigDecimal refunded = order.refunds().stream().filter(r -> r != null && r.total() != null)
                .map(r -> r.total().abs()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ShopOrder(order.id(), order.number(), order.orderKey(), order.status(), stage(order.status()),
                order.currency(), order.createdGmt(), order.modifiedGmt().orElseThrow(), order.total(),
                order.paymentMethod(), order.paymentMethodTitle(), order.customerNote(), party(order.billing()),
                party(order.shipping()), attributes(order.metaData()), lines, shipping, fees, coupons, refunded);
    }

    /** WooCommerce 7.9's core statuses; anything else (a plugin's own) counts as still to deliver. */
    static ShopOrder.Stage stage(String status) {
        return switch (status == null ? "" : status.trim()) {
            case "completed" -> ShopOrder.Stage.COMPLETED;
            case "cancelled", "failed" -> ShopOrder.Stage.CANCELLED;
            case "refunded" -> ShopOrder.Stage.REFUNDED;
            default -> ShopOrder.Stage.OPEN;
        };
    }

    private static ShopOrder.Line line(WooOrder.LineItem item, WooOrder order) {
        BigDecimal charged = item.total().add(nz(item.totalTax()));
        BigDecimal list = item.subtotal() == null ? null : item.subtotal().add(nz(item.subtotalTax()));
        long productId = item.productId() == null || item.productId() < 0 ? 0 : item.productId();
        return new ShopOrder.Line(item.name(), productId, item.sku(), item.quantity(), Optional.ofNullable(item.price()),
                list, charged, vat(item.taxes(), item.totalTax(), item.total(), order));
    }

    private static ShopOrder.Charge charge(String name, BigDecimal total, BigDecimal totalTax,
                                           List<WooOrder.LineTax> taxes, WooOrder order) {
        return new ShopOrder.Charge(name, total.add(nz(totalTax)), vat(taxes, totalTax, total, order));
    }

    /**
     * The VAT rate the shop applied to a line: the rate of the tax it names, else the ratio of tax to
     * amount. Empty when the shop charged no tax at all, which on a shop that does not calculate taxes
     * (the default, captures 55) means "unknown", not 0 %.
     */
    static Optional<BigDecimal> vat(List<WooOrder.LineTax> taxes, BigDecimal totalTax, BigDecimal total,
                                    WooOrder order) {
        for (WooOrder.LineTax tax : taxes) {
            if (tax == null || tax.id() == null) {
                continue;
            }
            Optional<BigDecimal> rate = order.taxLines().stream()
                    .filter(t -> t != null && tax.id().equals(t.rateId()) && t.ratePercent() != null)
                    .map(WooOrder.TaxLine::ratePercent).findFirst();
            if (rate.isPresent()) {
                return rate;
            }
        }
        if (totalTax != null && totalTax.signum() > 0 && total != null && total.signum() > 0) {
            return Optional.of(totalTax.multiply(HUNDRED).divide(total, 2, RoundingMode.HALF_UP));
        }
        return Optional.empty();
    }

    static ShopOrder.Party party(WooOrder.Address a) {
        if (a == null) {
            return ShopOrder.Party.EMPTY;
        }
        return new ShopOrder.Party(a.personName(), a.company(), a.address1(), a.address2(), a.city(), a.state(),
                a.postcode(), a.country(), a.email(), a.phone());
    }

    // plain values only: a checkout plugin's tax number is one, its arrays and objects are not ours
    private static Map<String, String> attributes(List<WooOrder.Meta> meta) {
        Map<String, String> out = new LinkedHashMap<>();
        for (WooOrder.Meta m : meta) {
            if (m != null && m.key() != null && m.value() != null && m.value().isValueNode()) {
                String value = m.value().asText().trim();
                if (!value.isEmpty()) {
                    out.putIfAbsent(m.key(), value);
                }
            }
        }
        return out;
    }

    private static BigDecimal nz(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
