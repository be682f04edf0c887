package hu.webshopsync.webshop.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;
import hu.webshopsync.webshop.orders.OrderPage;
import hu.webshopsync.webshop.orders.OrderQuery;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the order port's listing (rows by ascending id from an offset, see {@code OrderSource#list})
 * from Shoprenter's {@code GET /orderExtend?full=1&updatedAtMin=…&excludeAbandonedCart=1}, pages of
 * 200 from 0.
 *
 * <p>The mapping: the port's listing is the shop's orders changed since {@code modifiedAfter} whose
 * status the query names, by innerId. Shoprenter filters by one status at a time only, so the status
 * filter is applied here, and the port's offsets are not the shop's: this class remembers which
 * innerId it served at each offset of the listing. A request from offset {@code n} asks the shop from
 * {@code innerIdMin} = the innerId served at the nearest offset at or before {@code n} and skips the rest
 * of the way; the order sync always asks from the last row it took, so that is exact and one request
 * of 200 rows serves a page of 100. Should that order have left the listing meanwhile, the answer starts
 * after it, the sync sees that and steps back a page, as it does with WooCommerce. The shop's order of
 * rows is taken to be by innerId (undocumented, UNVERIFIED): if an answer is not, this class reads
 * from the start of the listing from then on and hands rows over as the shop sent them, so that the
 * sync, which checks the order, pages plainly. Rows that come twice (pages shifting under the reader)
 * are taken once, rows below {@code innerIdMin} (a shop ignoring it) are dropped. The listing's size
 * is not known (only the rows of the statuses the query names count), so pages say -1.
 *
 * <p>{@code updatedAtMin} is written in the shop's zone without an offset, as the shop writes
 * {@code dateUpdated}; whether it is inclusive and which zone the shop means are UNVERIFIED. Reading
 * and writing in the same zone makes the round trip exact whatever the zone is, and the order sync's
 * overlap (minutes before its cursor) covers an inclusive/exclusive edge and a clock-change hour.
 *
 * <p>One instance serves one adapter; it is not thread-safe (the order sync lists from one thread).
 */
final class SrOrderListing {

    static final String RESOURCE = "orderExtend";
    private static final Logger LOG = LoggerFactory.getLogger(SrOrderListing.class);
    private static final DateTimeFormatter SHOP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    // a shop that never says "no next page" must not be read forever
    private static final int MAX_PAGES_PER_REQUEST = 10_000;

    private final SrOrderPager pager;
    private final SrOrderReader reader;
    private final ZoneId zone;
    private final Map<Long, String> apiIds;
    private final TreeMap<Integer, Long> positions = new TreeMap<>();
    private OrderQuery current;
    private boolean unordered;

    /**
     * @param pager  reads the shop's pages
     * @param reader reads an item
     * @param zone   the shop's zone
     * @param apiIds where the API id of every order read is remembered, by innerId
     */
    SrOrderListing(SrOrderPager pager, SrOrderReader reader, ZoneId zone, Map<Long, String> apiIds) {
        this.pager = Objects.requireNonNull(pager, "pager");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.apiIds = Objects.requireNonNull(apiIds, "apiIds");
    }

    /**
     * @param query    what to list
     * @param offset   how many rows of the listing to skip
     * @param statuses the shop's statuses
     * @param reload   reads the shop's statuses again, for a status the table does not know
     * @return up to {@code query.perPage()} rows
     */
    OrderPage list(OrderQuery query, int offset, SrOrderStatuses statuses, Supplier<SrOrderStatuses> reload) {
        if (!query.equals(current)) {
            current = query;
            unordered = false;
            positions.clear();
            List<String> unknown = statuses.unknown(query.statuses());
            if (!unknown.isEmpty()) {
                // WooCommerce's on-hold has no Shoprenter twin; a mistyped name would silently list nothing
                LOG.info("Order statuses {} name no status of the shop; no order is listed for them", unknown);
            }
        } else if (offset == 0) {
            positions.clear();
        }
        long fromId = 0;
        int skip = offset;
        if (!unordered && offset > 0) {
            Map.Entry<Integer, Long> known = positions.floorEntry(offset);
            if (known != null) {
                fromId = known.getValue();
                skip = offset - known.getKey();
            }
        }
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("updatedAtMin", LocalDateTime.ofInstant(query.modifiedAfter().truncatedTo(ChronoUnit.SECONDS), zone)
                .format(SHOP_TIME));
        filters.put("excludeAbandonedCart", "1");
        if (fromId > 0) {
            filters.put("innerIdMin", String.valueOf(fromId));
        }
        SrOrderStatuses table = statuses;
        Map<Long, String> listed = table.listed(query.statuses(), query.withClosed());
        boolean reloaded = false;
        List<OrderPage.Entry> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        long lastId = 0;
        reading:
        for (int page = 0; page < MAX_PAGES_PER_REQUEST; page++) {
            SrPage answer = read(filters, page);
            int position = 0;
            for (JsonNode item : answer.items()) {
                position++;
                OptionalLong id = SrOrderReader.innerId(item);
                if (id.isPresent()) {
                    long innerId = id.getAsLong();
                    if (innerId < fromId || !seen.add(innerId)) {
                        continue;
                    }
                    if (innerId < lastId && !unordered) {
                        LOG.warn("The shop does not list orders by innerId; reading from the start of the listing");
                        unordered = true;
                    }
                    lastId = Math.max(lastId, innerId);
                    SrValues.text(item, "id").ifPresent(apiId -> apiIds.put(innerId, apiId));
                }
                JsonNode relation = item.path("orderStatus");
                OptionalLong status = table.innerIdOf(relation);
                if (status.isEmpty() && !SrValues.empty(relation) && !reloaded) {
                    // a status made since the table was read
                    table = reload.get();
                    listed = table.listed(query.statuses(), query.withClosed());
                    reloaded = true;
                    status = table.innerIdOf(relation);
                }
                OrderPage.Entry entry;
                if (status.isEmpty()) {
                    if (SrValues.empty(relation)) {
                        continue;  // an abandoned cart, should the shop list one
                    }
                    Optional<Long> known = id.isPresent() ? Optional.of(id.getAsLong()) : Optional.empty();
                    entry = new OrderPage.Malformed(known.map(String::valueOf).orElse("?" + position), "orderStatus",
                            Optional.empty(), known);
                } else if (!listed.containsKey(status.getAsLong())) {
                    continue;
                } else {
                    entry = reader.entry(item, position, status.getAsLong(), listed.get(status.getAsLong()));
                }
                if (skip > 0) {
                    skip--;
                    continue;
                }
                out.add(entry);
                if (out.size() == query.perPage()) {
                    break reading;
                }
            }
            if (!answer.hasNext() || answer.items().isEmpty()) {
                break;
            }
        }
        for (int i = 0; i < out.size(); i++) {
            int at = offset + i;
            out.get(i).id().ifPresent(id -> positions.put(at, id));
        }
        LOG.debug("Shoprenter orders from row {} (innerIdMin {}): {}", offset, fromId, out.size());
        return new OrderPage(out, -1, -1);
    }

    // an answer cut off in transfer: listing is read-only, so asking once more is safe; twice is the shop's fault
    private SrPage read(Map<String, String> filters, int page) {
        try {
            return pager.page(RESOURCE, filters, page);
        } catch (SrException e) {
            if (e.kind() != SrException.Kind.UNREADABLE || e.status() / 100 != 2) {
                throw e;
            }
            LOG.debug("Shoprenter orders page {} could not be read, asking again", page);
            return pager.page(RESOURCE, filters, page);
        }
    }
}
