package hu.webshopsync.webshop.orders;

import hu.webshopsync.webshop.fixtures.InMemoryHost;
import hu.webshopsync.webshop.fixtures.MutableClock;
import hu.webshopsync.api.ItemStatus;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import hu.webshopsync.api.ActionResult;
import hu.webshopsync.api.Cancellation;
import hu.webshopsync.api.ModuleSettings;
import hu.webshopsync.api.Outcome;
import hu.webshopsync.api.ProgressListener;
import hu.webshopsync.webshop.shop.ShopErrors;
import hu.webshopsync.webshop.WebshopPlugin;
import hu.webshopsync.webshop.settings.WebshopSettings;
import hu.webshopsync.webshop.fixtures.InMemoryStateStore;
import hu.webshopsync.webshop.woocommerce.ShopConnection;
import hu.webshopsync.webshop.woocommerce.WooCommerceException;
import hu.webshopsync.webshop.woocommerce.WooOrderNote;
import hu.webshopsync.webshop.woocommerce.WooOrderReader;
import hu.webshopsync.webshop.woocommerce.WooOrderSource;
import hu.webshopsync.webshop.woocommerce.WooOrdersApi;
import hu.webshopsync.webshop.fixtures.OrderCaptures;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link WooOrdersApi} and {@link WooOrderSource} over the plugin's real {@link ShopConnection}
 * (auth, error decoding, JSON) against WireMock serving the captured WooCommerce answers.
 */
class WooOrderSourceTest {

    @RegisterExtension
    static WireMockExtension shop = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String ORDERS = "/wp-json/wc/v3/orders";
    private static final WebshopPlugin PLUGIN = new WebshopPlugin();
    private static final Instant T0 = Instant.parse("2026-11-27T22:47:57Z");

    private ShopConnection connection;
    private WooOrderSource source;

    @BeforeEach
    void connect() {
        WebshopSettings settings = WebshopSettings.from(new ModuleSettings(
                Map.of("url", shop.baseUrl(), "consumerKey", "ck_test"), Map.of("consumerSecret", "cs_test")));
        connection = ShopConnection.open(settings, TestOrders.MAPPER, 1);
        source = WooOrderSource.on(connection,
                e -> ShopErrors.describe(PLUGIN.messages(), Locale.forLanguageTag("hu"), e));
    }

