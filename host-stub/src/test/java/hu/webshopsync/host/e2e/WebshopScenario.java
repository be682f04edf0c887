package hu.webshopsync.host.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hu.webshopsync.api.StockLevel;
import hu.webshopsync.emulator.EmulatorConfig;
import hu.webshopsync.emulator.RequestCounters;
import hu.webshopsync.emulator.ShopEmulator;
import hu.webshopsync.emulator.ShopSnapshot;
import hu.webshopsync.host.Host;
import hu.webshopsync.host.HostFixture;
import hu.webshopsync.host.shops.OrderRequest;
import hu.webshopsync.host.shops.ShopApi;
import hu.webshopsync.host.shops.ShopPlatform;
import hu.webshopsync.host.shops.ShopPlatforms;
import hu.webshopsync.host.shops.ShopRoutes;
import java.math.BigDecimal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One shop owner's set-up for an end-to-end test: a running shop emulator, an ERP (host) with the
 * packaged webshop plugin on a temporary folder, driven only through the host's CLI. State is read
 * back from the shop's snapshot and the CLI's JSON output, never from printed text.
 */
final class WebshopScenario implements AutoCloseable {

    /** The warehouse whose stock goes to the shop. */
    static final String WAREHOUSE = "KÖZPONT";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final ShopPlatform platform;
    private final EmulatorConfig config;
    private final ShopEmulator shop;
    private final HostFixture host;
    private final ShopApi api;

    private WebshopScenario(Path dir, ShopPlatform platform, EmulatorConfig config) {
        this.dir = dir;
        this.platform = platform;
        this.config = config;
        this.shop = ShopEmulator.start(config);
        this.host = HostFixture.withWebshopPlugin(dir);
        this.api = new ShopApi(shop.baseUrl(), config.consumerKey(), config.consumerSecret());
    }

    /**
     * Starts a WooCommerce shop (127.0.0.1, a free port) and prepares the ERP folders.
     *
     * @param dir    a temporary folder of the test
     * @param config the shop's configuration
     * @return the scenario; close it
     */
    static WebshopScenario start(Path dir, EmulatorConfig config) {
        return start(dir, ShopPlatforms.wooCommerce(), config);
    }

    /**
     * Starts a shop of the platform with its default configuration and prepares the ERP folders.
     *
     * @param dir      a temporary folder of the test
     * @param platform the shop's platform
     * @return the scenario; close it
     */
    static WebshopScenario start(Path dir, ShopPlatform platform) {
        return start(dir, platform, platform.config(42));
    }

    /**
     * Starts a shop of the platform (127.0.0.1, a free port) and prepares the ERP folders.
     *
     * @param dir      a temporary folder of the test
     * @param platform the shop's platform
     * @param config   the shop's configuration, of that platform
     * @return the scenario; close it
     */
    static WebshopScenario start(Path dir, ShopPlatform platform, EmulatorConfig config) {
        return new WebshopScenario(dir, platform, config);
    }

    /** @return the shop's platform */
    ShopPlatform platform() {
        return platform;
    }

    /** @return the routes the shop's request counters use */
    ShopRoutes routes() {
        return platform.routes();
    }

    /**
     * A product's price as the shop stores it.
     *
     * @param net the ERP's net price
     * @param vat the VAT rate in percent
     * @return the shop's price text
     */
    String price(String net, String vat) {
        return platform.price(new BigDecimal(net), new BigDecimal(vat));
    }

    /**
     * Places an order in the shop as its checkout would.
     *
     * @param order the order
     * @return the shop's order id
     */
    long placeOrder(OrderRequest order) {
        return platform.placeOrder(shop, config, order);
    }

    /**
     * Creates a product by hand in the shop, as its owner would.
     *
     * @param sku   the SKU
     * @param name  the name
     * @param price the shop's price text
     * @return the shop's product id
     */
    long createProductInShop(String sku, String name, String price) {
        return platform.createProduct(shop, config, sku, name, price);
    }

    /**
     * Changes an order in the shop as its admin would, neither its status nor its lines.
     *
     * @param orderId the shop's order id
     */
    void touchOrder(long orderId) {
        platform.touchOrder(shop, config, orderId);
    }

