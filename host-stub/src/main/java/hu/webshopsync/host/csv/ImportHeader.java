package hu.webshopsync.host.csv;

import hu.webshopsync.api.ProductSheetField;
import hu.webshopsync.host.catalog.ProductRules;
import hu.webshopsync.host.csv.CsvHeaderException.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The header of a product import file, checked before any row is read: the product master's own
 * columns, a {@code stock:<WAREHOUSE>} column per warehouse and a {@code field:<key>} column per
 * sheet field that a loaded plugin declares. A column the importer does not know stops the import
 * with the column's name, so a typo never silently drops a whole column.
 */
final class ImportHeader {

    /** More columns than the product's own fields and a stock column per warehouse any shop has. */
    static final int COLUMNS_MAX = 1_000;
    static final String STOCK_PREFIX = "stock:";
    static final String FIELD_PREFIX = "field:";
    /**
     * The column files made before sheet fields were generic use for the field {@code webshop}
     * (Webáruházas); it stays a short name for {@code field:webshop}.
     */
    static final String WEBSHOP_ALIAS = "webshop";

    private static final Set<String> REQUIRED = Set.of("sku", "name", "net_price", "vat_rate");
    private static final Set<String> OPTIONAL = Set.of("unit", "note", "category", "image");

    private final Map<String, Integer> own;
    private final Map<String, Integer> stock;
    private final List<FieldColumn> fields;
    private final int size;

    /**
     * A column that fills a sheet field.
     *
     * @param header the column's name as the file writes it, for messages
     * @param index  its position
     * @param field  the field it fills
     */
    record FieldColumn(String header, int index, ProductSheetField field) {

        /** Whether the column is the old {@code webshop} name, whose refusals keep their own wording. */
        boolean isAlias() {
            return header.equalsIgnoreCase(WEBSHOP_ALIAS);
        }
    }

    private ImportHeader(Map<String, Integer> own, Map<String, Integer> stock, List<FieldColumn> fields, int size) {
        this.own = own;
        this.stock = stock;
        this.fields = fields;
        this.size = size;
    }

    /**
     * Reads and checks a header.
     *
     * @param header      the first record
     * @param sheetFields the fields the loaded plugins declare
     * @return the columns
     * @throws CsvHeaderException when a column is unknown, twice, too long, or a required one is missing
     */
    static ImportHeader of(CsvRecord header, List<ProductSheetField> sheetFields) {
        if (header.fields().size() > COLUMNS_MAX) {
            throw new CsvHeaderException(Kind.TOO_MANY_COLUMNS, header.fields().size() + "/" + COLUMNS_MAX);
        }
        Map<String, ProductSheetField> known = new LinkedHashMap<>();
        sheetFields.forEach(f -> known.putIfAbsent(f.key(), f));
        Map<String, Integer> own = new LinkedHashMap<>();
        Map<String, Integer> stock = new LinkedHashMap<>();
        Map<String, FieldColumn> fields = new LinkedHashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String raw = header.fields().get(i).strip();
            String lower = raw.toLowerCase(Locale.ROOT);
            boolean fresh;
            if (lower.startsWith(STOCK_PREFIX) && lower.length() > STOCK_PREFIX.length()) {
                String warehouse = raw.substring(STOCK_PREFIX.length()).strip();
                if (warehouse.length() > ProductRules.WAREHOUSE_MAX) {
                    throw new CsvHeaderException(Kind.WAREHOUSE_TOO_LONG, ProductRules.shorten(raw));
                }
                fresh = stock.putIfAbsent(warehouse, i) == null;
            } else if (lower.startsWith(FIELD_PREFIX) || lower.equals(WEBSHOP_ALIAS)) {
                String key = lower.equals(WEBSHOP_ALIAS) ? WEBSHOP_ALIAS : lower.substring(FIELD_PREFIX.length()).strip();
                ProductSheetField field = known.get(key);
                if (field == null) {
                    throw new CsvHeaderException(Kind.UNKNOWN_FIELD, printable(raw), List.copyOf(known.keySet()));
                }
                fresh = fields.putIfAbsent(key, new FieldColumn(raw, i, field)) == null;
            } else if (REQUIRED.contains(lower) || OPTIONAL.contains(lower)) {
                fresh = own.putIfAbsent(lower, i) == null;
            } else {
                throw new CsvHeaderException(Kind.UNKNOWN_COLUMN, printable(raw));
            }
            if (!fresh) {
                throw new CsvHeaderException(Kind.DUPLICATE_COLUMN, raw);
            }
        }
        for (String required : REQUIRED.stream().sorted().toList()) {
            if (!own.containsKey(required)) {
                throw new CsvHeaderException(Kind.MISSING_COLUMN, required);
            }
        }
        return new ImportHeader(own, stock, List.copyOf(fields.values()), header.fields().size());
    }

    /** @return how many columns a row must have */
    int size() {
        return size;
    }

    /**
     * A cell of one of the product's own columns.
     *
     * @param record the row
     * @param column the column, e.g. {@code note}
     * @return the cell, or {@code null} when the file has no such column (the stored value stays)
     */
    String own(CsvRecord record, String column) {
        Integer index = own.get(column);
        return index == null ? null : record.fields().get(index);
    }

    /**
     * A required column's cell.
     *
     * @param record the row
     * @param column the column
     * @return the cell
     */
    String required(CsvRecord record, String column) {
        return record.fields().get(own.get(column));
    }

    /** @return the stock columns: warehouse code by position, in file order */
    Map<String, Integer> stock() {
        return stock;
    }

    /** @return the sheet field columns, in file order */
    List<FieldColumn> fields() {
        return fields;
    }

    private static String printable(String raw) {
        return ProductRules.shorten(raw.replaceAll("\\p{Cntrl}", "?"));
    }
}
