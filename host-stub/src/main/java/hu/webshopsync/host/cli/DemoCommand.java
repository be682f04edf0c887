package hu.webshopsync.host.cli;

import hu.webshopsync.host.demo.DemoOptions;
import hu.webshopsync.host.demo.DemoServe;
import hu.webshopsync.host.demo.DemoStory;
import hu.webshopsync.host.demo.HostCli;
import hu.webshopsync.host.demo.ShopAccess;
import hu.webshopsync.host.text.Texts;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code demo}: the whole story on sample data, on an in-process webshop emulator unless
 * {@code --url} names a real shop. The story lives in {@code host.demo}; this class only reads the
 * options and lets the story run the host's own commands in this process.
 */
@Command(name = "demo", description = "Runs the whole story on a fresh sample ERP and an in-process webshop "
        + "emulator: import, Termék szinkron, orders, Webáruház szinkron, Termék szinkron again.")
final class DemoCommand implements Callable<Integer> {

    /** Where the demo builds its ERP when neither the demo nor the root was given a folder. */
    static final String DEFAULT_DATA_DIR = "demo-data";

    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "A new, empty or earlier demo folder (default: the global --data-dir if given, else "
                    + DEFAULT_DATA_DIR + "). Other non-empty folders are never wiped.")
    Path dataDir;

    @Option(names = "--plugins-dir", paramLabel = "DIR", description = "The plugins folder (default: the global one).")
    Path pluginsDir;

    @Option(names = "--lang", paramLabel = "hu|en", description = "The language (default: the global one).")
    Lang lang;

    @Option(names = "--serve", description = "After the story, keep the emulated shop and open the web console "
            + "(with a page that places test orders in the shop) until Ctrl-C.")
    boolean serve;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "The console's port with --serve (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--platform", paramLabel = "woocommerce|shoprenter", defaultValue = "woocommerce",
            description = "What the emulator speaks (default: ${DEFAULT-VALUE}); shoprenter tells the story on a"
                    + " Shoprenter emulator.")
    String platform;

    @Option(names = "--url", paramLabel = "URL", description = "A real WooCommerce shop instead of the emulator.")
    String url;

    @Option(names = "--consumer-key", paramLabel = "K", description = "The shop's REST API key (with --url).")
    String consumerKey;

    @Option(names = "--consumer-secret", paramLabel = "S", description = "The shop's REST API secret (with --url).")
    String consumerSecret;

    @Option(names = "--wp-user", paramLabel = "U", description = "WordPress user for image upload (with --url).")
    String wpUser;

    @Option(names = "--wp-app-password", paramLabel = "P",
            description = "That user's application password (with --url).")
    String wpAppPassword;

    @Override
    public Integer call() {
        HostCommand root = (HostCommand) spec.root().userObject();
        Lang language = lang != null ? lang : root.lang;
        Texts messages = Texts.cli(language.locale());
        boolean anyShopOption = consumerKey != null || consumerSecret != null || wpUser != null
                || wpAppPassword != null;
        if (url == null && anyShopOption || url != null && (consumerKey == null || consumerSecret == null)) {
            spec.commandLine().getErr().println(messages.get("demo.shopOptions"));
            return ExitCodes.ERROR;
        }
        if (!platform.equals("woocommerce") && !platform.equals("shoprenter") || url != null
                && !platform.equals("woocommerce")) {
            spec.commandLine().getErr().println(messages.get("demo.platform"));
            return ExitCodes.ERROR;
        }
        boolean rootDataDir = spec.root().commandLine().getParseResult().hasMatchedOption("--data-dir");
        Path data = dataDir != null ? dataDir : rootDataDir ? root.dataDir : Path.of(DEFAULT_DATA_DIR);
        Optional<ShopAccess> shop = url == null ? Optional.empty() : Optional.of(new ShopAccess(url, consumerKey,
                consumerSecret, Optional.ofNullable(wpUser), Optional.ofNullable(wpAppPassword)));
        DemoOptions options = new DemoOptions(data, pluginsDir != null ? pluginsDir : root.pluginsDir(),
                language.locale(), shop, platform);
        HostCli cli = (out, err, args) -> HostMain.execute(args.toArray(String[]::new), out, err, root.clock(),
                root.terminal());
        if (!serve) {
            return new DemoStory(options, cli, spec.commandLine().getOut(), spec.commandLine().getErr(),
                    root.clock()).run();
        }
        try (StopOnCtrlC ctrlC = StopOnCtrlC.install(root.terminal())) {
            return new DemoStory(options, cli, spec.commandLine().getOut(), spec.commandLine().getErr(), root.clock(),
                    Optional.of(new DemoServe(port, ctrlC::await))).run();
        }
    }
}
