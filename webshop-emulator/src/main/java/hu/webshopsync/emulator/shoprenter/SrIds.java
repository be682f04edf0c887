package hu.webshopsync.emulator.shoprenter;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shoprenter's API ids: standard base64 with padding of {@code <entity>-<column>=<n>[&<column>=<n>]},
 * e.g. {@code cHJvZHVjdC1wcm9kdWN0X2lkPTI0NTE=} for {@code product-product_id=2451} (decoded from the
 * docs' fixtures). Clients must not build them; the emulator has to.
 */
final class SrIds {

    private SrIds() {
    }

    static String encode(String entity, Map<String, Long> columns) {
        StringBuilder sb = new StringBuilder(entity).append('-');
        boolean first = true;
        for (Map.Entry<String, Long> c : columns.entrySet()) {
            if (!first) {
                sb.append('&');
            }
            sb.append(c.getKey()).append('=').append(c.getValue());
            first = false;
        }
        return Base64.getEncoder().encodeToString(sb.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** The columns of an id of {@code entity}, or {@code null} when the text is not such an id. */
    static Map<String, Long> decode(String id, String entity) {
        String text;
        try {
            text = new String(Base64.getDecoder().decode(id), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (!text.startsWith(entity + "-")) {
            return null;
        }
        Map<String, Long> columns = new LinkedHashMap<>();
        for (String pair : text.substring(entity.length() + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                return null;
            }
            try {
                columns.put(pair.substring(0, eq), Long.parseLong(pair.substring(eq + 1)));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return columns;
    }
}
