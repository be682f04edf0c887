package hu.webshopsync.emulator.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hu.webshopsync.emulator.EmulatorConfig;
import hu.webshopsync.emulator.FaultRule;
import hu.webshopsync.emulator.Platform;
import hu.webshopsync.emulator.ShopClock;
import hu.webshopsync.emulator.ShopEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Authentication, headers, paging, batch, rate limit and faults of the Shoprenter emulator. */
class SrProtocolTest {

    private ShopEmulator shop;

    private SrClient start(EmulatorConfig config) {
        shop = ShopEmulator.start(config.withPlatform(Platform.SHOPRENTER).withShoprenterCredentials("u", "k"),
                ShopClock.startingAt(Instant.parse("2026-06-01T10:00:00Z")));
        return new SrClient(shop.baseUrl(), "u", "k");
    }

    @AfterEach
    void stop() {
        if (shop != null) {
            shop.close();
        }
    }

    @Test
    void withoutCredentialsTheAnswerIs401AndWithoutJsonHeaders406Or415() {
        SrClient api = start(EmulatorConfig.defaults().withRateLimit(0));
        assertThat(api.basic("u", "wrong").get("/products").status()).isEqualTo(401);
        SrClient.Answer anonymous = api.bearer(null).get("/products");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("code").asInt()).isEqualTo(40101);
        api.basic("u", "k");
        assertThat(api.send("GET", "/products", null, null, null).status()).isEqualTo(406);
        assertThat(api.send("POST", "/products", "{\"sku\":\"A\"}", "application/json", null).status()).isEqualTo(415);
        assertThat(api.get("/api/products").status()).isEqualTo(200);
    }

    @Test
    void oauthTokenWorksUntilItExpiresOnTheShopClock() {
        SrClient api = start(EmulatorConfig.defaults().withRateLimit(0).withShoprenterOAuth("client", "secret"));
        String tokenUrl = "/oauth/shop/app/token";
        SrClient.Answer refused = api.bearer(null).send("POST", tokenUrl,
                "{\"grant_type\":\"client_credentials\",\"client_id\":\"client\",\"client_secret\":\"nope\"}",
                "application/json", "application/json");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("error").asText()).isEqualTo("invalid_client");
        assertThat(api.send("POST", tokenUrl, "{\"grant_type\":\"client_credentials\"}", "application/json",
                "application/json").json().get("hint").asText()).isEqualTo("Check the `client_id` parameter");
        JsonNode token = api.ok(api.send("POST", tokenUrl,
                "{\"grant_type\":\"client_credentials\",\"client_id\":\"client\",\"client_secret\":\"secret\"}",
                "application/json", "application/json"));
        assertThat(token.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(token.get("expires_in").asInt()).isEqualTo(3600);

        api.bearer(token.get("access_token").asText());
        assertThat(api.get("/languages").status()).isEqualTo(200);
        shop.clock().advance(Duration.ofSeconds(3599));
        assertThat(api.get("/languages").status()).isEqualTo(200);
        shop.clock().advance(Duration.ofSeconds(1));
        assertThat(api.get("/languages").status()).isEqualTo(401);
    }

    @Test
    void pagesCountFromZeroAndPastTheLastOneIs400() {
        SrClient api = start(EmulatorConfig.defaults().withRateLimit(0));
        for (int i = 1; i <= 5; i++) {
            api.ok(api.post("/products", SrClient.object("{\"sku\":\"S-" + i + "\"}")));
        }
        JsonNode first = api.ok(api.get("/products?limit=2"));
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("pageCount").asInt()).isEqualTo(3);
        assertThat(first.get("previous").isNull()).isTrue();
        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("items").get(0).size()).isEqualTo(1);
        assertThat(first.get("next").get("href").asText()).isEqualTo(shop.baseUrl() + "/products?page=1&limit=2");
        JsonNode last = api.ok(api.get("/products?limit=2&page=2&full=1"));
        assertThat(last.get("items")).hasSize(1);
        assertThat(last.get("items").get(0).get("sku").asText()).isEqualTo("S-5");
        assertThat(last.get("next").isNull()).isTrue();
        SrClient.Answer past = api.get("/products?limit=2&page=3");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().get("code").asInt()).isEqualTo(40008);
        assertThat(api.get("/products?limit=201").status()).isEqualTo(400);
        assertThat(api.ok(api.get("/categories?page=0")).get("items")).isEmpty();
    }

    @Test
    void batchRunsItemsOneAfterAnotherWithTheirOwnStatus() {
        SrClient api = start(EmulatorConfig.defaults().withRateLimit(0));
        String base = "https://shop.api.myshoprenter.hu";
        ObjectNode body = SrClient.MAPPER.createObjectNode();
        ArrayNode requests = body.putObject("data").putArray("requests");
        requests.addObject().put("method", "POST").put("uri", base + "/productExtend").set("data",
                SrClient.object("{\"sku\":\"B-1\",\"productDescriptions\":[{\"name\":\"Kávéfőző\",\"language\":"
                        + "{\"id\":\"bGFuZ3VhZ2UtbGFuZ3VhZ2VfaWQ9MQ==\"}}]}"));
        requests.addObject().put("method", "POST").put("uri", base + "/productExtend").set("data",
                SrClient.object("{\"price\":\"100\"}"));
        requests.addObject().put("method", "GET").put("uri", base + "/category/Y2F0ZWdvcnktY2F0ZWdvcnlfaWQ9MTg=");
        requests.addObject().put("method", "GET").put("uri", base + "/productExtend?sku=B-1&full=1");

        JsonNode answer = api.ok(api.post("/batch", body));

        JsonNode items = answer.get("requests").get("request");
        assertThat(items).extracting(i -> i.get("response").get("header").get("statusCode").asInt())
                .containsExactly(200, 400, 404, 200);
        assertThat(items.get(1).get("response").get("body").get("code").asInt()).isEqualTo(40003);
        assertThat(items.get(1).get("response").get("body").get("message").asText()).contains("sku");
        assertThat(items.get(3).get("response").get("body").get("items").get(0).get("sku").asText()).isEqualTo("B-1");

        ObjectNode tooMany = SrClient.MAPPER.createObjectNode();
        ArrayNode list = tooMany.putObject("data").putArray("requests");
        for (int i = 0; i < 201; i++) {
            list.addObject().put("method", "GET").put("uri", base + "/languages");
        }
        assertThat(api.post("/batch", tooMany).status()).isEqualTo(400);
        assertThat(shop.control().counters().count("POST /batch")).isEqualTo(2);
    }

    @Test
    void beyondTheRateLimitTheShopAnswers429AndTheControlLiftsIt() {
        SrClient api = start(EmulatorConfig.defaults());
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 12 && !statuses.contains(429); i++) {
            statuses.add(api.get("/languages").status());
        }
        assertThat(statuses).contains(429);
        assertThat(statuses.indexOf(429)).isGreaterThanOrEqualTo(3);
        SrClient control = new SrClient(shop.baseUrl(), "u", "k");
        assertThat(control.send("POST", "/__emulator/rate-limit", "{\"perSecond\":0}", "application/json",
                "application/json").status()).isEqualTo(200);
        for (int i = 0; i < 10; i++) {
            assertThat(api.get("/languages").status()).isEqualTo(200);
        }
        assertThat(control.send("POST", "/__emulator/credentials", "{\"apiUser\":\"u2\",\"apiPassword\":\"k2\"}",
                "application/json", "application/json").status()).isEqualTo(200);
        assertThat(api.get("/languages").status()).isEqualTo(401);
        assertThat(api.basic("u2", "k2").get("/languages").status()).isEqualTo(200);
    }

    @Test
    void emptyBodyDropsTheAnswerExceptOnProducts() {
        SrClient api = start(EmulatorConfig.defaults().withRateLimit(0));
        SrClient.Answer category = api.post("/categories?emptyBody=1", SrClient.object("{\"status\":\"1\"}"));
        assertThat(category.status()).isEqualTo(200);
        assertThat(category.text()).isEmpty();
        assertThat(api.ok(api.get("/categories")).get("items")).hasSize(1);
        assertThat(api.ok(api.post("/products?emptyBody=1", SrClient.object("{\"sku\":\"E-1\"}"))).get("sku")
                .asText()).isEqualTo("E-1");
    }

    @Test
    void rateLimitIsASlidingWindowPerCredential() {
        long[] now = {0};
        SrRateLimit limit = new SrRateLimit(3, () -> now[0]);
        assertThat(limit.tryAcquire("a")).isTrue();
        now[0] = 400_000_000L;
        assertThat(limit.tryAcquire("a")).isTrue();
        assertThat(limit.tryAcquire("a")).isTrue();
        assertThat(limit.tryAcquire("a")).isFalse();
        assertThat(limit.tryAcquire("b")).isTrue();
        now[0] = 999_999_999L;
        assertThat(limit.tryAcquire("a")).isFalse();
        now[0] = 1_000_000_000L;
        assertThat(limit.tryAcquire("a")).isTrue();
        assertThat(limit.tryAcquire("a")).isFalse();
    }

    @Test
    void faultsHitTheBatchRouteLikeAnyOther() {
        SrClient api = start(EmulatorConfig.defaults().withRateLimit(0));
        shop.control().addFault(FaultRule.status("POST /batch", 503).times(1));
        ObjectNode body = SrClient.object("{\"data\":{\"requests\":[{\"method\":\"GET\",\"uri\":\"http://x/languages\"}]}}");
        assertThat(api.post("/batch", body).status()).isEqualTo(503);
        assertThat(api.post("/batch", body).status()).isEqualTo(200);
        api.ok(api.post("/products", SrClient.object("{\"sku\":\"F-1\"}")));
        String id = shop.control() instanceof ShoprenterControl c ? c.productApiId(1) : null;
        shop.control().addFault(FaultRule.status("PUT /productExtend/{id}", 500).times(1));
        assertThat(api.put("/productExtend/" + id, SrClient.object("{\"price\":\"5\"}")).status()).isEqualTo(500);
        assertThat(shop.control().counters().count("PUT /productExtend/{id}")).isEqualTo(1);
    }

    @Test
    void anItemRejectionRefusesThatItemInsideTheBatchAndTheOthersRun() {
        SrClient api = start(EmulatorConfig.defaults().withRateLimit(0));
        shop.control().addFault(FaultRule.rejectItem("POST /productExtend", "R-2", 409));
        String base = "https://shop.api.myshoprenter.hu";
        ObjectNode body = SrClient.MAPPER.createObjectNode();
        ArrayNode requests = body.putObject("data").putArray("requests");
        for (String sku : List.of("R-1", "R-2", "R-3")) {
            requests.addObject().put("method", "POST").put("uri", base + "/productExtend").set("data",
                    SrClient.object("{\"sku\":\"" + sku + "\",\"productDescriptions\":[{\"name\":\"Sapka\",\"language\":"
                            + "{\"id\":\"bGFuZ3VhZ2UtbGFuZ3VhZ2VfaWQ9MQ==\"}}]}"));
        }

        JsonNode items = api.ok(api.post("/batch", body)).get("requests").get("request");

        assertThat(items).extracting(i -> i.get("response").get("header").get("statusCode").asInt())
                .containsExactly(200, 409, 200);
        assertThat(items.get(1).get("response").get("body").get("code").asInt()).isEqualTo(40901);
        assertThat(items.get(1).get("response").get("body").get("message").asText()).isEqualTo("Resource exists!");
        assertThat(shop.control().snapshot().productsBySku()).containsOnlyKeys("R-1", "R-3");
        assertThat(api.ok(api.post("/productExtend", SrClient.object("{\"sku\":\"R-2\",\"productDescriptions\":"
                + "[{\"name\":\"Sapka\",\"language\":{\"id\":\"bGFuZ3VhZ2UtbGFuZ3VhZ2VfaWQ9MQ==\"}}]}")))
                .get("sku").asText()).as("a request sent alone is no batch item").isEqualTo("R-2");
        assertThat(shop.control().faults()).singleElement().extracting(FaultRule::sku).isEqualTo("R-2");
    }
}
