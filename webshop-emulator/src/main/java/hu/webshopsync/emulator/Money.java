package hu.webshopsync.emulator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts: WooCommerce stores decimal strings and renders order amounts with the store's 2 decimals. */
final class Money {

    static final int DECIMALS = 2;

    private Money() {
    }

    /** {@code null} for an empty or non-numeric string. */
    static BigDecimal parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static BigDecimal parseOrZero(String s) {
        BigDecimal v = parse(s);
        return v == null ? BigDecimal.ZERO : v;
    }

    static BigDecimal round(BigDecimal v) {
        return v.setScale(DECIMALS, RoundingMode.HALF_UP);
    }

    /** {@code "4980.00"}: the format of order totals. */
    static String format(BigDecimal v) {
        return round(v).toPlainString();
    }

    /**
     * WooCommerce's {@code wc_format_decimal} for prices: keeps what was sent ({@code "700.50"} stays)
     * but drops characters that are not part of a number.
     */
    static String cleanPrice(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '0' && c <= '9') || c == '.' || c == '-') {
                sb.append(c);
            } else if (c == ',') {
                sb.append('.');
            }
        }
        return sb.toString();
    }
}
