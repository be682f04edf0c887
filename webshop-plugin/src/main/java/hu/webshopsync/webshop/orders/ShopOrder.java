package hu.webshopsync.webshop.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A shop order in the sync's words, as an {@link OrderSource} adapter hands it over: the adapter has
 * already read the platform's shapes (its tax tables, its name order, its statuses), so the engine
 * only decides what the ERP stores.
 *
 * @param id             the shop's order id: unique and stable, the listing's sort key
 * @param number         the number the buyer sees; may be empty
 * @param key            the shop's secret-free order key that tells a reused id from the same order; may be empty
 * @param status         the shop's own status word, e.g. {@code processing}, for the settings and messages
 * @param stage          what that status means to the sync
 * @param currency       the ISO currency code; may be empty
 * @param placed         when the order was placed, if the shop said
 * @param modified       when it last changed
 * @param total          what the buyer pays, gross
 * @param paymentMethod  the payment method's id, e.g. {@code cod}; may be empty
 * @param paymentTitle   the payment method as the buyer saw it; may be empty
 * @param customerNote   the buyer's remark; may be empty
 * @param billing        the billing party
 * @param delivery       where the goods go; {@link Party#isBlank() blank} when to the billing address
 * @param attributes     the order's plain extra fields by key (a checkout plugin's tax number, for one)
 * @param lines          the product lines
 * @param shippingCharges the shipping charges
 * @param fees           other charges, e.g. a cash-on-delivery fee
 * @param couponCodes    the coupons used; their discount is inside the lines' charged amounts
 * @param refunded       how much was refunded so far, gross, 0 when nothing
 */
public record ShopOrder(long id, String number, String key, String status, Stage stage, String currency,
                        Optional<Instant> placed, Instant modified, BigDecimal total, String paymentMethod,
                        String paymentTitle, String customerNote, Party billing, Party delivery,
                        Map<String, String> attributes, List<Line> lines, List<Charge> shippingCharges,
                        List<Charge> fees, List<String> couponCodes, BigDecimal refunded) {

    /**
     * Validates; missing texts become empty and lists are copied.
     */
    public ShopOrder {
        number = text(number);
        key = text(key);
        status = text(status);
        Objects.requireNonNull(stage, "stage");
        currency = text(currency);
        Objects.requireNonNull(placed, "placed");
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(total, "total");
        paymentMethod = text(paymentMethod);
        paymentTitle = text(paymentTitle);
        customerNote = text(customerNote);
        billing = billing == null ? Party.EMPTY : billing;
        delivery = delivery == null ? Party.EMPTY : delivery;
        attributes = Map.copyOf(attributes);
        lines = List.copyOf(lines);
        shippingCharges = List.copyOf(shippingCharges);
        fees = List.copyOf(fees);
        couponCodes = List.copyOf(couponCodes);
        refunded = refunded == null ? BigDecimal.ZERO : refunded;
    }

    /** @return the number the buyer knows, else the id */
    public String label() {
        return number.isBlank() ? String.valueOf(id) : number.trim();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** Where an order is in the shop's life, as far as the ERP cares. */
    public enum Stage {
        /** Placed and not finished: to deliver (pending, processing, on hold and the like). */
        OPEN,
        /** Delivered or finished in the shop. */
        COMPLETED,
        /** Called off: cancelled by the buyer or the owner, or the payment failed. */
        CANCELLED,
        /** Paid back in full. */
        REFUNDED;

        /** @return whether the shop called the order off (cancelled, failed or refunded in full) */
        public boolean calledOff() {
            return this == CANCELLED || this == REFUNDED;
        }
    }

    /**
     * A billing or delivery party, trimmed, every part possibly empty.
     *
     * @param name     the person's name as the shop prints it
     * @param company  the company
     * @param street1  the first street line
     * @param street2  the second street line
     * @param city     the city
     * @param region   the state or county
     * @param postcode the postcode
     * @param country  the ISO country code
     * @param email    the e-mail; delivery parties usually have none
     * @param phone    the phone
     */
    public record Party(String name, String company, String street1, String street2, String city, String region,
                        String postcode, String country, String email, String phone) {

        /** A party with nothing in it. */
        public static final Party EMPTY = new Party("", "", "", "", "", "", "", "", "", "");

        /**
         * Missing parts become empty and all parts are trimmed.
         */
        public Party {
            name = clean(name);
            company = clean(company);
            street1 = clean(street1);
            street2 = clean(street2);
            city = clean(city);
            region = clean(region);
            postcode = clean(postcode);
            country = clean(country);
            email = clean(email);
            phone = clean(phone);
        }

        /**
         * Whether the party says where to deliver anything.
         *
         * @return true when a name, company, street, city or postcode is given
         */
        public boolean isBlank() {
            return name.isEmpty() && company.isEmpty() && street1.isEmpty() && street2.isEmpty() && city.isEmpty()
                    && postcode.isEmpty();
        }

        private static String clean(String s) {
            return s == null ? "" : s.trim();
        }
    }

    /**
     * A product line.
     *
     * @param name         the product's name on the order; may be empty
     * @param productId    the shop's product id; 0 when the product was unknown or is deleted
     * @param sku          the SKU the shop gave; may be empty
     * @param quantity     how many
     * @param unitPrice    the shop's net unit price, if it said
     * @param listGross    the line at the list price, before coupons, tax included
     * @param chargedGross the line as charged, after coupons, tax included
     * @param vatPercent   the VAT rate the shop applied, unrounded; empty when it charged no tax
     */
    public record Line(String name, long productId, String sku, BigDecimal quantity, Optional<BigDecimal> unitPrice,
                       BigDecimal listGross, BigDecimal chargedGross, Optional<BigDecimal> vatPercent) {

        /**
         * Validates.
         */
        public Line {
            name = text(name);
            sku = sku == null ? "" : sku.trim();
            Objects.requireNonNull(quantity, "quantity");
            Objects.requireNonNull(unitPrice, "unitPrice");
            Objects.requireNonNull(chargedGross, "chargedGross");
            listGross = listGross == null ? chargedGross : listGross;
            Objects.requireNonNull(vatPercent, "vatPercent");
        }
    }

    /**
     * A shipping charge or a fee.
     *
     * @param name       its name on the order; may be empty
     * @param gross      the amount, tax included
     * @param vatPercent the VAT rate the shop applied, unrounded; empty when it charged no tax
     */
    public record Charge(String name, BigDecimal gross, Optional<BigDecimal> vatPercent) {

        /**
         * Validates.
         */
        public Charge {
            name = text(name);
            Objects.requireNonNull(gross, "gross");
            Objects.requireNonNull(vatPercent, "vatPercent");
        }
    }
}
