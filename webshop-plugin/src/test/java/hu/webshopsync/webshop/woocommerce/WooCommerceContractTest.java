package hu.webshopsync.webshop.woocommerce;

import hu.webshopsync.webshop.shop.HttpTransport;
import hu.webshopsync.webshop.shop.ShopUnreachableException;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import hu.webshopsync.api.ModuleSettings;
import hu.webshopsync.webshop.text.Messages;
import hu.webshopsync.webshop.shop.ShopErrors;
import hu.webshopsync.webshop.settings.WebshopSettings;
import hu.webshopsync.webshop.categories.CategoryShop;
import hu.webshopsync.webshop.products.PriceMode;
import hu.webshopsync.webshop.products.ProductPayload;
import hu.webshopsync.webshop.products.ProductShop;
import hu.webshopsync.webshop.products.Rejection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The WooCommerce client against WireMock serving the real WooCommerce 7.9 captures: what the
 * client sends, how it reads the answers and how errors become exceptions.
 */
class WooCommerceContractTest {

    private static final Path CAPTURES = Path.of("src/test/resources/captures");
    private static final String KEY = "ck_0000000000000000000000000000000000000000";
    private static final String SECRET = "cs_s3cr3t_value_never_logged";

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final Messages messages = new Messages(Messages.BASE_NAME, getClass().getClassLoader());
    private final List<Duration> sleeps = new ArrayList<>();
    private WireMockServer wire;
    private ShopConnection connection;

    @BeforeEach
    void start() {
        wire = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        wire.start();
        connection = connect(Map.of());
    }

    @AfterEach
    void stop() {
        wire.stop();
    }

    private ShopConnection connect(Map<String, String> extra) {
        Map<String, String> values = new HashMap<>(Map.of("url", "http://127.0.0.1:" + wire.port(), "consumerKey", KEY,
                "readTimeoutSeconds", "2", "wpUser", "admin"));
        values.putAll(extra);
        WebshopSettings settings = WebshopSettings.from(new ModuleSettings(values,
                Map.of("consumerSecret", SECRET, "wpApplicationPassword", "abcd efgh ijkl")));
        return new ShopConnection(settings, mapper, HttpTransport.create(settings), Clock.systemUTC(), 3, sleeps::add);
    }

