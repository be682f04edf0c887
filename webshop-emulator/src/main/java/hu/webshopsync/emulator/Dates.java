package hu.webshopsync.emulator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneRules;

/** WooCommerce's date conventions: no zone suffix; {@code date_*} store-local, {@code date_*_gmt} UTC. */
final class Dates {

    static final ZoneId STORE_ZONE = ZoneId.of("Europe/Budapest");
    private static final ZoneRules STORE_RULES = STORE_ZONE.getRules();

    private Dates() {
    }

    static String local(Instant instant) {
        return instant == null ? null : format(instant.getEpochSecond()
                + STORE_RULES.getOffset(instant).getTotalSeconds());
    }

    static String gmt(Instant instant) {
        return instant == null ? null : format(instant.getEpochSecond());
    }

    /**
     * {@code yyyy-MM-ddTHH:mm:ss} by hand: dates are rendered four times per product in every answer,
     * and {@code DateTimeFormatter} was a visible share of batch rendering.
     */
    private static String format(long localEpochSecond) {
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(localEpochSecond, 86_400L));
        int secondOfDay = (int) Math.floorMod(localEpochSecond, 86_400L);
        char[] c = new char[19];
        int year = day.getYear();
        c[0] = (char) ('0' + year / 1000 % 10);
        c[1] = (char) ('0' + year / 100 % 10);
        c[2] = (char) ('0' + year / 10 % 10);
        c[3] = (char) ('0' + year % 10);
        c[4] = '-';
        two(c, 5, day.getMonthValue());
        c[7] = '-';
        two(c, 8, day.getDayOfMonth());
        c[10] = 'T';
        two(c, 11, secondOfDay / 3600);
        c[13] = ':';
        two(c, 14, secondOfDay / 60 % 60);
        c[16] = ':';
        two(c, 17, secondOfDay % 60);
        return new String(c);
    }

    private static void two(char[] c, int at, int value) {
        c[at] = (char) ('0' + value / 10);
        c[at + 1] = (char) ('0' + value % 10);
    }

    /** WordPress stores seconds; comparisons ({@code modified_after}) work on whole seconds too. */
    static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * Parses a query date (RFC 3339 with or without zone). Without zone it is read in UTC when
     * {@code datesAreGmt}, else in store-local time, as WooCommerce compares against
     * {@code post_modified_gmt} or {@code post_modified}. Returns {@code null} when invalid.
     */
    static Instant parseQuery(String value, boolean datesAreGmt) {
        String v = value.trim().replace(' ', 'T');
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException ignored) {
            // no zone: the usual case
        }
        try {
            LocalDateTime local = LocalDateTime.parse(v);
            return datesAreGmt ? local.toInstant(ZoneOffset.UTC) : local.atZone(STORE_ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
