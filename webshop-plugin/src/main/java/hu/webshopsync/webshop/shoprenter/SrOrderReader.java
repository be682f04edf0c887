package hu.webshopsync.webshop.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;
import hu.webshopsync.webshop.orders.OrderPage;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one {@code /orderExtend} item on its own, so that one malformed order (no innerId, an
 * unreadable amount) is reported by the field that is wrong and the others still import.
 */
final class SrOrderReader {

    private static final Logger LOG = LoggerFactory.getLogger(SrOrderReader.class);

    private final ZoneId zone;
    private final String taxKey;

    /**
     * @param zone   the shop's zone, in which its dates are written
     * @param taxKey the attribute key the order sync reads the buyer's tax number from
     */
    SrOrderReader(ZoneId zone, String taxKey) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.taxKey = Objects.requireNonNull(taxKey, "taxKey");
    }

    /**
     * @param node an item
     * @return its innerId, the order id of the sync; empty when missing or not a positive whole number
     */
    static OptionalLong innerId(JsonNode node) {
        OptionalLong id = SrValues.integer(node, "innerId");
        return id.isPresent() && id.getAsLong() > 0 ? id : OptionalLong.empty();
    }

    /**
     * @param node          the item
     * @param position      its position in the answer, from 1, to name it when it has no innerId
     * @param statusInnerId the innerId of its status
     * @param statusWord    the word its status is reported as
     * @return the order, or why it cannot be used
     */
    OrderPage.Entry entry(JsonNode node, int position, long statusInnerId, String statusWord) {
        OptionalLong inner = node == null ? OptionalLong.empty() : innerId(node);
        Optional<Long> id = inner.isPresent() ? Optional.of(inner.getAsLong()) : Optional.empty();
        String label = id.map(String::valueOf).orElse("?" + position);
        if (node == null || !node.isObject()) {
            return new OrderPage.Malformed(label, "(order)", Optional.empty(), id);
        }
        Optional<Instant> modified;
        try {
            modified = SrOrderMapping.date(node, "dateUpdated", zone);
        } catch (SrOrderMapping.Unreadable e) {
            modified = Optional.empty();
        }
        if (id.isEmpty()) {
            return new OrderPage.Malformed(label, "innerId", modified, id);
        }
        if (modified.isEmpty()) {
            return new OrderPage.Malformed(label, "dateUpdated", modified, id);
        }
        try {
            return new OrderPage.Readable(SrOrderMapping.toShopOrder(node, id.get(), statusWord,
                    SrOrderStatuses.stage(statusInnerId), modified.get(), zone, taxKey));
        } catch (SrOrderMapping.Unreadable e) {
            // the field names what is wrong; the value may be personal data, so it stays out of the log
            LOG.debug("Shoprenter order {} has an unreadable field {}", label, e.field());
            return new OrderPage.Malformed(label, e.field(), modified, id);
        }
    }
}
