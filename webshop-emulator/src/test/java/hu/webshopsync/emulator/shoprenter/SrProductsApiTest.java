package hu.webshopsync.emulator.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hu.webshopsync.emulator.EmulatorConfig;
import hu.webshopsync.emulator.Platform;
import hu.webshopsync.emulator.ShopEmulator;
import hu.webshopsync.emulator.ShopSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** Products, categories and files behave as the docs say (api/05, api/06, ex/04, ex/05). */
class SrProductsApiTest {

    private static final String HU = "bGFuZ3VhZ2UtbGFuZ3VhZ2VfaWQ9MQ==";
    private static final String VAT27 = "dGF4Q2xhc3MtdGF4X2NsYXNzX2lkPTEw";

    private ShopEmulator shop;
    private SrClient api;

    @BeforeEach
    void start() {
        shop = ShopEmulator.start(EmulatorConfig.defaults().withPlatform(Platform.SHOPRENTER).withRateLimit(0));
        api = new SrClient(shop.baseUrl(), "demo-api-user", "demo-api-key");
    }

    @AfterEach
    void stop() {
        shop.close();
    }

    @Test
    void putOnProductExtendReplacesTheListsItNamesAndKeepsTheOthers() {
        String drills = category("Fúrógép", null);
        String saws = category("Fűrész", null);
        JsonNode p = api.ok(api.post("/productExtend", product("AB-001", "Kávéfőző", drills)));
        String id = p.get("id").asText();

        ObjectNode put = SrClient.object("{\"price\":\"8000\"}");
        put.putArray("productCategoryRelations").addObject().putObject("category").put("id", saws);
        JsonNode after = api.ok(api.put("/productExtend/" + id, put));

        assertThat(after.get("price").asText()).isEqualTo("8000.0000");
        assertThat(after.get("productCategoryRelations")).hasSize(1);
        assertThat(after.get("productCategoryRelations").get(0).get("category").get("href").asText()).endsWith(saws);
        assertThat(after.get("productDescriptions").get(0).get("name").asText()).isEqualTo("Kávéfőző");
        ObjectNode clear = SrClient.object("{\"productCategoryRelations\":[]}");
        assertThat(api.ok(api.put("/productExtend/" + id, clear)).get("productCategoryRelations")).isEmpty();
        ShopSnapshot.Product snap = shop.control().snapshot().productsBySku().get("AB-001");
        assertThat(snap.regularPrice()).isEqualTo("8000.0000");
        assertThat(snap.name()).isEqualTo("Kávéfőző");
        assertThat(snap.description()).isEqualTo("<p>Rozsdamentes acél.</p>");
        assertThat(snap.status()).isEqualTo("publish");
        assertThat(snap.stockQuantity()).isEqualTo(7);
        assertThat(snap.taxClass()).isEqualTo("27 %");
        assertThat(snap.categories()).isEmpty();
    }

    @Test
    void badValuesAndUnknownRelationsAreRefusedAndNothingIsStored() {
        assertThat(api.post("/productExtend", SrClient.object("{\"sku\":\"X\",\"taxClass\":{\"id\":\"nope\"},"
                + "\"productDescriptions\":[{\"name\":\"x\",\"language\":{\"id\":\"" + HU + "\"}}]}")).status())
                .isEqualTo(400);
        assertThat(api.post("/productExtend", SrClient.object("{\"sku\":\"X\",\"productDescriptions\":[{\"name\":"
                + "\"x\",\"language\":{\"id\":\"bGFuZ3VhZ2UtbGFuZ3VhZ2VfaWQ9Mg==\"}}]}")).status()).isEqualTo(400);
        SrClient.Answer price = api.post("/products", SrClient.object("{\"sku\":\"X\",\"price\":\"sok\"}"));
        assertThat(price.status()).isEqualTo(400);
        assertThat(price.json().get("code").asInt()).isEqualTo(40005);
        assertThat(api.post("/products", SrClient.object("{\"sku\":\"X\",\"status\":\"5\"}")).status()).isEqualTo(400);
        assertThat(api.post("/products", SrClient.object("{\"sku\":\"X\",\"innerId\":\"9\"}")).json().get("code")
                .asInt()).isEqualTo(40002);
        assertThat(api.post("/productExtend", SrClient.object("{\"sku\":\"X\"}")).json().get("code").asInt())
                .isEqualTo(40003);
        assertThat(shop.control().snapshot().products()).isEmpty();
    }

