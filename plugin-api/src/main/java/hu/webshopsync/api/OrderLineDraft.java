package hu.webshopsync.api;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a new customer order. Amounts are gross (what the customer pays) in the order's currency.
 *
 * @param kind           what the line stands for
 * @param sku            the product or service code; {@code null} when the shop's product is not known
 *                       to the ERP (the order is then marked for review)
 * @param name           the line's text as the shop gave it
 * @param quantity       the quantity
 * @param unitPriceGross the gross unit price
 * @param vatRate        the VAT rate in percent
 * @param lineGross      the gross line total as the shop computed it
 */
public record OrderLineDraft(LineKind kind, String sku, String name, BigDecimal quantity, BigDecimal unitPriceGross,
                             BigDecimal vatRate, BigDecimal lineGross) {

    /**
     * Validates the line.
     */
    public OrderLineDraft {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitPriceGross, "unitPriceGross");
        Objects.requireNonNull(vatRate, "vatRate");
        Objects.requireNonNull(lineGross, "lineGross");
    }
}
