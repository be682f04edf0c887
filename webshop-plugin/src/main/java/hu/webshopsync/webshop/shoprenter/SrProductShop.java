package hu.webshopsync.webshop.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;
import hu.webshopsync.api.LocalizedText;
import hu.webshopsync.api.VatRate;
import hu.webshopsync.webshop.products.PriceMode;
import hu.webshopsync.webshop.products.ProductShop;
import hu.webshopsync.webshop.products.Rejection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The product sync's shop on Shoprenter. Prices are net (the shop adds the VAT of the product's
 * tax class, which is matched by rate); look-ups and writes go through {@code POST /batch}; a
 * product's id in the ports is its innerId, and its API id is learned from every answer (or looked
 * up by {@code innerId=}), never built.
 */
final class SrProductShop implements ProductShop {

    private final ShoprenterClient client;
    private final SrShopCache cache;
    private final SrCatalog catalog;
    private final SrShopRecords records;
    // what taxClasses() handed the sync (a name) → the class's API id, for this run's writes
    private final Map<String, String> classIds = new ConcurrentHashMap<>();

    SrProductShop(ShoprenterClient client, SrShopCache cache) {
        this.client = Objects.requireNonNull(client, "client");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.catalog = new SrCatalog(client, cache);
        this.records = new SrShopRecords(client, cache);
    }

    /** Shoprenter's {@code price} is always net. */
    @Override
    public PriceMode priceMode() {
        return PriceMode.NET;
    }

    /**
     * Each ERP VAT code → the shop's tax class of that rate, by its name where the name tells it apart
     * (the run's report then says "27 % → 18 %"), else by its id; the WooCommerce map does not apply.
     */
    @Override
    public Map<String, String> taxClasses(Map<String, String> configured) {
        Map<BigDecimal, SrCatalog.TaxClass> byRate = catalog.taxClassesByRate();
        Map<String, Long> nameUses = byRate.values().stream().distinct()
                .collect(Collectors.groupingBy(SrCatalog.TaxClass::name, Collectors.counting()));
        Map<String, String> out = new LinkedHashMap<>();
        for (VatRate rate : VatRate.KNOWN) {
            SrCatalog.TaxClass c = byRate.get(SrCatalog.key(rate.percent()));
            if (c != null) {
                String key = !c.name().isBlank() && nameUses.get(c.name()) == 1 ? c.name() : c.id();
                classIds.put(key, c.id());
                out.put(rate.code(), key);
            }
        }
        return out;
    }

    @Override
    public List<ShopProduct> findBySkus(List<String> skus) {
        List<BatchItem> items = skus.stream()
                .map(sku -> BatchItem.get(ShoprenterClient.path("products", Map.of("sku", sku)) + "&full=1"))
                .toList();
        List<ShopProduct> found = new ArrayList<>();
        List<BatchOutcome> outcomes = items.isEmpty() ? List.of() : client.batch(items);
        for (int i = 0; i < outcomes.size(); i++) {
            BatchOutcome o = outcomes.get(i);
            if (o.statusCode() == 404) {
                continue;
            }
            if (!o.ok()) {
                throw new SrException(o.statusCode(), SrException.Kind.STATUS, "", o.message(), null, false);
            }
            String sku = skus.get(i);
            for (JsonNode p : SrValues.list(o.body(), "items")) {
                String theirs = SrValues.text(p, "sku").orElse("");
                OptionalLong inner = SrValues.integer(p, "innerId");
                // the sku filter may match more than the SKU itself (UNVERIFIED): compare here
                if (inner.isPresent() && theirs.equalsIgnoreCase(sku)) {
                    SrValues.text(p, "id").ifPresent(id -> cache.learn(SrIds.PRODUCT, inner.getAsLong(), id));
                    // a plain product names itself as its parent (fx product get_id.json)
                    boolean variant = SrValues.relationId(p, "parentProduct")
                            .filter(parent -> !parent.equals(SrValues.text(p, "id").orElse(""))).isPresent();
                    found.add(new ShopProduct(inner.getAsLong(), theirs, variant ? "variation" : "simple", 0));
                }
            }
        }
        return found;
    }

    @Override
    public boolean isEmpty() {
        return client.page("products", Map.of(), 0, 1).items().isEmpty();
    }

