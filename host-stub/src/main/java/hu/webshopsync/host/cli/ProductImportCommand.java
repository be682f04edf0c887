package hu.webshopsync.host.cli;

import hu.webshopsync.host.Host;
import hu.webshopsync.host.csv.CsvHeaderException;
import hu.webshopsync.host.csv.CsvSyntaxException;
import hu.webshopsync.host.csv.ImportOptions;
import hu.webshopsync.host.csv.ImportReport;
import hu.webshopsync.host.csv.ProductCsvImporter;
import hu.webshopsync.host.csv.RowProblem;
import hu.webshopsync.host.csv.UnreadableCsvException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code products import FILE.csv}: inserts or updates products by SKU (Termékek › Importálás),
 * telling each refused row with its line.
 */
@Command(name = "import", description = "Inserts or updates products by SKU from a CSV file.",
        footer = {"%nColumns: sku, name, net_price, vat_rate (required); unit, note, category, image;"
                + " stock:WAREHOUSE for each warehouse; field:KEY for a product sheet field a loaded plugin adds"
                + " (webshop is short for field:webshop)."})
final class ProductImportCommand extends HostSubcommand {

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
