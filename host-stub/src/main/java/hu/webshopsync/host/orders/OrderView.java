package hu.webshopsync.host.orders;

import hu.webshopsync.api.Address;
import hu.webshopsync.api.Customer;
import hu.webshopsync.api.CustomerOrderState;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A stored customer order as the order list shows it.
 *
 * @param number            the document number
 * @param externalSource    where it came from
 * @param externalReference its id at the source
 * @param externalNumber    the order number the customer saw at the source, e.g. the shop's {@code 77}
 * @param state             where the order is in its life
 * @param orderDate         when it was placed
 * @param customer          the customer
 * @param billing           the billing address
 * @param shipping          the shipping address
 * @param paymentMethod     the payment method
 * @param currency          the currency
 * @param netTotal          the net total
 * @param vatTotal          the VAT total
 * @param grossTotal        the gross total
 * @param needsReview       whether someone must look at it
 * @param reviewReasons     why
 * @param lines             the lines
 * @param cancelReason      why it was cancelled, possibly empty; {@code null} while it is not cancelled
 */
public record OrderView(String number, String externalSource, String externalReference, String externalNumber,
                        CustomerOrderState state,
                        Instant orderDate, Customer customer, Address billing, Address shipping, String paymentMethod,
                        String currency, BigDecimal netTotal, BigDecimal vatTotal, BigDecimal grossTotal,
                        boolean needsReview, List<String> reviewReasons, List<Line> lines, String cancelReason) {

    /**
     * The shop's order number as the shop shows it.
     *
     * @return e.g. {@code #77}; {@code null} for an order that did not come from a shop
     */
    public String shopNumber() {
        String shop = externalNumber == null || externalNumber.isBlank() ? externalReference : externalNumber;
        if (shop == null || shop.isBlank()) {
            return null;
        }
        return shop.startsWith("#") ? shop : "#" + shop;
    }

    /**
     * An address on one line, as lists and order sheets show it.
     *
     * @param a the address, or {@code null}
     * @return e.g. {@code Kiss Anna, 1011 Budapest, Fő utca 1., HU}; {@code null} for no address
     */
    public static String oneLine(Address a) {
        if (a == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {a.name(), a.company(), a.postcode() == null ? null
                : (a.postcode() + " " + Optional.ofNullable(a.city()).orElse("")).strip(), a.street(), a.country()}) {
            if (part != null && !part.isBlank()) {
                parts.add(part);
            }
        }
        return String.join(", ", parts);
    }

    /**
     * One line of a stored order.
     *
     * @param kind           the line kind
     * @param sku            the SKU, or {@code null}
     * @param name           the text
     * @param quantity       the quantity
     * @param unitPriceGross the gross unit price
     * @param vatRate        the VAT rate in percent
     * @param lineGross      the gross line total
     * @param lineNet        the net line total
     * @param lineVat        the line's VAT
     */
    public record Line(String kind, String sku, String name, BigDecimal quantity, BigDecimal unitPriceGross,
                       BigDecimal vatRate, BigDecimal lineGross, BigDecimal lineNet, BigDecimal lineVat) {
    }
}
