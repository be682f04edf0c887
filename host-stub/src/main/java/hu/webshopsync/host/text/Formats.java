package hu.webshopsync.host.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/**
 * How people read amounts and times, the one formatter of the console, the CLI and the demo:
 * Hungarian style ({@code 12 990 Ft}, {@code 2024.05.01. 14:03}) or English ({@code 12,990 HUF},
 * {@code 2024-05-01 14:03}), times in the given zone. Machine output ({@code --json}) keeps exact
 * decimals ({@link #exact}) and ISO instants.
 */
public final class Formats {

    private final Locale locale;
    private final ZoneId zone;
    private final char space;

    private Formats(Locale locale, ZoneId zone, char space) {
        this.locale = locale;
        this.zone = zone;
        this.space = space;
    }

    /**
     * For web pages: the spaces inside a figure are no-break spaces, so an amount never wraps.
     *
     * @param locale the reader's language
     * @param zone   the zone times are shown in
     * @return the formats
     */
    public static Formats forPage(Locale locale, ZoneId zone) {
        return new Formats(locale, zone, '\u00a0');
    }

    /**
     * For a terminal: plain spaces, which every terminal and pipe shows as they are.
     *
     * @param locale the reader's language
     * @param zone   the zone times are shown in
     * @return the formats
     */
    public static Formats forTerminal(Locale locale, ZoneId zone) {
        return new Formats(locale, zone, ' ');
    }

    private boolean hungarian() {
        return locale.getLanguage().equals("hu");
    }

    /**
     * A quantity or rate: grouped thousands, up to two decimals.
     *
     * @param value the number, or {@code null}
     * @return e.g. {@code 1 250,5}; empty for {@code null}
     */
    public String number(BigDecimal value) {
        return value == null ? "" : format(value, "#,##0.##");
    }

    /**
     * An amount of money: whole amounts without decimals, others with at least two.
     *
     * @param value    the amount, or {@code null}
     * @param currency the currency code, or {@code null}
     * @return e.g. {@code 7 850 Ft} or {@code 12,50 EUR}; empty for {@code null}
     */
    public String money(BigDecimal value, String currency) {
        if (value == null) {
            return "";
        }
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        String figure = format(value, whole ? "#,##0" : "#,##0.00##");
        return currency == null || currency.isBlank() ? figure : figure + space + symbol(currency);
    }

    /** HUF reads "Ft" in Hungarian and "HUF" in English; a code the JDK does not know stays as it is. */
    private String symbol(String currency) {
        try {
            return Currency.getInstance(currency).getSymbol(locale);
        } catch (IllegalArgumentException notACode) {
            return currency;
        }
    }

    /**
     * A moment as local time, to the minute.
     *
     * @param instant the moment, or {@code null}
     * @return e.g. {@code 2026.12.06. 04:01}; empty for {@code null}
     */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern(hungarian() ? "yyyy.MM.dd. HH:mm" : "yyyy-MM-dd HH:mm")
                .withZone(zone).format(instant);
    }

    /**
     * A moment of today as a clock shows it, to the second (a schedule's next time may be 30 s away).
     *
     * @param instant the moment
     * @return e.g. {@code 10:35:30}
     */
    public String clockTime(Instant instant) {
        return DateTimeFormatter.ofPattern("HH:mm:ss").withZone(zone).format(instant);
    }

    /**
     * How long something took.
     *
     * @param millis the milliseconds, or {@code null} when unknown
     * @return e.g. {@code 850 ms} or {@code 12.4 s}; a dash when unknown
     */
    public String duration(Long millis) {
        if (millis == null) {
            return "–";
        }
        return millis < 10_000 ? String.format(Locale.ROOT, "%d%cms", millis, space)
                : String.format(Locale.ROOT, "%.1f%cs", millis / 1000.0, space);
    }

    /**
     * An amount or quantity for machine output ({@code --json}): a plain decimal string, trailing
     * zeros dropped ({@code "12990"}, {@code "12.5"}); money keeps at least two decimals when it has
     * any ({@code "1.50"}).
     *
     * @param value the value, or {@code null}
     * @param money whether it is an amount of money
     * @return the text; {@code null} for {@code null}
     */
    public static String exact(BigDecimal value, boolean money) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            return stripped.setScale(0, RoundingMode.UNNECESSARY).toPlainString();
        }
        return (money ? stripped.setScale(Math.max(2, stripped.scale()), RoundingMode.UNNECESSARY) : stripped)
                .toPlainString();
    }

    private String format(BigDecimal value, String pattern) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(hungarian() ? space : ',');
        symbols.setDecimalSeparator(hungarian() ? ',' : '.');
        return new DecimalFormat(pattern, symbols).format(value);
    }
}
