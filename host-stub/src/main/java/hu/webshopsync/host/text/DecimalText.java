package hu.webshopsync.host.text;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a decimal number as people type it in Hungary and elsewhere: {@code 1990}, {@code 1990.5},
 * {@code 1990,5}, {@code 12 990}. A number with both a dot and a comma is ambiguous (which one
 * groups thousands?) and refused, and so is exponent notation: {@code 1e999999999} is nobody's
 * price, and expanding it would cost more than the whole import.
 */
public final class DecimalText {

    private static final Pattern PLAIN = Pattern.compile("[+-]?[0-9]+([.,][0-9]+)?");
    // what Hungarian Excel and people write after a price: "1 000 Ft", "1000.- Ft", "990 HUF"
    private static final Pattern CURRENCY = Pattern.compile("(?i)\\s*(ft\\.?|huf)$");
    private static final Pattern WHOLE_DASH = Pattern.compile("[.,]-$");

    private DecimalText() {
    }

    /**
     * Parses a number.
     *
     * @param text the text
     * @return the number, or empty when the text is not one
     */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().replace(" ", "").replace("\u00A0", "").replace("\u202F", "");
        if (!PLAIN.matcher(t).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(t.replace(',', '.')));
    }

    /**
     * Parses an amount in forints, which may end in {@code Ft} or {@code HUF} and, for a whole
     * amount, in {@code .-}: {@code 1 000,00 Ft}, {@code 1000.- Ft}.
     *
     * @param text the text
     * @return the amount, or empty when the text is not one
     */
    public static Optional<BigDecimal> parseForints(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = CURRENCY.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceFirst("").strip();
        return parse(WHOLE_DASH.matcher(t).replaceFirst(""));
    }
}
