package hu.webshopsync.webshop.shoprenter;

import hu.webshopsync.webshop.orders.OrderPage;
import hu.webshopsync.webshop.orders.OrderQuery;
import hu.webshopsync.webshop.orders.OrderSource;
import hu.webshopsync.webshop.orders.OrderSourceException;
import hu.webshopsync.webshop.shop.ShopUnreachableException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The Shoprenter adapter of {@link OrderSource}.
 *
 * <ul>
 *   <li>Listing ({@link SrOrderListing}): {@code GET /orderExtend?full=1&updatedAtMin=…&excludeAbandonedCart=1},
 *   the port's offsets served through {@code innerIdMin}; the order id is the {@code innerId}, the
 *   sync's cursor and overlap do the rest (deduplication on innerId included). Dates are read and
 *   {@code updatedAtMin} written in the shop's zone, taken to be Europe/Budapest (the setting
 *   {@code config_timezone}; which zone the API means is UNVERIFIED): the same zone both ways makes
 *   the cursor's round trip exact even if the guess is wrong, and the overlap covers a clock change.</li>
 *   <li>Items ({@link SrOrderReader}, {@link SrOrderMapping}) and statuses ({@link SrOrderStatuses},
 *   read once per adapter from {@code /orderStatuses}, and from {@code /orderStatusDescriptions} when
 *   a setting names a status by its name).</li>
 *   <li>Write-back ({@link SrOrderMarks}): one {@code POST /batch} of {@code PUT /orders/{id}} for
 *   {@link #mark}, one of GETs for {@link #marksOf}; the ERP number goes into
 *   {@code externalInfo.partner_order_id} (UNVERIFIED that {@code /orders} takes it).</li>
 *   <li>No notes: Shoprenter documents no way to add an order history comment, and the order's
 *   {@code comment} is the customer's own, so {@link #takesNotes()} is false.</li>
 * </ul>
 * The methods are synchronized: the caches are shared, and the client sends one request at a time anyway.
 */
public final class ShoprenterOrderSource implements OrderSource {

    /** The zone the shop's dates are read in. */
    public static final ZoneId SHOP_ZONE = ZoneId.of("Europe/Budapest");

    private final SrOrderPager pager;
    private final Function<RuntimeException, String> explain;
    private final SrOrderListing listing;
    private final SrOrderMarks marks;
    private SrOrderStatuses statuses;
    private boolean statusNames;

    ShoprenterOrderSource(SrOrderPager pager, Function<List<BatchItem>, List<BatchOutcome>> batch, ZoneId zone,
                          String taxNumberKey, Function<RuntimeException, String> explain) {
        this.pager = Objects.requireNonNull(pager, "pager");
        this.explain = Objects.requireNonNull(explain, "explain");
        Map<Long, String> apiIds = new ConcurrentHashMap<>();
        this.listing = new SrOrderListing(pager, new SrOrderReader(zone, taxNumberKey), zone, apiIds);
        this.marks = new SrOrderMarks(batch, apiIds);
    }

    /**
     * The order side of a Shoprenter shop.
     *
     * @param client       the shop's client, usually one prepared for a run
     * @param taxNumberKey the attribute key the order sync reads the buyer's tax number from (its
     *                     {@code taxNumberMetaKey} setting); Shoprenter's {@code taxNumber} is put there
     * @param explain      the user's text for a failed shop request (the plugin's {@code ShopErrors})
     * @return the adapter
     */
    public static ShoprenterOrderSource on(ShoprenterClient client, String taxNumberKey,
                                           Function<RuntimeException, String> explain) {
        return new ShoprenterOrderSource(client::page, client::batch, SHOP_ZONE, taxNumberKey, explain);
    }

    @Override
    public synchronized OrderPage list(OrderQuery query, int offset) {
        return call(() -> listing.list(query, offset, statuses(query.statuses()), this::reloadStatuses));
    }

    @Override
    public void addNote(long orderId, String text) {
        throw new OrderSourceException(OrderSourceException.Kind.REJECTED,
                "Shoprenter documents no way to add a note to an order", null);
    }

    @Override
    public boolean hasNote(long orderId, String text) {
        return false;
    }

    @Override
    public boolean takesNotes() {
        return false;
    }

    @Override
    public synchronized List<StatusAnswer> mark(List<OrderMark> toWrite) {
        if (toWrite.size() > MAX_MARKS) {
            throw new IllegalArgumentException("at most " + MAX_MARKS + " marks at once");
        }
        if (toWrite.isEmpty()) {
            return List.of();
        }
        List<String> words = toWrite.stream().map(OrderMark::status).filter(Objects::nonNull).toList();
        return call(() -> marks.mark(toWrite, statuses(words)));
    }

    @Override
    public synchronized Map<Long, MarkState> marksOf(Collection<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        return call(() -> marks.marksOf(orderIds, statuses(List.of())));
    }

    private SrOrderStatuses statuses(Collection<String> words) {
        boolean names = SrOrderStatuses.needsNames(words);
        if (statuses == null || names && !statusNames) {
            statusNames = statusNames || names;
            statuses = SrOrderStatuses.load(pager, statusNames);
        }
        return statuses;
    }

    private SrOrderStatuses reloadStatuses() {
        statuses = SrOrderStatuses.load(pager, statusNames);
        return statuses;
    }

    private <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (SrException e) {
            OrderSourceException.Kind kind = e.credentialsRefused() ? OrderSourceException.Kind.AUTHENTICATION
                    : e.status() == 404 ? OrderSourceException.Kind.NOT_FOUND
                    : OrderSourceException.Kind.REJECTED;
            String code = e.innerCode().isEmpty() ? "" : " " + e.innerCode();
            throw new OrderSourceException(kind, "HTTP " + e.status() + code, explain.apply(e), e);
        } catch (ShopUnreachableException e) {
            throw new OrderSourceException(OrderSourceException.Kind.UNREACHABLE, e.getMessage(), explain.apply(e), e);
        }
    }
}
