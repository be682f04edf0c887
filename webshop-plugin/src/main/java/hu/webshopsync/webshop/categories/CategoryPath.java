package hu.webshopsync.webshop.categories;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ERP category value as a path of shop categories: {@code Ruházat/Pólók} is "Pólók" under
 * "Ruházat". Levels are trimmed; empty levels ({@code A//B}, a leading or trailing slash) are
 * dropped, since an ERP value cannot mean a nameless category, so {@code A//B} is the same path as
 * {@code A/B}.
 *
 * @param levels the level names, top first, as the user wrote them (trimmed)
 */
public record CategoryPath(List<String> levels) {

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos|#039);");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /**
     * Copies.
     */
    public CategoryPath {
        levels = List.copyOf(levels);
    }

    /**
     * Parses an ERP category value.
     *
     * @param value e.g. {@code Háztartás/Konyha}
     * @return the path; empty when the value names no category at all
     */
    public static CategoryPath parse(String value) {
        List<String> levels = new ArrayList<>();
        if (value != null) {
            for (String part : value.split("/")) {
                String level = WHITESPACE.matcher(part.strip()).replaceAll(" ");
                if (!level.isEmpty()) {
                    levels.add(level);
                }
            }
        }
        return new CategoryPath(levels);
    }

    /** @return whether the path names no category */
    public boolean isEmpty() {
        return levels.isEmpty();
    }

    /** @return the number of levels */
    public int depth() {
        return levels.size();
    }

    /**
     * The path of the first {@code n} levels.
     *
     * @param n how many levels
     * @return the prefix
     */
    public CategoryPath prefix(int n) {
        return new CategoryPath(levels.subList(0, n));
    }

    /**
     * The cache key: levels compared as the shop compares names (entities decoded, case and
     * Unicode form ignored).
     *
     * @return the key
     */
    public String key() {
        StringBuilder sb = new StringBuilder();
        for (String level : levels) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(normalizeName(level));
        }
        return sb.toString();
    }

    /**
     * A category name as compared with the shop's: WooCommerce answers {@code Ház &amp; kert} for
     * {@code Ház & kert}, and its database compares names without regard to case.
     *
     * @param name a name from the ERP or the shop
     * @return the comparable form
     */
    public static String normalizeName(String name) {
        String decoded = decodeEntities(name);
        return WHITESPACE.matcher(Normalizer.normalize(decoded, Normalizer.Form.NFC).strip()).replaceAll(" ")
                .toLowerCase(Locale.ROOT);
    }

    static String decodeEntities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String replacement = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos", "#039" -> "'";
                default -> new String(Character.toChars(e.startsWith("#x")
                        ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    @Override
    public String toString() {
        return String.join("/", levels);
    }
}
