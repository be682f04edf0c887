package hu.webshopsync.host.catalog;

import hu.webshopsync.api.VatRate;
import hu.webshopsync.host.text.DecimalText;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The rules of the product master's own fields, shared by the CSV import, {@code products set} and
 * the console's product sheet: the column sizes of the {@code product} table and the range of
 * {@code DECIMAL(19,4)}. A value that passes here fits the database, so one bad value can never
 * fail a whole batch of good ones.
 */
public final class ProductRules {

    /** Longest SKU ({@code product.sku}). */
    public static final int SKU_MAX = 100;
    /** Longest name ({@code product.name}). */
    public static final int NAME_MAX = 500;
    /** Longest unit ({@code product.unit}). */
    public static final int UNIT_MAX = 20;
    /** Longest note ({@code product.note}). */
    public static final int NOTE_MAX = 100_000;
    /** Longest category path ({@code product_category.category_value}). */
    public static final int CATEGORY_MAX = 1_000;
    /** Longest stored image path ({@code product.image_file}). */
    public static final int IMAGE_MAX = 2_000;
    /** Longest warehouse code ({@code warehouse.code}). */
    public static final int WAREHOUSE_MAX = 50;

    // DECIMAL(19,4): 15 digits before the point, 4 after
    private static final BigDecimal AMOUNT_LIMIT = BigDecimal.TEN.pow(15);
    private static final int SCALE_MAX = 4;
    private static final int DETAIL_MAX = 40;

    /** What can be wrong with a value. */
    public enum Problem {
        /** The SKU is empty. */
        MISSING_SKU,
        /** The SKU is longer than the column. */
        SKU_TOO_LONG,
        /** The name is empty. */
        EMPTY_NAME,
        /** The name is longer than the column. */
        NAME_TOO_LONG,
        /** The unit is longer than the column. */
        UNIT_TOO_LONG,
        /** The note is longer than the column. */
        NOTE_TOO_LONG,
        /** The category path is longer than the column. */
        CATEGORY_TOO_LONG,
        /** The price is not a number (or has more than four decimals). */
        BAD_PRICE,
        /** The price is negative. */
        NEGATIVE_PRICE,
        /** The price does not fit DECIMAL(19,4). */
        PRICE_TOO_LARGE,
        /** The VAT rate is not one the ERP knows. */
        UNKNOWN_VAT,
        /** A stock quantity is not a number, too large or has more than four decimals. */
        BAD_STOCK,
        /** A stock quantity is negative. */
        NEGATIVE_STOCK,
        /** The image path is not a usable path. */
        BAD_IMAGE_PATH,
        /** The image lies outside the folder images may come from. */
        IMAGE_OUTSIDE_ROOT,
        /** A text holds a control character (e.g. NUL) that no field may hold. */
        CONTROL_CHARACTER
    }

    private ProductRules() {
    }

    /**
     * A SKU: trimmed, not empty, fits the column.
     *
     * @param text the text
     * @return the SKU
     * @throws InvalidProductValue when it breaks a rule
     */
    public static String sku(String text) throws InvalidProductValue {
        String sku = plain(text).strip();
        if (sku.isEmpty()) {
            throw new InvalidProductValue(Problem.MISSING_SKU, "");
        }
        return fits(sku, SKU_MAX, Problem.SKU_TOO_LONG);
    }

    /**
     * A name: trimmed, not empty, fits the column.
     *
     * @param text the text
     * @return the name
     * @throws InvalidProductValue when it breaks a rule
     */
    public static String name(String text) throws InvalidProductValue {
        String name = text == null ? "" : text.strip();
        if (name.isEmpty()) {
            throw new InvalidProductValue(Problem.EMPTY_NAME, "");
        }
        return fits(withoutControls(name), NAME_MAX, Problem.NAME_TOO_LONG);
    }

    /**
     * A unit of measure: trimmed, may be empty, fits the column.
     *
     * @param text the text
     * @return the unit
     * @throws InvalidProductValue when it breaks a rule
     */
    public static String unit(String text) throws InvalidProductValue {
        return fits(plain(text).strip(), UNIT_MAX, Problem.UNIT_TOO_LONG);
    }

    /**
     * A note: kept as typed (it may span lines), fits the column.
     *
     * @param text the text
     * @return the note
     * @throws InvalidProductValue when it breaks a rule
     */
    public static String note(String text) throws InvalidProductValue {
        return fits(withoutControls(text == null ? "" : text), NOTE_MAX, Problem.NOTE_TOO_LONG);
    }

