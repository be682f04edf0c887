package hu.webshopsync.host.csv;

import hu.webshopsync.api.ProductSheetField;
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
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports products from CSV (Termékek › Importálás): inserts or updates by SKU, sets stock per
 * warehouse, and refuses bad rows one by one with their line number while the good rows still
 * import. Good rows are written in batches, each batch one transaction.
 *
 * <p>Columns: {@code sku, name, net_price, vat_rate} (required), {@code unit, note, category, image}
 * (optional), any number of {@code stock:<WAREHOUSE>} and a {@code field:<key>} for any sheet field a
 * loaded plugin declares ({@code webshop} is short for {@code field:webshop}); see {@link ImportHeader}.
 * An optional column that is missing leaves the stored value alone. An empty {@code category} or
 * {@code image} removes it; an empty field or stock cell leaves it alone. A field value is stored even
 * while the field is hidden (its module inactive): import is the administrator's path, and the module
 * decides only whether the field is shown and editable.
 */
public final class ProductCsvImporter {

    private static final int BATCH = 500;
    static final int HEADER_MAX = 1 << 16;

    private final Database database;
    private final Clock clock;
    private final List<ProductSheetField> sheetFields;
    private final ImagePaths imagePaths;

    /**
     * Creates an importer that knows no sheet fields: {@code field:} columns are refused.
     *
     * @param database the ERP database
     * @param clock    the host's clock
     */
    public ProductCsvImporter(Database database, Clock clock) {
        this(database, clock, List.of());
    }

    /**
     * Creates the importer.
     *
     * @param database    the ERP database
     * @param clock       the host's clock
     * @param sheetFields the sheet fields the loaded plugins declare, which {@code field:} columns may fill
     */
    public ProductCsvImporter(Database database, Clock clock, List<ProductSheetField> sheetFields) {
        this.database = database;
        this.clock = clock;
        this.sheetFields = List.copyOf(sheetFields);
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
        ImportHeader columns = ImportHeader.of(header, sheetFields);
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

    private Optional<ParsedRow> parse(CsvRecord record, ImportHeader columns, Path baseDir, Path imageRoot,
                                      Set<String> seenSkus, List<RowProblem> problems) {
        int line = record.line();
        if (record.fields().size() != columns.size()) {
            String sku = record.fields().isEmpty() ? "" : ProductRules.shorten(record.fields().get(0));
            problems.add(new RowProblem(line, sku, Problem.COLUMN_COUNT,
                    record.fields().size() + "/" + columns.size()));
            return Optional.empty();
        }
        String sku = ProductRules.shorten(columns.required(record, "sku"));
        try {
            sku = ProductRules.sku(columns.required(record, "sku"));
            if (!seenSkus.add(sku)) {
                return refuse(problems, line, sku, Problem.DUPLICATE_SKU, sku);
            }
            String name = ProductRules.name(columns.required(record, "name"));
            BigDecimal price = ProductRules.netPrice(columns.required(record, "net_price"));
            String vat = ProductRules.vatCode(columns.required(record, "vat_rate"));
            Map<String, String> fields = new HashMap<>();
            for (ImportHeader.FieldColumn column : columns.fields()) {
                String cell = record.fields().get(column.index());
                if (cell.isBlank()) {
                    continue;
                }
                Optional<String> value = FieldValues.normalise(column.field().type(), cell);
                if (value.isEmpty()) {
                    return column.isAlias()
                            ? refuse(problems, line, sku, Problem.BAD_WEBSHOP, ProductRules.shorten(cell))
                            : refuseField(problems, line, sku, column, cell);
                }
                fields.put(column.field().key(), value.get());
            }
            Map<String, BigDecimal> stock = new LinkedHashMap<>();
            for (Map.Entry<String, Integer> column : columns.stock().entrySet()) {
                String cell = record.fields().get(column.getValue());
                if (!cell.isBlank()) {
                    try {
                        stock.put(column.getKey(), ProductRules.quantity(cell));
                    } catch (InvalidProductValue e) {
                        return refuse(problems, line, sku, e.problem(), column.getKey() + "=" + e.detail());
                    }
                }
            }
            String unit = columns.own(record, "unit");
            unit = unit == null ? null : ProductRules.unit(unit);
            String note = columns.own(record, "note");
            note = note == null ? null : ProductRules.note(note);
            String category = columns.own(record, "category");
            category = category == null ? null : ProductRules.category(category);
            String image = columns.own(record, "image");
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

    private static Optional<ParsedRow> refuseField(List<RowProblem> problems, int line, String sku,
                                                   ImportHeader.FieldColumn column, String cell) {
        problems.add(RowProblem.badField(line, ProductRules.shorten(sku), column.field().type(),
                ProductRules.shorten(column.header()) + "=" + ProductRules.shorten(cell)));
        return Optional.empty();
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
}
