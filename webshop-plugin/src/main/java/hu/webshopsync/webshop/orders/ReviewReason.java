package hu.webshopsync.webshop.orders;

import java.util.List;
import java.util.Objects;

/**
 * Why an imported order must be looked at before it is delivered. The user reads it through
 * {@link OrderMessages#reason(ReviewReason)}; tests and logs read the kind.
 *
 * @param kind what is wrong
 * @param args the details the text names (SKU, amounts, currency), never personal data
 */
record ReviewReason(Kind kind, List<String> args) {

    /** What is wrong, with the key of its text in the orders bundle. */
    public enum Kind {
        /** A line's SKU is not in the product master (args: SKU or "-", line name). */
        UNKNOWN_SKU("review.unknownSku"),
        /** A line's product is gone from the shop: {@code product_id} 0 (args: line name). */
        DELETED_PRODUCT("review.deletedProduct"),
        /** The order is in another currency than the ERP's (args: order currency, ERP currency). */
        CURRENCY("review.currency"),
        /** A line's quantity is zero or negative (args: line name, quantity). */
        QUANTITY("review.quantity"),
        /** The recomputed total differs from the shop's by more than the tolerance (args: shop, ERP, difference). */
        TOTAL_MISMATCH("review.totalMismatch"),
        /** The order names nobody to deliver to or invoice. */
        NO_CUSTOMER_NAME("review.noCustomerName"),
        /** A text was longer than its ERP field and was cut (args: the fields' names, joined). */
        TRUNCATED("review.truncated");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }

        /** @return the key of the text in the orders bundle */
        public String messageKey() {
            return messageKey;
        }
    }

    /**
     * Validates and copies.
     */
    public ReviewReason {
        Objects.requireNonNull(kind, "kind");
        args = List.copyOf(args);
    }

    static ReviewReason of(Kind kind, String... args) {
        return new ReviewReason(kind, List.of(args));
    }
}
