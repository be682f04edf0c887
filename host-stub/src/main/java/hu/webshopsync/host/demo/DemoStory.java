package hu.webshopsync.host.demo;

import hu.webshopsync.host.Host;
import hu.webshopsync.host.HostConfig;
import hu.webshopsync.host.Installation;
import hu.webshopsync.host.demo.SampleCatalog.SampleProduct;
import hu.webshopsync.host.orders.OrderView;
import hu.webshopsync.host.text.Texts;
import hu.webshopsync.host.web.ConsoleOptions;
import hu.webshopsync.host.web.TestOrderShop;
import hu.webshopsync.host.web.WebConsole;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The whole story in one command: a sample ERP is built through the CSV import, the webshop module
 * is activated, Termék szinkron fills the shop, customers order, Webáruház szinkron brings the orders
 * into the ERP, and a second Termék szinkron sends back only the stock that changed. Every ERP step
 * runs the host's own command line, so the user sees what the product prints.
 */
public final class DemoStory {

    private static final String PRODUCT_SYNC = "webshop.product-sync";
    private static final String ORDER_SYNC = "webshop.order-sync";
    private static final String NESTED_INDENT = "   │ ";
    private static final String LIST_INDENT = "  ";
    private static final int COMMAND_WIDTH = 90;
    // the activation lists every setting of the module; the first ones tell the story
    private static final int ACTIVATION_LINES = 8;
    private static final java.util.Set<String> SECRET_SETTINGS = java.util.Set.of("consumerSecret",
            "wpApplicationPassword", "apiPassword", "clientSecret");

    private final DemoOptions options;
    private final HostCli cli;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Clock clock;
    private final Texts texts;
    private Optional<DemoServe> serve = Optional.empty();
    private int step;
    private DemoShop secrets;

    /**
     * Creates the story.
     *
     * @param options what the user chose
     * @param cli     runs host commands as the user would
     * @param out     standard output
     * @param err     error output
     * @param clock   the host's clock
     */
    public DemoStory(DemoOptions options, HostCli cli, PrintWriter out, PrintWriter err, Clock clock) {
        this.options = Objects.requireNonNull(options, "options");
        this.cli = Objects.requireNonNull(cli, "cli");
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.texts = Texts.demo(options.locale());
    }

    /**
     * Creates the story, followed by the web console when {@code serve} is given.
     *
     * @param options what the user chose
     * @param cli     runs host commands as the user would
     * @param out     standard output
     * @param err     error output
     * @param clock   the host's clock
     * @param serve   the console to keep running after the story, or empty
     */
    public DemoStory(DemoOptions options, HostCli cli, PrintWriter out, PrintWriter err, Clock clock,
                     Optional<DemoServe> serve) {
        this(options, cli, out, err, clock);
        this.serve = Objects.requireNonNull(serve, "serve");
    }

    /**
     * Tells the story.
     *
     * @return the exit code: 0 when the story ran to its end, 2 when it had to stop
     */
    public int run() {
        long started = System.nanoTime();
        out.println(texts.get("title"));
        out.println(texts.get("intro"));
        if (!pluginPresent()) {
            err.println(texts.get("error.noPlugin", options.pluginsDir().toAbsolutePath().normalize()));
            return 2;
        }
        try {
            Path csv = prepareFolder();
            try (DemoShop shop = openShop()) {
                secrets = shop;
                tell(csv, shop);
                if (serve.isPresent()) {
                    printElapsed(started);
                    serve(shop, serve.get());
                    return 0;
                }
            }
        } catch (Refusal r) {
            err.println(r.getMessage());
            return 2;
        } catch (IOException | RuntimeException e) {
            // the user gets the reason in one line; the sync history and the data folder keep the rest
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            err.println(texts.get("error.stopped", redact(message)));
            return 2;
        }
        printElapsed(started);
        return 0;
    }

    private void printElapsed(long started) {
        out.println();
        out.println(texts.get("elapsed", (System.nanoTime() - started) / 1e9));
        out.flush();
    }

