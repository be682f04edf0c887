package hu.webshopsync.webshop.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;
import hu.webshopsync.webshop.orders.OrderPage;
import hu.webshopsync.webshop.orders.OrderQuery;
import hu.webshopsync.webshop.orders.OrderSource;
import hu.webshopsync.webshop.orders.OrderSourceException;
import hu.webshopsync.webshop.shop.ShopUnreachableException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Shoprenter adapter of {@link OrderSource}.
 *
 * <ul>
 *   <li>Listing ({@link SrOrderListing}): {@code GET /orderExtend?full=1&updatedAtMin=…&excludeAbandonedCart=1},
 *   the port's offsets served through {@code innerIdMin}; the order id is the {@code innerId}, the
 *   sync's cursor and overlap do the rest (deduplication on innerId included). Dates are read and
 *   {@code updatedAtMin} written in the shop's zone, its setting {@code config_timezone} (else
 *   Europe/Budapest; that the API means that zone is UNVERIFIED): the same zone both ways makes the
 *   cursor's round trip exact even if the guess is wrong, and the overlap covers a clock change.</li>
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

    /** The zone the shop's dates are read in when its {@code config_timezone} cannot be read. */
    public static final ZoneId SHOP_ZONE = ZoneId.of("Europe/Budapest");

    private static final Logger LOG = LoggerFactory.getLogger(ShoprenterOrderSource.class);
    private static final String TIMEZONE_SETTING = "config_timezone";

    private final SrOrderPager pager;
    private final Function<RuntimeException, String> explain;
    private final String taxNumberKey;
    private final Map<Long, String> apiIds = new ConcurrentHashMap<>();
    private final SrOrderMarks marks;
    private ZoneId zone;
    private SrOrderListing listing;
    private SrOrderStatuses statuses;
    private boolean statusNames;

    /**
     * @param zone the shop's zone, or {@code null} to read it from the shop's settings at the first listing
     */
    ShoprenterOrderSource(SrOrderPager pager, Function<List<BatchItem>, List<BatchOutcome>> batch, ZoneId zone,
                          String taxNumberKey, Function<RuntimeException, String> explain) {
        this.pager = Objects.requireNonNull(pager, "pager");
        this.explain = Objects.requireNonNull(explain, "explain");
        this.taxNumberKey = Objects.requireNonNull(taxNumberKey, "taxNumberKey");
        this.zone = zone;
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
        return new ShoprenterOrderSource(client::page, client::batch, null, taxNumberKey, explain);
    }

    @Override
    public synchronized OrderPage list(OrderQuery query, int offset) {
        return call(() -> listing().list(query, offset, statuses(query.statuses()), this::reloadStatuses));
    }

    private SrOrderListing listing() {
        if (listing == null) {
            if (zone == null) {
                zone = shopZone(pager);
            }
            listing = new SrOrderListing(pager, new SrOrderReader(zone, taxNumberKey), zone, apiIds);
        }
        return listing;
    }

    /**
     * The shop's zone, its setting {@code config_timezone} (res setting; {@code GET /settings?key=…}).
     * A shop that does not let the client read settings (a missing scope, UNVERIFIED) or names no valid
     * zone is read in {@link #SHOP_ZONE}.
     *
     * @param pager reads the shop's pages
     * @return the zone
     * @throws SrException when the shop refuses the credentials themselves (401)
     */
    static ZoneId shopZone(SrOrderPager pager) {
        try {
            for (JsonNode setting : pager.page("settings", Map.of("key", TIMEZONE_SETTING), 0).items()) {
                if (SrValues.text(setting, "key").map(String::trim).filter(TIMEZONE_SETTING::equals).isPresent()) {
                    Optional<String> value = SrValues.text(setting, "value").map(String::trim);
                    if (value.isPresent()) {
                        return ZoneId.of(value.get());
                    }
                }
            }
            LOG.info("The shop names no {}; its dates are read in {}", TIMEZONE_SETTING, SHOP_ZONE);
        } catch (DateTimeException e) {
            LOG.warn("The shop's {} is not a time zone; its dates are read in {}", TIMEZONE_SETTING, SHOP_ZONE);
        } catch (SrException e) {
            if (e.status() == 401 || e.kind() == SrException.Kind.TOKEN_REFUSED) {
                throw e;
            }
            LOG.info("The shop's {} could not be read (HTTP {}); its dates are read in {}", TIMEZONE_SETTING,
                    e.status(), SHOP_ZONE);
        }
        return SHOP_ZONE;
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

    /** One {@code POST /batch} takes 200 items, twice WooCommerce's. */
    @Override
    public int maxMarks() {
        return ShoprenterClient.MAX_BATCH;
    }

    @Override
    public synchronized List<StatusAnswer> mark(List<OrderMark> toWrite) {
        if (toWrite.size() > maxMarks()) {
            throw new IllegalArgumentException("at most " + maxMarks() + " marks at once");
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
