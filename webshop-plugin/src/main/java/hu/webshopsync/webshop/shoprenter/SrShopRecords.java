package hu.webshopsync.webshop.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;
import hu.webshopsync.webshop.identity.ShopRecords;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The identity check's look-ups on Shoprenter: orders and products by innerId, all of one kind in
 * one {@code POST /batch} of filtered GETs.
 */
public final class SrShopRecords implements ShopRecords {

    private final ShoprenterClient client;
    private final SrShopCache cache;

    SrShopRecords(ShoprenterClient client, SrShopCache cache) {
        this.client = Objects.requireNonNull(client, "client");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    /**
     * @param connection the shop
     * @return its records
     */
    public static SrShopRecords on(SrConnection connection) {
        return new SrShopRecords(connection.client(), connection.cache());
    }

    /**
     * The orders found, each with the key the order source gives Shoprenter orders: they have no
     * secret order key like WooCommerce's, so the key is empty and finding the innerId is the evidence.
     */
    @Override
    public Map<Long, String> orderKeys(Collection<Long> ids) {
        Map<Long, String> out = new LinkedHashMap<>();
        byInnerId("orders", "order", ids).forEach((id, order) -> out.put(id, ""));
        return out;
    }

    @Override
    public Map<Long, String> productSkus(Collection<Long> ids) {
        Map<Long, String> out = new LinkedHashMap<>();
        byInnerId("products", "product", ids).forEach((id, p) -> out.put(id, SrValues.text(p, "sku").orElse("")));
        return out;
    }

    /** Reads each innerId with a filter; learns every id it sees. */
    Map<Long, JsonNode> byInnerId(String resource, String kind, Collection<Long> innerIds) {
        List<Long> wanted = new ArrayList<>(innerIds);
        List<BatchItem> items = wanted.stream()
                .map(id -> BatchItem.get(resource + "?innerId=" + id + "&full=1"))
                .toList();
        Map<Long, JsonNode> out = new LinkedHashMap<>();
        if (items.isEmpty()) {
            return out;
        }
        List<BatchOutcome> outcomes = client.batch(items);
        for (int i = 0; i < outcomes.size(); i++) {
            BatchOutcome o = outcomes.get(i);
            if (!o.ok()) {
                continue;
            }
            for (JsonNode item : SrValues.list(o.body(), "items")) {
                OptionalLong inner = SrValues.integer(item, "innerId");
                if (inner.isPresent() && inner.getAsLong() == wanted.get(i)) {
                    SrValues.text(item, "id").ifPresent(id -> cache.learn(kind, inner.getAsLong(), id));
                    out.put(inner.getAsLong(), item);
                }
            }
        }
        return out;
    }
}
