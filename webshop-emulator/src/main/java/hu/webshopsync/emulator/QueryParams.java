package hu.webshopsync.emulator;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The query string, decoded, in request order (paging links keep the client's order, like WordPress). */
public final class QueryParams {

    private final List<Map.Entry<String, String>> entries;

    private QueryParams(List<Map.Entry<String, String>> entries) {
        this.entries = entries;
    }

    /** Decodes a raw query string ({@code null} or empty gives no parameters). */
    public static QueryParams parse(String rawQuery) {
        List<Map.Entry<String, String>> list = new ArrayList<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                list.add(Map.entry(name, value));
            }
        }
        return new QueryParams(list);
    }

    static QueryParams parseForm(byte[] body) {
        return parse(new String(body, StandardCharsets.UTF_8));
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /** First value of {@code name}, or {@code null}. */
    public String get(String name) {
        for (Map.Entry<String, String> e : entries) {
            if (e.getKey().equals(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Whether {@code name} is present (with any value). */
    public boolean has(String name) {
        return get(name) != null;
    }

    /**
     * All values of a list parameter: {@code name=a,b}, {@code name[]=a&name[]=b} or {@code name[0]=a}.
     * Returns {@code null} when the parameter is absent.
     */
    List<String> list(String name) {
        List<String> values = null;
        for (Map.Entry<String, String> e : entries) {
            String key = e.getKey();
            if (key.equals(name) || (key.startsWith(name + "[") && key.endsWith("]"))) {
                if (values == null) {
                    values = new ArrayList<>();
                }
                for (String part : e.getValue().split(",")) {
                    String trimmed = part.trim();
                    if (!trimmed.isEmpty()) {
                        values.add(trimmed);
                    }
                }
            }
        }
        return values;
    }

    /** Every parameter in request order. */
    public List<Map.Entry<String, String>> entries() {
        return entries;
    }

    /** The query with {@code name} set to {@code value} (in place if present, else appended). */
    String with(String name, String value) {
        StringBuilder sb = new StringBuilder();
        boolean replaced = false;
        for (Map.Entry<String, String> e : entries) {
            String v = e.getValue();
            if (e.getKey().equals(name)) {
                if (replaced) {
                    continue;
                }
                v = value;
                replaced = true;
            }
            append(sb, e.getKey(), v);
        }
        if (!replaced) {
            append(sb, name, value);
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, String name, String value) {
        if (sb.length() > 0) {
            sb.append('&');
        }
        sb.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