    @Test
    void skuNamesTheProductToChangeAndDeleteIsOnce() {
        api.ok(api.post("/productExtend", product("AB-002", "Teáskanna", null)));
        JsonNode changed = api.ok(api.put("/productExtend?sku=AB-002", SrClient.object("{\"stock1\":3,\"status\":0}")));
        assertThat(changed.get("stock1").asText()).isEqualTo("3");
        assertThat(changed.get("status").asText()).isEqualTo("0");
        SrClient.Answer unknown = api.put("/productExtend?sku=NOPE", SrClient.object("{\"stock1\":1}"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asInt()).isEqualTo(40033);
        JsonNode bySku = api.ok(api.get("/productExtend?sku=AB-002&full=1"));
        assertThat(bySku.get("items")).hasSize(1);
        assertThat(shop.control().snapshot().productsBySku().get("AB-002").status()).isEqualTo("draft");
        String id = bySku.get("items").get(0).get("id").asText();
        assertThat(api.delete("/productExtend/" + id).status()).isEqualTo(204);
        assertThat(api.delete("/productExtend/" + id).status()).isEqualTo(404);
        assertThat(api.ok(api.get("/productDescriptions")).get("items")).isEmpty();
    }

    @Test
    void anOuterIdWrittenAsIdBecomesTheProductsId() {
        JsonNode p = api.ok(api.post("/products", SrClient.object("{\"sku\":\"O-1\",\"id\":\"erp-o-1\"}")));
        assertThat(p.get("id").asText()).isEqualTo("erp-o-1");
        assertThat(api.ok(api.get("/products/erp-o-1")).get("sku").asText()).isEqualTo("O-1");
        assertThat(api.post("/products", SrClient.object("{\"sku\":\"O-2\",\"id\":\"erp-o-1\"}")).status())
                .isEqualTo(400);
    }

    @Test
    void nestedCategoriesAndDeletingOneMakesItsChildrenRoots() {
        String tools = category("Szerszám", null);
        String drills = category("Fúrógép", tools);
        String cordless = category("Akkus", drills);
        JsonNode child = api.ok(api.get("/categoryExtend/" + cordless));
        assertThat(child.get("parentCategory").get("href").asText()).isEqualTo(shop.baseUrl() + "/categories/" + drills);
        assertThat(api.ok(api.get("/categoryExtend/" + tools)).get("parentCategory").isEmpty()).isTrue();
        api.ok(api.post("/productExtend", product("AB-003", "Fúró", cordless)));

        assertThat(shop.control().deleteCategory(2)).isTrue();

        assertThat(api.ok(api.get("/categoryExtend/" + cordless)).get("parentCategory").isEmpty()).isTrue();
        assertThat(shop.control().snapshot().categories()).extracting(ShopSnapshot.Category::name)
                .containsExactly("Szerszám", "Akkus");
        assertThat(shop.control().snapshot().productsBySku().get("AB-003").categories())
                .extracting(ShopSnapshot.CategoryRef::name).containsExactly("Akkus");
        assertThat(api.ok(api.get("/categoryDescriptions?full=1&name=Akkus&languageId=" + HU)).get("items"))
                .hasSize(1);
    }

    @Test
    void filesFollowTheNameRuleAndAPostAgainReplacesTheBytes() {
        ObjectNode file = SrClient.object("{\"filePath\":\"product/AB-001.jpg\",\"type\":\"image\"}");
        file.put("attachment", Base64.getEncoder().encodeToString(new byte[] {1, 2, 3}));
        api.ok(api.post("/files", file));
        String first = shop.control().snapshot().media().get(0).sha256();
        file.put("attachment", Base64.getEncoder().encodeToString(new byte[] {4, 5}));
        api.ok(api.post("/files", file));
        assertThat(shop.control().snapshot().media()).hasSize(1);
        assertThat(shop.control().snapshot().media().get(0).sha256()).isNotEqualTo(first);
        api.ok(api.post("/files", file.deepCopy().put("filePath", "product/AA-000.jpg")));
        api.ok(api.post("/files", file));
        assertThat(shop.control().snapshot().media()).extracting(ShopSnapshot.Media::id, ShopSnapshot.Media::filename)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "product/AB-001.jpg"),
                        org.assertj.core.groups.Tuple.tuple(2L, "product/AA-000.jpg"));
        assertThat(shop.control().snapshot().media().get(0).size()).isEqualTo(2);
        assertThat(shop.control().snapshot().media().get(0).mimeType()).isEqualTo("image/jpeg");

        ObjectNode bad = file.deepCopy().put("filePath", "product/kávé főző.jpg");
        SrClient.Answer refused = api.post("/files", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).contains("kávé főző.jpg");
        assertThat(api.post("/files", file.deepCopy().put("attachment", "%%%")).status()).isEqualTo(400);

        ObjectNode p = product("AB-001", "Kávéfőző", null).put("mainPicture", "product/AB-001.jpg");
        JsonNode created = api.ok(api.post("/productExtend", p));
        assertThat(created.get("allImages").get("mainImage").asText()).contains("product/AB-001.jpg");
        assertThat(shop.control().snapshot().productsBySku().get("AB-001").imageMediaIds()).containsExactly(1L);
        assertThat(api.delete("/files?type=image&filePath=product/AB-001.jpg").status()).isEqualTo(204);
        assertThat(api.delete("/files?type=image&filePath=product/AB-001.jpg").status()).isEqualTo(404);
    }

    private ObjectNode product(String sku, String name, String category) {
        ObjectNode body = SrClient.object("{\"sku\":\"" + sku + "\",\"price\":\"10000\",\"status\":\"1\","
                + "\"subtractStock\":\"1\",\"stock1\":\"7\",\"taxClass\":{\"id\":\"" + VAT27 + "\"}}");
        body.putArray("productDescriptions").addObject().put("name", name)
                .put("description", "<p>Rozsdamentes acél.</p>").putObject("language").put("id", HU);
        if (category != null) {
            body.putArray("productCategoryRelations").addObject().putObject("category").put("id", category);
        }
        return body;
    }

    private String category(String name, String parent) {
        ObjectNode body = SrClient.object("{\"status\":\"1\"}");
        if (parent != null) {
            body.putObject("parentCategory").put("id", parent);
        }
        body.putArray("categoryDescriptions").addObject().put("name", name).putObject("language").put("id", HU);
        return api.ok(api.post("/categoryExtend", body)).get("id").asText();
    }
}
