package hu.webshopsync.host.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import hu.webshopsync.api.Product;
import hu.webshopsync.api.ProductQuery;
import hu.webshopsync.api.ProductSheetField;
import hu.webshopsync.host.Host;
import hu.webshopsync.host.catalog.InvalidProductValue;
import hu.webshopsync.host.catalog.ProductEditor;
import hu.webshopsync.host.catalog.SheetFields;
import hu.webshopsync.host.csv.CsvHeaderException;
import hu.webshopsync.host.csv.CsvSyntaxException;
import hu.webshopsync.host.csv.ImportOptions;
import hu.webshopsync.host.csv.ImportReport;
import hu.webshopsync.host.csv.ProductCsvImporter;
import hu.webshopsync.host.csv.RowProblem;
import hu.webshopsync.host.csv.UnreadableCsvException;
import hu.webshopsync.host.text.Formats;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code products import|list|show|set}: the product master (Termékkezelés › Termékek).
 */
@Command(name = "products", description = "Products: import, list, show, set.",
        subcommands = {ProductsCommand.Import.class, ProductsCommand.ListProducts.class, ProductsCommand.Show.class,
                ProductsCommand.Set.class})
final class ProductsCommand {

    private static final int PAGE = 1_000;

    @Command(name = "import", description = "Inserts or updates products by SKU from a CSV file.",
            footer = {"%nColumns: sku, name, net_price, vat_rate (required); unit, note, category, image;"
                    + " stock:WAREHOUSE for each warehouse; field:KEY for a product sheet field a loaded plugin adds"
                    + " (webshop is short for field:webshop)."})
    static final class Import extends HostSubcommand {

        @Parameters(index = "0", paramLabel = "FILE.csv", descriptionKey = "csv-file",
                description = "The CSV file: UTF-8 (with or without BOM) or Windows-1250, as Excel saves it.")
        String file;

        @Option(names = "--encoding", paramLabel = "CHARSET",
                description = "The file's encoding, e.g. ISO-8859-2 (default: detected, UTF-8 else Windows-1250).")
        String encoding;

        @Option(names = "--image-root", paramLabel = "DIR",
                description = "The folder product images must lie in (default: the CSV file's folder).")
        String imageRoot;

        @Override
        int run(Host host) throws IOException {
            Optional<Path> path = path(file);
            if (path.isEmpty() || !Files.isRegularFile(path.get())) {
                err().println(t("import.noFile", printable(file)));
                return ExitCodes.ERROR;
            }
            Optional<Charset> charset = Optional.empty();
            if (encoding != null) {
                try {
                    charset = Optional.of(Charset.forName(encoding));
                } catch (IllegalArgumentException e) {
                    err().println(t("import.unknownEncoding", printable(encoding)));
                    return ExitCodes.ERROR;
                }
            }
            Optional<Path> root = imageRoot == null ? Optional.empty() : path(imageRoot);
            if (imageRoot != null && (root.isEmpty() || !Files.isDirectory(root.get()))) {
                err().println(t("import.noImageRoot", printable(imageRoot)));
                return ExitCodes.ERROR;
            }
            loadPlugins(host);
            ImportReport report;
            try {
                report = new ProductCsvImporter(host.database(), host.config().clock(), host.extensions().sheetFields())
                        .importFile(path.get(), new ImportOptions(charset, root));
            } catch (CsvHeaderException e) {
                err().println(t("import.header." + e.kind().name(), e.column(), e.known().isEmpty()
                        ? t("import.noFields") : String.join(", ", e.known().stream().map(k -> "field:" + k).toList())));
                return ExitCodes.ERROR;
            } catch (CsvSyntaxException e) {
                err().println(t("import.syntax." + e.kind().name(), e.line()));
                return ExitCodes.ERROR;
            } catch (UnreadableCsvException e) {
                err().println(t("import.unreadable." + e.kind().name(), e.line(), e.encoding()));
                return ExitCodes.ERROR;
            } catch (NoSuchFileException e) {
                err().println(t("import.noFile", printable(file)));
                return ExitCodes.ERROR;
            }
            out().println(t("import.encoding", report.encoding()));
            out().println(t("import.done", report.counts().created(), report.counts().updated(),
                    report.counts().unchanged(), report.problems().size()));
            for (RowProblem problem : report.problems()) {
                err().println(t("import.rowRefused", problem.line(), problem.sku().isEmpty() ? "-" : problem.sku(),
                        t("import.problem." + problem.reason(), problem.detail())));
            }
            return report.problems().isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL;
        }

