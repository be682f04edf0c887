package hu.webshopsync.webshop.categories;

import java.util.List;
import java.util.Map;

/**
 * What the category resolver needs from a shop. The WooCommerce adapter lives in the
 * {@code woocommerce} package; tests use an in-memory fake. Failures are thrown as
 * {@link hu.webshopsync.webshop.shop.ShopException}.
 */
public interface CategoryShop {

    /**
     * One shop category.
     *
     * @param id     the shop's id
     * @param name   the name as the shop stores it (may contain HTML entities)
     * @param parent the parent's id, 0 at the top
     */
    record ShopCategory(long id, String name, long parent) {
    }

    /**
     * One page of the shop's categories.
     *
     * @param categories the categories on the page
     * @param lastPage   whether no page follows
     */
    record Page(List<ShopCategory> categories, boolean lastPage) {
    }

    /**
     * Reads one page of all categories.
     *
     * @param page the page, from 1
     * @return the page
     */
    Page page(int page);

    /**
     * Creates a category, or finds the one that exists under this parent with this name.
     *
     * @param name   the name
     * @param parent the parent's id, 0 at the top
     * @return the category's id
     */
    long createOrFind(String name, long parent);

    /**
     * A category to create.
     *
     * @param name   the name
     * @param parent the parent's id, 0 at the top
     */
    record NewCategory(String name, long parent) {
    }

    /**
     * Creates categories in as few requests as the shop allows, taking the existing one where a
     * name is taken under the parent.
     *
     * @param categories categories to create, no two alike
     * @return the ids of those created or found; one the shop refused is absent, and
     *         {@link #createOrFind(String, long)} tells why
     */
    Map<NewCategory, Long> createAll(List<NewCategory> categories);
}
