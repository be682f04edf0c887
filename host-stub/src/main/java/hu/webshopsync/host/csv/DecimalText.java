package hu.webshopsync.host.csv;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads a decimal number as people type it in Hungary and elsewhere: {@code 1990}, {@code 1990.5},
 * {@code 1990,5}, {@code 12 990}. A number with both a dot and a comma is ambiguous (which one
 * groups thousands?) and refused.
 */
public final class DecimalText {

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
        if (t.isEmpty() || (t.contains(",") && t.contains("."))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(t.replace(',', '.')));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