    private static String body(String capture) {
        try {
            return Files.readString(CAPTURES.resolve(capture + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The capture's status and headers (without hop-by-hop ones) and its body, byte for byte. */
    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder capture(String name) {
        try {
            List<String> lines = Files.readAllLines(CAPTURES.resolve(name + ".headers"));
            int status = Integer.parseInt(lines.get(0).split(" ")[1]);
            List<HttpHeader> headers = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                int colon = line.indexOf(':');
                String key = colon < 0 ? "" : line.substring(0, colon).trim();
                if (colon > 0 && !key.equalsIgnoreCase("Connection") && !key.equalsIgnoreCase("Host")
                        && !key.equalsIgnoreCase("Content-Length") && !key.equalsIgnoreCase("Transfer-Encoding")) {
                    headers.add(new HttpHeader(key, line.substring(colon + 1).trim()));
                }
            }
            return aResponse().withStatus(status).withHeaders(new HttpHeaders(headers))
                    .withBody(Files.readAllBytes(CAPTURES.resolve(name + ".json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LoggedRequest onlyRequest() {
        List<LoggedRequest> all = wire.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    // ---- reads ----------------------------------------------------------------------------------

    @Test
    void systemStatusIsReadAndThePlainHttpRequestIsSignedWithOAuth() throws Exception {
        wire.stubFor(get(urlPathEqualTo("/wp-json/wc/v3/system_status")).willReturn(capture("01_system_status")));

        WooSystemStatus status = connection.api(WooStoreApi.class).systemStatus();

        assertThat(status.environment().version()).isEqualTo("7.9.0");
        assertThat(status.environment().phpMaxExecutionTime()).isEqualTo(120);
        assertThat(status.settings().currency()).isEqualTo("HUF");
        LoggedRequest request = onlyRequest();
        assertThat(request.containsHeader("Authorization")).isFalse();
        assertThat(request.getHeader("Accept")).isEqualTo("application/json");
        assertThat(request.queryParameter("oauth_consumer_key").firstValue()).isEqualTo(KEY);
        assertThat(request.queryParameter("oauth_signature_method").firstValue()).isEqualTo("HMAC-SHA256");
        assertThat(request.getUrl()).doesNotContain(SECRET);
        assertThat(signatureIsValid("GET", request)).isTrue();
    }

    @Test
    void everyRequestAndEveryRetryGetsAFreshNonce() throws Exception {
        wire.stubFor(get(urlPathEqualTo("/wp-json/wc/v3/settings/general/woocommerce_calc_taxes"))
                .inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "2")).willSetStateTo("ok"));
        wire.stubFor(get(urlPathEqualTo("/wp-json/wc/v3/settings/general/woocommerce_calc_taxes"))
                .inScenario("busy").whenScenarioStateIs("ok")
                .willReturn(capture("55_settings_woocommerce_calc_taxes")));

        WooSetting setting = connection.api(WooStoreApi.class).setting("general", "woocommerce_calc_taxes");

        assertThat(setting.yes()).isFalse();
        assertThat(sleeps).containsExactly(Duration.ofSeconds(2));
        List<LoggedRequest> requests = wire.findAll(getRequestedFor(urlPathEqualTo(
                "/wp-json/wc/v3/settings/general/woocommerce_calc_taxes")));
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).queryParameter("oauth_nonce").firstValue())
                .isNotEqualTo(requests.get(1).queryParameter("oauth_nonce").firstValue());
        for (LoggedRequest r : requests) {
            assertThat(r.queryParameter("oauth_signature").values()).hasSize(1);
            assertThat(signatureIsValid("GET", r)).isTrue();
        }
    }

    @Test
    void freshStoreSettingsMeanGrossPrices() {
        wire.stubFor(get(urlPathEqualTo("/wp-json/wc/v3/settings/general/woocommerce_calc_taxes"))
                .willReturn(capture("55_settings_woocommerce_calc_taxes")));
        wire.stubFor(get(urlPathEqualTo("/wp-json/wc/v3/settings/tax/woocommerce_prices_include_tax"))
                .willReturn(capture("55_settings_woocommerce_prices_include_tax")));

        assertThat(productShop().priceMode()).isEqualTo(PriceMode.GROSS);
    }

    @Test
    void bothTaxSettingsCanBeAskedAtOnce() throws Exception {
        String calc = Files.readString(CAPTURES.resolve("55_settings_woocommerce_calc_taxes.json"))
                .replace("\"value\":\"no\"", "\"value\":\"yes\"");
        wire.stubFor(get(urlPathEqualTo("/wp-json/wc/v3/settings/general/woocommerce_calc_taxes"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(calc)));
        wire.stubFor(get(urlPathEqualTo("/wp-json/wc/v3/settings/tax/woocommerce_prices_include_tax"))
                .willReturn(capture("55_settings_woocommerce_prices_include_tax")));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            assertThat(productShop().priceMode(pool)).isEqualTo(PriceMode.of(true, false))
                    .isEqualTo(productShop().priceMode());
            wire.stubFor(get(urlPathEqualTo("/wp-json/wc/v3/settings/tax/woocommerce_prices_include_tax"))
                    .willReturn(capture("22_wrong_key_error")));
            assertThatThrownBy(() -> productShop().priceMode(pool)).isInstanceOfSatisfying(WooCommerceException.class,
                    e -> assertThat(e.authenticationFailed()).isTrue());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void productsAreLookedUpByAnExactSkuList() throws Exception {
        wire.stubFor(get(urlPathEqualTo("/wp-json/wc/v3/products")).willReturn(capture("52b_products_by_accented_sku")));

        List<ProductShop.ShopProduct> found = productShop().findBySkus(List.of("ÁRV-r2-ű", "B 2"));

        assertThat(found).extracting(ProductShop.ShopProduct::sku).containsExactly("ÁRV-r2-ű");
        LoggedRequest request = onlyRequest();
        assertThat(request.queryParameter("sku").firstValue()).isEqualTo("ÁRV-r2-ű,B 2");
        assertThat(request.queryParameter("per_page").firstValue()).isEqualTo("100");
        assertThat(signatureIsValid("GET", request)).isTrue();
    }

    @Test
    void unknownSkuIsAnEmptyList() {
        wire.stubFor(get(urlPathEqualTo("/wp-json/wc/v3/products")).willReturn(capture("08b_products_by_unknown_sku")));

        assertThat(productShop().findBySkus(List.of("NO-SUCH-SKU-r2"))).isEmpty();
    }

    @Test
    void categoryPagesFollowXWpTotalPages() {
        wire.stubFor(get(urlPathEqualTo("/wp-json/wc/v3/products/categories")).willReturn(capture("25_categories_list")));

        CategoryShop.Page page = new WooCategoryShop(connection.api(WooCategoriesApi.class)).page(1);

        assertThat(page.lastPage()).isTrue();
        assertThat(page.categories()).extracting(CategoryShop.ShopCategory::name).contains("Fúrógépek r2");
        assertThat(onlyRequest().queryParameter("per_page").firstValue()).isEqualTo("100");
    }

    // ---- writes ---------------------------------------------------------------------------------

    @Test
    void batchAnswerIsMatchedToTheRequestInOrderIncludingItemErrors() {
        wire.stubFor(post(urlPathEqualTo("/wp-json/wc/v3/products/batch"))
                .willReturn(capture("07_products_batch_create_one_invalid")));
        ProductPayload payload = new ProductPayload("Batch A r2", "500", "", "<p>x</p>", List.of(17L), 10L,
                List.of(36L), "publish");

        List<ProductShop.WriteResult> results = productShop().write(List.of(
                new ProductShop.ProductWrite("SKU-r2-A", null, payload),
                new ProductShop.ProductWrite("SKU-r2-1", null, payload),
                new ProductShop.ProductWrite("SKU-r2-C", null, payload)));

        assertThat(results.get(0)).isEqualTo(new ProductShop.Written(17, List.of(17L)));
        assertThat(results.get(1)).isInstanceOfSatisfying(ProductShop.Rejected.class, r -> {
            assertThat(r.reason()).isInstanceOfSatisfying(Rejection.DuplicateSku.class,
                    d -> assertThat(d.existingId()).isEqualTo(16L));
            assertThat(r.reason().shopSays().key()).isEqualTo("fail.refused");
            assertThat(r.reason().shopSays().args()).first().isEqualTo("product_invalid_sku");
        });
        assertThat(results.get(2)).isInstanceOf(ProductShop.Written.class);
        LoggedRequest request = onlyRequest();
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        assertThat(request.getBodyAsString()).isEqualTo(
                "{\"create\":[" + item("SKU-r2-A") + "," + item("SKU-r2-1") + "," + item("SKU-r2-C") + "]}");
    }

    private static String item(String sku) {
        return "{\"sku\":\"" + sku + "\",\"type\":\"simple\",\"name\":\"Batch A r2\",\"regular_price\":\"500\","
                + "\"tax_class\":\"\",\"description\":\"<p>x</p>\",\"categories\":[{\"id\":17}],\"manage_stock\":true,"
                + "\"stock_quantity\":10,\"images\":[{\"id\":36}],\"status\":\"publish\"}";
    }

    @Test
    void updateOfAnUnknownIdIsAnItemError() {
        wire.stubFor(post(urlPathEqualTo("/wp-json/wc/v3/products/batch"))
                .willReturn(capture("40_products_batch_update_mixed")));

        List<ProductShop.WriteResult> results = productShop().write(List.of(
                new ProductShop.ProductWrite("SKU-r2-A", 17L, ProductPayload.unpublish()),
                new ProductShop.ProductWrite("GONE", 99999999L, ProductPayload.unpublish())));

        assertThat(results.get(0)).isInstanceOf(ProductShop.Written.class);
        assertThat(results.get(1)).isInstanceOfSatisfying(ProductShop.Rejected.class, r -> {
            assertThat(r.reason()).isInstanceOf(Rejection.UnknownProduct.class);
            assertThat(r.reason().shopSays().args()).first().isEqualTo("woocommerce_rest_product_invalid_id");
        });
        wire.verify(postRequestedFor(urlPathEqualTo("/wp-json/wc/v3/products/batch")).withRequestBody(equalToJson(
                "{\"update\":[{\"id\":17,\"status\":\"draft\"},{\"id\":99999999,\"status\":\"draft\"}]}")));
    }

    @Test
    void existingCategoryIsTakenFromTermExists() {
        wire.stubFor(post(urlPathEqualTo("/wp-json/wc/v3/products/categories"))
                .willReturn(capture("03_category_duplicate_error")));

        long id = new WooCategoryShop(connection.api(WooCategoriesApi.class)).createOrFind("Fúrógépek r2", 0);

        assertThat(id).isEqualTo(17);
        wire.verify(postRequestedFor(urlPathEqualTo("/wp-json/wc/v3/products/categories"))
                .withRequestBody(equalToJson("{\"name\":\"Fúrógépek r2\"}")));
    }

    @Test
    void newCategoryIsCreatedUnderItsParent() {
        wire.stubFor(post(urlPathEqualTo("/wp-json/wc/v3/products/categories")).willReturn(capture("02_category_create")));

        assertThat(new WooCategoryShop(connection.api(WooCategoriesApi.class)).createOrFind("Fúrógépek r2", 5))
                .isEqualTo(17);
        wire.verify(postRequestedFor(urlPathEqualTo("/wp-json/wc/v3/products/categories"))
                .withRequestBody(equalToJson("{\"name\":\"Fúrógépek r2\",\"parent\":5}")));
    }

    @Test
    void categoriesAreCreatedInOneBatchTakingExistingOnesFromTermExists() throws Exception {
        // No capture of the category batch: its answer is built from the single create (02) and the
        // term_exists error (03) in the batch shape of capture 07 ({"id":0,"error":{…}} per failed item).
        String created = Files.readString(CAPTURES.resolve("02_category_create.json"));
        String duplicate = Files.readString(CAPTURES.resolve("03_category_duplicate_error.json"));
        wire.stubFor(post(urlPathEqualTo("/wp-json/wc/v3/products/categories/batch")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody("{\"create\":[" + created.replace("\"id\":17", "\"id\":21") + ",{\"id\":0,\"error\":"
                        + duplicate + "},{\"id\":0,\"error\":{\"code\":\"woocommerce_rest_term_invalid\","
                        + "\"message\":\"Parent resource does not exist.\",\"data\":{\"status\":400}}}]}")));
        List<CategoryShop.NewCategory> wanted = List.of(new CategoryShop.NewCategory("Új", 0),
                new CategoryShop.NewCategory("Fúrógépek r2", 0), new CategoryShop.NewCategory("Árva", 999));

        Map<CategoryShop.NewCategory, Long> ids = new WooCategoryShop(connection.api(WooCategoriesApi.class))
                .createAll(wanted);

        assertThat(ids).containsOnly(Map.entry(wanted.get(0), 21L), Map.entry(wanted.get(1), 17L));
        wire.verify(1, postRequestedFor(urlPathEqualTo("/wp-json/wc/v3/products/categories/batch"))
                .withRequestBody(equalToJson("{\"create\":[{\"name\":\"Új\"},{\"name\":\"Fúrógépek r2\"},"
                        + "{\"name\":\"Árva\",\"parent\":999}]}")));
    }

    @Test
    void mediaIsUploadedAsRawBytesWithTheWordPressUser() throws Exception {
        wire.stubFor(post(urlPathEqualTo("/wp-json/wp/v2/media")).willReturn(capture("53_media_upload_app_password")));
        byte[] png = Files.readAllBytes(Path.of("src/test/resources/images/red.png"));

        WpMedia media = connection.media().orElseThrow().upload("image/png", "SKU-1.png", png);

        assertThat(media.id()).isEqualTo(36);
        LoggedRequest request = onlyRequest();
        assertThat(request.getBody()).isEqualTo(png);
        assertThat(request.getHeader("Content-Type")).isEqualTo("image/png");
        assertThat(request.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"SKU-1.png\"");
        assertThat(request.getHeader("Authorization")).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString("admin:abcd efgh ijkl".getBytes(StandardCharsets.UTF_8)));
        assertThat(request.queryParameter("oauth_signature").isPresent()).isFalse();
    }

    @Test
    void mediaNeedsBothWordPressCredentials() {
        assertThat(connect(Map.of("wpUser", "")).media()).isEmpty();
    }

    // ---- errors ---------------------------------------------------------------------------------

    @Test
    void duplicateSkuBecomesATypedExceptionWithTheExistingId() {
        wire.stubFor(post(urlPathEqualTo("/wp-json/wc/v3/products")).willReturn(capture("05_product_duplicate_sku_error")));

        assertThatThrownBy(() -> connection.api(WooProductsApi.class).create(Map.of("sku", "SKU-r2-1")))
                .isInstanceOfSatisfying(WooCommerceException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("product_invalid_sku");
                    assertThat(e.resourceId()).contains(16L);
                    assertThat(e.data()).containsEntry("unique_sku", "SKU-r2-1-1");
                    assertThat(e.retryable()).isFalse();
                });
        assertThat(sleeps).isEmpty();
    }

    @Test
    void notFoundAndInvalidParameterAreTyped() {
        wire.stubFor(get(urlPathEqualTo("/wp-json/wc/v3/products/99999999")).willReturn(capture("11_product_get_not_found")));
        wire.stubFor(get(urlPathEqualTo("/wp-json/wc/v3/products")).willReturn(capture("46_products_per_page_too_big_error")));

        assertThatThrownBy(() -> connection.api(WooProductsApi.class).get(99999999))
                .isInstanceOfSatisfying(WooCommerceException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.code()).isEqualTo("woocommerce_rest_product_invalid_id");
                });
        assertThatThrownBy(() -> connection.api(WooProductsApi.class).bySkus("A", 101))
                .isInstanceOfSatisfying(WooCommerceException.class, e -> {
                    assertThat(e.code()).isEqualTo("rest_invalid_param");
                    assertThat(e.data()).containsKey("params");
                });
    }

    @Test
    void wrongKeyAndWrongSecretAreToldApart() {
        wire.stubFor(get(urlPathEqualTo("/wp-json/wc/v3/system_status")).willReturn(capture("22_wrong_key_error")));
        RuntimeException wrongKey = catchShop(() -> connection.api(WooStoreApi.class).systemStatus());
        wire.resetAll();
        wire.stubFor(get(urlPathEqualTo("/wp-json/wc/v3/system_status")).willReturn(capture("22b_wrong_secret_error")));
        RuntimeException wrongSecret = catchShop(() -> connection.api(WooStoreApi.class).systemStatus());

        assertThat(wrongKey).isInstanceOfSatisfying(WooCommerceException.class, e -> {
            assertThat(e.authenticationFailed()).isTrue();
            assertThat(e.code()).isEqualTo("woocommerce_rest_cannot_view");
        });
        assertThat(wrongSecret).isInstanceOfSatisfying(WooCommerceException.class,
                e -> assertThat(e.code()).isEqualTo("woocommerce_rest_authentication_error"));
        Locale hu = Locale.forLanguageTag("hu");
        assertThat(ShopErrors.describe(messages, hu, wrongKey)).contains("API kulcs");
        assertThat(ShopErrors.describe(messages, hu, wrongSecret)).contains("API titkot");
        assertThat(wrongKey.getMessage() + wrongSecret.getMessage()).doesNotContain(SECRET).doesNotContain("oauth_");
    }

    @Test
    void aLostUploadAnswerIsFoundBySearchAndAdoptedWithoutUploadingAgain() throws Exception {
        Path red = Path.of("src/test/resources/images/red.png");
        String token = sha256(Files.readAllBytes(red)).substring(0, 16);
        // what WordPress stored before the connection broke: the capture with our upload's name
        String stored = body("53_media_upload_app_password").replace("red-2", "a-1-" + token);
        wire.stubFor(post(urlPathEqualTo("/wp-json/wp/v2/media"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        wire.stubFor(get(urlPathEqualTo("/wp-json/wp/v2/media")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("[" + stored + "]")));
        hu.webshopsync.webshop.images.ImageResolver resolver = new hu.webshopsync.webshop.images.ImageResolver(
                new hu.webshopsync.webshop.images.ImageInspector(5_000_000),
                new WooMediaShop(connection.media().orElseThrow()),
                new hu.webshopsync.webshop.fixtures.InMemoryStateStore(), false);

        var decision = resolver.decideAll(List.of(new hu.webshopsync.webshop.images.ImageResolver.Request(
                "A-1", java.util.Optional.of(red), null)), null, 1).get("A-1");

        assertThat(decision).isInstanceOfSatisfying(hu.webshopsync.webshop.images.ImageDecision.Use.class,
                use -> assertThat(use.mediaId()).isEqualTo(36));
        wire.verify(1, postRequestedFor(urlPathEqualTo("/wp-json/wp/v2/media"))
                .withHeader("Content-Disposition", equalTo("attachment; filename=\"A-1-" + token + ".png\"")));
        wire.verify(1, getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/media"))
                .withQueryParam("search", equalTo(token)).withQueryParam("media_type", equalTo("image"))
                .withHeader("Authorization", matching("Basic .+")));
    }

    private static String sha256(byte[] data) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
    }

    @Test
    void mediaUploadOfTextIsRefusedWithTheShopsCode() {
        wire.stubFor(post(urlPathEqualTo("/wp-json/wp/v2/media")).willReturn(capture("54_media_upload_fake_png_error")));

        assertThatThrownBy(() -> connection.media().orElseThrow().upload("image/png", "fake.png", new byte[] {'x'}))
                .isInstanceOfSatisfying(WooCommerceException.class, e -> {
                    assertThat(e.status()).isEqualTo(500);
                    assertThat(e.code()).isEqualTo("rest_upload_sideload_error");
                });
    }

    @Test
    void htmlPageIsNotWooCommerce() {
        wire.stubFor(get(urlPathEqualTo("/wp-json/wc/v3/system_status")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "text/html").withBody("<html>Not found</html>")));

        RuntimeException e = catchShop(() -> connection.api(WooStoreApi.class).systemStatus());

        assertThat(e).isInstanceOfSatisfying(WooCommerceException.class,
                w -> assertThat(w.code()).isEqualTo(WooCommerceException.NOT_WOOCOMMERCE));
        assertThat(ShopErrors.describe(messages, Locale.ENGLISH, e)).contains("No WooCommerce REST API");
    }

    @Test
    void htmlWithStatus200IsNotWooCommerceEither() {
        wire.stubFor(get(urlPathEqualTo("/wp-json/wc/v3/system_status")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html>Welcome</html>")));

        RuntimeException e = catchShop(() -> connection.api(WooStoreApi.class).systemStatus());

        // an unreadable 200 may also be a cut-off transfer from a real shop: the text names both causes
        assertThat(ShopErrors.describe(messages, Locale.ENGLISH, e)).contains("could not be read (HTTP 200)")
                .contains("does not serve the WooCommerce REST API");
        assertThat(e.getMessage()).doesNotContain("oauth_signature");
    }

    @Test
    void throttledBatchIsRetriedAfterRetryAfterButAGatewayTimeoutIsNotRepeated() {
        wire.stubFor(post(urlPathEqualTo("/wp-json/wc/v3/products/batch")).inScenario("t")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("ok"));
        wire.stubFor(post(urlPathEqualTo("/wp-json/wc/v3/products/batch")).inScenario("t").whenScenarioStateIs("ok")
                .willReturn(capture("40_products_batch_update_mixed")));
        productShop().write(List.of(new ProductShop.ProductWrite("SKU-r2-A", 17L, ProductPayload.unpublish())));
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1));

        wire.resetAll();
        sleeps.clear();
        wire.stubFor(post(urlPathEqualTo("/wp-json/wc/v3/products/batch"))
                .willReturn(aResponse().withStatus(504).withHeader("Retry-After", "30")));
        RuntimeException e = catchShop(() -> productShop().write(
                List.of(new ProductShop.ProductWrite("X", null, ProductPayload.unpublish()))));
        assertThat(e).isInstanceOfSatisfying(WooCommerceException.class, w -> {
            assertThat(w.retryable()).isTrue();
            assertThat(w.retryAfter()).contains(Duration.ofSeconds(30));
        });
        assertThat(sleeps).isEmpty();
        assertThat(wire.findAll(postRequestedFor(urlPathEqualTo("/wp-json/wc/v3/products/batch")))).hasSize(1);
    }

    @Test
    void brokenConnectionIsUnreachableAndAReadIsRetried() {
        wire.stubFor(get(urlPathEqualTo("/wp-json/wc/v3/system_status"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        RuntimeException e = catchShop(() -> connection.api(WooStoreApi.class).systemStatus());

        assertThat(e).isInstanceOfSatisfying(ShopUnreachableException.class, u -> {
            assertThat(u.reason()).isEqualTo(ShopUnreachableException.Reason.IO);
            assertThat(u.host()).isEqualTo("127.0.0.1:" + wire.port());
            assertThat(u.outcomeUnknown()).isTrue();
        });
        assertThat(e.getMessage()).doesNotContain("oauth").doesNotContain(SECRET);
        // Three attempts by the retryer; the JDK client may itself repeat an idempotent GET once more.
        assertThat(wire.findAll(getRequestedFor(urlPathEqualTo("/wp-json/wc/v3/system_status"))).size())
                .isBetween(3, 6);
        assertThat(sleeps).hasSize(2);
    }

    @Test
    void slowShopIsAReadTimeout() {
        wire.stubFor(get(urlPathEqualTo("/wp-json/wc/v3/system_status"))
                .willReturn(capture("01_system_status").withFixedDelay(3_500)));
        ShopConnection impatient = new ShopConnection(connection.settings(), mapper,
                HttpTransport.create(connection.settings()), Clock.systemUTC(), 1, sleeps::add);

        RuntimeException e = catchShop(() -> impatient.api(WooStoreApi.class).systemStatus());

        assertThat(e).isInstanceOfSatisfying(ShopUnreachableException.class,
                u -> assertThat(u.reason()).isEqualTo(ShopUnreachableException.Reason.READ_TIMEOUT));
    }

    @Test
    void closedPortIsConnectionRefused() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            port = s.getLocalPort();
        }
        ShopConnection nowhere = connect(Map.of("url", "http://127.0.0.1:" + port));

        RuntimeException e = catchShop(() -> nowhere.api(WooStoreApi.class).systemStatus());

        assertThat(e).isInstanceOfSatisfying(ShopUnreachableException.class,
                u -> assertThat(u.reason()).isEqualTo(ShopUnreachableException.Reason.CONNECTION_REFUSED));
        assertThat(ShopErrors.describe(messages, Locale.forLanguageTag("hu"), e)).contains("127.0.0.1:" + port);
    }

    @Test
    void sourceIdNamesTheShopWithoutScheme() {
        assertThat(connection.sourceId()).isEqualTo("woocommerce:127.0.0.1:" + wire.port());
        assertThat(connect(Map.of("url", "http://localhost:8080/bolt/")).sourceId())
                .isEqualTo("woocommerce:localhost:8080/bolt");
    }

    @Test
    void logLinesMaskCredentialsInUrls() {
        assertThat(RedactingLogger.redact("http://h/x?a=1&oauth_signature=abc%3D&consumer_secret=cs_1&oauth_nonce=n"))
                .isEqualTo("http://h/x?a=1&oauth_signature=****&consumer_secret=****&oauth_nonce=****");
    }

    // ---- helpers --------------------------------------------------------------------------------

    private ProductShop productShop() {
        return new WooProductShop(connection.api(WooProductsApi.class), connection.api(WooStoreApi.class));
    }

    private static RuntimeException catchShop(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("no exception");
    }

    /**
     * Verifies the request's OAuth signature the way WooCommerce does, written independently of
     * the client: decode the query, drop the signature, sort, encode, sign with {@code secret&}.
     */
    private boolean signatureIsValid(String method, LoggedRequest request) throws Exception {
        String url = request.getUrl();
        String path = url.substring(0, url.indexOf('?'));
        TreeMap<String, String> params = new TreeMap<>();
        String signature = null;
        for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
            String[] kv = pair.split("=", 2);
            String k = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
            String v = URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
            if (k.equals("oauth_signature")) {
                signature = v;
            } else {
                params.put(rawurlencode(k), rawurlencode(v));
            }
        }
        StringBuilder normalized = new StringBuilder();
        params.forEach((k, v) -> normalized.append(normalized.length() == 0 ? "" : "&").append(k).append('=').append(v));
        String base = method + "&" + rawurlencode("http://127.0.0.1:" + wire.port() + path) + "&"
                + rawurlencode(normalized.toString());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec((SECRET + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getEncoder().encodeToString(mac.doFinal(base.getBytes(StandardCharsets.UTF_8)));
        return expected.equals(signature);
    }

    /** PHP's rawurlencode: java.net.URLEncoder, then the three differences fixed. */
    private static String rawurlencode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }
}
