package hu.webshopsync.host.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hu.webshopsync.emulator.EmulatorConfig;
import hu.webshopsync.emulator.ShopEmulator;
import hu.webshopsync.emulator.ShopSnapshot;
import hu.webshopsync.host.HostFixture;
import hu.webshopsync.host.shops.OrderRequest;
import hu.webshopsync.host.shops.ShopPlatform;
import hu.webshopsync.host.shops.ShopPlatforms;
import hu.webshopsync.host.shops.ShopRoutes;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.imageio.ImageIO;

/**
 * A shop emulator and an ERP with the packaged plugin on a temporary folder, driven through the
 * CLI, with the checks every reliability test ends with: no SKU twice in the shop, no shop order
 * twice or missing in the ERP, and no secret in anything printed.
 */
final class ReliabilityRig implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final ShopPlatform platform;
    private final EmulatorConfig config;
    private final ShopEmulator shop;
    private final HostFixture host;
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> printed = new ArrayList<>();

    ReliabilityRig(Path dir, EmulatorConfig config) {
        this(dir, ShopPlatforms.wooCommerce(), config);
    }

    ReliabilityRig(Path dir, ShopPlatform platform, EmulatorConfig config) {
        this.dir = dir;
        this.platform = platform;
        this.config = config;
        this.shop = ShopEmulator.start(config);
        this.host = HostFixture.withWebshopPlugin(dir);
    }

    /** A WooCommerce shop with the emulator's defaults and this seed. */
    static ReliabilityRig start(Path dir, long seed) {
        return start(dir, ShopPlatforms.wooCommerce(), seed);
    }

    /** A shop of the platform with its emulator defaults and this seed. */
    static ReliabilityRig start(Path dir, ShopPlatform platform, long seed) {
        return new ReliabilityRig(dir, platform, platform.config(seed));
    }

    ShopPlatform platform() {
        return platform;
    }

    /** @return the routes the shop's request counters use */
    ShopRoutes routes() {
        return platform.routes();
    }

    /** Gives the shop its credentials back after {@code revokeCredentials()}. */
    void restoreCredentials() {
        platform.restoreCredentials(shop, config);
    }

    Path dir() {
        return dir;
    }

    HostFixture host() {
        return host;
    }

    ShopEmulator shop() {
        return shop;
    }

    EmulatorConfig config() {
        return config;
    }

    ShopSnapshot snapshot() {
        return shop.control().snapshot();
    }

    /** Everything the CLI printed so far in this rig, for the secrets check. */
    List<String> printed() {
        return printed;
    }

    HostFixture.CliRun cli(String... args) {
        HostFixture.CliRun run = host.run(args);
        printed.add(run.out());
        printed.add(run.err());
        assertNoSecret(run.out() + run.err());
        return run;
    }

    HostFixture.CliRun ok(String... args) {
        HostFixture.CliRun run = cli(args);
        assertThat(run.exitCode()).as(String.join(" ", args) + "\n" + run.out() + run.err()).isZero();
        return run;
    }

    JsonNode json(String... args) {
        try {
            return JSON.readTree(ok(args).out());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Activates the webshop module on the emulator with its live check, plus further settings. */
    HostFixture.CliRun activate(String... extra) {
        List<String> args = new ArrayList<>(List.of("modules", "activate", "webshop"));
        List<String> settings = new ArrayList<>(platform.settings(shop, config));
        settings.addAll(List.of(extra));
        for (String setting : settings) {
            args.add("--set");
            args.add(setting);
        }
        return ok(args.toArray(String[]::new));
    }

    /** Imports a CSV written into the test folder; returns what the import printed. */
    HostFixture.CliRun importCsv(String name, String csv) {
        Path file = dir.resolve(name);
        try {
            Files.writeString(file, csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cli("products", "import", file.toString());
    }

    /** {@code n} marked products R-0001… named "Termék i" with net price 100+i, in categories. */
    void importMarkedProducts(int n) {
        importMarkedProducts(n, false);
    }

    /**
     * As {@link #importMarkedProducts(int)}, each product with its own picture when {@code images}:
     * a small PNG of a colour no other product has, in {@code kepek/} of the test folder.
     */
    void importMarkedProducts(int n, boolean images) {
        StringBuilder csv = new StringBuilder("sku,name,net_price,vat_rate,category,image,webshop\n");
        for (int i = 1; i <= n; i++) {
            csv.append(sku(i)).append(",Termék ").append(i).append(',').append(100 + i).append(",27,")
                    .append(i % 2 == 0 ? "Ruházat/Pólók" : "Ruházat/Sapkák").append(',')
                    .append(images ? "kepek/" + writeImage(i).getFileName() : "").append(",igen\n");
        }
        HostFixture.CliRun run = importCsv("products.csv", csv.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    }

    private Path writeImage(int i) {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 8; x++) {
            for (int y = 0; y < 8; y++) {
                image.setRGB(x, y, i * 2_654_435 & 0xFFFFFF);
            }
        }
        try {
            Path file = Files.createDirectories(dir.resolve("kepek")).resolve(sku(i).toLowerCase(java.util.Locale.ROOT) + ".png");
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sku(int i) {
        return String.format("R-%04d", i);
    }

    /** The shop's price of product R-i as {@link #importMarkedProducts(int)} made it (net 100+i, 27 % VAT). */
    String priceOf(int i) {
        return price(100 + i);
    }

    /** The shop's price of a product of 27 % VAT with this net price. */
    String price(long net) {
        return platform.price(BigDecimal.valueOf(net), BigDecimal.valueOf(27));
    }

    /** A run of an action, with the latest history entry's outcome and counts. */
    record ActionRun(int exitCode, String outcome, Map<String, Integer> counts, String printed) {
        int count(String status) {
            return counts.getOrDefault(status, 0);
        }
    }

    ActionRun run(String... args) {
        List<String> command = new ArrayList<>(List.of("run"));
        command.addAll(List.of(args));
        HostFixture.CliRun cli = cli(command.toArray(String[]::new));
        JsonNode last = null;
        for (JsonNode run : json("history", "--json")) {
            if (last == null || run.get("runId").asLong() > last.get("runId").asLong()) {
                last = run;
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        if (last != null) {
            last.get("counts").fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asInt()));
        }
        return new ActionRun(cli.exitCode(), last == null ? "" : last.get("outcome").asText(), counts,
                cli.out() + cli.err());
    }

    /** Item lines of the latest run, as {@code history show --json} gives them. */
    JsonNode lastRunItems() {
        long last = -1;
        for (JsonNode run : json("history", "--json")) {
            last = Math.max(last, run.get("runId").asLong());
        }
        return json("history", "show", Long.toString(last), "--json");
    }

    // ---- the shop's side ------------------------------------------------------------------------

    /**
     * Places a processing, cash-on-delivery shop order through the platform's API (faults apply), for a
     * buyer in Budapest with a distinctive name.
     *
     * @return the shop's order id
     */
    long placeOrder(String firstName, String lastName, String email, OrderRequest.Line... lines) {
        OrderRequest.Buyer buyer = new OrderRequest.Buyer(firstName, lastName, "", email, "+36301234567", "",
                "Budapest", "1011");
        return platform.placeOrder(shop, config, OrderRequest.of(buyer, lines));
    }

    /** Creates a WooCommerce shop order over REST (as a customer's checkout would); faults apply. */
    JsonNode createOrder(Map<String, Object> body) {
        return createOrderIn(shop, config, body);
    }

    /** Creates a shop order in another shop than the rig's own. */
    JsonNode createOrderIn(ShopEmulator target, EmulatorConfig targetConfig, Map<String, Object> body) {
        try {
            return shopRequest(target, targetConfig, "POST", "/wp-json/wc/v3/orders", JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode shopRequest(String method, String path, String body) {
        return shopRequest(shop, config, method, path, body);
    }

    private JsonNode shopRequest(ShopEmulator target, EmulatorConfig targetConfig, String method, String path,
                                 String body) {
        String auth = "consumer_key=" + URLEncoder.encode(targetConfig.consumerKey(), StandardCharsets.UTF_8)
                + "&consumer_secret=" + URLEncoder.encode(targetConfig.consumerSecret(), StandardCharsets.UTF_8);
        URI uri = URI.create(target.baseUrl() + path + (path.contains("?") ? "&" : "?") + auth);
        HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new AssertionError(method + " " + path + " → " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A processing order of one line, for a customer with a distinctive name. */
    static Map<String, Object> order(long productId, int quantity, String firstName, String lastName, String email) {
        Map<String, Object> billing = new HashMap<>(Map.of("first_name", firstName, "last_name", lastName,
                "address_1", "Fő utca 1.", "city", "Budapest", "postcode", "1011", "country", "HU",
                "email", email, "phone", "+36301234567"));
        Map<String, Object> body = new HashMap<>();
        body.put("status", "processing");
        body.put("payment_method", "cod");
        body.put("billing", billing);
        body.put("shipping", new HashMap<>(billing));
        body.put("line_items", List.of(Map.of("product_id", productId, "quantity", quantity)));
        return body;
    }

    // ---- the closing checks -----------------------------------------------------------------------

    /** Every SKU at most once among the shop's products (trash excluded). */
    void assertNoDuplicateSku() {
        Map<String, Long> bySku = new HashMap<>();
        for (ShopSnapshot.Product p : snapshot().products()) {
            if (p.sku() != null && !p.sku().isEmpty() && !"trash".equals(p.status())) {
                bySku.merge(p.sku().toLowerCase(java.util.Locale.ROOT), 1L, Long::sum);
            }
        }
        assertThat(bySku).as("SKUs in the shop more than once")
                .allSatisfy((sku, count) -> assertThat(count).as(sku).isEqualTo(1L));
    }

    /** Every marked product R-0001…R-n exists in the shop exactly once, with its name and price. */
    void assertProductsInShop(int n, Function<Integer, String> expectedPrice) {
        assertNoDuplicateSku();
        Map<String, ShopSnapshot.Product> bySku = snapshot().productsBySku();
        for (int i = 1; i <= n; i++) {
            ShopSnapshot.Product p = bySku.get(sku(i));
            assertThat(p).as(sku(i) + " in the shop").isNotNull();
            assertThat(p.name()).isEqualTo("Termék " + i);
            assertThat(p.regularPrice()).isEqualTo(expectedPrice.apply(i));
            assertThat(p.status()).isEqualTo("publish");
        }
    }

    /** Media items in the shop's library that no product (trash included) shows. */
    List<ShopSnapshot.Media> orphanMedia() {
        ShopSnapshot shop = snapshot();
        Set<Long> shown = new HashSet<>();
        shop.products().forEach(p -> shown.addAll(p.imageMediaIds()));
        return shop.media().stream().filter(m -> !shown.contains(m.id())).toList();
    }

    /**
     * Products R-0001…R-n each show their own picture, stored once in the shop's library: no media
     * item nobody shows, no picture twice, and {@code uploads} upload requests for the n pictures.
     */
    void assertEachImageUploadedOnce(int n, long uploads) {
        ShopSnapshot shop = snapshot();
        assertThat(orphanMedia()).as("media no product shows").isEmpty();
        assertThat(shop.media()).extracting(ShopSnapshot.Media::sha256).as("pictures stored twice").doesNotHaveDuplicates();
        assertThat(shop.media()).hasSize(n);
        for (int i = 1; i <= n; i++) {
            ShopSnapshot.Product p = shop.productsBySku().get(sku(i));
            assertThat(p.imageMediaIds()).as(sku(i) + " images").hasSize(1);
            long shown = p.imageMediaIds().get(0);
            assertThat(shop.media()).filteredOn(m -> m.id() == shown).singleElement()
                    .extracting(ShopSnapshot.Media::sha256).as(sku(i) + " shows its own picture")
                    .isEqualTo(sha256(dir.resolve("kepek").resolve(sku(i).toLowerCase(java.util.Locale.ROOT) + ".png")));
        }
        assertThat(uploads).as("upload requests").isEqualTo((long) n);
    }

    private static String sha256(Path file) {
        try {
            return java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every listed shop order is in the ERP exactly once; returns the ERP's orders by shop id. */
    Map<String, JsonNode> assertEveryShopOrderOnce(List<Long> shopOrderIds) {
        Map<String, JsonNode> byRef = new HashMap<>();
        for (JsonNode o : json("orders", "list", "--json")) {
            JsonNode earlier = byRef.put(o.get("externalRef").asText(), o);
            assertThat(earlier).as("shop order " + o.get("externalRef").asText() + " twice in the ERP").isNull();
        }
        for (long id : shopOrderIds) {
            assertThat(byRef).as("shop order " + id + " lost").containsKey(Long.toString(id));
        }
        return byRef;
    }

    void assertNoSecret(String text) {
        for (String secret : platform.secrets(config)) {
            assertThat(text).doesNotContain(secret);
        }
    }

    @Override
    public void close() {
        shop.close();
    }
}
