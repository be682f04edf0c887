package hu.webshopsync.webshop.woocommerce;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import hu.webshopsync.api.ModuleSettings;
import hu.webshopsync.webshop.fixtures.OrderCaptures;
import hu.webshopsync.webshop.orders.OrderSource.StatusAnswer;
import hu.webshopsync.webshop.orders.OrderSource.MarkState;
import hu.webshopsync.webshop.orders.OrderSource.OrderMark;
import hu.webshopsync.webshop.settings.WebshopSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Order marks through {@code POST /orders/batch} as WooCommerce 7.9 answered them (capture 50), and read
 * back through {@code GET /orders?include=}.
 */
class WooOrderBatchContractTest {

    @RegisterExtension
    static WireMockExtension shop = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final Path CAPTURES = Path.of("src/test/resources/captures");

    private final ShopConnection connection = ShopConnection.open(WebshopSettings.from(new ModuleSettings(
            Map.of("url", shop.baseUrl(), "consumerKey", "ck_test"), Map.of("consumerSecret", "cs_test"))),
            OrderCaptures.MAPPER, 1);

    @AfterEach
    void close() {
        connection.close();
    }

    @Test
    void sendsTheCapturedRequestWithTheErpNumberAsMetaAndReadsEachOrdersAnswer() throws IOException {
        answerWithCapture50();

        List<StatusAnswer> answers = WooOrderSource.on(connection, e -> "-").mark(List.of(
                new OrderMark(20, "VR-2026-000020", "cancelled"), new OrderMark(99999999, "VR-2026-000099", "completed")));

        // the captured request's items, each with the ERP number as order meta the admin shows
        shop.verify(postRequestedFor(urlPathEqualTo("/wp-json/wc/v3/orders/batch")).withRequestBody(
                equalToJson(Files.readString(CAPTURES.resolve("50_order_batch_status.request.json")), false, true))
                .withRequestBody(equalToJson("{\"update\":[{\"id\":20,\"status\":\"cancelled\",\"meta_data\":"
                        + "[{\"key\":\"erp_document\",\"value\":\"VR-2026-000020\"}]},{\"id\":99999999,"
                        + "\"status\":\"completed\",\"meta_data\":[{\"key\":\"erp_document\","
                        + "\"value\":\"VR-2026-000099\"}]}]}")));
        assertThat(answers).containsExactly(new StatusAnswer(20, StatusAnswer.Result.SET, ""),
                new StatusAnswer(99999999, StatusAnswer.Result.GONE, "woocommerce_rest_shop_order_invalid_id"));
    }

    @Test
    void aMarkWithoutStatusSendsOnlyTheMetaAndIsSetWhateverTheOrdersStatus() throws IOException {
        answerWithCapture50();

        List<StatusAnswer> answers = WooOrderSource.on(connection, e -> "-").mark(List.of(
                new OrderMark(20, "VR-2026-000020", null)));

        shop.verify(postRequestedFor(urlPathEqualTo("/wp-json/wc/v3/orders/batch")).withRequestBody(equalToJson(
                "{\"update\":[{\"id\":20,\"meta_data\":[{\"key\":\"erp_document\",\"value\":\"VR-2026-000020\"}]}]}")));
        assertThat(answers).containsExactly(new StatusAnswer(20, StatusAnswer.Result.SET, ""));
    }

    @Test
    void readsBackStatusAndErpNumberOfTheOrdersFoundInOneRequest() throws IOException {
        // order 20 as capture 50 answered it, carrying the ERP number as the batch stores it
        ObjectNode order = (ObjectNode) OrderCaptures.MAPPER.readTree(
                Files.readString(CAPTURES.resolve("50_order_batch_status.json"))).at("/update/0");
        ((ArrayNode) order.get("meta_data")).addObject().put("id", 491).put("key", "erp_document")
                .put("value", "VR-2026-000020");
        shop.stubFor(get(urlPathEqualTo("/wp-json/wc/v3/orders")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody(OrderCaptures.MAPPER.createArrayNode().add(order).toString())));

        Map<Long, MarkState> marks = WooOrderSource.on(connection, e -> "-").marksOf(List.of(20L, 404L));

        shop.verify(1, getRequestedFor(urlPathEqualTo("/wp-json/wc/v3/orders"))
                .withQueryParam("include", equalTo("20,404")).withQueryParam("per_page", equalTo("2")));
        assertThat(marks).containsExactly(Map.entry(20L, new MarkState("cancelled", "VR-2026-000020")));
    }

    private static void answerWithCapture50() throws IOException {
        shop.stubFor(post(urlPathEqualTo("/wp-json/wc/v3/orders/batch")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody(Files.readString(CAPTURES.resolve("50_order_batch_status.json")))));
    }
}
