package hu.webshopsync.webshop.woocommerce;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import hu.webshopsync.api.ModuleSettings;
import hu.webshopsync.webshop.fixtures.OrderCaptures;
import hu.webshopsync.webshop.orders.OrderSource.StatusAnswer;
import hu.webshopsync.webshop.orders.OrderSource.StatusChange;
import hu.webshopsync.webshop.settings.WebshopSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Order statuses through {@code POST /orders/batch} as WooCommerce 7.9 answered them (capture 50). */
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
    void sendsTheCapturedRequestAndReadsEachOrdersAnswer() throws IOException {
        shop.stubFor(post(urlPathEqualTo("/wp-json/wc/v3/orders/batch")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody(Files.readString(CAPTURES.resolve("50_order_batch_status.json")))));

        List<StatusAnswer> answers = WooOrderSource.on(connection, e -> "-").setStatuses(List.of(
                new StatusChange(20, "cancelled"), new StatusChange(99999999, "completed")));

        shop.verify(postRequestedFor(urlPathEqualTo("/wp-json/wc/v3/orders/batch")).withRequestBody(
                equalToJson(Files.readString(CAPTURES.resolve("50_order_batch_status.request.json")))));
        assertThat(answers).containsExactly(new StatusAnswer(20, StatusAnswer.Result.SET, ""),
                new StatusAnswer(99999999, StatusAnswer.Result.GONE, "woocommerce_rest_shop_order_invalid_id"));
    }
}