    /**
     * A category path with each level trimmed, so {@code "Ruházat / Pólók"} and
     * {@code "Ruházat/Pólók"} are one category; empty means none.
     *
     * @param text the text
     * @return the category path
     * @throws InvalidProductValue when it breaks a rule
     */
    public static String category(String text) throws InvalidProductValue {
        String path = String.join("/", Arrays.stream(plain(text).split("/")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList());
        return fits(path, CATEGORY_MAX, Problem.CATEGORY_TOO_LONG);
    }

    /**
     * A net price in forints, as a Hungarian types it ({@code 1 000,00 Ft}, {@code 1000.- Ft}).
     *
     * @param text the text
     * @return the price
     * @throws InvalidProductValue when it breaks a rule
     */
    public static BigDecimal netPrice(String text) throws InvalidProductValue {
        BigDecimal price = DecimalText.parseForints(text)
                .orElseThrow(() -> new InvalidProductValue(Problem.BAD_PRICE, shorten(text)));
        if (price.stripTrailingZeros().scale() > SCALE_MAX) {
            throw new InvalidProductValue(Problem.BAD_PRICE, shorten(text));
        }
        if (price.signum() < 0) {
            throw new InvalidProductValue(Problem.NEGATIVE_PRICE, shorten(text));
        }
        if (price.compareTo(AMOUNT_LIMIT) >= 0) {
            throw new InvalidProductValue(Problem.PRICE_TOO_LARGE, shorten(text));
        }
        return price;
    }

    /**
     * A VAT code the ERP knows ({@code 27}, {@code 27%}, {@code AAM}...).
     *
     * @param text the text
     * @return the code
     * @throws InvalidProductValue when it breaks a rule
     */
    public static String vatCode(String text) throws InvalidProductValue {
        return VatRate.ofCode(text).map(VatRate::code)
                .orElseThrow(() -> new InvalidProductValue(Problem.UNKNOWN_VAT, shorten(text)));
    }

    /**
     * A stock quantity: a number of at most four decimals that fits DECIMAL(19,4), not negative.
     *
     * @param text the text
     * @return the quantity
     * @throws InvalidProductValue when it breaks a rule
     */
    public static BigDecimal quantity(String text) throws InvalidProductValue {
        Optional<BigDecimal> quantity = DecimalText.parse(text);
        if (quantity.isEmpty() || quantity.get().stripTrailingZeros().scale() > SCALE_MAX
                || quantity.get().abs().compareTo(AMOUNT_LIMIT) >= 0) {
            throw new InvalidProductValue(Problem.BAD_STOCK, shorten(text));
        }
        if (quantity.get().signum() < 0) {
            throw new InvalidProductValue(Problem.NEGATIVE_STOCK, shorten(text));
        }
        return quantity.get();
    }

    /**
     * An image path, resolved against a base folder and confined to a root folder after resolving
     * symbolic links: {@code ../x.png}, {@code /elsewhere/x.png} and a link pointing out of the root
     * are refused, so that no file from elsewhere on the disk is ever uploaded to the public shop.
     * A file that does not exist yet is allowed when the path to it stays inside the root (the sync
     * reports it missing).
     *
     * @param text the path as written
     * @param base the folder a relative path is relative to (e.g. the CSV's folder)
     * @param root the folder images must lie in, after resolving links
     * @return the image, absolute and normalised
     * @throws InvalidProductValue when it breaks a rule
     */
    public static Path image(String text, Path base, Path root) throws InvalidProductValue {
        String written = plain(text).strip();
        Path image;
        try {
            image = base.toAbsolutePath().resolve(written).normalize();
        } catch (InvalidPathException e) {
            throw new InvalidProductValue(Problem.BAD_IMAGE_PATH, shorten(written));
        }
        if (image.toString().length() > IMAGE_MAX) {
            throw new InvalidProductValue(Problem.BAD_IMAGE_PATH, shorten(written));
        }
        try {
            Path realRoot = root.toAbsolutePath().toRealPath();
            if (!realLocation(image).startsWith(realRoot)) {
                throw new InvalidProductValue(Problem.IMAGE_OUTSIDE_ROOT, shorten(written));
            }
        } catch (IOException e) {
            throw new InvalidProductValue(Problem.BAD_IMAGE_PATH, shorten(written));
        }
        return image;
    }

    /** Where a path really leads: its nearest existing ancestor with links resolved, plus the rest. */
    private static Path realLocation(Path path) throws IOException {
        Path existing = path;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        Path real;
        try {
            real = existing.toRealPath();
        } catch (NoSuchFileException e) {
            // a link whose target does not exist: it leads wherever it points
            real = existing.getParent().toRealPath().resolve(Files.readSymbolicLink(existing)).normalize();
        }
        return real.resolve(existing.relativize(path)).normalize();
    }

    /**
     * The gross price as the shop shows it: net × (1 + rate), rounded half up to whole forints.
     *
     * @param net  the net price
     * @param rate the VAT rate
     * @return the gross price
     */
    public static BigDecimal grossPrice(BigDecimal net, VatRate rate) {
        return net.multiply(BigDecimal.ONE.add(rate.percent().movePointLeft(2))).setScale(0, RoundingMode.HALF_UP);
    }

    /**
     * A value cut for a message: a 300-character SKU is reported by its start, not printed whole.
     *
     * @param text the value
     * @return at most {@value #DETAIL_MAX} characters of it
     */
    public static String shorten(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() <= DETAIL_MAX ? t : t.substring(0, DETAIL_MAX) + "…";
    }

    private static String fits(String text, int max, Problem problem) throws InvalidProductValue {
        if (text.length() > max) {
            throw new InvalidProductValue(problem, text.length() + "/" + max);
        }
        return text;
    }

    /** A one-line field: no control character at all. */
    private static String plain(String text) throws InvalidProductValue {
        String t = text == null ? "" : text;
        if (t.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidProductValue(Problem.CONTROL_CHARACTER, shorten(t.replaceAll("\\p{Cntrl}", "?")));
        }
        return t;
    }

    /** A text field: line breaks and tabs are text, other control characters are not. */
    private static String withoutControls(String text) throws InvalidProductValue {
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new InvalidProductValue(Problem.CONTROL_CHARACTER,
                    shorten(text.replaceAll("[\\p{Cntrl}&&[^\\n\\r\\t]]", "?")));
        }
        return text;
    }
}
