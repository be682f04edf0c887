package hu.webshopsync.host.cli;

import hu.webshopsync.host.Host;
import hu.webshopsync.host.HostConfig;
import hu.webshopsync.host.Installation;
import hu.webshopsync.host.modules.SecretRedactor;
import hu.webshopsync.host.plugins.HostPluginManager;
import hu.webshopsync.host.plugins.HostVersion;
import hu.webshopsync.host.plugins.PluginExtensions;
import hu.webshopsync.host.secrets.SecretKeyFile;
import hu.webshopsync.host.text.Texts;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The root command: where the data and plugins are, and the language.
 */
@Command(name = "host-stub", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = "host-stub 0.1.0",
        description = "A stand-in for the ERP: products, stock, customer orders, modules and plugin actions.",
        subcommands = {PluginsCommand.class, ModulesCommand.class, ProductsCommand.class, StockCommand.class,
                ActionsCommand.class, RunCommand.class, OrdersCommand.class, HistoryCommand.class, ServeCommand.class,
                WatchCommand.class,
                BenchCommand.class, DemoCommand.class})
final class HostCommand {

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "data",
            description = "The data folder (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--plugins-dir", paramLabel = "DIR",
            description = "The plugins folder (default: ./plugins when present, else the installation's).")
    Path pluginsDir;

    @Option(names = "--lang", paramLabel = "hu|en", defaultValue = "hu",
            description = "The language of messages: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Lang lang;

    @Option(names = "--key-file", paramLabel = "FILE",
            description = "The key that seals the stored secrets (default: $" + SecretKeyFile.ENVIRONMENT_VARIABLE
                    + ", else ~/.config/webshop-sync/secret.key); created on first use.")
    Path keyFile;

    @Option(names = {"-v", "--verbose"},
            description = "Also print the technical log (kept in the data folder's logs/) on standard error, with DEBUG lines.")
    boolean verbose;

    private final Clock clock;
    private final boolean terminal;
    private final UserInput input;
    private final SecretRedactor redactor = new SecretRedactor();
    private final CommandTimes times;

    HostCommand(Clock clock, boolean terminal, UserInput input) {
        this(clock, terminal, input, CommandTimes.inRunningJvm());
    }

    HostCommand(Clock clock, boolean terminal, UserInput input, CommandTimes times) {
        this.clock = clock;
        this.terminal = terminal;
        this.input = input;
        this.times = times;
    }

    CommandTimes times() {
        return times;
    }

    UserInput input() {
        return input;
    }

    Texts messages() {
        return Texts.cli((lang == null ? Lang.hu : lang).locale());
    }

    Clock clock() {
        return clock;
    }

    boolean terminal() {
        return terminal;
    }

    /** The plugins folder: the one given, else ./plugins when present, else the installation's. */
    Path pluginsDir() {
        return pluginsDir != null ? pluginsDir : Installation.current().pluginsFolder(Path.of(""));
    }

    Host openHost() {
        SecretKeyFile key = keyFile != null ? new SecretKeyFile(keyFile) : SecretKeyFile.locate(input.environment());
        return Host.open(new HostConfig(dataDir, pluginsDir(), clock, key), redactor);
    }

    /** The footer of {@code run --help}: the action ids of the plugins found, or where none were found. */
    String actionIdsHelp() {
        Texts m = messages();
        String nl = System.lineSeparator();
        // the plugins alone, without the database: asking for help creates no data folder
        HostPluginManager manager = new HostPluginManager(pluginsDir().toAbsolutePath(), HostVersion.current());
        try {
            manager.loadAndStart();
            PluginExtensions extensions = new PluginExtensions(() -> manager);
            List<String> ids = new ArrayList<>();
            extensions.productActions().forEach(a -> ids.add(a.id() + "  " + a.label(m.locale())));
            extensions.orderActions().forEach(a -> ids.add(a.id() + "  " + a.label(m.locale())));
            return ids.isEmpty() ? m.get("help.noActions", pluginsDir().toAbsolutePath().normalize()) + nl
                    : m.get("help.actions") + nl + "  " + String.join(nl + "  ", ids) + nl;
        } catch (RuntimeException e) {
            return m.get("help.actionsUnavailable", String.valueOf(e.getMessage())) + nl;
        } finally {
            manager.stopAndUnload();
        }
    }

    /**
     * Removes the secrets this command saw from a text shown to the user, e.g. an exception message;
     * it needs no open database, so it works after the host is closed.
     */
    SecretRedactor redactor() {
        return redactor;
    }
}
