package hu.webshopsync.webshop.shoprenter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.webshop.products.PriceMode;
import hu.webshopsync.webshop.products.ProductPayload;
import hu.webshopsync.webshop.products.ProductShop;
import hu.webshopsync.webshop.products.Rejection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The product port on Shoprenter: what goes into {@code POST /batch} and how its answers are read. */
class SrProductShopTest {

    private static final String HU = "bGFuZ3VhZ2UtbGFuZ3VhZ2VfaWQ9MQ==";
    private static final String CLASS_27 = "dGF4Q2xhc3MtdGF4X2NsYXNzX2lkPTEw";

    private SrWire wire;
    private SrProductShop shop;

    @BeforeEach
    void start() {
        wire = new SrWire();
        shop = new SrProductShop(wire.client, wire.cache);
        wire.server.stubFor(get(urlPathEqualTo("/api/languages")).willReturn(aResponse().withBody(
                "{\"next\":null,\"items\":[{\"id\":\"" + HU + "\",\"innerId\":\"1\",\"code\":\"hu\"}]}")));
    }

    @AfterEach
    void stop() {
        wire.close();
    }

    private void batchAnswers(String... items) {
        wire.server.stubFor(post(urlEqualTo("/api/batch")).willReturn(aResponse().withBody(
                "{\"requests\":{\"request\":[" + String.join(",", items) + "]}}")));
    }

    private static String item(int status, String body) {
        return "{\"response\":{\"header\":{\"statusCode\":\"" + status + "\"},\"body\":" + body + "}}";
    }

    private void stubTaxClasses() {
        wire.server.stubFor(get(urlPathEqualTo("/api/taxClassExtend")).willReturn(aResponse().withBody(
                "{\"next\":null,\"items\":[{\"id\":\"" + CLASS_27 + "\",\"name\":\"27 %\",\"taxRates\":[{\"rate\":\"27.0000\"}]},"
                        + "{\"id\":\"c0\",\"taxRates\":{\"rate\":\"0.0000\"}}]}")));
    }

    @Test
    void pricesAreNetAndTaxClassesAreMatchedByRateAndShownByName() {
        stubTaxClasses();

        assertThat(shop.priceMode()).isEqualTo(PriceMode.NET);
        assertThat(shop.taxClasses(Map.of("27", "", "18", "reduced-rate")))
                .containsEntry("27", "27 %").containsEntry("0", "c0").containsEntry("AAM", "c0")
                .doesNotContainKey("18");
    }

    @Test
    void aCreateSendsTheDocumentedProductExtendBodyAndAnUpdateNoIdNorSku() {
        stubTaxClasses();
        shop.taxClasses(Map.of());
        wire.cache.learn(SrIds.CATEGORY, 20, "Y2F0LTIw");
        wire.cache.learn(SrIds.PRODUCT, 1707, "cHJvZC0xNzA3");
        batchAnswers(item(200, "{\"id\":\"cHJvZC0xODAw\",\"innerId\":\"1800\",\"sku\":\"AB-001\","
                        + "\"productCategoryRelations\":[{\"category\":{\"href\":\"http://x/categories/Y2F0LTIw\"}}]}"),
                item(200, "{\"id\":\"cHJvZC0xNzA3\",\"innerId\":\"1707\"}"));
        ProductPayload create = new ProductPayload("Kávéfőző", "7874.02", "27 %", "<p>Rozsdamentes &amp; acél.</p>",
                List.of(20L), 7L, List.of(SrMediaShop.idOf(SrMediaShopTest.jpeg())), "publish");

        List<ProductShop.WriteResult> results = shop.write(List.of(new ProductShop.ProductWrite("AB-001", null, create),
                new ProductShop.ProductWrite("OLD-1", 1707L, ProductPayload.unpublish())));

        assertThat(results).containsExactly(new ProductShop.Written(1800, List.of(20L)),
                new ProductShop.Written(1707, List.of()));
        String base = wire.base();
        wire.server.verify(postRequestedFor(urlEqualTo("/api/batch")).withRequestBody(equalToJson(
                "{\"data\":{\"requests\":[{\"method\":\"POST\",\"uri\":\"" + base + "/productExtend\",\"data\":{"
                        + "\"sku\":\"AB-001\",\"price\":\"7874.0200\",\"taxClass\":{\"id\":\"" + CLASS_27 + "\"},"
                        + "\"stock1\":\"7\",\"subtractStock\":\"1\",\"mainPicture\":\""
                        + SrMediaShop.filePath(SrMediaShop.idOf(SrMediaShopTest.jpeg())) + "\",\"status\":\"1\","
                        + "\"productDescriptions\":[{\"name\":\"Kávéfőző\",\"description\":"
                        + "\"<p>Rozsdamentes &amp; acél.</p>\",\"language\":{\"id\":\"" + HU + "\"}}],"
                        + "\"productCategoryRelations\":[{\"category\":{\"id\":\"Y2F0LTIw\"}}]}},"
                        + "{\"method\":\"PUT\",\"uri\":\"" + base + "/productExtend/cHJvZC0xNzA3\","
                        + "\"data\":{\"status\":\"0\"}}]}}")));
    }

