package hu.webshopsync.host.csv;

import hu.webshopsync.api.FieldType;
import hu.webshopsync.host.catalog.ImagePaths;
import hu.webshopsync.host.catalog.InvalidProductValue;
import hu.webshopsync.host.catalog.ProductRules;
import hu.webshopsync.host.catalog.ProductUpsert;
import hu.webshopsync.host.catalog.ProductWriter;
import hu.webshopsync.host.catalog.UpsertCounts;
import hu.webshopsync.host.csv.CsvHeaderException.Kind;
import hu.webshopsync.host.csv.RowProblem.Problem;
import hu.webshopsync.host.db.Database;
import hu.webshopsync.host.db.DatabaseException;
import hu.webshopsync.host.fields.FieldValues;
import hu.webshopsync.host.inventory.StockWriter;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
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
    /** More columns than the nine fields and a stock column per warehouse any shop has. */
    static final int COLUMNS_MAX = 1_000;
    static final int HEADER_MAX = 1 << 16;
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
     * Imports a file, detecting its encoding, with images from the file's own folder.
     *
     * @param file the CSV file
     * @return what was imported and what was refused
     * @throws IOException when the file cannot be read
     * @see #importFile(Path, ImportOptions)
     */
    public ImportReport importFile(Path file) throws IOException {
        return importFile(file, ImportOptions.DEFAULT);
    }

    /**
     * Imports a file.
     *
     * @param file    the CSV file
     * @param options the encoding and the image folder
     * @return what was imported and what was refused
     * @throws IOException            when the file cannot be read
     * @throws CsvHeaderException     when the header is unusable (nothing imported)
     * @throws CsvSyntaxException     when a quoted field never closes (rows before it are imported)
     * @throws UnreadableCsvException when the file is not text in its encoding (rows before it are imported)
     */
    public ImportReport importFile(Path file, ImportOptions options) throws IOException {
        Path baseDir = file.toAbsolutePath().getParent();
        Path imageRoot = options.imageRoot().orElse(baseDir);
        Charset charset = options.encoding().isPresent() ? options.encoding().get() : TextEncoding.detect(file);
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream bytes = Files.newInputStream(file)) {
            BufferedInputStream buffered = new BufferedInputStream(bytes);
            buffered.mark(1 << 16);
            byte[] start = buffered.readNBytes(1 << 16);
            buffered.reset();
            TextEncoding.refuseBinary(ByteBuffer.wrap(start));
            BufferedReader text = new BufferedReader(new InputStreamReader(buffered, decoder), 1 << 16);
            CsvReader csv = new CsvReader(text, delimiterOf(text));
            try {
                return importRecords(csv, baseDir, imageRoot, charset.name());
            } catch (CharacterCodingException e) {
                throw new UnreadableCsvException(UnreadableCsvException.Kind.BAD_ENCODING, csv.line(), charset.name());
            }
        }
    }

    private ImportReport importRecords(CsvReader csv, Path baseDir, Path imageRoot, String encoding)
            throws IOException {
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
                parse(record, columns, baseDir, imageRoot, seenSkus, problems).ifPresent(batch::add);
                if (batch.size() == BATCH) {
                    counts = counts.plus(write(batch, problems));
                    batch.clear();
                }
            }
        } finally {
            counts = counts.plus(write(batch, problems));
        }
        problems.sort(Comparator.comparingInt(RowProblem::line));
        return new ImportReport(counts, problems, encoding);
    }

    private static char delimiterOf(BufferedReader text) throws IOException {
        // a Hungarian Excel saves "CSV" with semicolons; the header tells which one this file uses
        text.mark(HEADER_MAX + 1);
        StringBuilder first = new StringBuilder();
        for (int c = text.read(); c != -1 && c != '\n' && c != '\r'; c = text.read()) {
            if (first.length() == HEADER_MAX) {
                throw new CsvHeaderException(Kind.HEADER_TOO_LONG, String.valueOf(HEADER_MAX));
            }
            first.append((char) c);
        }
        text.reset();
        return first.indexOf(";") >= 0 && first.indexOf(",") < 0 ? ';' : ',';
    }

    private static Map<String, Integer> columns(CsvRecord header) {
        if (header.fields().size() > COLUMNS_MAX) {
            throw new CsvHeaderException(Kind.TOO_MANY_COLUMNS, header.fields().size() + "/" + COLUMNS_MAX);
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String raw = header.fields().get(i).strip();
            String name = raw.toLowerCase(Locale.ROOT).startsWith(STOCK_PREFIX)
                    ? STOCK_PREFIX + raw.substring(STOCK_PREFIX.length()).strip()
                    : raw.toLowerCase(Locale.ROOT);
            boolean known = REQUIRED.contains(name) || OPTIONAL.contains(name)
                    || (name.startsWith(STOCK_PREFIX) && name.length() > STOCK_PREFIX.length());
            if (!known) {
                throw new CsvHeaderException(Kind.UNKNOWN_COLUMN, ProductRules.shorten(raw.replaceAll("\\p{Cntrl}", "?")));
            }
            if (name.length() - STOCK_PREFIX.length() > ProductRules.WAREHOUSE_MAX && name.startsWith(STOCK_PREFIX)) {
                throw new CsvHeaderException(Kind.WAREHOUSE_TOO_LONG, ProductRules.shorten(raw));
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

    private Optional<ParsedRow> parse(CsvRecord record, Map<String, Integer> columns, Path baseDir, Path imageRoot,
                                      Set<String> seenSkus, List<RowProblem> problems) {
        int line = record.line();
        if (record.fields().size() != columns.size()) {
            String sku = record.fields().isEmpty() ? "" : ProductRules.shorten(record.fields().get(0));
            problems.add(new RowProblem(line, sku, Problem.COLUMN_COUNT,
                    record.fields().size() + "/" + columns.size()));
            return Optional.empty();
        }
        Row row = new Row(record, columns);
        String sku = ProductRules.shorten(row.get("sku"));
        try {
            sku = ProductRules.sku(row.get("sku"));
            if (!seenSkus.add(sku)) {
                return refuse(problems, line, sku, Problem.DUPLICATE_SKU, sku);
            }
            String name = ProductRules.name(row.get("name"));
            BigDecimal price = ProductRules.netPrice(row.get("net_price"));
            String vat = ProductRules.vatCode(row.get("vat_rate"));
            Map<String, String> fields = new HashMap<>();
            String webshop = row.optional("webshop");
            if (webshop != null && !webshop.isBlank()) {
                Optional<String> flag = FieldValues.normalise(FieldType.BOOLEAN, webshop);
                if (flag.isEmpty()) {
                    return refuse(problems, line, sku, Problem.BAD_WEBSHOP, ProductRules.shorten(webshop));
                }
                fields.put(WEBSHOP_FIELD, flag.get());
            }
            Map<String, BigDecimal> stock = new LinkedHashMap<>();
            for (Map.Entry<String, Integer> column : columns.entrySet()) {
                String cell = record.fields().get(column.getValue());
                if (column.getKey().startsWith(STOCK_PREFIX) && !cell.isBlank()) {
                    String warehouse = column.getKey().substring(STOCK_PREFIX.length());
                    try {
                        stock.put(warehouse, ProductRules.quantity(cell));
                    } catch (InvalidProductValue e) {
                        return refuse(problems, line, sku, e.problem(), warehouse + "=" + e.detail());
                    }
                }
            }
            String unit = row.optional("unit") == null ? null : ProductRules.unit(row.optional("unit"));
            String note = row.optional("note") == null ? null : ProductRules.note(row.optional("note"));
            String category = row.optional("category") == null ? null : ProductRules.category(row.optional("category"));
            String image = row.optional("image");
            String storedImage = image == null ? null : image.isBlank() ? ""
                    : imagePaths.toStored(ProductRules.image(image, baseDir, imageRoot));
            if (storedImage != null && storedImage.length() > ProductRules.IMAGE_MAX) {
                throw new InvalidProductValue(ProductRules.Problem.BAD_IMAGE_PATH, ProductRules.shorten(image));
            }
            ProductUpsert upsert = new ProductUpsert(sku, name, unit, price, vat, note, category, storedImage, fields);
            return Optional.of(new ParsedRow(line, upsert, stock));
        } catch (InvalidProductValue e) {
            return refuse(problems, line, sku, e.problem(), e.detail());
        }
    }

    private static Optional<ParsedRow> refuse(List<RowProblem> problems, int line, String sku, Problem problem,
                                              String detail) {
        problems.add(new RowProblem(line, ProductRules.shorten(sku), problem, detail));
        return Optional.empty();
    }

    private static Optional<ParsedRow> refuse(List<RowProblem> problems, int line, String sku,
                                              ProductRules.Problem problem, String detail) {
        problems.add(new RowProblem(line, ProductRules.shorten(sku), problem, detail));
        return Optional.empty();
    }

    /**
     * Writes a batch in one transaction. The rules keep bad values out, so a batch fails only on
     * something unforeseen; then each row is tried alone, and only the one the database refuses is lost.
     */
    private UpsertCounts write(List<ParsedRow> rows, List<RowProblem> problems) {
        if (rows.isEmpty()) {
            return UpsertCounts.NONE;
        }
        try {
            return writeTogether(rows);
        } catch (DatabaseException e) {
            if (rows.size() == 1) {
                ParsedRow row = rows.get(0);
                problems.add(new RowProblem(row.line(), ProductRules.shorten(row.product().sku()), Problem.NOT_STORED,
                        ProductRules.shorten(String.valueOf(e.getCause() == null ? e.getMessage()
                                : e.getCause().getMessage()))));
                return UpsertCounts.NONE;
            }
            UpsertCounts counts = UpsertCounts.NONE;
            for (ParsedRow row : rows) {
                counts = counts.plus(write(List.of(row), problems));
            }
            return counts;
        }
    }

    private UpsertCounts writeTogether(List<ParsedRow> rows) {
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

    private record ParsedRow(int line, ProductUpsert product, Map<String, BigDecimal> stock) {
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
