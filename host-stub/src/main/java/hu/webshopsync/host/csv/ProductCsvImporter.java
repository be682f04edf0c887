package hu.webshopsync.host.csv;

import hu.webshopsync.api.FieldType;
import hu.webshopsync.api.VatRate;
import hu.webshopsync.host.catalog.ImagePaths;
import hu.webshopsync.host.catalog.ProductUpsert;
import hu.webshopsync.host.catalog.ProductWriter;
import hu.webshopsync.host.catalog.UpsertCounts;
import hu.webshopsync.host.csv.CsvHeaderException.Kind;
import hu.webshopsync.host.csv.RowProblem.Problem;
import hu.webshopsync.host.db.Database;
import hu.webshopsync.host.fields.FieldValues;
import hu.webshopsync.host.inventory.StockWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports products from CSV (Termékek › Importálás): inserts or updates by SKU, sets stock per
 * warehouse, and refuses bad rows one by one with their line number while the good rows still
 * import. Good rows are written in batches, each batch one transaction.
 *
 * <p>Columns: {@code sku, name, net_price, vat_rate} (required), {@code unit, note, category, image,
 * webshop} (optional) and any number of {@code stock:<WAREHOUSE>}. An optional column that is
 * missing leaves the stored value alone. An empty {@code category} or {@code image} removes it; an
 * empty {@code webshop} or stock cell leaves it alone. {@code webshop} is stored as the sheet field
 * {@code webshop} even while the webshop module is inactive: import is the administrator's path, and
 * the module decides only whether the checkbox is shown and editable.
 */
public final class ProductCsvImporter {

    /** The sheet field key the {@code webshop} column fills. */
    public static final String WEBSHOP_FIELD = "webshop";

    private static final int BATCH = 500;
    private static final String STOCK_PREFIX = "stock:";
    private static final Set<String> REQUIRED = Set.of("sku", "name", "net_price", "vat_rate");
    private static final Set<String> OPTIONAL = Set.of("unit", "note", "category", "image", "webshop");

    private final Database database;
    private final Clock clock;
    private final ImagePaths imagePaths;

    /**
     * Creates the importer.
     *
     * @param database the ERP database
     * @param clock    the host's clock
     */
    public ProductCsvImporter(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.imagePaths = new ImagePaths(database.dataDir());
    }

    /**
     * Imports a file.
     *
     * @param file the CSV file, UTF-8 with or without BOM
     * @return what was imported and what was refused
     * @throws IOException         when the file cannot be read
     * @throws CsvHeaderException  when the header is unusable (nothing imported)
     * @throws CsvSyntaxException  when a quoted field never closes (rows before it are imported)
     */
    public ImportReport importFile(Path file) throws IOException {
        Path baseDir = file.toAbsolutePath().getParent();
        try (BufferedReader text = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvReader csv = new CsvReader(text, delimiterOf(text));
            CsvRecord header = csv.next().orElseThrow(() -> new CsvHeaderException(Kind.EMPTY, ""));
            Map<String, Integer> columns = columns(header);
            List<RowProblem> problems = new ArrayList<>();
            Set<String> seenSkus = new HashSet<>();
            List<ParsedRow> batch = new ArrayList<>();
            UpsertCounts counts = UpsertCounts.NONE;
            try {
                for (Optional<CsvRecord> next = csv.next(); next.isPresent(); next = csv.next()) {
                    CsvRecord record = next.get();
                    if (record.fields().size() == 1 && record.fields().get(0).isBlank()) {
                        continue;
                    }
                    Optional<ParsedRow> row = parse(record, columns, baseDir, seenSkus, problems);
                    row.ifPresent(batch::add);
                    if (batch.size() == BATCH) {
                        counts = counts.plus(write(batch));
                        batch.clear();
                    }
                }
            } finally {
                counts = counts.plus(write(batch));
            }
            return new ImportReport(counts, problems);
        }
    }

    private static char delimiterOf(BufferedReader text) throws IOException {
        // a Hungarian Excel saves "CSV" with semicolons; the header tells which one this file uses
        text.mark(1 << 16);
        String first = Optional.ofNullable(text.readLine()).orElse("");
        text.reset();
        return first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
    }

