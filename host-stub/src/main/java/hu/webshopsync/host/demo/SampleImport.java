package hu.webshopsync.host.demo;

import hu.webshopsync.host.csv.CsvWriter;
import hu.webshopsync.host.demo.SampleCatalog.ImageKind;
import hu.webshopsync.host.demo.SampleCatalog.SampleProduct;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the sample product master as the host's import CSV plus its pictures, so the demo builds
 * the ERP through the same importer a user would (and leaves an example of the format behind).
 */
final class SampleImport {

    /** The folder under the data folder that holds the import file and its pictures. */
    static final String FOLDER = "import";
    /** The import file's name. */
    static final String CSV = "termekek.csv";

    private static final String IMAGES = "kepek";
    private static final List<String> HEADER = List.of("sku", "name", "net_price", "vat_rate", "unit", "category",
            "note", "image", "webshop", "stock:" + SampleCatalog.MAIN_WAREHOUSE,
            "stock:" + SampleCatalog.STORE_WAREHOUSE);

    private final SampleImages images;

    SampleImport(SampleImages images) {
        this.images = images;
    }

    /**
     * Writes the CSV and the pictures under {@code dataDir/import}.
     *
     * @param dataDir  the demo's data folder
     * @param products the products
     * @return the CSV file
     * @throws IOException when a file cannot be written
     */
    Path write(Path dataDir, List<SampleProduct> products) throws IOException {
        Path folder = Files.createDirectories(dataDir.resolve(FOLDER));
        Files.createDirectories(folder.resolve(IMAGES));
        List<String> lines = new ArrayList<>();
        lines.add(CsvWriter.line(HEADER));
        for (SampleProduct p : products) {
            String image = "";
            if (p.image() != ImageKind.NONE) {
                image = IMAGES + "/" + p.sku().toLowerCase(java.util.Locale.ROOT) + "." + p.image().extension();
                images.write(p, folder.resolve(image));
            }
            lines.add(CsvWriter.line(List.of(p.sku(), p.name(), p.net().toPlainString(), String.valueOf(p.vat()),
                    p.unit(), p.category(), p.note(), image, String.valueOf(p.webshop()), quantity(p.central()),
                    quantity(p.store()))));
        }
        Path csv = folder.resolve(CSV);
        Files.writeString(csv, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return csv;
    }

    private static String quantity(Integer quantity) {
        return quantity == null ? "" : quantity.toString();
    }
}
