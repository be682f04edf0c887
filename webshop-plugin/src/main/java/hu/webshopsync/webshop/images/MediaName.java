package hu.webshopsync.webshop.images;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The deterministic name of an uploaded image, {@code <sku>-<token>.<ext>}, where the token is the
 * first 16 hex digits of the content's SHA-256. WordPress keeps the token in the media item's
 * title, slug and file name (it may lower-case the name or append {@code -1}), so after a lost
 * answer or a restart the upload can be found again by searching for the token instead of being
 * repeated.
 *
 * @param stem  the plain ASCII form of the SKU
 * @param token the content token
 * @param type  the format
 */
record MediaName(String stem, String token, ImageType type) {

    private static final int TOKEN_LENGTH = 16;

    /**
     * The name of a product's image.
     *
     * @param sku   the product's SKU
     * @param image the image
     * @return its name
     */
    public static MediaName of(String sku, ImageFile image) {
        return new MediaName(stem(sku), image.sha256().substring(0, TOKEN_LENGTH).toLowerCase(Locale.ROOT),
                image.type());
    }

    /**
     * A plain ASCII form of the SKU: some servers mangle non-ASCII {@code Content-Disposition}
     * values.
     *
     * @param sku the SKU
     * @return e.g. {@code ARV-turo-1} for {@code ÁRV-tűrő 1}
     */
    static String stem(String sku) {
        String ascii = Normalizer.normalize(sku, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
        return ascii.isEmpty() ? "image" : ascii;
    }

    /** @return the file name to upload, e.g. {@code ARV-turo-1-3f2a9c0d1e4b5a67.png} */
    public String filename() {
        return stem + "-" + token + "." + type.extension();
    }

    /**
     * The media item that is this upload, among search results: one carrying the token in its
     * slug, title or file name; one whose name also starts with this SKU's stem is preferred (the
     * same picture uploaded for another product is a fallback that shows the same content), the
     * oldest first.
     *
     * @param found the search results
     * @return the media id, or empty when none is this upload
     */
    public Optional<Long> pick(List<MediaShop.Found> found) {
        String own = plain(stem) + token;
        return found.stream()
                .filter(f -> names(f).stream().anyMatch(n -> n.contains(token)))
                .min(Comparator.comparing((MediaShop.Found f) -> names(f).stream().noneMatch(n -> n.startsWith(own)))
                        .thenComparingLong(MediaShop.Found::id))
                .map(MediaShop.Found::id);
    }

    private static List<String> names(MediaShop.Found f) {
        String url = f.sourceUrl() == null ? "" : f.sourceUrl();
        return List.of(plain(f.slug()), plain(f.title()), plain(url.substring(url.lastIndexOf('/') + 1)));
    }

    /** Lower case letters and digits only, so WordPress's sanitising of dots and dashes does not matter. */
    private static String plain(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
