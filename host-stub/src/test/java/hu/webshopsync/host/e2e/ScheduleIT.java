package hu.webshopsync.host.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hu.webshopsync.emulator.EmulatorConfig;
import hu.webshopsync.emulator.FaultRule;
import hu.webshopsync.host.HostFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #17's unattended sync end to end: {@code watch} in a JVM of its own runs the webshop
 * module's schedule (short intervals with {@code allowFastSchedule=true}) against the emulator, while
 * the test, like another workstation, uses the same data folder. Waits poll what the ERP, the shop and
 * watch's output show, each with a bound; nothing sleeps to let time pass.
 */
class ScheduleIT {

    private static final String ORDERS = "webshop.order-sync";
    private static final String PRODUCTS = ProductSyncIT.ACTION;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private WebshopScenario s;
    private HostFixture.Launched watch;

    @BeforeEach
    void setUp() {
        s = WebshopScenario.start(dir, EmulatorConfig.defaults());
        s.importCsv("termekek.csv", """
                sku,name,net_price,vat_rate,unit,category,stock:KÖZPONT
                KAV-001,Kávéfőző,1000,27,db,Háztartás/Konyha,12
                BOG-002,Bögre,2500,5,db,Háztartás,7
                """);
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        if (watch != null && watch.process().isAlive()) {
            watch.process().destroyForcibly();
            watch.process().waitFor(30, TimeUnit.SECONDS);
        }
        s.close();
    }

    @Test
    void watchImportsANewShopOrderWithinOneIntervalWhileAnotherProcessListsOrders() throws Exception {
        s.activate("autoOrderSync=3s", "allowFastSchedule=true");
        s.mark("KAV-001", "BOG-002");
        assertThat(s.run(PRODUCTS).exitCode()).isZero();
        startWatch();
        awaitUntil("a first automatic order sync", () -> automaticRuns(ORDERS).size() >= 1);

        Instant placed = Instant.now();
        long shopOrder = placeOrder("KAV-001", 2);
        // another workstation lists the orders while watch holds the data folder
        HostFixture.CliRun listed = s.inAnotherProcess("orders", "list", "--json");
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        awaitUntil("the shop order in the ERP", () -> hasShopOrder(s.orders(), shopOrder));
        // the order is committed before its run ends and writes its counts into the history
        awaitUntil("the importing run in the history", () -> automaticRuns(ORDERS).stream()
                .anyMatch(r -> r.get("counts").path("imported").asInt() == 1));

        JsonNode importing = automaticRuns(ORDERS).stream()
                .filter(r -> r.get("counts").path("imported").asInt() == 1).findFirst().orElseThrow();
        long firstAfter = automaticRuns(ORDERS).stream()
                .filter(r -> !Instant.parse(r.get("startedAt").asText()).isBefore(placed))
                .reduce((newer, older) -> older).map(r -> r.get("runId").asLong())
                // none started since: the run going then took it
                .orElse(Long.MAX_VALUE);
        assertThat(importing.get("automatic").asBoolean()).isTrue();
        assertThat(importing.get("runId").asLong()).as("imported by the run going or the first one after")
                .isLessThanOrEqualTo(firstAfter);
        HostFixture.CliRun again = s.inAnotherProcess("orders", "list", "--json");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(hasShopOrder(JSON.readTree(again.out()), shopOrder)).isTrue();
        stopWatchCleanly();
    }

