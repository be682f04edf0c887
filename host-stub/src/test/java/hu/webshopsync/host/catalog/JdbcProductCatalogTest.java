package hu.webshopsync.host.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.api.Product;
import hu.webshopsync.api.ProductCatalog;
import hu.webshopsync.api.ProductQuery;
import hu.webshopsync.host.TestDatabase;
import hu.webshopsync.host.csv.ProductCsvImporter;
import hu.webshopsync.host.testplugin.TestSheetField;
import hu.webshopsync.host.db.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcProductCatalogTest {

    @TempDir
    Path dir;

    private Database database;

    @BeforeEach
    void seed() throws IOException {
        database = TestDatabase.open(dir.resolve("data"));
        StringBuilder csv = new StringBuilder("sku,name,net_price,vat_rate,category,webshop\n");
        // every third product is marked for the webshop; every fifth has no webshop value at all
        IntStream.range(0, 2500).forEach(i -> csv.append(String.format("P%05d,Termék %d,%d,27,Csoport/%d,%s%n",
                i, i, 100 + i, i % 4, i % 5 == 0 ? "" : Boolean.toString(i % 3 == 0))));
        Files.writeString(dir.resolve("p.csv"), csv);
        new ProductCsvImporter(database, Clock.systemUTC(), List.of(new TestSheetField())).importFile(dir.resolve("p.csv"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void keysetPagingWithAFieldFilterWalksEveryMarkedProductOnce() {
        JdbcProductCatalog catalog = new JdbcProductCatalog(database, SheetFieldDefaults.NONE);
        List<String> walked = new ArrayList<>();
        for (ProductQuery q = ProductQuery.withField("webshop", "true", 300); ; ) {
            List<Product> page = catalog.find(q);
            page.forEach(p -> walked.add(p.sku()));
            if (page.size() < 300) {
                break;
            }
            q = q.after(page.get(page.size() - 1).sku());
        }
        long expected = IntStream.range(0, 2500).filter(i -> i % 5 != 0 && i % 3 == 0).count();
        assertThat(walked).hasSize((int) expected).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void countAgreesWithWalkingEveryPageFromTheQuerysStart() {
        JdbcProductCatalog catalog = new JdbcProductCatalog(database, () -> Map.of("webshop", "false"));
        ProductCatalog paging = new ProductCatalog() {
            @Override
            public List<Product> find(ProductQuery query) {
                return catalog.find(query);
            }

            @Override
            public Map<String, Product> bySkus(Collection<String> skus) {
                return catalog.bySkus(skus);
            }
        };
        List<ProductQuery> queries = List.of(ProductQuery.withField("webshop", "true", 300),
                ProductQuery.withField("webshop", "false", 1_000), ProductQuery.all(10_000),
                ProductQuery.withField("webshop", "true", 7).after("P01200"),
                ProductQuery.all(2).onlySkus(Set.of("P00003", "P00006", "P00007", "NOPE")),
                ProductQuery.withField("webshop", "true", 2).onlySkus(Set.of("P00003", "P00006", "P00007")));

        for (ProductQuery q : queries) {
            assertThat(catalog.count(q)).as(q.toString()).isEqualTo(paging.count(q));
        }
        assertThat(catalog.count(queries.get(0)))
                .isEqualTo(IntStream.range(0, 2500).filter(i -> i % 5 != 0 && i % 3 == 0).count());
        assertThat(catalog.count(queries.get(4))).isEqualTo(3);
        assertThat(catalog.count(queries.get(5))).isEqualTo(2);
    }

    @Test
    void productsWithoutAStoredValueMatchTheFieldsDefault() {
        JdbcProductCatalog catalog = new JdbcProductCatalog(database, () -> Map.of("webshop", "false"));

        List<Product> unmarked = catalog.find(ProductQuery.withField("webshop", "false", 10_000));

        long expected = IntStream.range(0, 2500).filter(i -> i % 5 == 0 || i % 3 != 0).count();
        assertThat(unmarked).hasSize((int) expected);
        assertThat(catalog.bySku("P00000").orElseThrow().field("webshop")).contains("false");
    }

    @Test
    void bySkusReadsLargeSelectionsInChunks() {
        JdbcProductCatalog catalog = new JdbcProductCatalog(database, SheetFieldDefaults.NONE);
        List<String> skus = new ArrayList<>();
        IntStream.range(0, 2600).forEach(i -> skus.add(String.format("P%05d", i)));

        Map<String, Product> found = catalog.bySkus(skus);

        assertThat(found).hasSize(2500);
        Product p = found.get("P01234");
        assertThat(p.name()).isEqualTo("Termék 1234");
        assertThat(p.firstCategory()).contains("Csoport/2");
        assertThat(catalog.find(ProductQuery.all(5).onlySkus(Set.of("P00007", "P00003", "NOPE"))))
                .extracting(Product::sku).containsExactly("P00003", "P00007");
    }

    @Test
    void searchFiltersBySkuOrNameInTheDatabaseAndPagesByKeyset() {
        JdbcProductCatalog catalog = new JdbcProductCatalog(database, SheetFieldDefaults.NONE);
        // "termék 12" is in the names of 12, 120-129 and 1200-1299: 111 products, found in pages of 40
        List<String> walked = new ArrayList<>();
        for (String after = null; ; ) {
            List<Product> page = catalog.search("TERMÉK 12", after, 40);
            page.forEach(p -> walked.add(p.sku()));
            if (page.size() < 40) {
                break;
            }
            after = page.get(page.size() - 1).sku();
        }

        assertThat(walked).hasSize(111).isSorted().doesNotHaveDuplicates().contains("P00012", "P00129", "P01299")
                .doesNotContain("P00013", "P01300");
        assertThat(catalog.countMatching("TERMÉK 12")).isEqualTo(111);
        assertThat(catalog.search("p0249", null, 100)).extracting(Product::sku)
                .as("by SKU, ignoring case").containsExactly("P02490", "P02491", "P02492", "P02493", "P02494",
                        "P02495", "P02496", "P02497", "P02498", "P02499");
        assertThat(catalog.countMatching("  ")).isEqualTo(2500);
        assertThat(catalog.countMatching("%")).as("a wildcard is a plain character").isZero();
        assertThat(catalog.countMatching("P_0001")).isZero();
    }
}
