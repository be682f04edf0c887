package hu.webshopsync.host.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hu.webshopsync.api.HostServices;
import hu.webshopsync.api.Product;
import hu.webshopsync.api.ProductQuery;
import hu.webshopsync.api.StockLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The way simple connectors push a catalog, for comparison: one product at a time, look it up by
 * SKU, then create or update it, with no batching and no memory of what was sent. It maps the same
 * fields as the plugin (name, gross regular price, description, category, stock) and reads the same
 * ERP; categories are created once up front, so that they cost the naive way nothing per product.
 * It runs on the JDK's HTTP client because the plugin's own client lives in the plugin's class
 * loader and is not meant to be called from outside.
 */
final class NaivePusher {

    private final HostServices erp;
    private final ShopHttp shop;
    private final Map<String, Long> categoryIds = new HashMap<>();

    /** What a push did; {@code productSeconds} excludes the category set-up. */
    record Result(int products, double productSeconds) {
    }

    NaivePusher(HostServices erp, ShopHttp shop) {
        this.erp = erp;
        this.shop = shop;
    }

    /**
     * Creates the categories, then pushes the first {@code limit} marked products.
     *
     * @param limit products to push
     * @return what was pushed and how long the products took
     */
    Result push(int limit) {
        for (String path : CatalogModel.categories()) {
            int slash = path.lastIndexOf('/');
            ObjectNode category = shop.json().createObjectNode();
            category.put("name", path.substring(slash + 1));
            category.put("parent", slash < 0 ? 0 : categoryIds.get(path.substring(0, slash)));
            categoryIds.put(path, shop.post("/products/categories", category).path("id").asLong());
        }
        long started = System.nanoTime();
        int pushed = 0;
        ProductQuery query = ProductQuery.withField("webshop", "true", Math.min(limit, 500));
        while (pushed < limit) {
            List<Product> page = erp.products().find(query);
            if (page.isEmpty()) {
                break;
            }
            Map<String, StockLevel> stock = erp.inventory().levels(CatalogModel.WAREHOUSE,
                    page.stream().map(Product::sku).toList());
            for (Product product : page) {
                if (pushed == limit) {
                    break;
                }
                pushOne(product, stock.getOrDefault(product.sku(), StockLevel.ZERO));
                pushed++;
            }
            query = query.after(page.get(page.size() - 1).sku());
        }
        return new Result(pushed, (System.nanoTime() - started) / 1e9);
    }

    private void pushOne(Product product, StockLevel stock) {
        JsonNode found = shop.get("/products?sku=" + URLEncoder.encode(product.sku(), StandardCharsets.UTF_8));
        ObjectNode body = shop.json().createObjectNode();
        body.put("name", product.name());
        body.put("type", "simple");
        body.put("sku", product.sku());
        body.put("regular_price", product.netPrice()
                .multiply(BigDecimal.ONE.add(product.vatRate().percent().movePointLeft(2)))
                .setScale(0, RoundingMode.HALF_UP).toPlainString());
        body.put("description", product.note());
        product.firstCategory().map(categoryIds::get)
                .ifPresent(id -> body.putArray("categories").addObject().put("id", id));
        body.put("manage_stock", true);
        body.put("stock_quantity", stock.available());
        if (found.isArray() && !found.isEmpty()) {
            shop.put("/products/" + found.get(0).path("id").asLong(), body);
        } else {
            shop.post("/products", body);
        }
    }
}
