package hu.webshopsync.webshop.woocommerce;

import feign.TypedResponse;
import hu.webshopsync.webshop.categories.CategoryShop;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@link CategoryShop} over the WooCommerce REST API.
 */
final class WooCategoryShop implements CategoryShop {

    private static final int PER_PAGE = 100;
    private static final int BATCH = 100;

    private final WooCategoriesApi api;

    /**
     * @param api the categories client
     */
    public WooCategoryShop(WooCategoriesApi api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    @Override
    public Page page(int page) {
        TypedResponse<List<WooCategory>> response = api.list(page, PER_PAGE);
        List<WooCategory> body = response.body() == null ? List.of() : response.body();
        List<ShopCategory> categories = body.stream().map(c -> new ShopCategory(c.id(), c.name(), c.parent())).toList();
        Integer totalPages = totalPages(response.headers());
        boolean last = totalPages != null ? page >= totalPages : body.size() < PER_PAGE;
        return new Page(categories, last);
    }

    @Override
    public long createOrFind(String name, long parent) {
        try {
            return api.create(WooCategory.toCreate(name, parent)).id();
        } catch (WooCommerceException e) {
            if ("term_exists".equals(e.code()) && e.resourceId().isPresent()) {
                return e.resourceId().get();
            }
            throw e;
        }
    }

    @Override
    public Map<NewCategory, Long> createAll(List<NewCategory> categories) {
        Map<NewCategory, Long> ids = new HashMap<>();
        for (int from = 0; from < categories.size(); from += BATCH) {
            List<NewCategory> chunk = categories.subList(from, Math.min(categories.size(), from + BATCH));
            List<WooCategoryBatch.Item> answer = api.batch(new WooCategoryBatch.Request(
                    chunk.stream().map(c -> WooCategory.toCreate(c.name(), c.parent())).toList())).create();
            for (int i = 0; i < chunk.size() && i < answer.size(); i++) {
                WooCategoryBatch.Item item = answer.get(i);
                NewCategory wanted = chunk.get(i);
                if (item.error() == null && item.id() > 0) {
                    ids.put(wanted, item.id());
                } else if (item.error() != null && "term_exists".equals(item.error().code())) {
                    item.error().toException().resourceId().ifPresent(id -> ids.put(wanted, id));
                }
            }
        }
        return ids;
    }

    private static Integer totalPages(Map<String, Collection<String>> headers) {
        for (Map.Entry<String, Collection<String>> e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().equalsIgnoreCase("X-WP-TotalPages") && !e.getValue().isEmpty()) {
                try {
                    return Integer.parseInt(e.getValue().iterator().next().trim());
                } catch (NumberFormatException ignored) {
                    return null;
                }
            }
        }
        return null;
    }
}