    private static Map<String, Integer> columns(CsvRecord header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String raw = header.fields().get(i).strip();
            String name = raw.toLowerCase(Locale.ROOT).startsWith(STOCK_PREFIX)
                    ? STOCK_PREFIX + raw.substring(STOCK_PREFIX.length()).strip()
                    : raw.toLowerCase(Locale.ROOT);
            boolean known = REQUIRED.contains(name) || OPTIONAL.contains(name)
                    || (name.startsWith(STOCK_PREFIX) && name.length() > STOCK_PREFIX.length());
            if (!known) {
                throw new CsvHeaderException(Kind.UNKNOWN_COLUMN, raw);
            }
            if (columns.put(name, i) != null) {
                throw new CsvHeaderException(Kind.DUPLICATE_COLUMN, raw);
            }
        }
        for (String required : REQUIRED.stream().sorted().toList()) {
            if (!columns.containsKey(required)) {
                throw new CsvHeaderException(Kind.MISSING_COLUMN, required);
            }
        }
        return columns;
    }

    private Optional<ParsedRow> parse(CsvRecord record, Map<String, Integer> columns, Path baseDir,
                                      Set<String> seenSkus, List<RowProblem> problems) {
        int line = record.line();
        if (record.fields().size() != columns.size()) {
            String sku = record.fields().isEmpty() ? "" : record.fields().get(0).strip();
            problems.add(new RowProblem(line, sku, Problem.COLUMN_COUNT,
                    record.fields().size() + "/" + columns.size()));
            return Optional.empty();
        }
        Row row = new Row(record, columns);
        String sku = row.get("sku").strip();
        if (sku.isEmpty()) {
            return refuse(problems, line, "", Problem.MISSING_SKU, "");
        }
        if (!seenSkus.add(sku)) {
            return refuse(problems, line, sku, Problem.DUPLICATE_SKU, sku);
        }
        String name = row.get("name").strip();
        if (name.isEmpty()) {
            return refuse(problems, line, sku, Problem.EMPTY_NAME, "");
        }
        Optional<BigDecimal> price = DecimalText.parse(row.get("net_price"));
        if (price.isEmpty() || price.get().stripTrailingZeros().scale() > 4) {
            return refuse(problems, line, sku, Problem.BAD_PRICE, row.get("net_price"));
        }
        if (price.get().signum() < 0) {
            return refuse(problems, line, sku, Problem.NEGATIVE_PRICE, row.get("net_price"));
        }
        Optional<VatRate> vat = VatRate.ofCode(row.get("vat_rate"));
        if (vat.isEmpty()) {
            return refuse(problems, line, sku, Problem.UNKNOWN_VAT, row.get("vat_rate"));
        }
        Map<String, String> fields = new HashMap<>();
        String webshop = row.optional("webshop");
        if (webshop != null && !webshop.isBlank()) {
            Optional<String> flag = FieldValues.normalise(FieldType.BOOLEAN, webshop);
            if (flag.isEmpty()) {
                return refuse(problems, line, sku, Problem.BAD_WEBSHOP, webshop);
            }
            fields.put(WEBSHOP_FIELD, flag.get());
        }
        Map<String, BigDecimal> stock = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> column : columns.entrySet()) {
            if (!column.getKey().startsWith(STOCK_PREFIX)) {
                continue;
            }
            String cell = record.fields().get(column.getValue());
            if (cell.isBlank()) {
                continue;
            }
            String warehouse = column.getKey().substring(STOCK_PREFIX.length());
            Optional<BigDecimal> quantity = DecimalText.parse(cell);
            if (quantity.isEmpty() || quantity.get().stripTrailingZeros().scale() > 4) {
                return refuse(problems, line, sku, Problem.BAD_STOCK, warehouse + "=" + cell);
            }
            if (quantity.get().signum() < 0) {
                return refuse(problems, line, sku, Problem.NEGATIVE_STOCK, warehouse + "=" + cell);
            }
            stock.put(warehouse, quantity.get());
        }
        String category = row.optional("category");
        String image = row.optional("image");
        String storedImage = image == null ? null
                : image.isBlank() ? "" : imagePaths.toStored(baseDir.resolve(image.strip()));
        ProductUpsert upsert = new ProductUpsert(sku, name, row.optional("unit") == null ? null
                : row.optional("unit").strip(), price.get(), vat.get().code(), row.optional("note"),
                category == null ? null : normaliseCategory(category), storedImage, fields);
        return Optional.of(new ParsedRow(upsert, stock));
    }

    /** Trims each level of a category path, so {@code "Ruházat / Pólók"} and {@code "Ruházat/Pólók"} are one category. */
    private static String normaliseCategory(String category) {
        return String.join("/", java.util.Arrays.stream(category.split("/")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList());
    }

    private static Optional<ParsedRow> refuse(List<RowProblem> problems, int line, String sku, Problem problem,
                                              String detail) {
        problems.add(new RowProblem(line, sku, problem, detail));
        return Optional.empty();
    }

    private UpsertCounts write(List<ParsedRow> rows) {
        if (rows.isEmpty()) {
            return UpsertCounts.NONE;
        }
        return database.inTransaction("importing products", connection -> {
            Map<String, Long> ids = new HashMap<>();
            UpsertCounts counts = ProductWriter.upsert(connection,
                    rows.stream().map(ParsedRow::product).toList(), clock.instant(), ids);
            List<StockWriter.OnHand> levels = new ArrayList<>();
            for (ParsedRow row : rows) {
                row.stock().forEach((warehouse, quantity) ->
                        levels.add(new StockWriter.OnHand(ids.get(row.product().sku()), warehouse, quantity)));
            }
            StockWriter.setOnHand(connection, levels);
            return counts;
        });
    }

    private record ParsedRow(ProductUpsert product, Map<String, BigDecimal> stock) {
    }

    private record Row(CsvRecord record, Map<String, Integer> columns) {

        String get(String column) {
            return record.fields().get(columns.get(column));
        }

        String optional(String column) {
            Integer index = columns.get(column);
            return index == null ? null : record.fields().get(index);
        }
    }
}
