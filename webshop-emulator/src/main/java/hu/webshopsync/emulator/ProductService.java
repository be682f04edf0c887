package hu.webshopsync.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Product writes with WooCommerce's rules: schema validation (skipped for batch items, as WooCommerce
 * does), unique SKUs ({@code product_invalid_sku}), unique slugs, image references, default category,
 * trash and force delete.
 */
final class ProductService {

    static final List<String> TYPES = List.of("simple", "grouped", "external", "variable");
    static final List<String> STATUSES = List.of("draft", "pending", "private", "publish", "future");
    static final List<String> VISIBILITIES = List.of("visible", "catalog", "search", "hidden");
    static final List<String> STOCK_STATUSES = List.of("instock", "outofstock", "onbackorder");
    static final List<String> BACKORDERS = List.of("no", "notify", "yes");
    static final List<String> TAX_STATUSES = List.of("taxable", "shipping", "none");

    private final ShopState state;
    private final MediaLibrary mediaLibrary;

    ProductService(ShopState state, MediaLibrary mediaLibrary) {
        this.state = state;
        this.mediaLibrary = mediaLibrary;
    }

    /** Schema validation of a single create/update request (capture 06). */
    static void validate(JsonNode body) {
        if (!body.isObject()) {
            return;
        }
        ParamErrors errors = new ParamErrors();
        for (String f : List.of("name", "slug", "description", "short_description", "sku", "regular_price",
                "sale_price", "tax_class", "weight", "purchase_note")) {
            errors.string(body, f);
        }
        errors.oneOf(body, "type", TYPES);
        errors.oneOf(body, "status", STATUSES);
        errors.oneOf(body, "catalog_visibility", VISIBILITIES);
        errors.oneOf(body, "stock_status", STOCK_STATUSES);
        errors.oneOf(body, "backorders", BACKORDERS);
        errors.oneOf(body, "tax_status", TAX_STATUSES);
        for (String f : List.of("featured", "virtual", "downloadable", "manage_stock", "reviews_allowed")) {
            errors.bool(body, f);
        }
        for (String f : List.of("stock_quantity", "menu_order", "parent_id")) {
            errors.integer(body, f);
        }
        for (String f : List.of("categories", "images", "meta_data", "tags")) {
            errors.array(body, f);
        }
        errors.object(body, "dimensions");
        errors.throwIfAny();
    }

    ShopProduct create(JsonNode body) {
        if (body.path("id").asLong(0) > 0) {
            throw new ApiException(400, "woocommerce_rest_product_exists", "Cannot create existing product.");
        }
        ShopProduct p = new ShopProduct();
        apply(p, body, true);
        state.lock.lock();
        try {
            checkSku(p.sku, 0);
            p.id = state.postIds.getAndIncrement();
            Instant now = state.now();
            p.created = now;
            p.modified = now;
            String base = body.hasNonNull("slug") ? Slugs.sanitizeTitle(body.get("slug").asText()) : Slugs.sanitizeTitle(p.name);
            p.slug = Slugs.unique(base, state.productSlugs::containsKey);
            state.putProduct(null, p);
            return p;
        } finally {
            state.lock.unlock();
        }
    }

    /** Updates with optimistic concurrency: fields are applied outside the lock, re-checked inside. */
    ShopProduct update(long id, JsonNode body) {
        while (true) {
            ShopProduct existing = state.products.get(id);
            if (existing == null) {
                throw invalidId(400);
            }
            ShopProduct p = existing.copy();
            apply(p, body, false);
            state.lock.lock();
            try {
                if (state.products.get(id) != existing) {
                    continue;
                }
                if (!p.sku.isEmpty() && !"trash".equals(p.status)) {
                    checkSku(p.sku, id);
                }
                if ("trash".equals(existing.status) && !"trash".equals(p.status)) {
                    untrash(p);
                }
                if (body.hasNonNull("slug")) {
                    String base = Slugs.sanitizeTitle(body.get("slug").asText());
                    p.slug = Slugs.unique(base, s -> {
                        Long owner = state.productSlugs.get(s);
                        return owner != null && owner != id;
                    });
                }
                p.modified = state.now();
                state.putProduct(existing, p);
                return p;
            } finally {
                state.lock.unlock();
            }
        }
    }