    @Test
    void aStockChangeInTheErpReachesTheShopWithinOneInterval() throws Exception {
        s.activate("autoProductSync=3s", "allowFastSchedule=true");
        s.mark("KAV-001", "BOG-002");
        startWatch();
        awaitUntil("the products in the shop", () -> stockInShop("KAV-001") == 12);

        Instant changed = Instant.now();
        s.ok("stock", "set", "KAV-001", WebshopScenario.WAREHOUSE, "20");
        awaitUntil("the new stock in the shop", () -> stockInShop("KAV-001") == 20);
        awaitUntil("the sending run in the history", () -> automaticRuns(PRODUCTS).stream()
                .anyMatch(r -> r.get("counts").path("updated").asInt() == 1));

        JsonNode sending = automaticRuns(PRODUCTS).stream()
                .filter(r -> r.get("counts").path("updated").asInt() == 1).findFirst().orElseThrow();
        long firstAfter = automaticRuns(PRODUCTS).stream()
                .filter(r -> !Instant.parse(r.get("startedAt").asText()).isBefore(changed))
                .reduce((newer, older) -> older).map(r -> r.get("runId").asLong())
                // none started since: the run going then took it
                .orElse(Long.MAX_VALUE);
        assertThat(sending.get("runId").asLong()).isLessThanOrEqualTo(firstAfter);
        assertThat(watch.outSoFar()).contains("Termék szinkron: automatikus futás indul", "következő automatikus futás");
        stopWatchCleanly();
    }

    @Test
    void aShopOutageBacksOffDoublingAndTheScheduleRecovers() throws Exception {
        s.activate("autoOrderSync=2s", "allowFastSchedule=true");
        startWatch();
        awaitUntil("a first automatic order sync", () -> automaticRuns(ORDERS).size() >= 1);

        s.shop().control().addFault(FaultRule.status("*", 503));
        awaitUntil("three failed automatic runs", () -> failedInARow(automaticRuns(ORDERS)) >= 3);
        List<JsonNode> failed = automaticRuns(ORDERS).subList(0, 3);
        // newest first: the wait before the newest doubled the wait before the one before it
        Duration before2nd = gap(failed.get(2), failed.get(1));
        Duration before3rd = gap(failed.get(1), failed.get(0));
        assertThat(before2nd).isGreaterThanOrEqualTo(Duration.ofSeconds(4).minusMillis(50));
        assertThat(before3rd).isGreaterThanOrEqualTo(Duration.ofSeconds(8).minusMillis(50));
        assertThat(watch.outSoFar()).contains("sikertelen futás egymás után", "következő próba");

        s.shop().control().resetFaults();
        awaitUntil("a successful automatic run", () -> "SUCCESS".equals(
                automaticRuns(ORDERS).get(0).get("outcome").asText()));
        awaitUntil("the interval again", () -> watch.outSoFar().lines()
                .reduce((a, b) -> b).orElse("").contains("következő automatikus futás"));
        stopWatchCleanly();
    }

    @Test
    void revokedKeysStopTheScheduleWithAClearAlertUntilTheSettingsAreSaved() throws Exception {
        s.activate("autoOrderSync=2s", "autoProductSync=2s", "allowFastSchedule=true");
        s.mark("KAV-001");
        startWatch();
        awaitUntil("a first automatic order sync", () -> automaticRuns(ORDERS).size() >= 1);

        s.shop().control().revokeCredentials();
        awaitUntil("the alert", () -> watch.outSoFar().contains("FIGYELEM"));
        assertThat(watch.outSoFar()).contains("a(z) webshop modul ütemezése szünetel", "modules activate webshop");
        JsonNode refused = allRuns().stream().filter(r -> "CREDENTIALS_REFUSED".equals(r.get("failure").asText()))
                .findFirst().orElseThrow();
        assertThat(refused.get("automatic").asBoolean()).isTrue();
        assertThat(s.ok("history").out()).contains("automatikus, leállította az ütemezést");
        int runsAtAlert = allRuns().size();
        // each command here opens the data folder through watch's server, which takes longer than an
        // interval: had the schedule tried again, the history would show it
        assertThat(s.ok("history").out()).contains("sikertelen");
        assertThat(allRuns()).hasSize(runsAtAlert);

        s.shop().control().setCredentials("ck_new_0123456789abcdef0123456789abcdef01234567",
                "cs_new_0123456789abcdef0123456789abcdef01234567");
        s.ok("modules", "activate", "webshop", "--set", "url=" + s.shop().baseUrl(),
                "--set", "consumerKey=ck_new_0123456789abcdef0123456789abcdef01234567",
                "--set", "consumerSecret=cs_new_0123456789abcdef0123456789abcdef01234567",
                "--set", "warehouse=" + WebshopScenario.WAREHOUSE,
                "--set", "autoOrderSync=2s", "--set", "autoProductSync=2s", "--set", "allowFastSchedule=true");
        awaitUntil("the schedule running again", () -> {
            JsonNode newest = automaticRuns(ORDERS).get(0);
            return "SUCCESS".equals(newest.get("outcome").asText());
        });
        stopWatchCleanly();
    }