    /** The console on the demo's ERP, the emulated shop behind it, until the user stops both. */
    private void serve(DemoShop shop, DemoServe how) {
        Optional<TestOrderShop> testShop = shop.emulated() ? Optional.of(new TestOrders(shop.url(), shop.buyers(texts)))
                : Optional.empty();
        try (Host host = Host.open(new HostConfig(options.dataDir(), options.pluginsDir(), clock));
             WebConsole console = WebConsole.start(host, new ConsoleOptions(ConsoleOptions.LOOPBACK, how.port(),
                     false), testShop)) {
            out.println(texts.get(shop.emulated() ? "serve.listening" : "serve.listeningRealShop", console.url(),
                    shop.url()));
            out.flush();
            how.stop().await();
            out.println(texts.get("serve.stopping"));
            out.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void tell(Path csv, DemoShop shop) throws IOException {
        List<SampleProduct> products = SampleCatalog.products();
        if (nested("products", "import", csv.toString()) != 0) {
            throw new Refusal(texts.get("error.importFailed"));
        }

        heading("step.shop");
        out.println(texts.get(shop.emulated() ? "shop.emulator" : "shop.real", shop.url()));
        List<String> activate = new ArrayList<>(List.of("modules", "activate", "webshop"));
        activate.addAll(shop.moduleSettings(SampleCatalog.MAIN_WAREHOUSE));
        if (nested(ACTIVATION_LINES, activate.toArray(String[]::new)) != 0) {
            throw new Refusal(texts.get("error.activation"));
        }

        heading("step.productSync");
        out.println(texts.get("productSync.what"));
        requireRan(nested("run", PRODUCT_SYNC));
        DemoShop.ShopTotals afterFirst = shop.totals();
        out.println(texts.get("productSync.inShop", afterFirst.products(), afterFirst.categories(),
                afterFirst.media() < 0 ? "-" : afterFirst.media()));
        Optional<DemoShop.ShopItem> htmlNote = shop.product(SampleCatalog.HTML_NOTE_SKU);
        if (htmlNote.isPresent()) {
            out.println(texts.get("productSync.escaped", SampleCatalog.HTML_NOTE_SKU));
            out.println(LIST_INDENT + htmlNote.get().description().strip().replace("\n", " "));
        }
        shop.product(SampleCatalog.GIF_SKU).ifPresent(p -> out.println(texts.get("productSync.gif",
                SampleCatalog.GIF_SKU, p.images())));
        shop.product(SampleCatalog.NO_CATEGORY_SKU).ifPresent(p -> out.println(p.categories().isEmpty()
                ? texts.get("productSync.noCategoryAnywhere", SampleCatalog.NO_CATEGORY_SKU)
                : texts.get("productSync.noCategory", SampleCatalog.NO_CATEGORY_SKU, String.join(", ", p.categories()))));
        Map<String, Integer> stockBefore = shop.stockBySku();

        heading("step.orders");
        ShopBuyers buyers = shop.buyers(texts);
        List<ShopCustomers.Placed> placed = buyers.shop();
        Map<String, String> names = products.stream().collect(Collectors.toMap(SampleProduct::sku,
                SampleProduct::name));
        names.put(ShopCustomers.SHOP_ONLY_SKU, texts.get("shop.giftCard"));
        for (ShopCustomers.Placed p : placed) {
            String lines = p.lines().entrySet().stream()
                    .map(e -> e.getValue() + " × " + names.getOrDefault(e.getKey(), e.getKey()))
                    .collect(Collectors.joining(", "));
            out.println(LIST_INDENT + (p.shopId() > 0 ? texts.get("orders.placed", p.shopId(), p.story())
                    : texts.get("orders.refused", p.story(), redact(p.problem()))));
            out.println(LIST_INDENT + "     " + lines);
        }

        heading("step.orderSync");
        out.println(texts.get("orderSync.what"));
        requireRan(nested("run", ORDER_SYNC));
        out.println();
        out.println(texts.get("orderSync.toDeliver"));
        new OrderTable(texts).print(out, erpOrders());

        orderLife(buyers);

        heading("step.productSyncAgain");
        out.println(texts.get("productSyncAgain.what"));
        requireRan(nested("run", PRODUCT_SYNC));
        Map<String, Integer> stockAfter = shop.stockBySku();
        printStockChanges(stockBefore, stockAfter, names);

        out.println();
        out.println(texts.get("step.end"));
        out.println("─".repeat(Math.min(60, texts.get("step.end").length())));
        printWhereToLook(shop);
    }

    // #16: the first order is called off by its buyer in the shop, the second is delivered by the ERP
    private void orderLife(ShopBuyers buyers) throws IOException {
        heading("step.lifecycle");
        List<OrderView> imported = erpOrders();
        OrderView cancelled = imported.get(0);
        OrderView fulfilled = imported.get(1);
        buyers.cancel(cancelled.externalReference());
        out.println(texts.get("lifecycle.cancelled", cancelled.shopNumber(), cancelled.customer().name()));
        out.println(texts.get("lifecycle.fulfil", fulfilled.number(), fulfilled.customer().name()));
        requireRan(nested("orders", "fulfil", fulfilled.number()));
        out.println(texts.get("lifecycle.sync"));
        requireRan(nested("run", ORDER_SYNC));
    }

    private void printStockChanges(Map<String, Integer> before, Map<String, Integer> after, Map<String, String> names) {
        TreeSet<String> skus = new TreeSet<>(before.keySet());
        skus.addAll(after.keySet());
        List<String> changed = new ArrayList<>();
        for (String sku : skus) {
            Integer was = before.get(sku);
            Integer now = after.get(sku);
            if (!Objects.equals(was, now)) {
                changed.add(LIST_INDENT + texts.get("stock.line", sku, names.getOrDefault(sku, sku),
                        was == null ? "-" : was, now == null ? "-" : now));
            }
        }
        out.println(texts.get("stock.changed", changed.size(), skus.size() - changed.size()));
        changed.forEach(out::println);
    }

    private void printWhereToLook(DemoShop shop) throws IOException {
        Path data = options.dataDir().toAbsolutePath().normalize();
        out.println(texts.get("end.data", data));
        out.println(texts.get("end.csv", data.resolve(SampleImport.FOLDER).resolve(SampleImport.CSV)));
        if (serve.isEmpty()) {
            out.println(texts.get("end.lookAround"));
        }
        // as the user gave the folders: the commands are typed where the demo was started
        Installation installation = Installation.current();
        Path here = Path.of("");
        boolean defaultPlugins = options.pluginsDir().toAbsolutePath().normalize()
                .equals(installation.pluginsFolder(here));
        String base = installation.launchCommand(here) + " --data-dir " + quoted(options.dataDir())
                + (defaultPlugins ? "" : " --plugins-dir " + quoted(options.pluginsDir()))
                + (options.locale().getLanguage().equals("hu") ? "" : " --lang " + options.locale().getLanguage());
        if (serve.isEmpty()) {
            // the console with a shop behind it: the story again, ending in the console
            for (String command : List.of("products list", "orders list", "history", "demo --serve")) {
                out.println("  " + base + " " + command);
            }
        }
        DemoShop.ShopTotals totals = shop.totals();
        String end = !shop.emulated() ? "end.realShop" : serve.isPresent() ? "end.emulatorKept" : "end.emulator";
        out.println(texts.get(end, totals.products(), totals.categories(), totals.orders(),
                totals.media() < 0 ? "-" : totals.media()));
    }

    private List<OrderView> erpOrders() {
        try (Host host = Host.open(new HostConfig(options.dataDir(), options.pluginsDir(), clock))) {
            return host.orderListing().all();
        }
    }

    private Path prepareFolder() throws IOException {
        heading("step.erp");
        Path dir = options.dataDir();
        DemoFolder.Outcome outcome = DemoFolder.prepare(dir);
        Path shown = dir.toAbsolutePath().normalize();
        switch (outcome) {
            case REFUSED_NOT_DEMO -> throw new Refusal(texts.get("folder.notDemo", shown, DemoFolder.MARKER));
            case REFUSED_NOT_FOLDER -> throw new Refusal(texts.get("folder.notFolder", shown));
            case REFUSED_IN_USE -> throw new Refusal(texts.get("folder.inUse", shown));
            case REPLACED -> out.println(texts.get("folder.replaced", shown));
            case CREATED -> out.println(texts.get("folder.created", shown));
            default -> throw new IllegalStateException(outcome.name());
        }
        List<SampleProduct> products = SampleCatalog.products();
        Path csv = new SampleImport(new SampleImages()).write(dir, products);
        long webshop = products.stream().filter(SampleProduct::webshop).count();
        String categories = products.stream().map(SampleProduct::category).filter(c -> !c.isEmpty()).distinct()
                .sorted().collect(Collectors.joining(", "));
        out.println(texts.get("folder.sample", products.size(), webshop, SampleCatalog.MAIN_WAREHOUSE,
                SampleCatalog.STORE_WAREHOUSE));
        out.println(texts.get("folder.categories", categories));
        out.println(texts.get("folder.csv", csv.toAbsolutePath().normalize()));
        try (Stream<String> lines = Files.lines(csv)) {
            lines.limit(3).forEach(l -> out.println("   " + l));
        }
        return csv;
    }

    private DemoShop openShop() {
        return options.shop().<DemoShop>map(RemoteShop::new).orElseGet(() -> EmulatedShop.start(options.platform()));
    }

    private boolean pluginPresent() {
        try (Stream<Path> files = Files.list(options.pluginsDir())) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".jar")
                    || f.getFileName().toString().endsWith(".zip"));
        } catch (IOException e) {
            return false;
        }
    }

    private void requireRan(int exitCode) {
        // 1 means done in part (a product the shop could not take): the story goes on and shows it
        if (exitCode >= 2) {
            throw new Refusal(texts.get("error.syncFailed"));
        }
    }

    private int nested(String... command) {
        return nested(Integer.MAX_VALUE, command);
    }

    /** Runs a host command, showing at most {@code maxLines} lines of its standard output. */
    private int nested(int maxLines, String... command) {
        // attached values: picocli does not take a subcommand's name (a folder called "plugins") as a value
        List<String> args = new ArrayList<>(List.of("--data-dir=" + options.dataDir(),
                "--plugins-dir=" + options.pluginsDir(), "--lang=" + options.locale().getLanguage()));
        args.addAll(List.of(command));
        out.println(texts.get("command", shownCommand(command)));
        out.flush();
        StringWriter captured = new StringWriter();
        PrintWriter nestedOut = new PrintWriter(maxLines == Integer.MAX_VALUE
                ? new IndentingWriter(out, NESTED_INDENT) : captured, true);
        PrintWriter nestedErr = new PrintWriter(new IndentingWriter(err, NESTED_INDENT), true);
        int code = cli.run(nestedOut, nestedErr, args);
        nestedOut.flush();
        nestedErr.flush();
        if (maxLines != Integer.MAX_VALUE) {
            List<String> lines = captured.toString().lines().toList();
            lines.stream().limit(maxLines).forEach(l -> out.println(NESTED_INDENT + l));
            if (lines.size() > maxLines) {
                out.println(NESTED_INDENT + texts.get("command.moreLines", lines.size() - maxLines));
            }
        }
        return code;
    }

    /** The command as the user would type it, with the secrets shown as {@code ****}. */
    private String shownCommand(String... command) {
        List<String> shown = new ArrayList<>();
        for (String part : command) {
            int eq = part.indexOf('=');
            String key = eq > 0 ? part.substring(0, eq) : "";
            shown.add(SECRET_SETTINGS.contains(key) ? key + "=****"
                    : part.contains(" ") ? "\"" + part + "\"" : part);
        }
        // a long command is broken like a shell script, so the lines stay short
        StringBuilder text = new StringBuilder("host-stub");
        int lineStart = 0;
        for (int i = 0; i < shown.size(); i++) {
            String part = shown.get(i);
            boolean optionStart = part.startsWith("--") && i + 1 < shown.size();
            if (optionStart && text.length() - lineStart + part.length() + shown.get(i + 1).length() > COMMAND_WIDTH) {
                text.append(" \\\n     ");
                lineStart = text.length() - 5;
            } else {
                text.append(' ');
            }
            text.append(part);
        }
        return text.toString();
    }

    private void heading(String key) {
        step++;
        out.println();
        String title = texts.get("stepTitle", step, texts.get(key));
        out.println(title);
        out.println("─".repeat(Math.min(60, title.length())));
    }

    private static String quoted(Path path) {
        String text = path.toString();
        return text.contains(" ") ? "\"" + text + "\"" : text;
    }

    private String redact(String text) {
        if (secrets == null || text == null) {
            return text;
        }
        return secrets.redact(text);
    }

    /** A reason to stop the story that the user reads as it is. */
    private static final class Refusal extends RuntimeException {

        Refusal(String message) {
            super(message, null, false, false);
        }
    }
}
