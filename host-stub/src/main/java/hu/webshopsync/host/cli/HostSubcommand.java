package hu.webshopsync.host.cli;

import hu.webshopsync.api.ItemStatus;
import hu.webshopsync.host.Host;
import hu.webshopsync.host.HostConfig;
import hu.webshopsync.host.plugins.PluginProblem;
import hu.webshopsync.host.text.Formats;
import hu.webshopsync.host.text.Texts;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command shares: the root's options, the output streams, the host opened for the
 * command and closed after it.
 */
abstract class HostSubcommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(HostSubcommand.class);

    @Spec
    CommandSpec spec;

    private Texts messages;

    @Override
    public final Integer call() throws Exception {
        CommandTimes times = root().times();
        times.mark("cli");
        try {
            // a failure's message is redacted by HostMain with the root's redactor, which needs no open database
            try (Host host = root().openHost()) {
                times.mark("open");
                try {
                    return run(host);
                } finally {
                    times.mark("command");
                }
            }
        } finally {
            times.mark("close");
            if (LOG.isDebugEnabled()) {
                LOG.debug(times.line(commandName()));
            }
        }
    }

    /** The command's names below the root, e.g. {@code orders-list}. */
    private String commandName() {
        String qualified = spec.qualifiedName("-");
        String root = spec.root().name() + "-";
        return qualified.startsWith(root) ? qualified.substring(root.length()) : qualified;
    }

    /**
     * The command's work.
     *
     * @param host the open host
     * @return the exit code
     * @throws Exception anything unexpected; shown as an error, exit 2
     */
    abstract int run(Host host) throws Exception;

    HostCommand root() {
        return (HostCommand) spec.root().userObject();
    }

    Texts messages() {
        if (messages == null) {
            messages = root().messages();
        }
        return messages;
    }

    String t(String key, Object... args) {
        return messages().get(key, args);
    }

    /** A run's status in the user's words; the stable wire name where the bundle has none. */
    String statusWord(ItemStatus status) {
        return messages().getOr("status." + status.wireName(), status.wireName());
    }

    /** Amounts and times as people read them, in the user's language and the ERP's zone. */
    Formats formats() {
        return Formats.forTerminal(messages().locale(), HostConfig.ERP_ZONE);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * Loads the plugins and tells the user about any that did not start, and about active modules
     * whose plugin is missing — naming the folder searched and {@code --plugins-dir}; the command goes on.
     *
     * @return whether the user was told where the plugins were looked for
     */
    boolean loadPlugins(Host host) {
        root().times().mark("command");
        host.plugins();
        root().times().mark("plugins");
        for (PluginProblem problem : host.pluginProblems()) {
            err().println(t("plugins.problem", problem.pluginId(), problem.state(), problem.reason()));
        }
        boolean folderNamed = false;
        for (String id : host.moduleStore().ids()) {
            if (host.moduleStore().isActive(id) && host.extensions().module(id).isEmpty()) {
                err().println(t("plugins.moduleNotLoaded", id, pluginsFolder(host)));
                folderNamed = true;
            }
        }
        err().flush();
        return folderNamed;
    }

    /** The plugins folder searched, as the user can find it. */
    static Path pluginsFolder(Host host) {
        return host.config().pluginsDir().toAbsolutePath().normalize();
    }
}