    /**
     * Deletes as {@code DELETE /products/{id}}: to the trash (answering the product as it was, capture 47)
     * or for good with {@code force} (answering it as stored, capture 47b).
     */
    ShopProduct delete(long id, boolean force) {
        state.lock.lock();
        try {
            ShopProduct existing = state.products.get(id);
            if (existing == null) {
                throw invalidId(404);
            }
            if (force) {
                state.putProduct(existing, null);
                return existing;
            }
            if ("trash".equals(existing.status)) {
                throw new ApiException(410, "woocommerce_rest_already_trashed", "The product has already been deleted.");
            }
            ShopProduct trashed = existing.copy();
            Instant now = state.now();
            trashed.trashedFrom = existing.status;
            trashed.trashedAt = now;
            trashed.status = "trash";
            trashed.slug = existing.slug + "__trashed";
            List<Meta> meta = new ArrayList<>(existing.meta);
            meta.add(new Meta(state.nextMetaId(), "_wp_trash_meta_status", Json.MAPPER.getNodeFactory().textNode(existing.status)));
            meta.add(new Meta(state.nextMetaId(), "_wp_trash_meta_time",
                    Json.MAPPER.getNodeFactory().textNode(Long.toString(now.getEpochSecond()))));
            meta.add(new Meta(state.nextMetaId(), "_wp_desired_post_slug", Json.MAPPER.getNodeFactory().textNode(existing.slug)));
            trashed.meta = List.copyOf(meta);
            trashed.modified = now;
            state.putProduct(existing, trashed);
            return existing;
        } finally {
            state.lock.unlock();
        }
    }

    /** Stock change made by an order (no stock check: WooCommerce lets stock go negative, capture 43). */
    ShopProduct adjustStock(long id, int delta, int salesDelta) {
        state.lock.lock();
        try {
            ShopProduct existing = state.products.get(id);
            if (existing == null) {
                return null;
            }
            ShopProduct p = existing.copy();
            if (p.manageStock) {
                p.stockQuantity = (p.stockQuantity == null ? 0 : p.stockQuantity) + delta;
            }
            p.totalSales = Math.max(0, p.totalSales + salesDelta);
            p.modified = state.now();
            state.putProduct(existing, p);
            return p;
        } finally {
            state.lock.unlock();
        }
    }

    static ApiException invalidId(int status) {
        return new ApiException(status, "woocommerce_rest_product_invalid_id", "Invalid ID.");
    }

    private void untrash(ShopProduct p) {
        p.slug = p.slug.replace("__trashed", "");
        List<Meta> meta = new ArrayList<>();
        for (Meta m : p.meta) {
            if (!m.key().startsWith("_wp_trash_meta_") && !m.key().equals("_wp_desired_post_slug")) {
                meta.add(m);
            }
        }
        p.meta = List.copyOf(meta);
        p.trashedFrom = null;
        p.trashedAt = null;
    }

    /** Duplicate SKU → 400 {@code product_invalid_sku} with the owner's id and a suggestion (captures 05, 44). */
    private void checkSku(String sku, long self) {
        if (sku.isEmpty()) {
            return;
        }
        Long owner = state.skuIndex.get(Slugs.fold(sku));
        if (owner == null || owner == self) {
            return;
        }
        String unique = sku;
        for (int n = 1; ; n++) {
            String candidate = sku + "-" + n;
            if (!state.skuIndex.containsKey(Slugs.fold(candidate))) {
                unique = candidate;
                break;
            }
        }
        ObjectNode data = Json.MAPPER.createObjectNode();
        data.put("resource_id", owner);
        data.put("unique_sku", unique);
        throw new ApiException(400, "product_invalid_sku", "Invalid or duplicated SKU.", data);
    }