    @Override
    public List<WriteResult> write(List<ProductWrite> writes) {
        if (writes.isEmpty()) {
            return List.of();
        }
        resolveIds(writes);
        SrProductBody bodies = new SrProductBody(client.mapper(), catalog.hungarian().orElseThrow(
                () -> new SrException(200, SrException.Kind.STATUS, "", "the shop has no Hungarian language", null,
                        false)), id -> cache.id(SrIds.CATEGORY, id), key -> classIds.getOrDefault(key, key));
        WriteResult[] results = new WriteResult[writes.size()];
        List<BatchItem> items = new ArrayList<>();
        List<Integer> sent = new ArrayList<>();
        for (int i = 0; i < writes.size(); i++) {
            ProductWrite w = writes.get(i);
            Optional<String> apiId = w.create() ? Optional.empty() : cache.id(SrIds.PRODUCT, w.id());
            if (!w.create() && apiId.isEmpty()) {
                results[i] = new Rejected(new Rejection.UnknownProduct(refused(404, "product " + w.id() + " not found")));
                continue;
            }
            try {
                items.add(w.create() ? BatchItem.post("productExtend", bodies.of(w))
                        : BatchItem.put("productExtend/" + apiId.get(), bodies.of(w)));
                sent.add(i);
            } catch (SrProductBody.UnknownCategory e) {
                results[i] = new Rejected(new Rejection.CategoryGone(refused(404, e.getMessage() + " not found")));
            }
        }
        List<BatchOutcome> outcomes = items.isEmpty() ? List.of() : client.batch(items);
        List<String> clashing = new ArrayList<>();
        for (int k = 0; k < outcomes.size(); k++) {
            if (mayClash(writes.get(sent.get(k)), outcomes.get(k))) {
                clashing.add(writes.get(sent.get(k)).sku());
            }
        }
        // the creates the shop refused as existing are looked up together, in one batch
        List<ShopProduct> existing = clashing.isEmpty() ? List.of() : findBySkus(clashing);
        for (int k = 0; k < outcomes.size(); k++) {
            int i = sent.get(k);
            results[i] = result(writes.get(i), outcomes.get(k), existing);
        }
        return List.of(results);
    }

    /** A create the shop refused as if its SKU were taken (409, or words saying so), not for its category. */
    private static boolean mayClash(ProductWrite w, BatchOutcome o) {
        String message = o.message().toLowerCase(Locale.ROOT);
        return w.create() && !o.ok() && !message.contains("category")
                && (o.statusCode() == 409 || message.contains("sku") && message.contains("exist"));
    }

    /** Looks up, in one batch, the API ids of updated products this connection has not seen yet. */
    private void resolveIds(List<ProductWrite> writes) {
        List<Long> unknown = writes.stream().filter(w -> !w.create()).map(ProductWrite::id)
                .filter(id -> cache.id(SrIds.PRODUCT, id).isEmpty()).distinct().toList();
        if (!unknown.isEmpty()) {
            records.byInnerId("products", SrIds.PRODUCT, unknown);
        }
    }

    private WriteResult result(ProductWrite w, BatchOutcome o, List<ShopProduct> existing) {
        if (o.ok()) {
            OptionalLong inner = SrValues.integer(o.body(), "innerId");
            long id = inner.isPresent() ? inner.getAsLong() : w.create() ? -1 : w.id();
            if (id < 0) {
                return new Rejected(new Rejection.Other(refused(o.statusCode(), "the answer names no innerId")));
            }
            SrValues.text(o.body(), "id").ifPresent(apiId -> cache.learn(SrIds.PRODUCT, id, apiId));
            return new Written(id, categories(o.body()));
        }
        LocalizedText says = refused(o.statusCode(), o.message());
        String message = o.message().toLowerCase(Locale.ROOT);
        if (o.statusCode() == 404 && !w.create()) {
            cache.forget(SrIds.PRODUCT, w.id());
            return new Rejected(new Rejection.UnknownProduct(says));
        }
        if (message.contains("category")) {
            return new Rejected(new Rejection.CategoryGone(says));
        }
        if (mayClash(w, o)) {
            Optional<ShopProduct> owner = existing.stream().filter(p -> p.sku().equalsIgnoreCase(w.sku())).findFirst();
            if (owner.isPresent()) {
                return new Rejected(new Rejection.DuplicateSku(owner.get().id(), says));
            }
        }
        return new Rejected(new Rejection.Other(says));
    }

    /** The categories the answer names, when each is known here; empty when any is not. */
    private List<Long> categories(JsonNode product) {
        List<Long> out = new ArrayList<>();
        for (JsonNode relation : SrValues.list(product, "productCategoryRelations")) {
            Optional<String> id = SrValues.relationId(relation, "category");
            OptionalLong inner = id.isEmpty() ? OptionalLong.empty() : cache.innerId(SrIds.CATEGORY, id.get());
            if (inner.isEmpty()) {
                return List.of();
            }
            out.add(inner.getAsLong());
        }
        return out;
    }

    private static LocalizedText refused(int status, String message) {
        return LocalizedText.of("fail.refused", String.valueOf(status), message);
    }
}