        private static Optional<Path> path(String text) {
            try {
                return Optional.of(Path.of(text));
            } catch (InvalidPathException e) {
                return Optional.empty();
            }
        }

        /** A file name as typed, with control characters (a NUL, say) made visible. */
        private static String printable(String text) {
            return text.replaceAll("\\p{Cntrl}", "?");
        }
    }

    @Command(name = "list", description = "All products with price, category, visible fields and stock.")
    static final class ListProducts extends HostSubcommand {

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        int run(Host host) throws IOException {
            loadPlugins(host);
            ProductViews views = new ProductViews(host, host.sheetFields().visible());
            if (json) {
                try (JsonGenerator generator = new Json().stream(out())) {
                    generator.writeStartArray();
                    for (ProductQuery q = ProductQuery.all(PAGE); q != null; ) {
                        List<Product> page = host.services().products().find(q);
                        for (ProductView view : views.views(page)) {
                            generator.writeObject(view);
                        }
                        q = page.size() < PAGE ? null : q.after(page.get(page.size() - 1).sku());
                    }
                    generator.writeEndArray();
                }
                out().println();
                out().flush();
                return ExitCodes.OK;
            }
            out().println(t("products.title"));
            int count = 0;
            for (ProductQuery q = ProductQuery.all(PAGE); q != null; ) {
                List<Product> page = host.services().products().find(q);
                for (ProductView view : views.views(page)) {
                    out().println(line(view, views.visibleFields(), host.services().currency()));
                    count++;
                }
                q = page.size() < PAGE ? null : q.after(page.get(page.size() - 1).sku());
            }
            out().println(t("products.count", count));
            return ExitCodes.OK;
        }

        private String line(ProductView view, List<ProductSheetField> fields, String currency) {
            StringBuilder line = new StringBuilder();
            line.append(view.sku()).append(" | ").append(view.name())
                    .append(" | ").append(t("products.net")).append(' ').append(money(view.netPrice(), currency, this))
                    .append(" | ").append(t("products.vat")).append(' ').append(view.vatRate())
                    .append(" | ").append(t("products.gross")).append(' ').append(money(view.grossPrice(), currency, this));
            if (view.category() != null) {
                line.append(" | ").append(view.category());
            }
            for (ProductSheetField field : fields) {
                line.append(" | ").append(field.label(messages().locale())).append(": ")
                        .append(fieldText(view.fields().get(field.key()), this));
            }
            view.stock().forEach((wh, qty) -> line.append(" | ").append(wh).append(": ").append(quantity(qty, this)));
            return line.toString();
        }
    }

    @Command(name = "show", description = "The product sheet of one product, with the visible plugin fields.")
    static final class Show extends HostSubcommand {

        @Parameters(index = "0", paramLabel = "SKU")
        String sku;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        int run(Host host) {
            loadPlugins(host);
            Optional<Product> product = host.services().products().bySku(sku);
            if (product.isEmpty()) {
                err().println(t("products.unknown", sku));
                return ExitCodes.ERROR;
            }
            ProductViews views = new ProductViews(host, host.sheetFields().visible());
            ProductView view = views.views(List.of(product.get())).get(0);
            if (json) {
                new Json().print(out(), view);
                return ExitCodes.OK;
            }
            String currency = host.services().currency();
            out().println(t("sheet.title", view.sku()));
            out().println("  " + t("sheet.sku", view.sku()));
            out().println("  " + t("sheet.name", view.name()));
            out().println("  " + t("sheet.unit", view.unit()));
            out().println("  " + t("sheet.netPrice", money(view.netPrice(), currency, this)));
            out().println("  " + t("sheet.vatRate", view.vatRate()));
            out().println("  " + t("sheet.grossPrice", money(view.grossPrice(), currency, this)));
            out().println("  " + t("sheet.category", orDash(view.category())));
            out().println("  " + t("sheet.image", orDash(view.image())));
            out().println("  " + t("sheet.note", view.note()));
            for (ProductSheetField field : views.visibleFields()) {
                out().println("  " + field.label(messages().locale()) + ": "
                        + fieldText(view.fields().get(field.key()), this));
            }
            view.stock().forEach((wh, qty) -> out().println("  " + t("sheet.stock", wh, quantity(qty, this))));
            return ExitCodes.OK;
        }

