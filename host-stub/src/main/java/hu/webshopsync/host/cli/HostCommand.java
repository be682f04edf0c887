package hu.webshopsync.host.cli;

import hu.webshopsync.host.Host;
import hu.webshopsync.host.HostConfig;
import hu.webshopsync.host.Installation;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The root command: where the data and plugins are, and the language.
 */
@Command(name = "host-stub", mixinStandardHelpOptions = true, version = "host-stub 0.1.0",
        description = "A stand-in for the ERP: products, stock, customer orders, modules and plugin actions.",
        subcommands = {PluginsCommand.class, ModulesCommand.class, ProductsCommand.class, StockCommand.class,
                ActionsCommand.class, RunCommand.class, OrdersCommand.class, HistoryCommand.class, ServeCommand.class,
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

    private final Clock clock;
    private final boolean terminal;
    private Host host;

    HostCommand(Clock clock, boolean terminal) {
        this.clock = clock;
        this.terminal = terminal;
    }

    Messages messages() {
        return Messages.of((lang == null ? Lang.hu : lang).locale());
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
        host = Host.open(new HostConfig(dataDir, pluginsDir(), clock));
        return host;
    }

    /** Removes stored secrets from a text shown to the user, e.g. an exception message. */
    String redact(String text) {
        if (host == null) {
            return text;
        }
        try {
            return host.redactor().apply(text);
        } catch (RuntimeException closed) {
            // the secrets cannot be read any more, so nothing of the text is known to be safe to show
            return "-";
        }
    }
}
