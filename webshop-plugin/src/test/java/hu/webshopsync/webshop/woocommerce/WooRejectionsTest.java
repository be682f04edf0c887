package hu.webshopsync.webshop.woocommerce;

import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.api.LocalizedText;
import hu.webshopsync.webshop.products.Rejection;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WooRejectionsTest {

    private static Rejection of(String code, Map<String, Object> data) {
        return WooRejections.of(new WooCommerceException(400, code, "the shop's words", data, null));
    }

    @Test
    void aDuplicateSkuNamesTheProductThatHasIt() {
        assertThat(of("product_invalid_sku", Map.of("status", 400, "resource_id", 16)))
                .isEqualTo(new Rejection.DuplicateSku(16, LocalizedText.of("fail.refused", "product_invalid_sku",
                        "the shop's words")));
        assertThat(of("product_invalid_sku", Map.of("status", 400))).as("no product named: nothing to adopt")
                .isInstanceOf(Rejection.Other.class);
    }

    @Test
    void anUnknownIdIsAProductGoneFromTheShop() {
        assertThat(of("woocommerce_rest_product_invalid_id", Map.of())).isInstanceOf(Rejection.UnknownProduct.class);
        assertThat(of("woocommerce_rest_invalid_id", Map.of())).isInstanceOf(Rejection.UnknownProduct.class);
    }

    @Test
    void termCodesAndAnInvalidCategoriesParameterMeanTheCategoryIsGone() {
        for (String code : new String[] {"woocommerce_rest_term_invalid", "woocommerce_rest_invalid_term",
                "term_invalid", "invalid_term"}) {
            assertThat(of(code, Map.of())).as(code).isInstanceOf(Rejection.CategoryGone.class);
        }
        assertThat(of("rest_invalid_param", Map.of("params", Map.of("categories", "bad"))))
                .isInstanceOf(Rejection.CategoryGone.class);
    }

    @Test
    void anotherInvalidParameterNamesTheFieldAndKeepsTheShopsWords() {
        Rejection r = of("rest_invalid_param", Map.of("params", Map.of("regular_price", "bad")));

        assertThat(r).isEqualTo(new Rejection.InvalidField("regular_price",
                LocalizedText.of("fail.refused", "rest_invalid_param", "the shop's words")));
        assertThat(of("woocommerce_rest_cannot_create", Map.of())).isInstanceOf(Rejection.Other.class);
    }
}