    /**
     * How many times the shop recorded that the ERP fulfilled an order (see {@link ShopPlatform#fulfilmentRecords}).
     *
     * @param orderId   the shop's order id
     * @param erpNumber the ERP's document number
     * @return the records
     */
    long fulfilmentRecords(long orderId, String erpNumber) {
        return platform.fulfilmentRecords(shop, config, orderId, erpNumber);
    }

    /**
     * An order's status in the shop, in the platform-neutral words of the snapshot.
     *
     * @param orderId the shop's order id
     * @return e.g. {@code completed}
     */
    String orderStatus(long orderId) {
        return snapshot().orders().stream().filter(o -> o.id() == orderId).findFirst()
                .orElseThrow(() -> new AssertionError("no shop order " + orderId)).status();
    }

    /** @return the ERP opened in this process, for the web console; close it before the next command */
    Host openHost() {
        return host.openHost();
    }

    /**
     * Starts a CLI command in a JVM of its own, e.g. {@code watch}, beside this test's own commands.
     *
     * @param args the command
     * @return the running process
     */
    HostFixture.Launched start(String... args) {
        return host.start(args);
    }

    /**
     * Runs a CLI command in a JVM of its own to its end, as another workstation would.
     *
     * @param args the command
     * @return what it printed
     */
    HostFixture.CliRun inAnotherProcess(String... args) {
        return host.runInProcess(java.time.Duration.ofMinutes(2), args);
    }

    /** @return the test's folder, where the CSV and its images live */
    Path dir() {
        return dir;
    }

    /** @return the WooCommerce shop's REST API, as a shop front uses it (WooCommerce only) */
    ShopApi shopApi() {
        return api;
    }

    /** @return the shop emulator */
    ShopEmulator shop() {
        return shop;
    }

    /** @return what the shop holds now */
    ShopSnapshot snapshot() {
        return shop.control().snapshot();
    }

    /** @return the shop's request counters since the last reset */
    RequestCounters counters() {
        return shop.control().counters();
    }

    /** Starts counting shop requests from zero. */
    void resetCounters() {
        shop.control().resetCounters();
    }

    /**
     * Runs a CLI command and requires exit code 0.
     *
     * @param args the command
     * @return what it printed
     */
    HostFixture.CliRun ok(String... args) {
        HostFixture.CliRun run = host.run(args);
        if (run.exitCode() != 0) {
            throw new AssertionError(String.join(" ", args) + " exited " + run.exitCode() + "\nout: " + run.out()
                    + "\nerr: " + run.err());
        }
        assertNoSecret(run);
        return run;
    }

    /**
     * Writes a CSV file into the test folder and imports it.
     *
     * @param name the file name
     * @param csv  the content
     */
    void importCsv(String name, String csv) {
        Path file = dir.resolve(name);
        try {
            Files.writeString(file, csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ok("products", "import", file.toString());
    }

    /**
     * Activates the webshop module with the shop's address and credentials, the warehouse, and any
     * further settings, with the module's live check.
     *
     * @param extra further {@code KEY=VALUE} settings
     * @return what activation printed
     */
    HostFixture.CliRun activate(String... extra) {
        List<String> args = new ArrayList<>(List.of("modules", "activate", "webshop"));
        List<String> settings = new ArrayList<>(platform.settings(shop, config));
        settings.add("warehouse=" + WAREHOUSE);
        settings.addAll(List.of(extra));
        for (String setting : settings) {
            args.add("--set");
            args.add(setting);
        }
        return ok(args.toArray(String[]::new));
    }

    /**
     * Ticks Webáruházas on products.
     *
     * @param skus the products
     */
    void mark(String... skus) {
        for (String sku : skus) {
            ok("products", "set", sku, "webshop=true");
        }
    }

    /**
     * Runs a list action through {@code run ACTION-ID} and reads its result back from the history.
     *
     * @param args the action id and further options
     * @return the run
     */
    ActionRun run(String... args) {
        List<String> command = new ArrayList<>(List.of("run"));
        command.addAll(List.of(args));
        long started = System.nanoTime();
        HostFixture.CliRun cli = host.run(command.toArray(String[]::new));
        long wallMs = (System.nanoTime() - started) / 1_000_000;
        assertNoSecret(cli);
        JsonNode history = json("history", "--json");
        JsonNode last = null;
        for (JsonNode run : history) {
            if (last == null || run.get("runId").asLong() > last.get("runId").asLong()) {
                last = run;
            }
        }
        if (last == null || !last.get("action").asText().equals(args[0])) {
            throw new AssertionError("no history entry for " + String.join(" ", args) + "\nout: " + cli.out()
                    + "\nerr: " + cli.err());
        }
        long runId = last.get("runId").asLong();
        Map<String, Integer> counts = new LinkedHashMap<>();
        last.get("counts").fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asInt()));
        List<ActionRun.Item> items = new ArrayList<>();
        for (JsonNode item : json("history", "show", Long.toString(runId), "--json")) {
            items.add(new ActionRun.Item(item.get("item").asText(), item.get("status").asText(),
                    item.get("reason").asText()));
        }
        return new ActionRun(cli.exitCode(), runId, last.get("outcome").asText(), counts, items,
                last.get("message").asText(), cli.out() + cli.err(), wallMs,
                last.get("durationMs").isNull() ? -1 : last.get("durationMs").asLong());
    }

