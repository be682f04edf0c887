package hu.webshopsync.host.bench;

import hu.webshopsync.host.catalog.ImagePaths;
import hu.webshopsync.host.catalog.ProductUpsert;
import hu.webshopsync.host.catalog.ProductWriter;
import hu.webshopsync.host.db.Database;
import hu.webshopsync.host.inventory.StockWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Fills and changes the benchmark's ERP through the host's own bulk writers (the CSV import's
 * path), a thousand products per transaction, without holding the catalog in memory.
 */
final class ErpBuilder {

    private static final int BATCH = 1_000;

    private final Database database;
    private final Clock clock;
    private final CatalogModel model;
    private final ImagePaths imagePaths;
    // products whose price was raised; their later writes must carry the new price
    private final Set<Integer> raised = new java.util.HashSet<>();

    ErpBuilder(Database database, Clock clock, CatalogModel model) {
        this.database = database;
        this.clock = clock;
        this.model = model;
        this.imagePaths = new ImagePaths(database.dataDir());
    }

    /**
     * Creates {@code count} products marked Webáruházas with stock in {@link CatalogModel#WAREHOUSE},
     * plus the shipping product the order import books shipping on.
     *
     * @param count products
     */
    void createProducts(int count) {
        for (int from = 0; from < count; from += BATCH) {
            int to = Math.min(count, from + BATCH);
            List<ProductUpsert> products = new ArrayList<>(to - from);
            List<Integer> stock = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                CatalogModel.Item item = model.item(i);
                products.add(new ProductUpsert(item.sku(), item.name(), "db", item.netPrice(), item.vatCode(),
                        item.note(), item.category(), null, Map.of("webshop", "true")));
                stock.add(item.stock());
            }
            write(products, stock);
        }
        write(List.of(new ProductUpsert(CatalogModel.SHIPPING_SKU, "Szállítási díj", "db", new BigDecimal("1173"),
                "27", "", null, null, Map.of())), List.of());
    }

    /**
     * Raises the price of the given products by 5%.
     *
     * @param indexes the products
     */
    void raisePrices(List<Integer> indexes) {
        raised.addAll(indexes);
        update(indexes, i -> null);
    }

    /**
     * Sets the image of the given products to the files in {@code folder}.
     *
     * @param indexes the products
     * @param folder  the images folder
     */
    void linkImages(List<Integer> indexes, Path folder) {
        update(indexes, i -> imagePaths.toStored(folder.resolve(ImageMaker.fileName(i))));
    }

    private void update(List<Integer> indexes, IntFunction<String> image) {
        for (int from = 0; from < indexes.size(); from += BATCH) {
            List<ProductUpsert> products = new ArrayList<>();
            for (int i : indexes.subList(from, Math.min(indexes.size(), from + BATCH))) {
                CatalogModel.Item item = model.item(i);
                BigDecimal price = raised.contains(i) ? CatalogModel.raised(item.netPrice()) : item.netPrice();
                products.add(new ProductUpsert(item.sku(), item.name(), null, price, item.vatCode(), null, null,
                        image.apply(i), Map.of()));
            }
            write(products, List.of());
        }
    }

    private void write(List<ProductUpsert> products, List<Integer> stock) {
        database.inTransaction("benchmark catalog", connection -> {
            Map<String, Long> ids = new HashMap<>();
            ProductWriter.upsert(connection, products, clock.instant(), ids);
            List<StockWriter.OnHand> levels = new ArrayList<>(stock.size());
            for (int i = 0; i < stock.size(); i++) {
                levels.add(new StockWriter.OnHand(ids.get(products.get(i).sku()), CatalogModel.WAREHOUSE,
                        BigDecimal.valueOf(stock.get(i))));
            }
            StockWriter.setOnHand(connection, levels);
            return null;
        });
    }
}
