package hu.webshopsync.webshop.woocommerce;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The answer of {@code POST /products/categories/batch}: the created categories in request order,
 * a failed item as {@code {"id":0,"error":{…}}}.
 *
 * @param create one answer per category sent
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record WooCategoryBatch(List<Item> create) {

    /**
     * A missing list becomes empty.
     */
    public WooCategoryBatch {
        create = create == null ? List.of() : List.copyOf(create);
    }

    /**
     * The request: categories to create (name and parent).
     *
     * @param create at most 100 categories
     */
    public record Request(List<WooCategory> create) {

        /**
         * Copies.
         */
        public Request {
            create = List.copyOf(create);
        }
    }

    /**
     * One answer: the category as stored, or an error.
     *
     * @param id     the category's id; 0 for a failed item
     * @param name   the name as stored
     * @param parent the parent's id
     * @param error  the error, when the item failed
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(long id, String name, long parent, WooError error) {
    }
}
