package hu.webshopsync.emulator.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hu.webshopsync.emulator.EmulatorConfig;
import hu.webshopsync.emulator.Platform;
import hu.webshopsync.emulator.ShopEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The emulator's answers have the shape of the docs' fixtures, and it takes the docs' request bodies. */
class SrContractTest {

    private ShopEmulator shop;
    private SrClient api;

    @BeforeEach
    void start() {
        shop = ShopEmulator.start(EmulatorConfig.defaults().withPlatform(Platform.SHOPRENTER)
                .withShoprenterCredentials("api-user", "api-key").withRateLimit(0));
        api = new SrClient(shop.baseUrl(), "api-user", "api-key");
    }

    @AfterEach
    void stop() {
        shop.close();
    }

    @Test
    void seededLanguageAndTaxClassesHaveTheFixturesShape() {
        JsonNode hu = api.ok(api.get("/languages?code=hu&full=1")).get("items").get(0);
        assertThat(SrShape.differences(SrClient.fixture("language/response/get_id.json"), hu, Set.of())).isEmpty();
        assertThat(hu.get("id").asText()).isEqualTo("bGFuZ3VhZ2UtbGFuZ3VhZ2VfaWQ9MQ==");
        assertThat(hu.get("innerId").asText()).isEqualTo("1");

        JsonNode storno = api.ok(api.get("/settings?full=1&key=storno_order_status_id")).get("items").get(0);
        assertThat(SrShape.differences(SrClient.fixture("setting/response/get_id.json"), storno, Set.of())).isEmpty();
        assertThat(storno.get("value").asText()).isEqualTo("7");

        JsonNode page = api.ok(api.get("/taxClassExtend?full=1"));
        assertThat(SrShape.differences(SrClient.fixture("tax_class_extend/response/get_page.json"), page, Set.of()))
                .isEmpty();
        assertThat(page.get("items")).extracting(i -> i.get("name").asText())
                .containsExactly("27 %", "18 %", "5 %", "0 %");
        assertThat(page.get("items")).extracting(i -> i.get("taxRates").get(0).get("rate").asText())
                .containsExactly("27.0000", "18.0000", "5.0000", "0.0000");
        assertThat(SrShape.decode(page.get("items").get(0).get("id").asText())).isEqualTo("taxClass-tax_class_id=10");
        JsonNode plain = api.ok(api.get("/taxClasses/" + page.get("items").get(0).get("id").asText()));
        assertThat(SrShape.differences(SrClient.fixture("tax_class/response/get_id.json"), plain, Set.of())).isEmpty();
        JsonNode rate = api.ok(api.get(plain.get("taxRates").get("href").asText().replace(shop.baseUrl(), "")
                + "&full=1")).get("items").get(0);
        assertThat(SrShape.differences(SrClient.fixture("tax_rate/response/get_id.json"), rate, Set.of())).isEmpty();
    }

    @Test
    void productExtendTakesTheDocsPostBodyAndAnswersInTheFixturesShape() {
        String category = createCategory("Fúrógép", null);
        ObjectNode body = (ObjectNode) SrClient.fixture("product_extend/request/post.json");
        ((ArrayNode) body.get("productDescriptions")).remove(1);
        body.putArray("productCategoryRelations").addObject().putObject("category").put("id", category);
        body.put("mainPicture", "product/ABCD-pic.jpg");

        JsonNode created = api.ok(api.post("/productExtend", body));

        // the body names no tax class or manufacturer; URL aliases and extra images are not modelled
        Set<String> unset = Set.of("urlAliases", "taxClass", "manufacturer", "image1");
        assertThat(SrShape.differences(SrClient.fixture("product_extend/response/get_id.json"), created, unset))
                .isEmpty();
        assertThat(SrShape.decode(created.get("id").asText())).isEqualTo("product-product_id=1");
        assertThat(created.get("href").asText()).isEqualTo(shop.baseUrl() + "/productExtend/" + created.get("id").asText());
        assertThat(created.get("price").asText()).isEqualTo("2200.0000");
        assertThat(created.get("stock1").asText()).isEqualTo("12");
        assertThat(created.get("productDescriptions").get(0).get("name").asText()).isEqualTo("Termék Név");
        JsonNode plain = api.ok(api.get("/products/" + created.get("id").asText()));
        assertThat(SrShape.differences(SrClient.fixture("product/response/get_id.json"), plain, unset)).isEmpty();
        assertThat(plain.get("productDescriptions").get("href").asText())
                .isEqualTo(shop.baseUrl() + "/productDescriptions?productId=" + created.get("id").asText());
        JsonNode page = api.ok(api.get("/products?full=1&limit=5"));
        // the older page fixture has paging fields as strings and loyaltyPoints as [] (the emulator follows the
        // newer fixtures: numbers and {}); it also has a next page
        assertThat(SrShape.differences(SrClient.fixture("product/response/get_page.json"), page,
                Set.of("urlAliases", "taxClass", "manufacturer", "image1", "page", "pageCount", "limit", "next",
                        "loyaltyPoints"))).isEmpty();
        JsonNode relation = api.ok(api.get("/productCategoryRelations?full=1&productId=" + created.get("id").asText()))
                .get("items").get(0);
        assertThat(SrShape.differences(SrClient.fixture("product_category_relation/response/get_id.json"), relation,
                Set.of())).isEmpty();
    }

