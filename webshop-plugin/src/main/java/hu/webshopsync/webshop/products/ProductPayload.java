package hu.webshopsync.webshop.products;

import java.util.List;

/**
 * The fields a write sends for one product; {@code null} fields are not sent, so the shop keeps
 * its own value for them.
 *
 * @param name          the name
 * @param regularPrice  the price text
 * @param taxClass      the tax class
 * @param description   the description HTML
 * @param categoryIds   the categories (replace the shop's), or {@code null}
 * @param stockQuantity the stock (with stock management on), or {@code null}
 * @param imageIds      the images (replace the shop's; empty removes them), or {@code null}
 * @param status        {@code publish} or {@code draft}
 */
public record ProductPayload(String name, String regularPrice, String taxClass, String description,
                             List<Long> categoryIds, Long stockQuantity, List<Long> imageIds, String status) {

    /**
     * Copies the lists.
     */
    public ProductPayload {
        categoryIds = categoryIds == null ? null : List.copyOf(categoryIds);
        imageIds = imageIds == null ? null : List.copyOf(imageIds);
    }

    /**
     * The payload of an intent; its category ids are filled in once the category is resolved.
     *
     * @param intent   the intent
     * @param imageIds the images to send, or {@code null} to leave the shop's
     * @return the payload
     */
    static ProductPayload of(ProductIntent intent, List<Long> imageIds) {
        return new ProductPayload(intent.name(), intent.regularPrice(), intent.taxClass(), intent.description(), null,
                intent.stockQuantity(), imageIds, intent.status());
    }

    /**
     * The same payload in one category.
     *
     * @param categoryId the shop's category id
     * @return the payload
     */
    ProductPayload withCategory(long categoryId) {
        return new ProductPayload(name, regularPrice, taxClass, description, List.of(categoryId), stockQuantity,
                imageIds, status);
    }

    /**
     * The same payload with a name.
     *
     * @param newName the name
     * @return the payload
     */
    ProductPayload withName(String newName) {
        return new ProductPayload(newName, regularPrice, taxClass, description, categoryIds, stockQuantity, imageIds,
                status);
    }

    /** @return the payload that takes a product off sale: status {@code draft} only */
    public static ProductPayload unpublish() {
        return new ProductPayload(null, null, null, null, null, null, null, "draft");
    }

    /** @return a rough size of the JSON, to keep batch bodies moderate */
    public int estimatedBytes() {
        return 160 + len(name) + len(regularPrice) + len(taxClass) + len(description) * 11 / 10
                + (categoryIds == null ? 0 : categoryIds.size() * 16)
                + (imageIds == null ? 0 : imageIds.size() * 16);
    }

    private static int len(String s) {
        return s == null ? 0 : s.length();
    }
}