    /** Starts watch and waits for its first line, so the test's own commands do not race its opening. */
    private HostFixture.Launched startWatch() throws InterruptedException {
        watch = s.start("watch");
        awaitUntil("watch to open the data folder", () -> watch.outSoFar().contains("Ütemezett szinkronok"));
        return watch;
    }

    /** SIGTERM: the running sync stops after its batch, is recorded, and watch exits 0. */
    private void stopWatchCleanly() throws InterruptedException {
        watch.process().destroy();
        assertThat(watch.process().waitFor(90, TimeUnit.SECONDS)).as(watch.errSoFar()).isTrue();
        assertThat(watch.process().exitValue()).as(watch.errSoFar()).isZero();
        assertThat(watch.outSoFar()).contains("Leállás");
        assertThat(allRuns()).noneMatch(r -> "RUNNING".equals(r.get("outcome").asText())
                || "INTERRUPTED".equals(r.get("outcome").asText()));
    }

    private long placeOrder(String sku, int quantity) {
        Map<String, Object> order = Map.of("status", "processing", "set_paid", true, "payment_method", "cod",
                "billing", Map.of("first_name", "Anna", "last_name", "Kiss", "email", "anna@example.hu",
                        "address_1", "Fő utca 1.", "city", "Szeged", "postcode", "6720", "country", "HU"),
                "line_items", List.of(Map.of("sku", sku, "quantity", quantity)));
        return s.shopApi().post("/orders", order).get("id").asLong();
    }

    private static boolean hasShopOrder(JsonNode orders, long shopOrder) {
        for (JsonNode order : orders) {
            if (order.path("externalRef").asText().endsWith(Long.toString(shopOrder))) {
                return true;
            }
        }
        return false;
    }

    private int stockInShop(String sku) {
        var product = s.snapshot().productsBySku().get(sku);
        return product == null || product.stockQuantity() == null ? -1 : product.stockQuantity();
    }

    private List<JsonNode> allRuns() {
        List<JsonNode> runs = new ArrayList<>();
        s.json("history", "--json").forEach(runs::add);
        return runs;
    }

    /** The schedule's runs of an action, newest first. */
    private List<JsonNode> automaticRuns(String action) {
        return allRuns().stream().filter(r -> r.get("automatic").asBoolean() && r.get("action").asText().equals(action))
                .toList();
    }

    private static int failedInARow(List<JsonNode> newestFirst) {
        int n = 0;
        for (JsonNode run : newestFirst) {
            if (!"FAILED".equals(run.get("outcome").asText())) {
                break;
            }
            n++;
        }
        return n;
    }

    private static Duration gap(JsonNode earlier, JsonNode later) {
        Instant end = Instant.parse(earlier.get("startedAt").asText()).plusMillis(earlier.get("durationMs").asLong());
        return Duration.between(end, Instant.parse(later.get("startedAt").asText()));
    }

    private void awaitUntil(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline || !watch.process().isAlive()) {
                throw new AssertionError("waited in vain for " + what + "\nwatch out: " + watch.outSoFar()
                        + "\nwatch err: " + watch.errSoFar());
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
    }
}
