package hu.webshopsync.webshop.woocommerce;

import hu.webshopsync.api.LocalizedText;
import hu.webshopsync.webshop.products.Rejection;
import java.util.Map;
import java.util.Set;

/**
 * WooCommerce's item errors in the product sync's terms: the one place that knows which codes mean
 * a duplicate SKU, a product deleted in the shop, or a category that is gone.
 */
final class WooRejections {

    private static final Set<String> UNKNOWN_PRODUCT = Set.of("woocommerce_rest_product_invalid_id",
            "woocommerce_rest_invalid_id");
    private static final Set<String> TERM_GONE = Set.of("woocommerce_rest_term_invalid", "woocommerce_rest_invalid_term",
            "term_invalid", "invalid_term");

    private WooRejections() {
    }

    /**
     * Translates the error of one batch item.
     *
     * @param error the item's error
     * @return the rejection, whose text names the shop's code and message as before
     */
    static Rejection of(WooCommerceException error) {
        LocalizedText says = LocalizedText.of("fail.refused", error.code(), error.shopMessage());
        String code = error.code();
        if (code.equals("product_invalid_sku") && error.resourceId().isPresent()) {
            return new Rejection.DuplicateSku(error.resourceId().get(), says);
        }
        if (UNKNOWN_PRODUCT.contains(code)) {
            return new Rejection.UnknownProduct(says);
        }
        if (TERM_GONE.contains(code)) {
            return new Rejection.CategoryGone(says);
        }
        if (code.equals("rest_invalid_param") && error.data().get("params") instanceof Map<?, ?> params
                && !params.isEmpty()) {
            return params.containsKey("categories") ? new Rejection.CategoryGone(says)
                    : new Rejection.InvalidField(String.valueOf(params.keySet().iterator().next()), says);
        }
        return new Rejection.Other(says);
    }
}
