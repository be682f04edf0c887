package hu.webshopsync.emulator;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** WordPress's {@code sanitize_title} and unique-slug rules, and MySQL-like text folding. */
final class Slugs {

    private Slugs() {
    }

    /** {@code "Árvíztűrő Tükörfúrógép r2"} → {@code "arvizturo-tukorfurogep-r2"}. */
    static String sanitizeTitle(String title) {
        String s = removeAccents(title).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        boolean dash = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_') {
                sb.append(c);
                dash = false;
            } else if ((Character.isWhitespace(c) || c == '-' || c == '.' || c == '/' || c == '\u2013'
                    || c == '\u2014') && !dash && sb.length() > 0) {
                sb.append('-');
                dash = true;
            }
        }
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') {
            sb.setLength(sb.length() - 1);
        }
        return sb.toString();
    }

    /** Replacements for U+0080..U+017F (Latin-1 and Latin Extended-A, Hungarian included), built once. */
    private static final String[] LATIN = new String[0x180 - 0x80];

    static {
        for (char c = 0x80; c < 0x180; c++) {
            LATIN[c - 0x80] = decompose(String.valueOf(c));
        }
    }

    /** Like WordPress's {@code remove_accents}: {@code ő → o}, {@code ß → ss}. */
    static String removeAccents(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) < 0x80) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 4).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                sb.append(c);
            } else if (c < 0x180) {
                sb.append(LATIN[c - 0x80]);
            } else {
                sb.append(decompose(String.valueOf(c)));
            }
        }
        return sb.toString();
    }

    private static String decompose(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            switch (c) {
                case 'ß' -> sb.append("ss");
                case 'Æ' -> sb.append("AE");
                case 'æ' -> sb.append("ae");
                case 'Ø' -> sb.append('O');
                case 'ø' -> sb.append('o');
                case 'Đ' -> sb.append('D');
                case 'đ' -> sb.append('d');
                case 'Ł' -> sb.append('L');
                case 'ł' -> sb.append('l');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * How MySQL's default WordPress collation ({@code utf8mb4_unicode_ci}) compares text: case and
     * accents ignored, trailing spaces ignored. SKU lookups and the duplicate-SKU check use it, so
     * {@code sku-1} and {@code SKU-1} are the same SKU, as in a real shop.
     */
    static String fold(String s) {
        String folded = removeAccents(s).toLowerCase(Locale.ROOT);
        int end = folded.length();
        while (end > 0 && folded.charAt(end - 1) == ' ') {
            end--;
        }
        return folded.substring(0, end);
    }

    /** {@code base}, else {@code base-2}, {@code base-3}, … (WordPress's unique post slug). */
    static String unique(String base, Predicate<String> taken) {
        String b = base.isEmpty() ? "untitled" : base;
        if (!taken.test(b)) {
            return b;
        }
        for (int n = 2; ; n++) {
            String candidate = b + "-" + n;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }
}