    @Test
    void refusalsBecomeTheSyncsRejections() {
        wire.cache.learn(SrIds.PRODUCT, 5, "cDU=");
        wire.cache.learn(SrIds.PRODUCT, 6, "cDY=");
        batchAnswers(item(404, "{\"message\":\"Resource matching URI not found\"}"),
                item(400, "{\"code\":40005,\"message\":\"not a valid resource identifier: category\"}"),
                item(400, "{\"code\":40003,\"message\":\"The following fields are required: sku!\"}"));
        ProductPayload p = new ProductPayload("N", "1", null, null, null, null, null, "publish");

        List<ProductShop.WriteResult> results = shop.write(List.of(new ProductShop.ProductWrite("A", 5L, p),
                new ProductShop.ProductWrite("B", 6L, p), new ProductShop.ProductWrite("C", null, p)));

        assertThat(results).extracting(r -> (Object) ((ProductShop.Rejected) r).reason())
                .hasExactlyElementsOfTypes(Rejection.UnknownProduct.class, Rejection.CategoryGone.class,
                        Rejection.Other.class);
        assertThat(wire.cache.id(SrIds.PRODUCT, 5)).isEmpty();
    }

    @Test
    void anUpdateOfAProductNotSeenYetLooksItsIdUpByInnerId() {
        wire.server.stubFor(post(urlEqualTo("/api/batch")).withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.containing("innerId=42"))
                .willReturn(aResponse().withBody("{\"requests\":{\"request\":[" + item(200,
                        "{\"items\":[{\"id\":\"cDQy\",\"innerId\":\"42\",\"sku\":\"X\"}]}") + "]}}")));
        wire.server.stubFor(post(urlEqualTo("/api/batch")).withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.containing("productExtend/cDQy"))
                .willReturn(aResponse().withBody("{\"requests\":{\"request\":[" + item(200, "{\"innerId\":\"42\"}")
                        + "]}}")));

        List<ProductShop.WriteResult> results = shop.write(List.of(new ProductShop.ProductWrite("X", 42L,
                ProductPayload.unpublish())));

        assertThat(results).containsExactly(new ProductShop.Written(42, List.of()));
    }

    @Test
    void skusAreComparedHereAndIdsLearned() {
        batchAnswers(item(200, "{\"items\":[{\"id\":\"cDE=\",\"innerId\":\"1\",\"sku\":\"ab-1\",\"parentProduct\":{}},"
                        + "{\"id\":\"cDI=\",\"innerId\":\"2\",\"sku\":\"AB-10\"}]}"),
                item(200, "{\"items\":[]}"),
                item(200, "{\"items\":[{\"id\":\"cDM=\",\"innerId\":\"3\",\"sku\":\"V\",\"parentProduct\":"
                        + "{\"href\":\"http://x/products/cDE=\"}}]}"),
                // as the docs' fixture shows a plain product: its own parent
                item(200, "{\"items\":[{\"id\":\"cDQ=\",\"innerId\":\"4\",\"sku\":\"P\",\"parentProduct\":"
                        + "{\"href\":\"http://x/products/cDQ=\"}}]}"));

        List<ProductShop.ShopProduct> found = shop.findBySkus(List.of("AB-1", "NONE", "V", "P"));

        assertThat(found).containsExactly(new ProductShop.ShopProduct(1, "ab-1", "simple", 0),
                new ProductShop.ShopProduct(3, "V", "variation", 0), new ProductShop.ShopProduct(4, "P", "simple", 0));
        assertThat(found.get(1).variation()).isTrue();
        assertThat(wire.cache.id(SrIds.PRODUCT, 1)).contains("cDE=");
    }

    @Test
    void anEmptyShopIsToldByOneSmallRead() {
        wire.server.stubFor(get(urlEqualTo("/api/products?full=1&limit=1&page=0")).willReturn(aResponse().withBody(
                "{\"next\":null,\"items\":[]}")));

        assertThat(shop.isEmpty()).isTrue();
    }

    @Test
    void createsRefusedAsExistingAreLookedUpTogetherAndTheFoundOneAdopted() {
        wire.server.stubFor(post(urlEqualTo("/api/batch")).withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.containing("\"POST\""))
                .willReturn(aResponse().withBody("{\"requests\":{\"request\":["
                        + item(409, "{\"code\":40901,\"message\":\"Resource exists!\"}") + ","
                        + item(200, "{\"id\":\"cDc=\",\"innerId\":\"7\"}") + ","
                        + item(409, "{\"code\":40901,\"message\":\"Resource exists!\"}") + "]}}")));
        wire.server.stubFor(post(urlEqualTo("/api/batch")).withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.containing("sku=TAKEN"))
                .willReturn(aResponse().withBody("{\"requests\":{\"request\":["
                        + item(200, "{\"items\":[{\"id\":\"cDE=\",\"innerId\":\"1\",\"sku\":\"TAKEN\"}]}") + ","
                        + item(200, "{\"items\":[]}") + "]}}")));
        ProductPayload p = new ProductPayload("N", "1", null, null, null, null, null, "publish");

        List<ProductShop.WriteResult> results = shop.write(List.of(new ProductShop.ProductWrite("TAKEN", null, p),
                new ProductShop.ProductWrite("NEW", null, p), new ProductShop.ProductWrite("REFUSED", null, p)));

        assertThat(((ProductShop.Rejected) results.get(0)).reason()).isInstanceOfSatisfying(
                Rejection.DuplicateSku.class, d -> assertThat(d.existingId()).isEqualTo(1));
        assertThat(results.get(1)).isEqualTo(new ProductShop.Written(7, List.of()));
        assertThat(((ProductShop.Rejected) results.get(2)).reason()).isInstanceOf(Rejection.Other.class);
        wire.server.verify(2, com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo("/api/batch")));
    }
}
