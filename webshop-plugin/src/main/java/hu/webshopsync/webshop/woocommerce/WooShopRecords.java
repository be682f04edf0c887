package hu.webshopsync.webshop.woocommerce;

import com.fasterxml.jackson.databind.JsonNode;
import hu.webshopsync.webshop.identity.ShopRecords;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** The WooCommerce adapter of {@link ShopRecords}, over {@link WooIdentityApi}. */
public final class WooShopRecords implements ShopRecords {

    private final WooIdentityApi api;

    WooShopRecords(WooIdentityApi api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    /**
     * @param connection the connection to the shop to judge
     * @return its look-ups
     */
    public static WooShopRecords on(ShopConnection connection) {
        return new WooShopRecords(connection.api(WooIdentityApi.class));
    }

    @Override
    public Map<Long, String> orderKeys(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : byId(api.orders(joined(ids), ids.size()), "order_key");
    }

    @Override
    public Map<Long, String> productSkus(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : byId(api.products(joined(ids), ids.size()), "sku");
    }

    private static Map<Long, String> byId(List<JsonNode> found, String field) {
        Map<Long, String> out = new HashMap<>();
        for (JsonNode node : found) {
            out.put(node.path("id").asLong(), node.path(field).asText());
        }
        return out;
    }

    private static String joined(Collection<Long> ids) {
        return ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }
}
