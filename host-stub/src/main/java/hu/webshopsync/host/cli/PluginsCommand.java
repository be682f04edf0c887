package hu.webshopsync.host.cli;

import hu.webshopsync.host.Host;
import hu.webshopsync.host.plugins.HostPluginManager;
import java.util.TreeSet;
import org.pf4j.PluginWrapper;
import picocli.CommandLine.Command;

/**
 * {@code plugins}: the loaded plugins with their version, state and extensions.
 */
@Command(name = "plugins", description = "Loaded plugins: id, version, state, extensions.")
final class PluginsCommand extends HostSubcommand {

    @Override
    int run(Host host) {
        loadPlugins(host);
        HostPluginManager manager = host.plugins();
        out().println(t("plugins.header", host.config().pluginsDir().toAbsolutePath(), manager.getSystemVersion()));
        if (manager.getPlugins().isEmpty()) {
            out().println(t("plugins.none"));
        }
        for (PluginWrapper plugin : manager.getPlugins()) {
            out().println(t("plugins.line", plugin.getPluginId(), plugin.getDescriptor().getVersion(),
                    plugin.getPluginState()));
            for (String extension : new TreeSet<>(manager.getExtensionClassNames(plugin.getPluginId()))) {
                out().println("    " + extension);
            }
        }
        return ExitCodes.OK;
    }
}