    @Test
    void descriptionsAndCategoriesTakeTheDocsBodiesBareOrWrapped() {
        String parent = createCategory("Szerszám", null);
        ObjectNode category = (ObjectNode) SrClient.fixture("category/request/post.json");
        category.putObject("parentCategory").put("id", parent);
        category.putObject("centralCategory").put("id", parent);
        ObjectNode wrapped = SrClient.MAPPER.createObjectNode();
        wrapped.set("data", category);
        JsonNode child = api.ok(api.post("/categories", wrapped));
        assertThat(SrShape.differences(SrClient.fixture("category/response/get_id.json"), child, Set.of())).isEmpty();
        assertThat(child.get("parentCategory").get("href").asText()).endsWith("/categories/" + parent);

        ObjectNode put = (ObjectNode) SrClient.fixture("category_extend/request/put.json");
        ((ArrayNode) put.get("categoryDescriptions")).remove(1);
        JsonNode extend = api.ok(api.put("/categoryExtend/" + child.get("id").asText(), put));
        assertThat(SrShape.differences(SrClient.fixture("category_extend/response/get_id.json"), extend,
                Set.of("parentCategory", "centralCategory", "urlAliases"))).isEmpty();
        JsonNode description = api.ok(api.get("/categoryDescriptions?full=1&categoryId=" + child.get("id").asText()))
                .get("items").get(0);
        assertThat(description.get("name").asText()).isEqualTo("Teszt Kategória");
        assertThat(SrShape.differences(SrClient.fixture("category_description/response/get_id.json"), description,
                Set.of())).isEmpty();

        JsonNode product = api.ok(api.post("/products", SrClient.object("{\"sku\":\"P-1\",\"price\":139900.0000}")));
        ObjectNode text = (ObjectNode) SrClient.fixture("product_description/request/post.json");
        text.putObject("product").put("id", product.get("id").asText());
        JsonNode d = api.ok(api.post("/productDescriptions", text));
        assertThat(SrShape.differences(SrClient.fixture("product_description/response/get_id.json"), d, Set.of()))
                .isEmpty();
        assertThat(SrShape.decode(d.get("id").asText())).isEqualTo("productDescription-product_id=1&language_id=1");
        assertThat(api.post("/productDescriptions", text).status()).isEqualTo(409);
    }

    @Test
    void ordersTakeTheDocsBodiesAndAnswerInTheFixturesShape() {
        JsonNode order = api.ok(api.post("/orders", SrClient.fixture("order/request/post.json")));
        assertThat(SrShape.differences(SrClient.fixture("order/response/get_id.json"), order, Set.of())).isEmpty();
        String id = order.get("id").asText();
        ObjectNode line = (ObjectNode) SrClient.fixture("order_product/request/post.json");
        line.putObject("order").put("id", id);
        JsonNode product = api.ok(api.post("/products", SrClient.object("{\"sku\":\"9789639715615\"}")));
        line.putObject("product").put("id", product.get("id").asText());
        JsonNode created = api.ok(api.post("/orderProducts", line));
        assertThat(SrShape.differences(SrClient.fixture("order_product/response/get_id.json"), created, Set.of()))
                .isEmpty();
        ObjectNode total = (ObjectNode) SrClient.fixture("order_total/request/post.json");
        total.putObject("order").put("id", id);
        JsonNode t = api.ok(api.post("/orderTotals", total));
        assertThat(SrShape.differences(SrClient.fixture("order_total/response/get_id.json"), t, Set.of())).isEmpty();
        ObjectNode put = (ObjectNode) SrClient.fixture("order/request/put.json");
        api.ok(api.put("/orders/" + id, put));

        JsonNode extend = api.ok(api.get("/orderExtend/" + id));
        assertThat(SrShape.differences(SrClient.fixture("order_extend/response/get_id.json"), extend,
                Set.of("shippingMode"))).isEmpty();
        JsonNode page = api.ok(api.get("/orderExtend?full=1&limit=1"));
        assertThat(SrShape.differences(SrClient.fixture("order_extend/response/get_page.json"), page,
                Set.of("coupon", "shippingMode", "next"))).isEmpty();
        JsonNode status = api.ok(api.get(order.get("orderStatus").get("href").asText().replace(shop.baseUrl(), "")));
        assertThat(SrShape.differences(SrClient.fixture("order_status/response/get_id.json"), status, Set.of())).isEmpty();
        JsonNode description = api.ok(api.get("/orderStatusDescriptions?full=1&orderStatusId="
                + status.get("id").asText())).get("items").get(0);
        assertThat(SrShape.differences(SrClient.fixture("order_status_description/response/get_id.json"), description,
                Set.of())).isEmpty();
        assertThat(description.get("name").asText()).isEqualTo("Függőben");
        JsonNode history = api.ok(api.get("/orderHistories?full=1&orderId=" + id)).get("items").get(0);
        assertThat(SrShape.differences(SrClient.fixture("order_history/response/get_id.json"), history, Set.of()))
                .isEmpty();
    }

    @Test
    void filesTakeTheDocsUpload() {
        JsonNode answer = api.ok(api.post("/files", SrClient.fixture("file/request/post.json")));
        assertThat(answer).isEqualTo(SrClient.fixture("file/response/post.json"));
        JsonNode file = api.ok(api.get("/files?type=image&filePath=product/image.jpg"));
        assertThat(file.get("attachment").asText())
                .isEqualTo(SrClient.fixture("file/request/post.json").get("attachment").asText());
    }

    private String createCategory(String name, String parent) {
        ObjectNode body = SrClient.object("{\"status\":\"1\",\"productsStatus\":\"1\",\"sortOrder\":\"0\"}");
        if (parent != null) {
            body.putObject("parentCategory").put("id", parent);
        }
        body.putArray("categoryDescriptions").addObject().put("name", name).putObject("language")
                .put("id", "bGFuZ3VhZ2UtbGFuZ3VhZ2VfaWQ9MQ==");
        return api.ok(api.post("/categoryExtend", body)).get("id").asText();
    }
}