        private static String orDash(String value) {
            return value == null ? "-" : value;
        }
    }

    @Command(name = "set", description = "Sets the product's own fields (name, unit, net_price, vat_rate, note,"
            + " category, image) and plugin fields on the product sheet, e.g. net_price=1990 webshop=true.")
    static final class Set extends HostSubcommand {

        @Parameters(index = "0", paramLabel = "SKU")
        String sku;

        @Parameters(index = "1..*", paramLabel = "FIELD=VALUE", arity = "1..*")
        List<String> assignments = new ArrayList<>();

        @Option(names = "--image-root", paramLabel = "DIR",
                description = "The folder an image=PATH must lie in (default: the current folder).")
        Path imageRoot;

        @Override
        int run(Host host) {
            loadPlugins(host);
            SheetFields sheet = host.sheetFields();
            Optional<Product> product = host.services().products().bySku(sku);
            if (product.isEmpty()) {
                err().println(t("products.unknown", sku));
                return ExitCodes.ERROR;
            }
            Map<String, String> own = new LinkedHashMap<>();
            Map<String, String> values = new LinkedHashMap<>();
            for (String assignment : assignments) {
                int eq = assignment.indexOf('=');
                if (eq <= 0) {
                    err().println(t("set.syntax", assignment));
                    return ExitCodes.ERROR;
                }
                String key = assignment.substring(0, eq).strip();
                (ProductEditor.owns(key) ? own : values).put(key, assignment.substring(eq + 1));
            }
            // all values are checked before any is stored, so a refused command changes nothing
            for (Map.Entry<String, String> e : values.entrySet()) {
                Optional<SheetFields.Refusal> refusal = sheet.check(e.getKey(), e.getValue());
                if (refusal.isPresent()) {
                    err().println(refusalText(refusal.get(), e.getKey(), e.getValue(), host));
                    return ExitCodes.ERROR;
                }
            }
            Path here = Path.of("").toAbsolutePath();
            Map<String, InvalidProductValue> refused = new ProductEditor(host.database(), host.config().clock())
                    .edit(product.get(), own, new ProductEditor.ImageScope(here, imageRoot == null ? here : imageRoot));
            refused.forEach((key, refusal) -> err().println(t("set.invalidOwn", sku, key,
                    t("import.problem." + refusal.problem().name(), refusal.detail()))));
            if (!refused.isEmpty()) {
                return ExitCodes.ERROR;
            }
            own.forEach((key, value) -> out().println(t("set.done", sku, key, value)));
            for (Map.Entry<String, String> e : values.entrySet()) {
                Optional<SheetFields.Refusal> refusal = sheet.set(sku, e.getKey(), e.getValue());
                if (refusal.isPresent()) {
                    err().println(refusalText(refusal.get(), e.getKey(), e.getValue(), host));
                    return ExitCodes.ERROR;
                }
                out().println(t("set.done", sku, label(host, e.getKey()), e.getValue()));
            }
            return ExitCodes.OK;
        }

        private String refusalText(SheetFields.Refusal refusal, String key, String value, Host host) {
            return switch (refusal) {
                case UNKNOWN_FIELD -> t("set.unknownField", key, sku);
                case NOT_VISIBLE -> t("set.notVisible", label(host, key), sku);
                case INVALID_VALUE -> t("set.invalid", value, label(host, key), t("fieldType." + host.extensions()
                        .sheetFields().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow().type()));
                case UNKNOWN_PRODUCT -> t("products.unknown", sku);
            };
        }

        private String label(Host host, String key) {
            return host.extensions().sheetFields().stream().filter(f -> f.key().equals(key)).findFirst()
                    .map(f -> f.label(messages().locale()) + " (" + key + ")").orElse(key);
        }
    }

    /** A view's exact amount as people read it, e.g. {@code 7 850 Ft}. */
    private static String money(String exact, String currency, HostSubcommand command) {
        return command.formats().money(new BigDecimal(exact), currency);
    }

    private static String quantity(String exact, HostSubcommand command) {
        return command.formats().number(new BigDecimal(exact));
    }

    static String fieldText(String value, HostSubcommand command) {
        if (value == null) {
            return "-";
        }
        return switch (value) {
            case "true" -> command.t("value.true");
            case "false" -> command.t("value.false");
            default -> value;
        };
    }
}
