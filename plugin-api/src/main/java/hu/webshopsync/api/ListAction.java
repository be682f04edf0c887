package hu.webshopsync.api;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A command a plugin adds to one of the ERP's lists; the host shows it as a button.
 *
 * <p>The host runs an action on a worker thread, draws its progress from the context's
 * {@link ProgressListener}, and shows the returned {@link ActionResult} as the confirmation message.
 * An action must honour {@link ActionContext#cancellation()} at safe points and must never put a
 * secret into its result, its progress messages or an exception message.
 *
 * @see ProductListAction
 * @see OrderListAction
 */
public interface ListAction {

    /**
     * A stable, unique identifier used by scripts and the command line, e.g. {@code webshop.product-sync}.
     *
     * @return the identifier, lower case, dot-separated by plugin
     */
    String id();

    /**
     * The button's caption in the given language.
     *
     * @param locale the user's language; Hungarian ({@code hu}) is the ERP's default
     * @return the caption, e.g. "Termék szinkron"
     */
    String label(Locale locale);

    /**
     * The on/off options the action takes, for a host to offer beside its button. A run without a
     * ticked flag (a button press as is, a scheduled run) must be the safe one: a flag asks for more,
     * such as writing what a check found.
     *
     * @param locale the user's language, for the captions
     * @return the flags in display order; none by default
     */
    default List<ActionFlag> flags(Locale locale) {
        return List.of();
    }

    /**
     * Runs the action to completion, cancellation or failure.
     *
     * <p>Expected problems (a bad item, an unreachable shop) are reported in the result, not thrown.
     * An exception escaping this method is shown by the host as an error with its message.
     *
     * @param context the host services, the selection, the user's options and the progress channel
     * @return what happened, for the confirmation message and the sync history
     */
    ActionResult run(ActionContext context);

    /**
     * Puts a text this action left in its result ({@link ItemLine#texts()}) into words in the given
     * language; the host calls it to show a past run to a reader of another language. Must not throw.
     *
     * @param text   a text this action made
     * @param locale the reader's language
     * @return the words, or empty when this action does not know the text (the host then shows the
     *         words stored with the run)
     */
    default Optional<String> text(LocalizedText text, Locale locale) {
        return Optional.empty();
    }
}
