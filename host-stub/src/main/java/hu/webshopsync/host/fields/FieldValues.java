package hu.webshopsync.host.fields;

import hu.webshopsync.api.FieldType;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * Validates and normalises text values by {@link FieldType}, for sheet fields and module settings alike.
 */
public final class FieldValues {

    private FieldValues() {
    }

    /**
     * The value in its stored form, or empty when it does not fit the type.
     *
     * @param type  the field type
     * @param value the value as the user typed it
     * @return the normalised value ({@code true}/{@code false}, trimmed numbers), or empty when invalid
     */
    public static Optional<String> normalise(FieldType type, String value) {
        String v = value == null ? "" : value.trim();
        switch (type) {
            case BOOLEAN:
                String lower = v.toLowerCase(Locale.ROOT);
                if (lower.equals("true") || lower.equals("igen") || lower.equals("yes") || lower.equals("1")) {
                    return Optional.of("true");
                }
                if (lower.equals("false") || lower.equals("nem") || lower.equals("no") || lower.equals("0")) {
                    return Optional.of("false");
                }
                return Optional.empty();
            case INTEGER:
                try {
                    return Optional.of(Long.toString(Long.parseLong(v)));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            case DECIMAL:
                try {
                    return Optional.of(new BigDecimal(v).toPlainString());
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            case TEXT:
            default:
                return v.contains("\n") || v.contains("\r") ? Optional.empty() : Optional.of(v);
        }
    }
}
