package hu.webshopsync.host.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the console writes amounts and times: Hungarian style ({@code 12 990}, {@code 2024.05.01. 14:03})
 * or English ({@code 12,990}, {@code 2024-05-01 14:03}), times in the ERP's zone.
 */
final class Formats {

    private final Locale locale;
    private final ZoneId zone;

    Formats(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
    }

    private boolean hungarian() {
        return locale.getLanguage().equals("hu");
    }

    String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(hungarian() ? '\u00a0' : ',');
        symbols.setDecimalSeparator(hungarian() ? ',' : '.');
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
        format.setParseBigDecimal(true);
        return format.format(value);
    }

    String money(BigDecimal value, String currency) {
        return value == null ? "" : number(value) + "\u00a0" + (currency == null ? "" : currency);
    }

    String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern(hungarian() ? "yyyy.MM.dd. HH:mm" : "yyyy-MM-dd HH:mm")
                .withZone(zone).format(instant);
    }

    String duration(Long millis) {
        if (millis == null) {
            return "–";
        }
        return millis < 10_000 ? millis + "\u00a0ms" : String.format(Locale.ROOT, "%.1f\u00a0s", millis / 1000.0);
    }
}
