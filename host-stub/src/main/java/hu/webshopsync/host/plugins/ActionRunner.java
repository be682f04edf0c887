package hu.webshopsync.host.plugins;

import hu.webshopsync.api.ActionContext;
import hu.webshopsync.api.ActionResult;
import hu.webshopsync.api.Cancellation;
import hu.webshopsync.api.HostServices;
import hu.webshopsync.api.ItemLine;
import hu.webshopsync.api.ListAction;
import hu.webshopsync.api.LocalizedText;
import hu.webshopsync.api.PluginStateStore;
import hu.webshopsync.api.ProgressListener;
import hu.webshopsync.host.history.RunHistory;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Runs one list action: records its start in the history, hands it the host services and its own
 * plugin's state, runs it with the plugin's context class loader, turns an escaping exception into
 * a failed result, removes any known secret from what it reports, and records the end.
 */
public final class ActionRunner {

    private final PluginExtensions extensions;
    private final HostServices host;
    private final Function<String, PluginStateStore> stateStores;
    private final RunHistory history;
    private final Supplier<UnaryOperator<String>> redactors;

    /**
     * Creates the runner.
     *
     * @param extensions  the plugins' extensions, to find an action's owner
     * @param host        the host services handed to actions
     * @param stateStores the state store of a plugin, by plugin id
     * @param history     the sync history
     * @param redactors   make a function that replaces the secret values known at the start of a run; may
     *                    refuse the run by throwing (e.g. stored secrets that do not open)
     */
    public ActionRunner(PluginExtensions extensions, HostServices host, Function<String, PluginStateStore> stateStores,
                        RunHistory history, Supplier<UnaryOperator<String>> redactors) {
        this.extensions = extensions;
        this.host = host;
        this.stateStores = stateStores;
        this.history = history;
        this.redactors = redactors;
    }

    /**
     * A finished run.
     *
     * @param runId  the history's run id
     * @param result what the action reported, secrets removed
     */
    public record Run(long runId, ActionResult result) {
    }

    /**
     * Runs an action to its end.
     *
     * @param action       the action
     * @param selection    the selected items, empty for all
     * @param options      the user's options
     * @param locale       the user's language
     * @param progress     where progress goes
     * @param cancellation the user's stop flag
     * @return the run
     */
    public Run run(ListAction action, Set<String> selection, Map<String, String> options, Locale locale,
                   ProgressListener progress, Cancellation cancellation) {
        return run(action, selection, options, locale, progress, cancellation, false);
    }

    /**
     * Runs an action to its end, as a user or the schedule started it.
     *
     * @param action       the action
     * @param selection    the selected items, empty for all
     * @param options      the user's options
     * @param locale       the user's language
     * @param progress     where progress goes
     * @param cancellation the user's stop flag
     * @param automatic    whether the schedule started it; the history marks it so
     * @return the run
     */
    public Run run(ListAction action, Set<String> selection, Map<String, String> options, Locale locale,
                   ProgressListener progress, Cancellation cancellation, boolean automatic) {
        // before the history's entry: secrets the key does not open stop the run before it starts
        UnaryOperator<String> redactor = redactors.get();
        String pluginId = extensions.ownerOf(action);
        long runId = history.start(action.id(), pluginId, automatic);
        long started = System.nanoTime();
        ActionContext context = new ActionContext(host, stateStores.apply(pluginId), selection, options, locale,
                redacting(progress, redactor), cancellation);
        ActionResult result;
        try {
            result = PluginCalls.call(action, () -> action.run(context));
            if (result == null) {
                result = ActionResult.failed("The action " + action.id() + " returned no result");
            }
        } catch (RuntimeException | LinkageError e) {
            result = ActionResult.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        ActionResult clean = redact(result, redactor);
        history.complete(runId, clean, Duration.ofNanos(System.nanoTime() - started));
        return new Run(runId, clean);
    }

    private static ActionResult redact(ActionResult result, UnaryOperator<String> redactor) {
        return new ActionResult(result.outcome(), redactor.apply(result.message()), result.counts(),
                result.items().stream()
                        .map(i -> new ItemLine(redactor.apply(i.item()), i.status(), redactor.apply(i.reason()),
                                i.texts().stream().map(t -> redact(t, redactor)).toList()))
                        .toList(),
                result.messageTexts().stream().map(t -> redact(t, redactor)).toList(), result.failure());
    }

    private static LocalizedText redact(LocalizedText text, UnaryOperator<String> redactor) {
        return new LocalizedText(text.key(), text.args().stream()
                .map(a -> a instanceof String s ? redactor.apply(s)
                        : a instanceof LocalizedText inner ? redact(inner, redactor) : a)
                .toList());
    }

    private static ProgressListener redacting(ProgressListener progress, UnaryOperator<String> redactor) {
        return new ProgressListener() {
            @Override
            public void progress(long done, long total) {
                progress.progress(done, total);
            }

            @Override
            public void status(String message) {
                progress.status(redactor.apply(message));
            }
        };
    }
}
