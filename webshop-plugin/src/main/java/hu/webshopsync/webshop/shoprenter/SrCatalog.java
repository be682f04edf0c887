package hu.webshopsync.webshop.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The shop's fixed reference data the adapter needs: the Hungarian language and the tax classes by
 * rate. Tax classes cannot be created through the API (only GET is documented), so a VAT rate
 * without a class is a configuration error the activation check names.
 */
final class SrCatalog {

    /**
     * A tax class.
     *
     * @param id   its API id
     * @param name its name, e.g. {@code 27 %}; "" when it has none
     */
    record TaxClass(String id, String name) {
    }

    private final ShoprenterClient client;
    private final SrShopCache cache;

    SrCatalog(ShoprenterClient client, SrShopCache cache) {
        this.client = Objects.requireNonNull(client, "client");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    /**
     * The Hungarian language's API id ({@code GET /languages?code=hu}; innerId 1 in the docs' fixtures,
     * but never assumed), read once per connection.
     *
     * @return the id, empty when the shop has no Hungarian language
     */
    Optional<String> hungarian() {
        Optional<String> known = cache.hungarianId();
        if (known.isPresent()) {
            return known;
        }
        SrPage page = client.page("languages", Map.of("code", "hu"), 0);
        Optional<String> id = page.items().stream()
                .filter(l -> SrValues.text(l, "code").filter(c -> c.equalsIgnoreCase("hu")).isPresent())
                .map(l -> SrValues.text(l, "id")).flatMap(Optional::stream).findFirst();
        id.ifPresent(cache::hungarianId);
        return id;
    }

    /**
     * The tax classes by rate, read fresh: {@code /taxClassExtend} with its rates embedded, or, when a
     * shop gives the rates as a link only, {@code /taxRates} grouped by class. A class whose rates
     * differ by zone counts for each of its rates; the first class found for a rate wins.
     *
     * @return rate (scale stripped, e.g. {@code 27}) → tax class
     */
    Map<BigDecimal, TaxClass> taxClassesByRate() {
        List<JsonNode> classes = all("taxClassExtend");
        Map<String, String> names = new LinkedHashMap<>();
        Map<BigDecimal, TaxClass> out = new LinkedHashMap<>();
        boolean linkedOnly = false;
        for (JsonNode c : classes) {
            Optional<String> id = SrValues.text(c, "id");
            JsonNode rates = c.get("taxRates");
            if (id.isEmpty()) {
                continue;
            }
            names.put(id.get(), SrValues.text(c, "name").orElse(""));
            if (rates != null && rates.isObject() && rates.has("href")) {
                linkedOnly = true;
                continue;
            }
            for (JsonNode rate : SrValues.list(c, "taxRates")) {
                SrValues.decimal(rate, "rate").ifPresent(r -> out.putIfAbsent(key(r),
                        new TaxClass(id.get(), names.get(id.get()))));
            }
        }
        if (linkedOnly) {
            for (JsonNode rate : all("taxRates")) {
                Optional<String> classId = SrValues.relationId(rate, "taxClass");
                Optional<BigDecimal> r = SrValues.decimal(rate, "rate");
                if (classId.isPresent() && r.isPresent()) {
                    out.putIfAbsent(key(r.get()), new TaxClass(classId.get(), names.getOrDefault(classId.get(), "")));
                }
            }
        }
        return out;
    }

    static BigDecimal key(BigDecimal rate) {
        BigDecimal k = rate.stripTrailingZeros();
        return k.scale() < 0 ? k.setScale(0) : k;
    }

    private List<JsonNode> all(String resource) {
        List<JsonNode> out = new ArrayList<>();
        for (int page = 0; ; page++) {
            SrPage p = client.page(resource, Map.of(), page);
            out.addAll(p.items());
            if (!p.hasNext() || p.items().isEmpty()) {
                return out;
            }
        }
    }
}
