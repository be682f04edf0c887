package hu.webshopsync.emulator.shoprenter;

import hu.webshopsync.emulator.QueryParams;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Predicate;

/**
 * The order list filters (fx order, order_extend data.json): {@code innerId}, {@code innerIdMin} (≥),
 * {@code createdAtMin/Max}, {@code updatedAtMin/Max} ({@code 2026-01-01T10:30:00}, shop time; inclusive —
 * both UNVERIFIED), {@code createdAt}/{@code updatedAt} (one day, {@code 2013-01-01}), {@code email},
 * {@code orderStatusId} (a status id), {@code excludeAbandonedCart=1} (orders without a status) and
 * {@code excludeStorno=1} (status {@code storno_order_status_id}, 7). A malformed datetime is 40009, a
 * malformed date 40017.
 */
final class SrOrderFilter implements SrResource.Filter {

    private final SrStore store;

    SrOrderFilter(SrStore store) {
        this.store = store;
    }

    @Override
    public Predicate<SrRow> prepare(QueryParams q) {
        Predicate<SrRow> p = row -> true;
        p = p.and(min(q, "innerIdMin"));
        p = p.and(time(q, "createdAtMin", true, true)).and(time(q, "createdAtMax", true, false));
        p = p.and(time(q, "updatedAtMin", false, true)).and(time(q, "updatedAtMax", false, false));
        p = p.and(day(q, "createdAt", true)).and(day(q, "updatedAt", false));
        String innerId = q.get("innerId");
        String email = q.get("email");
        String statusId = q.get("orderStatusId");
        Long status = statusId == null ? null : statusOf(statusId);
        boolean noCarts = "1".equals(q.get("excludeAbandonedCart"));
        boolean noStorno = "1".equals(q.get("excludeStorno"));
        return p.and(row -> (innerId == null || innerId.equals(Long.toString(row.innerId)))
                && (email == null || email.equals(row.get("email")))
                && (status == null || status.equals(row.ref("orderStatus")))
                && (!noCarts || row.ref("orderStatus") != null)
                && (!noStorno || !Long.valueOf(SrStore.STORNO_STATUS).equals(row.ref("orderStatus"))));
    }

    private Long statusOf(String id) {
        SrRow status = store.table(store.schemas.orderStatus).byId(id);
        return status == null ? -1L : status.innerId;
    }

    private static Predicate<SrRow> min(QueryParams q, String name) {
        String v = q.get(name);
        if (v == null) {
            return row -> true;
        }
        long min;
        try {
            min = Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw SrError.badData("The value of " + name + " is not an integer: " + v);
        }
        return row -> row.innerId >= min;
    }

    private static Predicate<SrRow> time(QueryParams q, String name, boolean created, boolean atLeast) {
        String v = q.get(name);
        if (v == null) {
            return row -> true;
        }
        Instant bound = SrJson.parseDateTime(name, v);
        return row -> {
            Instant t = created ? row.created : row.updated;
            return atLeast ? !t.isBefore(bound) : !t.isAfter(bound);
        };
    }

    private static Predicate<SrRow> day(QueryParams q, String name, boolean created) {
        String v = q.get(name);
        if (v == null) {
            return row -> true;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(v.trim());
        } catch (DateTimeParseException e) {
            throw new SrError(400, 40017, "Invalid date in " + name + ": " + v + " (the format is 1990-01-01)");
        }
        return row -> (created ? row.created : row.updated).atZone(SrJson.ZONE).toLocalDate().equals(date);
    }
}
