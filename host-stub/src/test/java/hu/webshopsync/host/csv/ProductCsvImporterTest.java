package hu.webshopsync.host.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import hu.webshopsync.api.FieldType;
import hu.webshopsync.api.ModuleRegistry;
import hu.webshopsync.api.Product;
import hu.webshopsync.api.ProductSheetField;
import hu.webshopsync.host.TestDatabase;
import hu.webshopsync.host.catalog.JdbcProductCatalog;
import hu.webshopsync.host.catalog.ProductRules;
import hu.webshopsync.host.catalog.SheetFieldDefaults;
import hu.webshopsync.host.csv.RowProblem.Problem;
import hu.webshopsync.host.db.Database;
import hu.webshopsync.host.inventory.JdbcInventory;
import hu.webshopsync.host.testplugin.TestSheetField;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
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
        importer = new ProductCsvImporter(database, Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC),
                List.of(new TestSheetField(), new Field("weight", FieldType.DECIMAL), new Field("shelf", FieldType.TEXT)));
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

        assertThat(report.problems()).extracting(RowProblem::line, RowProblem::reason).containsExactly(
                tuple(3, ProductRules.Problem.MISSING_SKU.name()),
                tuple(4, ProductRules.Problem.EMPTY_NAME.name()),
                tuple(5, ProductRules.Problem.BAD_PRICE.name()),
                tuple(6, ProductRules.Problem.NEGATIVE_PRICE.name()),
                tuple(7, ProductRules.Problem.UNKNOWN_VAT.name()),
                tuple(8, Problem.DUPLICATE_SKU.name()),
                tuple(9, Problem.COLUMN_COUNT.name()),
                tuple(10, ProductRules.Problem.BAD_STOCK.name()),
                tuple(11, ProductRules.Problem.NEGATIVE_STOCK.name()),
                tuple(12, Problem.BAD_WEBSHOP.name()));
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

    @Test
    void oneBadValueRefusesOnlyItsRowAndTheGoodRowsAreStored() throws IOException {
        String longSku = "S".repeat(300);
        ImportReport report = importCsv("sku,name,unit,net_price,vat_rate\n"
                + "GOOD-1,Alma,db,100,27\n"                               // 2
                + "LONG-NAME," + "N".repeat(501) + ",db,100,27\n"          // 3
                + "LONG-UNIT,Körte," + "u".repeat(300) + ",100,27\n"       // 4
                + longSku + ",Szilva,db,100,27\n"                          // 5
                + "HUGE-PRICE,Barack,db,1e999999999,27\n"                  // 6
                + "BIG-PRICE,Dinnye,db,1000000000000000,27\n"              // 7
                + "GOOD-2,Banán,db,200,27\n");                             // 8

        assertThat(report.problems()).extracting(RowProblem::line, RowProblem::sku, RowProblem::reason).containsExactly(
                tuple(3, "LONG-NAME", ProductRules.Problem.NAME_TOO_LONG.name()),
                tuple(4, "LONG-UNIT", ProductRules.Problem.UNIT_TOO_LONG.name()),
                tuple(5, ProductRules.shorten(longSku), ProductRules.Problem.SKU_TOO_LONG.name()),
                tuple(6, "HUGE-PRICE", ProductRules.Problem.BAD_PRICE.name()),
                tuple(7, "BIG-PRICE", ProductRules.Problem.PRICE_TOO_LARGE.name()));
        assertThat(report.problems().get(0).detail()).isEqualTo("501/500");
        assertThat(report.counts().created()).isEqualTo(2);
        assertThat(catalog.bySkus(List.of("GOOD-1", "GOOD-2"))).containsOnlyKeys("GOOD-1", "GOOD-2");
        assertThat(TestDatabase.count(database, "SELECT COUNT(*) FROM product")).isEqualTo(2);
    }

    @Test
    void windows1250ExcelFileWithForintPricesImportsAndTheReportNamesTheEncoding() throws IOException {
        Path file = dir.resolve("excel.csv");
        Files.write(file, ("sku;name;net_price;vat_rate;unit\r\n"
                + "TŰ-1;Tűzőgép ő;1 000,00 Ft;27%;db\r\n"
                + "TŰ-2;Őszi levél;1\u00A0234,50;27;db\r\n"
                + "TŰ-3;Fűrész;1000.- Ft;27;db\r\n"
                + "TŰ-4;Ár HUF-ban;990 HUF;5;db\r\n").getBytes(TextEncoding.WINDOWS_1250));

        ImportReport report = importer.importFile(file);

        assertThat(report.problems()).isEmpty();
        assertThat(report.encoding()).isEqualTo("windows-1250");
        assertThat(catalog.bySku("TŰ-1").orElseThrow().name()).isEqualTo("Tűzőgép ő");
        assertThat(catalog.bySku("TŰ-1").orElseThrow().netPrice()).isEqualByComparingTo("1000");
        assertThat(catalog.bySku("TŰ-2").orElseThrow().name()).isEqualTo("Őszi levél");
        assertThat(catalog.bySku("TŰ-2").orElseThrow().netPrice()).isEqualByComparingTo("1234.5");
        assertThat(catalog.bySku("TŰ-3").orElseThrow().netPrice()).isEqualByComparingTo("1000");
        assertThat(catalog.bySku("TŰ-4").orElseThrow().netPrice()).isEqualByComparingTo("990");
    }

    @Test
    void iso88592FileImportsDetectedAndWithAnExplicitEncoding() throws IOException {
        Path file = dir.resolve("latin2.csv");
        Files.write(file, "sku,name,net_price,vat_rate\nŐ-1,Hűtő ő,100,27\n"
                .getBytes(java.nio.charset.Charset.forName("ISO-8859-2")));

        ImportReport detected = importer.importFile(file);
        assertThat(detected.problems()).isEmpty();
        assertThat(catalog.bySku("Ő-1").orElseThrow().name()).isEqualTo("Hűtő ő");

        ImportReport explicit = importer.importFile(file, new ImportOptions(
                java.util.Optional.of(java.nio.charset.Charset.forName("ISO-8859-2")), java.util.Optional.empty()));
        assertThat(explicit.encoding()).isEqualTo("ISO-8859-2");
        assertThat(explicit.counts().unchanged()).isEqualTo(1);
    }

    @Test
    void utf8WithAndWithoutBomIsTakenAsUtf8() throws IOException {
        assertThat(importCsv("\uFEFFsku,name,net_price,vat_rate\nA,Árvíztűrő,100,27\n").encoding()).isEqualTo("UTF-8");
        assertThat(importCsv("sku,name,net_price,vat_rate\nA,Árvíztűrő,100,27\n").encoding()).isEqualTo("UTF-8");
        assertThat(catalog.bySku("A").orElseThrow().name()).isEqualTo("Árvíztűrő");
    }

    @Test
    void binaryDamagedAndHugeInputIsRefusedWithAReason() throws IOException {
        Path garbage = dir.resolve("garbage.csv");
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        Files.write(garbage, bytes);
        assertThatThrownBy(() -> importer.importFile(garbage)).isInstanceOf(UnreadableCsvException.class)
                .extracting(e -> ((UnreadableCsvException) e).kind()).isEqualTo(UnreadableCsvException.Kind.NOT_TEXT);

        Path damaged = dir.resolve("damaged.csv");
        Files.write(damaged, join("sku,name,net_price,vat_rate\nA,Körte,100,27\nB,".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC5, (byte) 0xFF}, ",100,27\n".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> importer.importFile(damaged)).isInstanceOf(UnreadableCsvException.class)
                .extracting(e -> ((UnreadableCsvException) e).line()).isEqualTo(3);

        StringBuilder wide = new StringBuilder("sku,name,net_price,vat_rate");
        for (int i = 0; i < 20_000; i++) {
            wide.append(",stock:W").append(i);
        }
        assertThatThrownBy(() -> importCsv(wide + "\n")).isInstanceOf(CsvHeaderException.class)
                .extracting(e -> ((CsvHeaderException) e).kind()).isEqualTo(CsvHeaderException.Kind.HEADER_TOO_LONG);
        assertThatThrownBy(() -> importCsv(wide.substring(0, 30_000) + "\n")).isInstanceOf(CsvHeaderException.class)
                .extracting(e -> ((CsvHeaderException) e).kind()).isEqualTo(CsvHeaderException.Kind.TOO_MANY_COLUMNS);
        assertThat(TestDatabase.count(database, "SELECT COUNT(*) FROM product")).isZero();
    }

    @Test
    void imagesOutsideTheCsvFolderAreRefusedNamingTheProduct() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        Files.write(outside.resolve("secret.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Path shop = Files.createDirectories(dir.resolve("shop"));
        Files.createDirectories(shop.resolve("img"));
        Files.write(shop.resolve("img/ok.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.createSymbolicLink(shop.resolve("img/link.png"), outside.resolve("secret.png"));
        Files.createSymbolicLink(shop.resolve("linkdir"), outside);
        Path file = shop.resolve("products.csv");
        Files.writeString(file, "sku,name,net_price,vat_rate,image\n"
                + "OK,Jó,100,27,img/ok.png\n"
                + "UP,Fel,100,27,../elsewhere/secret.png\n"
                + "ABS,Abszolút,100,27," + outside.resolve("secret.png").toAbsolutePath() + "\n"
                + "LINK,Link,100,27,img/link.png\n"
                + "DIR,Mappa,100,27,linkdir/secret.png\n"
                + "INSIDE-ABS,Belül,100,27," + shop.resolve("img/ok.png").toAbsolutePath() + "\n");

        ImportReport report = importer.importFile(file);

        assertThat(report.problems()).extracting(RowProblem::sku, RowProblem::reason).containsExactly(
                tuple("UP", ProductRules.Problem.IMAGE_OUTSIDE_ROOT.name()),
                tuple("ABS", ProductRules.Problem.IMAGE_OUTSIDE_ROOT.name()),
                tuple("LINK", ProductRules.Problem.IMAGE_OUTSIDE_ROOT.name()),
                tuple("DIR", ProductRules.Problem.IMAGE_OUTSIDE_ROOT.name()));
        assertThat(catalog.bySkus(List.of("OK", "INSIDE-ABS", "UP", "ABS", "LINK", "DIR")))
                .containsOnlyKeys("OK", "INSIDE-ABS");

        ImportReport rooted = importer.importFile(file, new ImportOptions(java.util.Optional.empty(),
                java.util.Optional.of(dir)));
        assertThat(rooted.problems()).as("a wider configured root admits the folder beside the CSV").isEmpty();
    }

    @Test
    void fieldColumnsFillAnyDeclaredSheetFieldByItsTypeAndBadValuesKeepTheirLine() throws IOException {
        ImportReport report = importCsv("sku,name,net_price,vat_rate,field:weight,Field:Shelf,field:webshop\n"
                + "A,Alma,100,27,\" 1.50 \",B-3,igen\n"   // 2
                + "B,Banán,100,27,sok,,\n"                  // 3
                + "C,Citrom,100,27,,,talán\n"               // 4
                + "D,Dinnye,100,27,2,,nem\n");              // 5

        assertThat(report.problems()).extracting(RowProblem::line, RowProblem::sku, RowProblem::reason,
                RowProblem::detail).containsExactly(
                tuple(3, "B", "BAD_FIELD_DECIMAL", "field:weight=sok"),
                tuple(4, "C", "BAD_FIELD_BOOLEAN", "field:webshop=talán"));
        Product a = catalog.bySku("A").orElseThrow();
        assertThat(a.fields()).containsEntry("weight", "1.50").containsEntry("shelf", "B-3").containsEntry("webshop", "true");
        assertThat(catalog.bySku("D").orElseThrow().fields()).containsEntry("weight", "2").containsEntry("webshop", "false")
                .as("an empty cell leaves the field alone").doesNotContainKey("shelf");
    }

    @Test
    void aFieldColumnNoLoadedPluginDeclaresStopsTheImportNamingTheColumnAndTheKnownKeys() {
        assertThatThrownBy(() -> importCsv("sku,name,net_price,vat_rate,field:colour\nA,Alma,100,27,piros\n"))
                .isInstanceOfSatisfying(CsvHeaderException.class, e -> {
                    assertThat(e.kind()).isEqualTo(CsvHeaderException.Kind.UNKNOWN_FIELD);
                    assertThat(e.column()).isEqualTo("field:colour");
                    assertThat(e.known()).containsExactly("webshop", "weight", "shelf");
                });
        assertThatThrownBy(() -> new ProductCsvImporter(database, Clock.systemUTC()).importFile(
                Files.writeString(dir.resolve("old.csv"), "sku,name,net_price,vat_rate,webshop\nA,Alma,100,27,true\n")))
                .as("without the plugin that declares it, the webshop column is unknown too")
                .isInstanceOfSatisfying(CsvHeaderException.class, e -> {
                    assertThat(e.kind()).isEqualTo(CsvHeaderException.Kind.UNKNOWN_FIELD);
                    assertThat(e.known()).isEmpty();
                });
        assertThatThrownBy(() -> importCsv("sku,name,net_price,vat_rate,webshop,field:webshop\nA,Alma,100,27,true,true\n"))
                .as("the alias and the field column fill the same field")
                .isInstanceOfSatisfying(CsvHeaderException.class,
                        e -> assertThat(e.kind()).isEqualTo(CsvHeaderException.Kind.DUPLICATE_COLUMN));
        assertThat(TestDatabase.count(database, "SELECT COUNT(*) FROM product")).isZero();
    }

    /** A sheet field of any type, always visible. */
    private record Field(String key, FieldType type) implements ProductSheetField {

        @Override
        public String label(Locale locale) {
            return key;
        }

        @Override
        public boolean isVisible(ModuleRegistry modules) {
            return true;
        }
    }

    private static byte[] join(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
