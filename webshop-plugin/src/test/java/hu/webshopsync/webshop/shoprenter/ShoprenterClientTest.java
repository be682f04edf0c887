package hu.webshopsync.webshop.shoprenter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import feign.Client;
import hu.webshopsync.webshop.fixtures.MutableClock;
import hu.webshopsync.webshop.shop.HttpTransport;
import hu.webshopsync.webshop.shop.RetryListener;
import hu.webshopsync.webshop.shop.ShopUnreachableException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Shoprenter transport against WireMock answering in the docs' shapes (api/01–06, fixtures). */
class ShoprenterClientTest {

    private static final String USER = "webshopsync";
    private static final String PASSWORD = "p4ssw0rd-never-logged";

    private final ObjectMapper mapper = JsonMapper.builder().build();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T10:00:00Z"));
    private final List<Duration> sleeps = new ArrayList<>();
    private final List<RetryListener.Wait> heard = new ArrayList<>();
    private WireMockServer wire;

    @BeforeEach
    void start() {
        wire = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        wire.start();
    }

    @AfterEach
    void stop() {
        wire.stop();
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + wire.port() + "/api");
    }

    private ShoprenterClient client(SrCredentials credentials) {
        return client(credentials, HttpTransport.create(Duration.ofSeconds(2), Optional.empty()));
    }

    private ShoprenterClient client(SrCredentials credentials, Client transport) {
        SrAccess access = new SrAccess(base(), credentials, Duration.ofSeconds(2), Duration.ofSeconds(5),
                Optional.empty(), SrAccess.DOCUMENTED_RATE_LIMIT);
        return new ShoprenterClient(access, transport, mapper, clock, SrHttp.Policy.DEFAULT, d -> {
            sleeps.add(d);
            clock.advance(d);
        }, () -> 1.0).forRun(heard::add);
    }

    private ShoprenterClient basic() {
        return client(new SrCredentials.Basic(USER, PASSWORD));
    }

    @Test
    void readsJsonWithBasicAuthAndUnwrapsALoneResponseKey() {
        wire.stubFor(get(urlEqualTo("/api/languages?code=hu&full=1")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"response\":{\"items\":[{\"id\":\"bGFuZ3VhZ2UtbGFuZ3VhZ2VfaWQ9MQ==\",\"innerId\":\"1\","
                        + "\"code\":\"hu\"}]}}")));

        JsonNode answer = basic().get("languages?code=hu&full=1");

        assertThat(answer.path("items").get(0).path("code").asText()).isEqualTo("hu");
        String expected = "Basic " + Base64.getEncoder().encodeToString(
                (USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        wire.verify(getRequestedFor(urlEqualTo("/api/languages?code=hu&full=1"))
                .withHeader("Authorization", equalTo(expected))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("Content-Type", equalTo("application/json")));
    }

    @Test
    void pagesWholeItemsAndStopsWhereNextIsNull() {
        wire.stubFor(get(urlPathEqualTo("/api/productExtend")).withQueryParam("page", equalTo("0"))
                .willReturn(aResponse().withStatus(200).withBody("{\"href\":\"x\",\"page\":\"0\",\"pageCount\":\"2\","
                        + "\"limit\":\"200\",\"first\":{\"href\":\"x\"},\"previous\":null,"
                        + "\"next\":{\"href\":\"http://shop.api.myshoprenter.hu/productExtend?page=1\"},"
                        + "\"items\":[{\"sku\":\"A\"},{\"sku\":\"B\"}]}")));
        wire.stubFor(get(urlPathEqualTo("/api/productExtend")).withQueryParam("page", equalTo("1"))
                .willReturn(aResponse().withStatus(200).withBody(
                        "{\"page\":1,\"next\":null,\"items\":{\"sku\":\"C\"}}")));

        ShoprenterClient client = basic();
        SrPage first = client.page("productExtend", Map.of("sku", "A B/é"), 0);
        SrPage second = client.page("productExtend", Map.of("sku", "A B/é"), 1);

        assertThat(first.items()).extracting(n -> n.get("sku").asText()).containsExactly("A", "B");
        assertThat(first.hasNext()).isTrue();
        assertThat(second.items()).extracting(n -> n.get("sku").asText()).containsExactly("C");
        assertThat(second.hasNext()).isFalse();
        wire.verify(getRequestedFor(urlEqualTo("/api/productExtend?sku=A%20B%2F%C3%A9&full=1&limit=200&page=0")));
    }

    @Test
    void aPagePastTheLastReadsAsEmpty() {
        wire.stubFor(get(urlPathEqualTo("/api/categoryExtend")).willReturn(aResponse().withStatus(400).withBody(
                "{\"code\":40008,\"message\":\"Page not found! The minimum page is 0 and maximum page is 0\"}")));

        SrPage page = basic().page("categoryExtend", Map.of(), 1);

        assertThat(page.items()).isEmpty();
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void batchSendsAbsoluteUrisAndReadsEachItemsStatusWhateverItsType() {
        wire.stubFor(post(urlEqualTo("/api/batch")).willReturn(aResponse().withStatus(200).withBody(
                "{\"requests\":{\"request\":[{\"method\":\"GET\",\"uri\":\"u\",\"response\":{\"header\":"
                        + "{\"statusCode\":\"200\"},\"body\":{\"items\":[]}}},{\"method\":\"POST\",\"uri\":\"u\","
                        + "\"response\":{\"header\":{\"statusCode\":201},\"body\":{\"sku\":\"A\",\"innerId\":\"7\"}}},"
                        + "{\"method\":\"PUT\",\"uri\":\"u\",\"response\":{\"header\":{\"statusCode\":404},\"body\":"
                        + "{\"message\":\"Resource matching URI \\\"/productExtend/x\\\" not found\"}}}]}}")));

        List<BatchOutcome> outcomes = basic().batch(List.of(BatchItem.get("productExtend?sku=A"),
                BatchItem.post("productExtend", Map.of("sku", "A")), BatchItem.put("/productExtend/x", Map.of("price", "1"))));

        assertThat(outcomes).extracting(BatchOutcome::statusCode).containsExactly(200, 201, 404);
        assertThat(outcomes.get(1).body().get("innerId").asText()).isEqualTo("7");
        assertThat(outcomes.get(2).ok()).isFalse();
        assertThat(outcomes.get(2).message()).contains("not found");
        String base = base().toString();
        wire.verify(postRequestedFor(urlEqualTo("/api/batch")).withRequestBody(equalToJson(
                "{\"data\":{\"requests\":[{\"method\":\"GET\",\"uri\":\"" + base + "/productExtend?sku=A\"},"
                        + "{\"method\":\"POST\",\"uri\":\"" + base + "/productExtend\",\"data\":{\"sku\":\"A\"}},"
                        + "{\"method\":\"PUT\",\"uri\":\"" + base + "/productExtend/x\",\"data\":{\"price\":\"1\"}}]}}")));
    }

    @Test
    void aListOfOneInTheBatchAnswerIsTheObjectItself() {
        wire.stubFor(post(urlEqualTo("/api/batch")).willReturn(aResponse().withStatus(200).withBody(
                "{\"requests\":{\"request\":{\"response\":{\"header\":{\"statusCode\":\"204\"},\"body\":\"\"}}}}")));

        List<BatchOutcome> outcomes = basic().batch(List.of(new BatchItem("DELETE", "categories/x", null)));

        assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.ok()).isTrue());
    }

    @Test
    void batchItemsThrottledWith429AreSentAgainAloneAfterAWait() {
        wire.stubFor(post(urlEqualTo("/api/batch")).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(200).withBody("{\"requests\":{\"request\":["
                        + "{\"response\":{\"header\":{\"statusCode\":200},\"body\":{\"n\":1}}},"
                        + "{\"response\":{\"header\":{\"statusCode\":429},\"body\":{\"message\":\"Too Many Requests\"}}}]}}"))
                .willSetStateTo("second"));
        wire.stubFor(post(urlEqualTo("/api/batch")).inScenario("s").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(200).withBody("{\"requests\":{\"request\":["
                        + "{\"response\":{\"header\":{\"statusCode\":201},\"body\":{\"n\":2}}}]}}")));

        List<BatchOutcome> outcomes = basic().batch(List.of(BatchItem.post("productExtend", Map.of("sku", "A")),
                BatchItem.post("productExtend", Map.of("sku", "B"))));

        assertThat(outcomes).extracting(BatchOutcome::statusCode).containsExactly(200, 201);
        assertThat(outcomes.get(1).body().get("n").asInt()).isEqualTo(2);
        assertThat(heard).extracting(RetryListener.Wait::cause).containsExactly("429");
        assertThat(wire.findAll(postRequestedFor(urlEqualTo("/api/batch"))).get(1).getBodyAsString())
                .contains("\"sku\":\"B\"").doesNotContain("\"sku\":\"A\"");
    }

    @Test
    void moreThan200ItemsGoInSeveralBatchesOneAfterAnother() {
        StringBuilder two = new StringBuilder("{\"requests\":{\"request\":[");
        for (int i = 0; i < 200; i++) {
            two.append(i == 0 ? "" : ",").append("{\"response\":{\"header\":{\"statusCode\":200},\"body\":{}}}");
        }
        wire.stubFor(post(urlEqualTo("/api/batch")).inScenario("b").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(200).withBody(two + "]}}")).willSetStateTo("rest"));
        wire.stubFor(post(urlEqualTo("/api/batch")).inScenario("b").whenScenarioStateIs("rest")
                .willReturn(aResponse().withStatus(200).withBody(
                        "{\"requests\":{\"request\":[{\"response\":{\"header\":{\"statusCode\":404},\"body\":{}}}]}}")));
        List<BatchItem> items = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            items.add(BatchItem.get("productExtend?sku=S" + i));
        }

        List<BatchOutcome> outcomes = basic().batch(items);

        assertThat(outcomes).hasSize(201);
        assertThat(outcomes.get(200).statusCode()).isEqualTo(404);
        wire.verify(2, postRequestedFor(urlEqualTo("/api/batch")));
    }

    @Test
    void throttlingIsWaitedOutAndNeverReachesTheCaller() {
        wire.stubFor(get(urlEqualTo("/api/taxClasses?full=1")).inScenario("t").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429)).willSetStateTo("ok"));
        wire.stubFor(get(urlEqualTo("/api/taxClasses?full=1")).inScenario("t").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(200).withBody("{\"items\":[]}")));

        JsonNode answer = basic().get("taxClasses?full=1");

        assertThat(answer.has("items")).isTrue();
        assertThat(heard).singleElement().satisfies(w -> {
            assertThat(w.cause()).isEqualTo("429");
            assertThat(w.delay()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        });
    }

    @Test
    void aPostThatMetAGatewayTimeoutIsNotRepeatedButReportedAsMaybeDone() {
        wire.stubFor(post(urlEqualTo("/api/files")).willReturn(aResponse().withStatus(504).withBody("<html>")));

        assertThatThrownBy(() -> basic().post("files", Map.of("filePath", "product/a.jpg")))
                .isInstanceOfSatisfying(SrException.class, e -> {
                    assertThat(e.status()).isEqualTo(504);
                    assertThat(e.partlyDone()).isTrue();
                    assertThat(e.retryable()).isTrue();
                });
        wire.verify(1, postRequestedFor(urlEqualTo("/api/files")));
    }

    @Test
    void aBatchWhoseAnswerIsLostIsSentAgainUnlessAnItemGoesOutOnce() {
        wire.stubFor(post(urlEqualTo("/api/batch")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        BatchItem status = BatchItem.put("orders/b3JkZXItb3JkZXJfaWQ9MQ==", Map.of("orderStatus", Map.of("id", "x")));

        assertThatThrownBy(() -> basic().batch(List.of(status.once(), BatchItem.get("orders?innerId=2"))))
                .isInstanceOf(ShopUnreachableException.class);
        wire.verify(1, postRequestedFor(urlEqualTo("/api/batch")));

        wire.resetRequests();
        assertThatThrownBy(() -> basic().batch(List.of(status))).isInstanceOf(ShopUnreachableException.class);
        wire.verify(SrHttp.Policy.DEFAULT.maxAttempts(), postRequestedFor(urlEqualTo("/api/batch")));
    }

    @Test
    void aReadThatMetA503IsTriedAgain() {
        wire.stubFor(get(urlEqualTo("/api/languages")).inScenario("g").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
        wire.stubFor(get(urlEqualTo("/api/languages")).inScenario("g").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(200).withBody("{}")));

        basic().get("languages");

        assertThat(heard).extracting(RetryListener.Wait::cause).containsExactly("503");
    }

    @Test
    void refusedCredentialsNeverShowTheSecret() {
        wire.stubFor(get(urlEqualTo("/api/languages")).willReturn(aResponse().withStatus(401).withBody(
                "{\"code\":40101,\"message\":\"You have no permission for this operation!\"}")));

        assertThatThrownBy(() -> basic().get("languages")).isInstanceOfSatisfying(SrException.class, e -> {
            assertThat(e.credentialsRefused()).isTrue();
            assertThat(e.innerCode()).isEqualTo("40101");
            assertThat(e.phrase().key()).isEqualTo("error.sr.credentialsRefused");
            assertThat(e.toString()).doesNotContain(PASSWORD);
        });
        assertThat(basic().toString()).doesNotContain(PASSWORD);
    }

    @Test
    void requestsArePacedUnderThreeASecond() {
        wire.stubFor(get(urlPathEqualTo("/api/languages")).willReturn(aResponse().withStatus(200).withBody("{}")));
        ShoprenterClient client = basic();

        for (int i = 0; i < 4; i++) {
            client.get("languages");
        }

        assertThat(sleeps).hasSize(3).allSatisfy(d -> assertThat(d).isGreaterThanOrEqualTo(Duration.ofMillis(334)));
    }

    @Test
    void parallelCallersQueueOneAtATime() throws Exception {
        wire.stubFor(get(urlPathEqualTo("/api/languages")).willReturn(aResponse().withStatus(200).withBody("{}")
                .withFixedDelay(30)));
        Client real = HttpTransport.create(Duration.ofSeconds(2), Optional.empty());
        java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
        Client counting = (request, options) -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                return real.execute(request, options);
            } finally {
                inFlight.decrementAndGet();
            }
        };
        ShoprenterClient client = client(new SrCredentials.Basic(USER, PASSWORD), counting);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<JsonNode>> all = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                all.add(pool.submit(() -> client.get("languages")));
            }
            for (java.util.concurrent.Future<JsonNode> f : all) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(most.get()).isEqualTo(1);
        wire.verify(8, getRequestedFor(urlPathEqualTo("/api/languages")));
    }

    @Test
    void oauthTokenIsAskedOnceReusedAndRenewedBeforeItRunsOut() {
        wire.stubFor(post(urlEqualTo("/oauth/bolt/app/token")).willReturn(aResponse().withStatus(200).withBody(
                "{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"jwt-1\"}")));
        wire.stubFor(get(urlEqualTo("/api/languages")).willReturn(aResponse().withStatus(200).withBody("{}")));
        ShoprenterClient client = client(new SrCredentials.OAuth("cid", "csecret-never-logged",
                URI.create("http://127.0.0.1:" + wire.port() + "/oauth/bolt/app/token")));

        client.get("languages");
        client.get("languages");
        clock.advance(Duration.ofSeconds(3550));
        client.get("languages");

        wire.verify(2, postRequestedFor(urlEqualTo("/oauth/bolt/app/token")).withRequestBody(equalToJson(
                "{\"grant_type\":\"client_credentials\",\"client_id\":\"cid\",\"client_secret\":\"csecret-never-logged\"}")));
        wire.verify(3, getRequestedFor(urlEqualTo("/api/languages")).withHeader("Authorization", equalTo("Bearer jwt-1")));
    }

    @Test
    void aRefusedTokenIsRenewedOnce() {
        wire.stubFor(post(urlEqualTo("/token")).inScenario("k").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(200).withBody("{\"expires_in\":3600,\"access_token\":\"old\"}"))
                .willSetStateTo("new"));
        wire.stubFor(post(urlEqualTo("/token")).inScenario("k").whenScenarioStateIs("new")
                .willReturn(aResponse().withStatus(200).withBody("{\"expires_in\":\"3600\",\"access_token\":\"new\"}")));
        wire.stubFor(get(urlEqualTo("/api/languages")).withHeader("Authorization", equalTo("Bearer old"))
                .willReturn(aResponse().withStatus(401)));
        wire.stubFor(get(urlEqualTo("/api/languages")).withHeader("Authorization", equalTo("Bearer new"))
                .willReturn(aResponse().withStatus(200).withBody("{\"ok\":1}")));
        ShoprenterClient client = client(new SrCredentials.OAuth("cid", "s",
                URI.create("http://127.0.0.1:" + wire.port() + "/token")));

        assertThat(client.get("languages").get("ok").asInt()).isEqualTo(1);
    }

    @Test
    void aRefusedClientIsACredentialsErrorWithoutTheSecret() {
        wire.stubFor(post(urlEqualTo("/token")).willReturn(aResponse().withStatus(401).withBody(
                "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\","
                        + "\"message\":\"Client authentication failed\"}")));
        ShoprenterClient client = client(new SrCredentials.OAuth("cid", "csecret-never-logged",
                URI.create("http://127.0.0.1:" + wire.port() + "/token")));

        assertThatThrownBy(() -> client.get("languages")).isInstanceOfSatisfying(SrException.class, e -> {
            assertThat(e.credentialsRefused()).isTrue();
            assertThat(e.kind()).isEqualTo(SrException.Kind.TOKEN_REFUSED);
            assertThat(e.getMessage()).contains("Client authentication failed").doesNotContain("csecret");
        });
        assertThat(wire.findAll(getRequestedFor(urlPathEqualTo("/api/languages")))).isEmpty();
    }

    @Test
    void pathEncodesQueryValues() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("updatedAtMin", "2026-01-01T10:30:00");
        q.put("sku", "a&b c");
        assertThat(ShoprenterClient.path("orderExtend", q))
                .isEqualTo("orderExtend?updatedAtMin=2026-01-01T10%3A30%3A00&sku=a%26b%20c");
    }
}
