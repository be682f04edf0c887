package hu.webshopsync.host.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hu.webshopsync.api.Product;
import hu.webshopsync.host.TestDatabase;
import hu.webshopsync.host.catalog.JdbcProductCatalog;
import hu.webshopsync.host.catalog.SheetFieldDefaults;
import hu.webshopsync.host.csv.RowProblem.Problem;
import hu.webshopsync.host.db.Database;
import hu.webshopsync.host.inventory.JdbcInventory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductCsvImporterTest {

    private static final String HEADER = "sku,name,unit,net_price,vat_rate,note,category,image,webshop,stock:KÖZPONT\n";

    @TempDir
    Path dir;

    private Database database;
    private ProductCsvImporter importer;
    private JdbcProductCatalog catalog;

    @BeforeEach
    void open() {
        database = TestDatabase.open(dir.resolve("data"));
        importer = new ProductCsvImporter(database, Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));
        catalog = new JdbcProductCatalog(database, SheetFieldDefaults.NONE);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private ImportReport importCsv(String content) throws IOException {
        Path file = dir.resolve("products.csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return importer.importFile(file);
    }

    @Test
    void eachBadRowIsReportedWithItsLineAndReasonWhileGoodRowsImport() throws IOException {
        ImportReport report = importCsv(HEADER
                + "OK-1,Jó termék,db,\"1990,5\",27%,,Ruházat/Pólók,,true,5\n"   // line 2
                + ",Nincs SKU,db,100,27,,,,,\n"                                  // 3
                + "BAD-NAME,  ,db,100,27,,,,,\n"                                 // 4
                + "BAD-PRICE,Ár,db,12a,27,,,,,\n"                                // 5
                + "NEG-PRICE,Ár,db,-1,27,,,,,\n"                                 // 6
                + "BAD-VAT,Áfa,db,100,19,,,,,\n"                                 // 7
                + "OK-1,Dupla,db,100,27,,,,,\n"                                  // 8
                + "SHORT,Rövid,db\n"                                             // 9
                + "BAD-STOCK,Készlet,db,100,27,,,,,sok\n"                        // 10
                + "NEG-STOCK,Készlet,db,100,27,,,,,-2\n"                         // 11
                + "BAD-FLAG,Jelölő,db,100,27,,,,talán,\n"                        // 12
                + "OK-2,\"Több\nsoros\",db,100.25,AAM,\"idéz \"\"így\"\"\",,,,\n" // 13-14
                + "AFTER,Utolsó,db,100,5,,,,,\n");                               // 15

        assertThat(report.problems()).extracting(RowProblem::line, RowProblem::problem).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, Problem.MISSING_SKU),
                org.assertj.core.groups.Tuple.tuple(4, Problem.EMPTY_NAME),
                org.assertj.core.groups.Tuple.tuple(5, Problem.BAD_PRICE),
                org.assertj.core.groups.Tuple.tuple(6, Problem.NEGATIVE_PRICE),
                org.assertj.core.groups.Tuple.tuple(7, Problem.UNKNOWN_VAT),
                org.assertj.core.groups.Tuple.tuple(8, Problem.DUPLICATE_SKU),
                org.assertj.core.groups.Tuple.tuple(9, Problem.COLUMN_COUNT),
                org.assertj.core.groups.Tuple.tuple(10, Problem.BAD_STOCK),
                org.assertj.core.groups.Tuple.tuple(11, Problem.NEGATIVE_STOCK),
                org.assertj.core.groups.Tuple.tuple(12, Problem.BAD_WEBSHOP));
        assertThat(report.counts().created()).isEqualTo(3);
        assertThat(catalog.bySkus(List.of("OK-1", "OK-2", "AFTER", "BAD-PRICE"))).containsOnlyKeys("OK-1", "OK-2", "AFTER");

        Product ok1 = catalog.bySku("OK-1").orElseThrow();
        assertThat(ok1.netPrice()).isEqualByComparingTo("1990.5");
        assertThat(ok1.vatRate().code()).isEqualTo("27");
        assertThat(ok1.firstCategory()).contains("Ruházat/Pólók");
        assertThat(ok1.categories().get(0).dimension()).isEqualTo("Termékcsoport");
        assertThat(ok1.field("webshop")).contains("true");
        assertThat(new JdbcInventory(database).levels("KÖZPONT", List.of("OK-1")).get("OK-1").onHand())
                .isEqualByComparingTo("5");
        Product ok2 = catalog.bySku("OK-2").orElseThrow();
        assertThat(ok2.name()).isEqualTo("Több\nsoros");
        assertThat(ok2.note()).isEqualTo("idéz \"így\"");
        assertThat(ok2.vatRate().code()).isEqualTo("AAM");
    }

    @Test
    void reimportUpdatesBySkuAndLeavesUnchangedProductsAlone() throws IOException {
        importCsv(HEADER + "A,Alma,kg,100,27,,Gyümölcs,,true,10\nB,Banán,kg,200,27,,Gyümölcs,,false,\n");
        Instant firstChange = catalog.bySku("B").orElseThrow().lastModified();

        ImportReport report = importCsv(HEADER + "A,Alma (új),kg,120,18,megjegyzés,,,,3\nB,Banán,kg,200,27,,Gyümölcs,,,\n");

        assertThat(report.counts().updated()).isEqualTo(1);
        assertThat(report.counts().unchanged()).isEqualTo(1);
        Product a = catalog.bySku("A").orElseThrow();
        assertThat(a.name()).isEqualTo("Alma (új)");
        assertThat(a.netPrice()).isEqualByComparingTo("120");
        assertThat(a.vatRate().code()).isEqualTo("18");
        assertThat(a.categories()).as("an empty category cell removes the category").isEmpty();
        assertThat(a.field("webshop")).as("an empty webshop cell keeps the flag").contains("true");
        assertThat(new JdbcInventory(database).levels("KÖZPONT", List.of("A")).get("A").onHand())
                .isEqualByComparingTo("3");
        assertThat(catalog.bySku("B").orElseThrow().lastModified()).isEqualTo(firstChange);
        assertThat(TestDatabase.count(database, "SELECT COUNT(*) FROM product")).isEqualTo(2);
    }

    @Test
    void imageIsResolvedAgainstTheCsvFolderAndAMissingFileIsNoImportError() throws IOException {
        Files.createDirectories(dir.resolve("img"));
        Files.write(dir.resolve("img/a.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        ImportReport report = importCsv(HEADER + "A,Alma,db,100,27,,,img/a.png,,\nB,Banán,db,100,27,,,img/missing.jpg,,\n");

        assertThat(report.problems()).isEmpty();
        assertThat(catalog.bySku("A").orElseThrow().imageFile()).isEqualTo(dir.resolve("img/a.png").toAbsolutePath());
        assertThat(catalog.bySku("B").orElseThrow().imageFile()).isEqualTo(dir.resolve("img/missing.jpg").toAbsolutePath());
    }

    @Test
    void semicolonFilesWithByteOrderMarkAreRead() throws IOException {
        ImportReport report = importCsv("\uFEFFsku;name;net_price;vat_rate\nA;Alma;100,5;27\n");

        assertThat(report.problems()).isEmpty();
        assertThat(catalog.bySku("A").orElseThrow().netPrice()).isEqualByComparingTo(new BigDecimal("100.5"));
    }

    @Test
    void aHeaderWithoutARequiredColumnImportsNothing() {
        assertThatThrownBy(() -> importCsv("sku,name,vat_rate\nA,Alma,27\n"))
                .isInstanceOf(CsvHeaderException.class)
                .extracting(e -> ((CsvHeaderException) e).column()).isEqualTo("net_price");
        assertThat(TestDatabase.count(database, "SELECT COUNT(*) FROM product")).isZero();
    }
}
