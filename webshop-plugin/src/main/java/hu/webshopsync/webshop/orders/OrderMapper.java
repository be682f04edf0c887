package hu.webshopsync.webshop.orders;

import hu.webshopsync.api.Address;
import hu.webshopsync.api.CustomerDraft;
import hu.webshopsync.api.CustomerOrderDraft;
import hu.webshopsync.api.LineKind;
import hu.webshopsync.api.OrderLineDraft;
import hu.webshopsync.api.Product;
import hu.webshopsync.api.VatRate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Maps a shop order to the customer order the ERP stores: a pure function of the order, the
 * matched customer and the page's {@link OrderLookups}; no I/O.
 *
 * <p><b>Amounts.</b> Every line carries what the customer pays (gross, tax included).
 *
 * <p><b>Discounts.</b> A line's charged amount is already after coupons, its list amount before.
 * Product lines are booked at the <em>list amount</em> (the price the customer saw) and the coupons
 * as separate negative {@link LineKind#DISCOUNT} lines of (list − charged), one per VAT rate of the discounted lines so that each rate's VAT base stays
 * right. The ERP's total therefore equals the shop's, and the discount stays visible on the
 * document instead of hiding in a lowered unit price.
 *
 * <p><b>Review.</b> An unknown SKU, a deleted product, another currency, a quantity that is not
 * positive, a total difference above the tolerance, or an order with nobody's name still becomes
 * a customer order, marked for review with the reasons in the user's language: an order is never
 * lost. A difference within the tolerance becomes a {@link LineKind#ROUNDING} line.
 */
final class OrderMapper {

    /** The standard Hungarian VAT rate, assumed for lines whose rate neither the ERP nor the shop knows. */
    static final BigDecimal STANDARD_VAT = new BigDecimal("27");

    // a shop-computed rate within half a percent of a Hungarian rate is that rate (tax rounding per line)
    private static final BigDecimal RATE_SNAP = new BigDecimal("0.5");

    private final OrderSyncSettings settings;
    private final String sourceId;
    private final String homeCurrency;
    private final OrderMessages messages;

    /**
     * @param settings     the order sync's settings
     * @param sourceId     the shop connection's source id, stored as the external source
     * @param homeCurrency the ERP's currency
     * @param messages     texts in the user's language, for line names and review reasons
     */
    public OrderMapper(OrderSyncSettings settings, String sourceId, String homeCurrency, OrderMessages messages) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
        this.homeCurrency = Objects.requireNonNull(homeCurrency, "homeCurrency");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /**
     * Maps one order.
     *
     * @param order    a readable order
     * @param customer the matched or new customer
     * @param lookups  the page's product lookups
     * @return the draft and the review reasons
     * @throws UnusableOrderException when the order has no line at all
     */
    public MappedOrder map(ShopOrder order, CustomerDraft customer, OrderLookups lookups) {
        Set<ReviewReason> reasons = new LinkedHashSet<>();
        List<OrderLineDraft> lines = new ArrayList<>();

        // keyed by compareTo, so 27 and 27.00 are one rate
        Map<BigDecimal, BigDecimal> discountByVat = new TreeMap<>(Comparator.reverseOrder());
        for (ShopOrder.Line item : order.lines()) {
            lines.add(productLine(item, lookups, reasons, discountByVat));
        }
        discountByVat.forEach((vat, discount) -> lines.add(new OrderLineDraft(LineKind.DISCOUNT,
                settings.discountSku(), discountName(order), BigDecimal.ONE, discount.negate(), vat,
                discount.negate())));
        for (ShopOrder.Charge s : order.shippingCharges()) {
            lines.add(serviceLine(LineKind.SHIPPING, settings.shippingSku(), orDefault(s.name(), "line.shipping"), s,
                    lookups));
        }
        for (ShopOrder.Charge f : order.fees()) {
            lines.add(serviceLine(LineKind.FEE, settings.feeSku(), orDefault(f.name(), "line.fee"), f, lookups));
        }
        if (lines.isEmpty()) {
            throw new UnusableOrderException("failed.noLines");
        }

        BigDecimal shopTotal = money(order.total());
        BigDecimal recomputed = lines.stream().map(OrderLineDraft::lineGross).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal difference = shopTotal.subtract(recomputed);
        String currency = currency(order, reasons);
        if (difference.signum() != 0) {
            if (difference.abs().compareTo(settings.roundingTolerance()) <= 0) {
                // not part of any VAT base (cash rounding rules), hence 0 %
                lines.add(new OrderLineDraft(LineKind.ROUNDING, settings.roundingSku(), messages.text("line.rounding"),
                        BigDecimal.ONE, difference, BigDecimal.ZERO, difference));
            } else {
                reasons.add(ReviewReason.of(ReviewReason.Kind.TOTAL_MISMATCH, shopTotal.toPlainString(),
                        recomputed.toPlainString(), difference.toPlainString(), currency));
            }
        }

        String number = order.label();
        CustomerDraft namedCustomer = customer;
        if (customer.existingId() == null && customer.name().isBlank()) {
            reasons.add(ReviewReason.of(ReviewReason.Kind.NO_CUSTOMER_NAME));
            namedCustomer = new CustomerDraft(null, messages.text("customer.unnamed", number), customer.company(),
                    customer.taxNumber(), customer.email(), customer.phone());
        }

        ErpFieldFit fit = new ErpFieldFit();
        namedCustomer = fit.customer(namedCustomer);
        Address billing = fit.address(address(order.billing()));
        Address shipping = order.delivery().isBlank()
                // WooCommerce leaves shipping empty when the goods go to the billing address
                ? billing
                : fit.address(address(order.delivery()));
        String comment = fit.fit("comment", order.customerNote().trim(), ErpFieldFit.COMMENT);
        if (!fit.cutFields().isEmpty()) {
            reasons.add(ReviewReason.of(ReviewReason.Kind.TRUNCATED, String.join(", ",
                    fit.cutFields().stream().map(f -> messages.text("field." + f)).toList())));
        }
        Instant orderDate = order.placed().orElse(order.modified());
        List<ReviewReason> reasonList = List.copyOf(reasons);
        CustomerOrderDraft draft = new CustomerOrderDraft(sourceId, String.valueOf(order.id()), number, orderDate,
                namedCustomer, billing, shipping, paymentMethod(order), currency, shopTotal,
                comment, lines, !reasonList.isEmpty(),
                reasonList.stream().map(messages::reason).toList(), settings.warehouse());
        return new MappedOrder(draft, reasonList);
    }

    private OrderLineDraft productLine(ShopOrder.Line item, OrderLookups lookups, Set<ReviewReason> reasons,
                                       Map<BigDecimal, BigDecimal> discountByVat) {
        String name = orDefault(item.name(), "line.unnamedProduct");
        BigDecimal quantity = item.quantity();
        BigDecimal after = money(item.chargedGross());
        BigDecimal before = money(item.listGross());
        if (before.compareTo(after) < 0) {
            // a line dearer than its own list price is no discount; book what was charged
            before = after;
        }

        String shopSku = item.sku().isBlank() ? null : item.sku();
        Optional<Product> product = lookups.product(shopSku);
        boolean deleted = item.productId() <= 0;
        if (product.isEmpty() && !deleted) {
            // the SKU may be missing or stale in the shop; the product sync's binding still knows the product
            product = lookups.boundSku(item.productId()).flatMap(lookups::product);
        }
        String sku;
        BigDecimal vat;
        if (product.isPresent()) {
            sku = product.get().sku();
            vat = product.get().vatRate().percent();
        } else {
            sku = null;
            vat = item.vatPercent().map(OrderMapper::snap).orElse(STANDARD_VAT);
            reasons.add(deleted ? ReviewReason.of(ReviewReason.Kind.DELETED_PRODUCT, name)
                    : ReviewReason.of(ReviewReason.Kind.UNKNOWN_SKU, shopSku == null ? "-" : shopSku, name,
                    vat.stripTrailingZeros().toPlainString()));
        }
        if (quantity.signum() <= 0) {
            reasons.add(ReviewReason.of(ReviewReason.Kind.QUANTITY, name, quantity.stripTrailingZeros().toPlainString()));
        }
        BigDecimal unit = quantity.signum() == 0 ? before : before.divide(quantity, 2, RoundingMode.HALF_UP);
        BigDecimal discount = before.subtract(after);
        if (discount.signum() > 0) {
            discountByVat.merge(vat, discount, BigDecimal::add);
        }
        return new OrderLineDraft(LineKind.PRODUCT, sku, name, quantity, unit, vat, before);
    }

    private OrderLineDraft serviceLine(LineKind kind, String sku, String name, ShopOrder.Charge charge,
                                       OrderLookups lookups) {
        BigDecimal gross = money(charge.gross());
        // the ERP's own service item decides the VAT when there is one; else what the shop charged
        BigDecimal vat = lookups.product(sku).map(p -> p.vatRate().percent())
                .or(() -> charge.vatPercent().map(OrderMapper::snap)).orElse(STANDARD_VAT);
        return new OrderLineDraft(kind, sku, name, BigDecimal.ONE, gross, vat, gross);
    }

    private static BigDecimal snap(BigDecimal percent) {
        return VatRate.KNOWN.stream()
                .filter(r -> r.code().chars().allMatch(Character::isDigit))
                .map(VatRate::percent)
                .filter(p -> p.subtract(percent).abs().compareTo(RATE_SNAP) <= 0)
                .findFirst()
                .orElse(percent.setScale(2, RoundingMode.HALF_UP));
    }

    private String discountName(ShopOrder order) {
        List<String> codes = order.couponCodes();
        return codes.isEmpty() ? messages.text("line.discount") : messages.text("line.coupon", String.join(", ", codes));
    }

    private String currency(ShopOrder order, Set<ReviewReason> reasons) {
        String currency = order.currency().trim().toUpperCase(Locale.ROOT);
        if (currency.isEmpty()) {
            reasons.add(ReviewReason.of(ReviewReason.Kind.CURRENCY, "?", homeCurrency));
            return homeCurrency;
        }
        if (!currency.equalsIgnoreCase(homeCurrency)) {
            reasons.add(ReviewReason.of(ReviewReason.Kind.CURRENCY, currency, homeCurrency));
        }
        return currency;
    }

    private String paymentMethod(ShopOrder order) {
        String method = order.paymentMethod().trim();
        String title = order.paymentTitle().trim();
        return settings.paymentMethod(method).orElse(title.isEmpty() ? method : title);
    }

    private static Address address(ShopOrder.Party a) {
        String street = a.street2().isEmpty() ? a.street1()
                : a.street1().isEmpty() ? a.street2() : a.street1() + "\n" + a.street2();
        return new Address(a.name(), a.company(), a.postcode(), a.city(), street,
                a.country().toUpperCase(Locale.ROOT), a.email(), a.phone());
    }

    private String orDefault(String text, String defaultKey) {
        return text == null || text.isBlank() ? messages.text(defaultKey) : text.trim();
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