    @Test
    void listsWithTheDocumentedQueryAndReadsThePagingHeaders() {
        shop.stubFor(listFrom(0).willReturn(capture("15b_orders_modified_after_gmt")));

        OrderPage page = source.list(new OrderQuery(List.of("processing", "on-hold"), T0, 100), 0);

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.totalPages()).isEqualTo(2);
        assertThat(page.entries()).extracting(e -> ((OrderPage.Readable) e).order().number())
                .containsExactly("19", "21");
    }

    @Test
    void aPageBeyondTheEndIsEmpty() {
        shop.stubFor(listFrom(100).willReturn(capture("45_orders_page_beyond_end")));

        OrderPage page = source.list(new OrderQuery(List.of("processing", "on-hold"), T0, 100), 100);

        assertThat(page.entries()).isEmpty();
    }

    @Test
    void refusedCredentialsBecomeAnAuthenticationFailure() {
        shop.stubFor(get(urlPathEqualTo(ORDERS)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody(TestOrders.text("21_unauthenticated_error.json"))));

        assertThatThrownBy(() -> source.list(new OrderQuery(List.of("processing"), T0, 100), 0))
                .isInstanceOfSatisfying(OrderSourceException.class, e -> {
                    assertThat(e.kind()).isEqualTo(OrderSourceException.Kind.AUTHENTICATION);
                    assertThat(e.detail()).isEqualTo("HTTP 401 woocommerce_rest_cannot_view");
                    assertThat(e.userMessage()).contains("A webáruház elutasította a hozzáférést (HTTP 401): az API "
                            + "kulcs ismeretlen, vagy nincs olvasási/írási joga.");
                });
    }

    @Test
    void noteIsPostedPrivately() {
        shop.stubFor(post(urlPathEqualTo(ORDERS + "/19/notes")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody(TestOrders.text("18_order_note_create.json"))));

        source.addNote(19, "Rögzítve az ERP-ben: VR-2026-000123");

        shop.verify(postRequestedFor(urlPathEqualTo(ORDERS + "/19/notes")).withRequestBody(
                equalToJson("{\"note\":\"Rögzítve az ERP-ben: VR-2026-000123\",\"customer_note\":false}")));
    }

    @Test
    void noteForAMissingOrderIsNotFound() {
        shop.stubFor(post(urlPathEqualTo(ORDERS + "/99999999/notes")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody(TestOrders.text("19_order_get_not_found.json"))));

        assertThatThrownBy(() -> source.addNote(99999999, "x"))
                .isInstanceOfSatisfying(OrderSourceException.class,
                        e -> assertThat(e.kind()).isEqualTo(OrderSourceException.Kind.NOT_FOUND));
    }

    @Test
    void readsOneOrderAndItsNotes() {
        shop.stubFor(get(urlPathEqualTo(ORDERS + "/19")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(TestOrders.text("16_order_get.json"))));
        shop.stubFor(get(urlPathEqualTo(ORDERS + "/19/notes")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(TestOrders.text("18b_order_notes_list.json"))));
        WooOrdersApi api = connection.api(WooOrdersApi.class);

        OrderPage.Entry order = new WooOrderReader(connection.mapper()).entry(api.getOrder(19), 1);
        List<WooOrderNote> notes = api.notes(19);

        assertThat(order).isInstanceOfSatisfying(OrderPage.Readable.class,
                r -> assertThat(r.order().total()).isEqualByComparingTo("6970"));
        assertThat(notes).extracting(WooOrderNote::note).contains("Csomag feladva – GLS 123456789");
        assertThat(notes).allSatisfy(n -> assertThat(n.customerNote()).isFalse());
    }

    @Test
    void aMissingOrderIsTheShopsNotFoundError() {
        shop.stubFor(get(urlPathEqualTo(ORDERS + "/99999999")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody(TestOrders.text("19_order_get_not_found.json"))));

        assertThatThrownBy(() -> connection.api(WooOrdersApi.class).getOrder(99999999))
                .isInstanceOfSatisfying(WooCommerceException.class,
                        e -> assertThat(e.code()).isEqualTo("woocommerce_rest_shop_order_invalid_id"));
    }

    @Test
    void importsTheCapturedListThroughTheEngine() {
        // the capture is the first of two pages of all statuses; here it is the whole listing, both to deliver
        shop.stubFor(listFrom(0).willReturn(toDeliver(capture("15b_orders_modified_after_gmt", "2"))));
        shop.stubFor(post(urlPathEqualTo(ORDERS + "/19/notes")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(TestOrders.text("18_order_note_create.json"))));
        shop.stubFor(post(urlPathEqualTo(ORDERS + "/21/notes")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(TestOrders.text("18_order_note_create.json"))));
        shop.stubFor(post(urlPathEqualTo(ORDERS + "/batch")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"update\":[{\"id\":19,\"status\":\"processing\"},{\"id\":21,\"status\":\"processing\"}]}")));
        // the cursor stands 10 minutes (the overlap) after T0, so the run asks for modified_after = T0
        InMemoryStateStore state = new InMemoryStateStore();
        state.put(OrderCursor.key(connection.sourceId()), T0.plusSeconds(600).toString());
        InMemoryHost host = new InMemoryHost(new MutableClock(Instant.parse("2026-11-28T00:00:00Z")));
        host.products.putAll(TestOrders.products());

        ActionResult result = new OrderImporter(host, state, source, connection.sourceId(), TestOrders.DEFAULTS,
                TestOrders.HU).run(ProgressListener.NONE, Cancellation.NEVER);

        assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(result.counts()).containsEntry(ItemStatus.IMPORTED, 2);
        assertThat(host.book.drafts()).extracting(d -> d.externalSource())
                .containsOnly("woocommerce:localhost:" + shop.getPort());
        shop.verify(1, postRequestedFor(urlPathEqualTo(ORDERS + "/19/notes")));
        shop.verify(1, postRequestedFor(urlPathEqualTo(ORDERS + "/21/notes")));
        shop.verify(1, getRequestedFor(urlPathEqualTo(ORDERS)));
        // both ERP numbers onto the orders in one batch, no status
        shop.verify(1, postRequestedFor(urlPathEqualTo(ORDERS + "/batch")).withRequestBody(equalToJson(
                "{\"update\":[{\"id\":19,\"meta_data\":[{\"key\":\"erp_document\",\"value\":\"VR-2026-000001\"}]},"
                        + "{\"id\":21,\"meta_data\":[{\"key\":\"erp_document\",\"value\":\"VR-2026-000002\"}]}]}")));
    }

    @Test
    void aListingShorterThanItsXWpTotalIsReadAgainAndTheRunSaysSo() {
        // two orders on the answer, three by X-WP-Total: the shop lost a row, as offset pages over a tied key do
        shop.stubFor(listFrom(0).willReturn(toDeliver(capture("15b_orders_modified_after_gmt"))));
        shop.stubFor(post(urlPathMatching(ORDERS + "/\\d+/notes")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(TestOrders.text("18_order_note_create.json"))));
        InMemoryStateStore state = new InMemoryStateStore();
        String cursor = T0.plusSeconds(600).toString();
        state.put(OrderCursor.key(connection.sourceId()), cursor);
        InMemoryHost host = new InMemoryHost(new MutableClock(Instant.parse("2026-11-28T00:00:00Z")));
        host.products.putAll(TestOrders.products());

        ActionResult result = new OrderImporter(host, state, source, connection.sourceId(), TestOrders.DEFAULTS,
                TestOrders.HU).run(ProgressListener.NONE, Cancellation.NEVER);

        shop.verify(3, getRequestedFor(urlPathEqualTo(ORDERS)));
        assertThat(result.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(result.counts()).containsEntry(ItemStatus.IMPORTED, 2).containsEntry(ItemStatus.FAILED, 0);
        assertThat(result.message()).contains("A webáruház rendeléslistája letöltés közben változott: 2 rendelés "
                + "látszott a webáruház szerinti 3 közül");
        assertThat(state.values()).containsEntry(OrderCursor.key(connection.sourceId()), cursor);
        assertThat(host.book.createCalls).isEqualTo(2);
    }

    private static MappingBuilder listFrom(int offset) {
        return get(urlPathEqualTo(ORDERS))
                // the statuses to import, and for the engine the closed ones it follows imported orders into (#16)
                .withQueryParam("status", matching("processing,on-hold(,completed,cancelled,refunded,failed)?"))
                .withQueryParam("modified_after", equalTo("2026-11-27T22:47:57"))
                .withQueryParam("dates_are_gmt", equalTo("true"))
                .withQueryParam("orderby", equalTo("id"))
                .withQueryParam("order", equalTo("asc"))
                .withQueryParam("per_page", equalTo("100"))
                .withQueryParam("offset", equalTo(String.valueOf(offset)))
                .withQueryParam("page", absent());
    }

    /**
     * The capture with its completed order (21) still processing: since #16 the sync lists closed
     * orders too, to follow the imported ones, and a closed order it never imported is no new order.
     */
    private static ResponseDefinitionBuilder toDeliver(ResponseDefinitionBuilder capture) {
        return capture.withBody(TestOrders.text("15b_orders_modified_after_gmt.json")
                .replace("\"status\": \"completed\"", "\"status\": \"processing\"")
                .replace("\"status\":\"completed\"", "\"status\":\"processing\""));
    }

    /** A captured answer with its body and the headers that matter (type, paging). */
    private static ResponseDefinitionBuilder capture(String name) {
        return capture(name, null);
    }

    /** The same, with another {@code X-WP-Total} when {@code total} is not null. */
    private static ResponseDefinitionBuilder capture(String name, String total) {
        ResponseDefinitionBuilder response = aResponse().withStatus(200).withBody(TestOrders.text(name + ".json"));
        if (total != null) {
            response.withHeader("X-WP-Total", total);
        }
        OrderCaptures.headers(name + ".headers").forEach((header, values) -> {
            if (total != null && header.equalsIgnoreCase("X-WP-Total")) {
                return;
            }
            if (header.startsWith("X-WP-") || header.equalsIgnoreCase("Content-Type")) {
                response.withHeader(header, values.toArray(String[]::new));
            }
        });
        return response;
    }
}
