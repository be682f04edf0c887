package hu.webshopsync.webshop.identity;

import java.util.Collection;
import java.util.Map;

/**
 * The two look-ups that tell whether a shop is the one the plugin worked with: given orders and
 * given products by id, whatever their status (trash aside). The shop adapter implements it.
 */
public interface ShopRecords {

    /**
     * Orders by id.
     *
     * @param ids at most 100 order ids
     * @return the order key of each order found, by id
     */
    Map<Long, String> orderKeys(Collection<Long> ids);

    /**
     * Products by id.
     *
     * @param ids at most 100 product ids
     * @return the SKU of each product found, by id
     */
    Map<Long, String> productSkus(Collection<Long> ids);
}
