package hu.webshopsync.webshop.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;
import hu.webshopsync.webshop.stock.StockShop;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The stock audit's reads on Shoprenter: every product, {@value StockShop#PAGE_SIZE} a page, with
 * {@code stock1} (the warehouse the sync writes) as its stock and {@code subtractStock} as whether
 * the shop tracks it.
 */
final class SrStockShop implements StockShop {

    private final ShoprenterClient client;
    private final SrShopCache cache;

    SrStockShop(ShoprenterClient client, SrShopCache cache) {
        this.client = Objects.requireNonNull(client, "client");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    @Override
    public List<ShopStock> page(int page) {
        SrPage read = client.page("products", Map.of(), page - 1, PAGE_SIZE);
        List<ShopStock> out = new ArrayList<>();
        for (JsonNode p : read.items()) {
            OptionalLong inner = SrValues.integer(p, "innerId");
            if (inner.isEmpty()) {
                continue;
            }
            SrValues.text(p, "id").ifPresent(id -> cache.learn(SrIds.PRODUCT, inner.getAsLong(), id));
            OptionalLong stock = SrValues.integer(p, "stock1");
            boolean managed = SrValues.text(p, "subtractStock").map("1"::equals).orElse(false);
            out.add(new ShopStock(inner.getAsLong(), SrValues.text(p, "sku").orElse(""), managed,
                    managed && stock.isPresent() ? stock.getAsLong() : null));
        }
        return out;
    }
}
