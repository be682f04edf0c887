package hu.webshopsync.host.plugins;

/**
 * A plugin that did not start, and why.
 *
 * @param pluginId the plugin's id, or its file name when even the descriptor could not be read
 * @param state    the PF4J state it ended in, e.g. {@code FAILED}, {@code DISABLED}, {@code RESOLVED}
 * @param reason   why, as PF4J or the plugin reported it
 */
public record PluginProblem(String pluginId, String state, String reason) {
}
