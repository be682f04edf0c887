package hu.webshopsync.webshop.products;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * SKUs as the shop's database compares them (MySQL's utf8mb4_unicode_ci): without accents and
 * case, trailing spaces ignored. The ERP compares them exactly, so two ERP SKUs may be one to the
 * shop; the sync and the shop adapters fold both sides with {@link #fold(String)}.
 */
public final class SkuCollation {

    // compiled once: replaceAll compiles its pattern on every call
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private SkuCollation() {
    }

    /**
     * A SKU as the shop's collation compares it.
     *
     * @param sku the SKU
     * @return the folded form
     */
    public static String fold(String sku) {
        return MARKS.matcher(Normalizer.normalize(sku, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT).stripTrailing();
    }
}
