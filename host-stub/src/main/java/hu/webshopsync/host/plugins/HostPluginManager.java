package hu.webshopsync.host.plugins;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.pf4j.DefaultPluginManager;
import org.pf4j.ExtensionFactory;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * PF4J's default manager over the ERP's plugins folder, with the host's version as system version
 * (so {@code Plugin-Requires} is enforced), the plugin-aware extension factory, and a record of
 * every plugin that failed to load or start.
 */
public final class HostPluginManager extends DefaultPluginManager {

    private final List<PluginProblem> loadProblems = new ArrayList<>();

    /**
     * Creates the manager; plugins are loaded by {@link #loadAndStart()}.
     *
     * @param pluginsRoot   the plugins folder
     * @param systemVersion the host's API version
     */
    public HostPluginManager(Path pluginsRoot, String systemVersion) {
        super(pluginsRoot);
        setSystemVersion(systemVersion);
    }

    @Override
    protected ExtensionFactory createExtensionFactory() {
        return new PluginAwareExtensionFactory(this);
    }

    @Override
    protected PluginWrapper loadPluginFromPath(Path pluginPath) {
        try {
            return super.loadPluginFromPath(pluginPath);
        } catch (PluginRuntimeException e) {
            // PF4J logs and drops such a plugin; the host reports it next to the ones that did load
            loadProblems.add(new PluginProblem(pluginPath.getFileName().toString(), "NOT_LOADED", reasonOf(e)));
            throw e;
        }
    }

    /**
     * Loads and starts every plugin in the folder; a failing plugin never stops the host.
     *
     * @return the plugins that are not running, with why
     */
    public List<PluginProblem> loadAndStart() {
        loadPlugins();
        startPlugins();
        return problems();
    }

    /**
     * The plugins that are not running now, with why.
     *
     * @return the problems, empty when all plugins run
     */
    public List<PluginProblem> problems() {
        List<PluginProblem> problems = new ArrayList<>(loadProblems);
        for (PluginWrapper plugin : getPlugins()) {
            if (plugin.getPluginState() != PluginState.STARTED) {
                problems.add(new PluginProblem(plugin.getPluginId(), plugin.getPluginState().toString(),
                        explain(plugin)));
            }
        }
        return problems;
    }

    private String explain(PluginWrapper plugin) {
        String requires = plugin.getDescriptor().getRequires();
        if (plugin.getPluginState() == PluginState.DISABLED
                && !getVersionManager().checkVersionConstraint(getSystemVersion(), requires)) {
            // PF4J's own reason is only "Plugin validation failed"
            return "requires host version " + requires + ", this host is " + getSystemVersion();
        }
        if (plugin.getFailedException() != null) {
            return reasonOf(plugin.getFailedException());
        }
        if (plugin.getPluginState() == PluginState.DISABLED) {
            return "disabled (plugins/disabled.txt or enabled.txt)";
        }
        return "not started; see the log above";
    }

    /**
     * Stops the plugins and closes their class loaders, so their jar files are released.
     */
    public void stopAndUnload() {
        // stopPlugins() and unloadPlugins() iterate the lists they shrink (ConcurrentModificationException
        // in 3.15.0), so stop in reverse start order and unload one by one over copies
        List<PluginWrapper> started = new ArrayList<>(getStartedPlugins());
        Collections.reverse(started);
        for (PluginWrapper plugin : started) {
            stopPlugin(plugin.getPluginId());
        }
        for (PluginWrapper plugin : new ArrayList<>(getPlugins())) {
            unloadPlugin(plugin.getPluginId());
        }
    }

    private static String reasonOf(Throwable e) {
        StringBuilder reason = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            reason.append(" <- ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return reason.toString();
    }
}
