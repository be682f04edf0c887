package hu.webshopsync.api;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a {@link ListAction} gets for one run.
 *
 * @param host         the ERP's services
 * @param state        the calling plugin's own persistent state
 * @param selection    the selected items (SKUs or order numbers); empty means "all"
 * @param options      the user's options for this run, e.g. {@code full=true}; keys are documented by the action
 * @param locale       the user's language for messages
 * @param progress     where the action reports progress
 * @param cancellation asked at safe points whether the user cancelled
 */
public record ActionContext(HostServices host, PluginStateStore state, Set<String> selection,
                            Map<String, String> options, Locale locale, ProgressListener progress,
                            Cancellation cancellation) {

    /**
     * Copies the collections so the record stays immutable.
     */
    public ActionContext {
        selection = Set.copyOf(selection);
        options = Map.copyOf(options);
    }

    /**
     * One option of this run.
     *
     * @param key the option's key
     * @return the value, if given
     */
    public Optional<String> option(String key) {
        return Optional.ofNullable(options.get(key));
    }

    /**
     * One option read as a flag: present and not {@code false}.
     *
     * @param key the option's key
     * @return whether the flag is on
     */
    public boolean flag(String key) {
        return option(key).map(v -> !v.equalsIgnoreCase("false")).orElse(false);
    }
}
