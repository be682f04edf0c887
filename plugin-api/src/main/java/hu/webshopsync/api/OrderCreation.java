package hu.webshopsync.api;

import java.util.Objects;

/**
 * What became of one draft of {@link CustomerOrderBook#createAll(java.util.List)}.
 */
public sealed interface OrderCreation {

    /**
     * The order was stored.
     *
     * @param order the new order
     */
    record Created(CustomerOrderRef order) implements OrderCreation {

        /**
         * Validates.
         */
        public Created {
            Objects.requireNonNull(order, "order");
        }
    }

    /**
     * An order with the draft's external source and reference exists already; nothing was stored
     * for this draft (what {@link DuplicateExternalReferenceException} says for a single create).
     */
    record AlreadyImported() implements OrderCreation {
    }

    /**
     * The draft is not valid; nothing was stored for it (what {@link IllegalArgumentException} says
     * for a single create).
     *
     * @param reason why, naming the field; never contains secrets
     */
    record Refused(String reason) implements OrderCreation {

        /**
         * A missing reason becomes empty.
         */
        public Refused {
            reason = reason == null ? "" : reason;
        }
    }
}
