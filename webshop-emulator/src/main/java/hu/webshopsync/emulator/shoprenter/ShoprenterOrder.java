package hu.webshopsync.emulator.shoprenter;

import java.util.List;
import java.util.Objects;

/**
 * An order for {@link ShoprenterControl#placeOrder}, as a shop's checkout would create it.
 *
 * @param email             the customer's e-mail
 * @param status            the status word ({@code pending}, {@code processing}, …), a Hungarian status name or
 *                          an innerId; {@code ""} leaves the order without a status (an abandoned cart)
 * @param lines             the products bought
 * @param shippingName      shipping method name; {@code ""} for no shipping total
 * @param shippingGross     gross shipping fee (the fixtures' SHIPPING total is added to the gross sub-total)
 * @param paymentMethodCode e.g. {@code COD}, {@code BANK_TRANSFER}
 * @param taxNumber         the buyer's tax number, {@code ""} when none
 * @param currency          {@code HUF} or {@code EUR}
 * @param comment           the customer's note
 */
public record ShoprenterOrder(String email, String status, List<Line> lines, String shippingName,
                              String shippingGross, String paymentMethodCode, String taxNumber, String currency,
                              String comment) {

    public ShoprenterOrder {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(status, "status");
        lines = List.copyOf(lines);
        Objects.requireNonNull(shippingName, "shippingName");
        Objects.requireNonNull(shippingGross, "shippingGross");
        Objects.requireNonNull(paymentMethodCode, "paymentMethodCode");
        Objects.requireNonNull(taxNumber, "taxNumber");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(comment, "comment");
    }

    /** A HUF order paid cash on delivery, without shipping fee or tax number. */
    public static ShoprenterOrder of(String email, String status, Line... lines) {
        return new ShoprenterOrder(email, status, List.of(lines), "", "0", "COD", "", "HUF", "");
    }

    public ShoprenterOrder withShipping(String name, String gross) {
        return new ShoprenterOrder(email, status, lines, name, gross, paymentMethodCode, taxNumber, currency, comment);
    }

    public ShoprenterOrder withPayment(String code) {
        return new ShoprenterOrder(email, status, lines, shippingName, shippingGross, code, taxNumber, currency, comment);
    }

    public ShoprenterOrder withTaxNumber(String number) {
        return new ShoprenterOrder(email, status, lines, shippingName, shippingGross, paymentMethodCode, number,
                currency, comment);
    }

    public ShoprenterOrder withCurrency(String code) {
        return new ShoprenterOrder(email, status, lines, shippingName, shippingGross, paymentMethodCode, taxNumber,
                code, comment);
    }

    public ShoprenterOrder withComment(String text) {
        return new ShoprenterOrder(email, status, lines, shippingName, shippingGross, paymentMethodCode, taxNumber,
                currency, text);
    }

    /**
     * One product bought.
     *
     * @param sku      the product's SKU; a SKU no product has makes a line without product link
     * @param quantity how many (booked in {@code stock1})
     * @param netPrice net unit price; {@code null} takes the product's
     * @param taxRate  VAT %, e.g. {@code "27"}; {@code null} takes the product's tax class rate
     * @param name     line name; {@code null} takes the product's Hungarian name (or the SKU)
     */
    public record Line(String sku, int quantity, String netPrice, String taxRate, String name) {

        public Line {
            Objects.requireNonNull(sku, "sku");
            if (quantity < 0) {
                throw new IllegalArgumentException("quantity must not be negative: " + quantity);
            }
        }

        /** A line priced as the shop prices the product. */
        public static Line of(String sku, int quantity) {
            return new Line(sku, quantity, null, null, null);
        }
    }
}