    /** @return {@code products list --json} */
    JsonNode products() {
        return json("products", "list", "--json");
    }

    /**
     * One product from {@code products list --json}.
     *
     * @param sku the product
     * @return its JSON
     */
    JsonNode product(String sku) {
        for (JsonNode p : products()) {
            if (p.get("sku").asText().equals(sku)) {
                return p;
            }
        }
        throw new AssertionError("no product " + sku + " in the ERP");
    }

    /** @return {@code orders list --json} */
    JsonNode orders() {
        return json("orders", "list", "--json");
    }

    /**
     * The stock level of a product in the scenario's warehouse, reserved quantity included, read from the
     * ERP's inventory (the CLI shows on-hand stock only).
     *
     * @param sku the product
     * @return the level
     */
    StockLevel stock(String sku) {
        try (Host open = host.openHost()) {
            return open.services().inventory().levels(WAREHOUSE, List.of(sku)).getOrDefault(sku, StockLevel.ZERO);
        }
    }

    /**
     * How many ERP customers have an e-mail address.
     *
     * @param email the address
     * @return the count
     */
    long customersWithEmail(String email) {
        try (Host open = host.openHost()) {
            return open.database().read("counting customers", connection -> {
                try (var select = connection.prepareStatement("SELECT COUNT(*) FROM customer WHERE email_key = ?")) {
                    select.setString(1, email.trim().toLowerCase(java.util.Locale.ROOT));
                    try (var rs = select.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }
            });
        }
    }

    /**
     * Runs a CLI command that prints JSON and parses it.
     *
     * @param args the command
     * @return the document
     */
    JsonNode json(String... args) {
        HostFixture.CliRun run = ok(args);
        try {
            return JSON.readTree(run.out());
        } catch (IOException e) {
            throw new AssertionError("not JSON from " + String.join(" ", args) + ": " + run.out(), e);
        }
    }

    private void assertNoSecret(HostFixture.CliRun run) {
        String all = run.out() + run.err();
        if (platform.secrets(config).stream().anyMatch(all::contains)) {
            throw new AssertionError("a secret appeared in the CLI output");
        }
    }

    @Override
    public void close() {
        shop.close();
    }

    /**
     * A finished action run as the ERP recorded it.
     *
     * @param exitCode the CLI's exit code
     * @param runId    the history's run id
     * @param outcome  SUCCESS, PARTIAL, FAILED or CANCELLED
     * @param counts   status → items
     * @param items    the item lines
     * @param message  the run's message
     * @param printed  what the CLI printed, for assertion messages
     * @param wallMs   how long the CLI command took, plugin loading included
     * @param actionMs how long the action itself ran, as the history recorded it
     */
    record ActionRun(int exitCode, long runId, String outcome, Map<String, Integer> counts, List<Item> items,
                     String message, String printed, long wallMs, long actionMs) {

        /**
         * One item line.
         *
         * @param item   the SKU or order number
         * @param status its status
         * @param reason why
         */
        record Item(String item, String status, String reason) {
        }

        int count(String status) {
            return counts.getOrDefault(status, 0);
        }

        List<Item> itemsFor(String item) {
            return items.stream().filter(i -> i.item().equals(item)).toList();
        }
    }
}
