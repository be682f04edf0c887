package hu.webshopsync.host.demo;

import com.fasterxml.jackson.databind.JsonNode;
import hu.webshopsync.host.text.Texts;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A real WooCommerce shop the user pointed the demo at ({@code --url}); read through its REST API.
 */
final class RemoteShop implements DemoShop {

    private static final int PAGE = 100;

    private final ShopAccess access;
    private final ShopRest rest;

    RemoteShop(ShopAccess access) {
        this.access = access;
        this.rest = new ShopRest(access);
    }

    @Override
    public String url() {
        return access.url();
    }

    @Override
    public List<String> moduleSettings(String warehouse) {
        return access.moduleSettings(warehouse);
    }

    @Override
    public String redact(String text) {
        return access.redact(text);
    }

    @Override
    public ShopBuyers buyers(Texts texts) {
        return new ShopCustomers(rest, texts);
    }

    @Override
    public boolean emulated() {
        return false;
    }

    @Override
    public Map<String, Integer> stockBySku() throws IOException {
        Map<String, Integer> stock = new TreeMap<>();
        long pages = 1;
        for (int page = 1; page <= pages; page++) {
            ShopRest.Answer answer = ok(rest.get("/products?per_page=" + PAGE + "&page=" + page));
            pages = answer.totalPages();
            for (JsonNode p : answer.body()) {
                String sku = p.path("sku").asText("");
                if (!sku.isEmpty() && p.path("manage_stock").asBoolean(false) && p.hasNonNull("stock_quantity")) {
                    stock.put(sku, p.get("stock_quantity").asInt());
                }
            }
        }
        return stock;
    }

    @Override
    public Optional<ShopItem> product(String sku) throws IOException {
        JsonNode found = ok(rest.get("/products?sku=" + URLEncoder.encode(sku, StandardCharsets.UTF_8))).body();
        if (!found.isArray() || found.isEmpty()) {
            return Optional.empty();
        }
        JsonNode p = found.get(0);
        List<String> categories = new ArrayList<>();
        p.path("categories").forEach(c -> categories.add(c.path("name").asText()));
        return Optional.of(new ShopItem(p.path("description").asText(""), categories, p.path("images").size()));
    }

    @Override
    public ShopTotals totals() throws IOException {
        return new ShopTotals(ok(rest.get("/products?per_page=1")).total(),
                ok(rest.get("/products/categories?per_page=1")).total(),
                ok(rest.get("/orders?per_page=1")).total(), -1);
    }

    private static ShopRest.Answer ok(ShopRest.Answer answer) throws IOException {
        if (answer.status() / 100 != 2) {
            throw new IOException("HTTP " + answer.status() + ": " + answer.body().path("message").asText(""));
        }
        return answer;
    }

    @Override
    public void close() {
        // nothing runs here: the shop lives elsewhere
    }
}
