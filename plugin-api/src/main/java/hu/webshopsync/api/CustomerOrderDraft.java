package hu.webshopsync.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A customer order to create, as an order sync maps it from a shop order.
 *
 * @param externalSource      where the order comes from, e.g. {@code woocommerce:shop.example.hu}; with
 *                            {@code externalReference} unique in the ERP
 * @param externalReference   the order's id at the source, e.g. {@code 1234}
 * @param externalNumber      the order number the customer sees at the source
 * @param orderDate           when the order was placed
 * @param customer            the customer, existing or new
 * @param billing             the billing address
 * @param shipping            the shipping address
 * @param paymentMethod       the ERP's payment method, e.g. {@code utánvét}
 * @param currency            the order's currency (ISO 4217)
 * @param shopGrossTotal      the total the shop charged
 * @param comment             the customer's note, or empty
 * @param lines               the lines, at least one
 * @param needsReview         whether someone must look at the order before it is delivered
 * @param reviewReasons       why, in the user's language
 * @param reserveInWarehouse  the warehouse whose stock the product lines reserve, or {@code null} for none
 */
public record CustomerOrderDraft(String externalSource, String externalReference, String externalNumber,
                                 Instant orderDate, CustomerDraft customer, Address billing, Address shipping,
                                 String paymentMethod, String currency, BigDecimal shopGrossTotal, String comment,
                                 List<OrderLineDraft> lines, boolean needsReview, List<String> reviewReasons,
                                 String reserveInWarehouse) {

    /**
     * Validates and copies.
     */
    public CustomerOrderDraft {
        Objects.requireNonNull(externalSource, "externalSource");
        Objects.requireNonNull(externalReference, "externalReference");
        Objects.requireNonNull(orderDate, "orderDate");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(shopGrossTotal, "shopGrossTotal");
        externalNumber = externalNumber == null ? externalReference : externalNumber;
        billing = billing == null ? Address.EMPTY : billing;
        shipping = shipping == null ? Address.EMPTY : shipping;
        paymentMethod = paymentMethod == null ? "" : paymentMethod;
        comment = comment == null ? "" : comment;
        lines = List.copyOf(lines);
        reviewReasons = List.copyOf(reviewReasons);
    }
}