    /** Copies request fields onto {@code p}; {@code null} values are ignored like absent ones. */
    private void apply(ShopProduct p, JsonNode body, boolean creating) {
        if (!body.isObject()) {
            return;
        }
        String s;
        if ((s = str(body, "name")) != null) {
            p.name = s;
        }
        if ((s = str(body, "type")) != null && TYPES.contains(s)) {
            p.type = s;
        }
        if ((s = str(body, "status")) != null) {
            p.status = s;
        }
        Boolean b;
        if ((b = bool(body, "featured")) != null) {
            p.featured = b;
        }
        if ((s = str(body, "catalog_visibility")) != null) {
            p.catalogVisibility = s;
        }
        if ((s = str(body, "description")) != null) {
            p.description = s;
        }
        if ((s = str(body, "short_description")) != null) {
            p.shortDescription = s;
        }
        if ((s = str(body, "sku")) != null) {
            p.sku = s.trim();
        }
        if ((s = str(body, "regular_price")) != null) {
            p.regularPrice = Money.cleanPrice(s);
        }
        if ((s = str(body, "sale_price")) != null) {
            p.salePrice = Money.cleanPrice(s);
        }
        if ((b = bool(body, "virtual")) != null) {
            p.virtual = b;
        }
        if ((b = bool(body, "downloadable")) != null) {
            p.downloadable = b;
        }
        if ((s = str(body, "tax_status")) != null) {
            p.taxStatus = s;
        }
        if ((s = str(body, "tax_class")) != null) {
            p.taxClass = s;
        }
        if ((b = bool(body, "manage_stock")) != null) {
            p.manageStock = b;
        }
        Long n;
        if ((n = integer(body, "stock_quantity")) != null) {
            p.stockQuantity = n.intValue();
        }
        if (!p.manageStock) {
            // WooCommerce ignores the quantity when stock is not managed.
            p.stockQuantity = null;
        } else if (p.stockQuantity == null) {
            p.stockQuantity = 0;
        }
        if ((s = str(body, "stock_status")) != null) {
            p.stockStatus = s;
        }
        if ((s = str(body, "backorders")) != null) {
            p.backorders = s;
        }
        if ((s = str(body, "weight")) != null) {
            p.weight = s;
        }
        JsonNode dims = body.get("dimensions");
        if (dims != null && dims.isObject()) {
            if ((s = str(dims, "length")) != null) {
                p.length = s;
            }
            if ((s = str(dims, "width")) != null) {
                p.width = s;
            }
            if ((s = str(dims, "height")) != null) {
                p.height = s;
            }
        }
        if ((b = bool(body, "reviews_allowed")) != null) {
            p.reviewsAllowed = b;
        }
        if ((n = integer(body, "parent_id")) != null) {
            p.parentId = n;
        }
        if ((n = integer(body, "menu_order")) != null) {
            p.menuOrder = n.intValue();
        }
        if ((s = str(body, "purchase_note")) != null) {
            p.purchaseNote = s;
        }
        JsonNode categories = body.get("categories");
        if (categories != null && categories.isArray()) {
            p.categoryIds = categoryIds(categories);
        } else if (creating) {
            p.categoryIds = List.of(ShopState.UNCATEGORIZED_ID);
        }
        JsonNode images = body.get("images");
        if (images != null && images.isArray()) {
            p.images = images(images);
        }
        JsonNode meta = body.get("meta_data");
        if (meta != null && meta.isArray()) {
            p.meta = List.copyOf(Meta.apply(p.meta, meta, state::nextMetaId));
        }
    }

    /**
     * Unknown category ids are dropped silently (WordPress's {@code wp_set_object_terms} skips them);
     * an empty list gives the default category, as WooCommerce does.
     */
    private List<Long> categoryIds(JsonNode categories) {
        List<Long> ids = new ArrayList<>();
        for (JsonNode c : categories) {
            long id = c.isObject() ? c.path("id").asLong(0) : c.asLong(0);
            if (id > 0 && !ids.contains(id) && state.categories.containsKey(id)) {
                ids.add(id);
            }
        }
        if (ids.isEmpty() && categories.isEmpty()) {
            ids.add(ShopState.UNCATEGORIZED_ID);
        }
        return List.copyOf(ids);
    }

    /**
     * {@code {"id":N}} must be an uploaded image. {@code {"src":url}} is sideloaded again on every request
     * in WooCommerce; the emulator has no network, so only URLs of its own uploads folder work (they are
     * copied into a new media item, as WooCommerce would); anything else fails as capture 36 did.
     */
    private List<ProductImage> images(JsonNode images) {
        List<ProductImage> result = new ArrayList<>();
        for (JsonNode image : images) {
            long id = image.path("id").asLong(0);
            String src = str(image, "src");
            ShopMedia media;
            if (id <= 0 && src != null && !src.isEmpty()) {
                ShopMedia original = mediaLibrary.byUrl(src);
                if (original == null) {
                    throw new ApiException(400, "woocommerce_product_image_upload_error",
                            "Error getting remote image " + src + ". Error: A valid URL was not provided.");
                }
                media = mediaLibrary.upload(original.fileName(), original.data());
            } else {
                media = state.media.get(id);
                if (media == null) {
                    throw new ApiException(400, "woocommerce_product_invalid_image_id", "#" + id + " is an invalid image ID.");
                }
            }
            String name = str(image, "name");
            String alt = str(image, "alt");
            result.add(new ProductImage(media.id(), name == null ? (src != null ? media.fileName() : media.slug()) : name,
                    alt == null ? "" : alt));
        }
        return List.copyOf(result);
    }

    /** String field; batch items skip validation, so numbers are accepted and formatted like PHP would. */
    private static String str(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        if (v.isNumber()) {
            return v.decimalValue().stripTrailingZeros().toPlainString();
        }
        return v.asText();
    }

    private static Boolean bool(JsonNode body, String field) {
        JsonNode v = body.get(field);
        return v == null || v.isNull() ? null : ParamErrors.asBoolean(v);
    }

    private static Long integer(JsonNode body, String field) {
        JsonNode v = body.get(field);
        return v == null || v.isNull() ? null : ParamErrors.asInteger(v);
    }
}
