package hu.webshopsync.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hu.webshopsync.api.Address;
import hu.webshopsync.api.CustomerDraft;
import hu.webshopsync.api.CustomerOrderDraft;
import hu.webshopsync.api.LineKind;
import hu.webshopsync.api.OrderLineDraft;
import hu.webshopsync.api.StockLevel;
import hu.webshopsync.host.Host;
import hu.webshopsync.host.HostFixture;
import hu.webshopsync.host.HostFixture.CliRun;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orders show|fulfil|cancel} and the state in {@code orders list}. */
class OrdersCommandTest {

    @TempDir
    Path dir;

    private HostFixture host;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void setUp() throws IOException {
        host = HostFixture.withoutPlugins(dir);
        Path csv = dir.resolve("p.csv");
        Files.writeString(csv, "sku,name,unit,net_price,vat_rate,stock:KÖZPONT\nA-1,Alma,kg,1000,27,12.5\n");
        assertThat(host.run("products", "import", csv.toString()).exitCode()).isZero();
        try (Host open = host.openHost()) {
            for (String reference : List.of("1077", "1078")) {
                Address address = new Address("Kiss Anna", "Alma Kft.", "1011", "Budapest", "Fő utca 1.", "HU",
                        "anna@example.hu", "");
                open.services().orders().create(new CustomerOrderDraft("woocommerce:shop", reference, reference,
                        Instant.parse("2026-03-01T10:00:00Z"), new CustomerDraft(null, "Kiss Anna", "Alma Kft.", "",
                        "anna@example.hu", ""), address, address, "utánvét", "HUF", new BigDecimal("2540"), "",
                        List.of(new OrderLineDraft(LineKind.PRODUCT, "A-1", "Alma", new BigDecimal("2"),
                                new BigDecimal("1270"), new BigDecimal("27"), new BigDecimal("2540"))),
                        false, List.of(), "KÖZPONT"));
            }
        }
    }

    private StockLevel stock() {
        try (Host open = host.openHost()) {
            return open.services().inventory().levels("KÖZPONT", List.of("A-1")).get("A-1");
        }
    }

    private JsonNode show(String number) throws IOException {
        CliRun run = host.run("orders", "show", number, "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return json.readTree(run.out());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void showPrintsTheOrderSheetInTheUsersLanguageAndJsonAddsTheCancelReason() throws IOException {
        String hu = host.run("orders", "show", "VR-2026-000001").out();
        String en = host.run("--lang", "en", "orders", "show", "VR-2026-000001").out();

        assertThat(hu).contains("Vevői rendelés: VR-2026-000001", "Állapot: kiszállítandó",
                "Webáruházas rendelésszám: #1077", "Vevő: Kiss Anna, Alma Kft.",
                "Szállítási cím: Kiss Anna, Alma Kft., 1011 Budapest, Fő utca 1., HU",
                "Bruttó összesen: 2 540 Ft (nettó 2 000 Ft, áfa 540 Ft)", "A-1  Alma  2 × 1 270 Ft = 2 540 Ft (27%)")
                .doesNotContain("Sztornó oka");
        assertThat(en).contains("Customer order VR-2026-000001", "State: to deliver", "Gross total: 2,540 HUF");
        JsonNode order = show("VR-2026-000001");
        assertThat(fieldNames(order)).containsExactly("number", "externalRef", "status", "date", "customer", "billing",
                "shipping", "paymentMethod", "currency", "netTotal", "vatTotal", "grossTotal", "needsReview",
                "reviewReasons", "lines", "cancelReason");
        assertThat(order.get("status").asText()).isEqualTo("open");
        assertThat(order.get("cancelReason").isNull()).isTrue();
    }

    @Test
    void fulfilConsumesTheStockAndASecondFulfilOrCancelIsRefusedNamingTheState() throws IOException {
        CliRun fulfil = host.run("orders", "fulfil", "VR-2026-000001");

        assertThat(fulfil.exitCode()).as(fulfil.err()).isZero();
        assertThat(fulfil.out()).contains("Teljesítve: VR-2026-000001");
        assertThat(stock().onHand()).isEqualByComparingTo("10.5");
        assertThat(stock().reserved()).as("order 2 still reserves its 2").isEqualByComparingTo("2");
        assertThat(show("VR-2026-000001").get("status").asText()).isEqualTo("fulfilled");

        CliRun again = host.run("orders", "fulfil", "VR-2026-000001");
        CliRun cancel = host.run("--lang", "en", "orders", "cancel", "VR-2026-000001");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(again.err()).contains("VR-2026-000001", "teljesítve", "Nem változott semmi")
                .doesNotContain("Exception");
        assertThat(cancel.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(cancel.err()).contains("Order VR-2026-000001 is fulfilled");
        assertThat(stock().onHand()).as("consumed once").isEqualByComparingTo("10.5");
    }

    @Test
    void cancelReleasesTheReservationKeepsTheReasonAndShowsInTheListing() throws IOException {
        CliRun cancel = host.run("orders", "cancel", "VR-2026-000002", "--reason", "A vevő telefonon lemondta");

        assertThat(cancel.exitCode()).as(cancel.err()).isZero();
        assertThat(cancel.out()).contains("Sztornózva: VR-2026-000002");
        assertThat(stock().reserved()).isEqualByComparingTo("2");
        assertThat(stock().onHand()).isEqualByComparingTo("12.5");
        assertThat(show("VR-2026-000002").get("cancelReason").asText()).isEqualTo("A vevő telefonon lemondta");
        assertThat(host.run("orders", "show", "VR-2026-000002").out())
                .contains("Állapot: sztornózva", "Sztornó oka: A vevő telefonon lemondta");
        JsonNode list = json.readTree(host.run("orders", "list", "--json").out());
        assertThat(list).extracting(o -> o.get("status").asText()).containsExactly("open", "cancelled");
        assertThat(host.run("orders", "list").out()).contains("sztornózva", "kiszállítandó");
        assertThat(host.run("--lang", "en", "orders", "list").out()).contains("cancelled", "to deliver");
    }

    @Test
    void anUnknownNumberIsNamedAndExitsTwo() {
        for (String command : List.of("show", "fulfil", "cancel")) {
            CliRun run = host.run("orders", command, "VR-2026-999999");
            assertThat(run.exitCode()).as(command).isEqualTo(ExitCodes.ERROR);
            assertThat(run.err()).as(command).contains("Nincs ilyen számú vevői rendelés: VR-2026-999999");
        }
        assertThat(stock().reserved()).isEqualByComparingTo("4");
    }
}
