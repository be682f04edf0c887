package hu.webshopsync.webshop.orders;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a listing: its orders in ascending id order, each read on its own.
 *
 * @param entries    the orders, readable or not
 * @param total      how many orders match in all ({@code X-WP-Total}), or -1 when the shop did not say
 * @param totalPages how many pages there are ({@code X-WP-TotalPages}), or -1 when the shop did not say
 */
public record OrderPage(List<Entry> entries, long total, int totalPages) {

    /**
     * Copies the entries.
     */
    public OrderPage {
        entries = List.copyOf(entries);
    }

    /** One order of a page. */
    public sealed interface Entry permits Readable, Malformed {

        /** @return the shop's order id, if it could be read: the listing's sort key */
        Optional<Long> id();
    }

    /**
     * An order with everything the sync needs.
     *
     * @param order the order
     */
    public record Readable(ShopOrder order) implements Entry {

        /**
         * Validates.
         */
        public Readable {
            Objects.requireNonNull(order, "order");
        }

        /** @return when the order last changed (UTC) */
        public Instant modified() {
            return order.modified();
        }

        @Override
        public Optional<Long> id() {
            return Optional.of(order.id());
        }
    }

    /**
     * An order the sync cannot work with; it is reported and holds the cursor back.
     *
     * @param label    how the user knows it: its number or id, or its position on the page
     * @param field    the JSON field that is missing or unreadable, e.g. {@code line_items[0].total}
     * @param modified when it last changed, if even that could be read
     * @param id       its id, if even that could be read
     */
    public record Malformed(String label, String field, Optional<Instant> modified, Optional<Long> id)
            implements Entry {

        /**
         * Validates.
         */
        public Malformed {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(modified, "modified");
            Objects.requireNonNull(id, "id");
        }
    }
}
