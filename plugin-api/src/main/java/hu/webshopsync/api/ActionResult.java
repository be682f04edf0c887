package hu.webshopsync.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of one run of a {@link ListAction}: the confirmation message the host shows, counts by
 * status, and item lines for what deserves a word (what was created, changed or taken off sale,
 * failures, skips, reviews).
 *
 * @param outcome how the run ended
 * @param message the confirmation in the user's language, one or more lines, ready to show
 * @param counts  number of items by status, in display order
 * @param items   item lines; an action may leave out lines for items that simply went well
 * @param messageTexts the message's lines as texts (one per line, in order), so the host can show a
 *                     stored run in its reader's language through {@link ListAction#text}; empty when
 *                     the action keeps no texts, and then {@code message} is shown as it was made
 * @param failure why a failed run failed, so a schedule knows whether to back off or stop (see
 *                {@link ScheduledAction}); {@link FailureKind#NONE} exactly when the outcome is not
 *                {@link Outcome#FAILED}
 */
public record ActionResult(Outcome outcome, String message, Map<ItemStatus, Integer> counts, List<ItemLine> items,
                           List<LocalizedText> messageTexts, FailureKind failure) {

    /**
     * Validates and copies, keeping the order of the counts.
     */
    public ActionResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(failure, "failure");
        if ((outcome == Outcome.FAILED) == (failure == FailureKind.NONE)) {
            throw new IllegalArgumentException("a " + outcome + " run cannot have the failure " + failure);
        }
        counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        items = List.copyOf(items);
        messageTexts = List.copyOf(messageTexts);
    }

    /**
     * A result whose failure, when it failed, is {@link FailureKind#TRANSIENT}.
     *
     * @param outcome      how the run ended
     * @param message      the confirmation in the user's language
     * @param counts       number of items by status word, in display order
     * @param items        item lines
     * @param messageTexts the message's lines as texts
     */
    public ActionResult(Outcome outcome, String message, Map<ItemStatus, Integer> counts, List<ItemLine> items,
                        List<LocalizedText> messageTexts) {
        this(outcome, message, counts, items, messageTexts,
                outcome == Outcome.FAILED ? FailureKind.TRANSIENT : FailureKind.NONE);
    }

    /**
     * A result whose message is kept only in the language it was made in.
     *
     * @param outcome how the run ended
     * @param message the confirmation in the user's language
     * @param counts  number of items by status, in display order
     * @param items   item lines
     */
    public ActionResult(Outcome outcome, String message, Map<ItemStatus, Integer> counts, List<ItemLine> items) {
        this(outcome, message, counts, items, List.of());
    }

    /**
     * A run that could not start or had to stop, with its reason.
     *
     * @param message the reason, in the user's language
     * @return the result
     */
    public static ActionResult failed(String message) {
        return new ActionResult(Outcome.FAILED, message, Map.of(), List.of());
    }

    /**
     * A run that could not start or had to stop, with its reason and why.
     *
     * @param message the reason, in the user's language
     * @param failure why, for a schedule; not {@link FailureKind#NONE}
     * @return the result
     */
    public static ActionResult failed(String message, FailureKind failure) {
        return new ActionResult(Outcome.FAILED, message, Map.of(), List.of(), List.of(), failure);
    }

    /**
     * The same failed result with another reason why it failed.
     *
     * @param kind why, for a schedule; not {@link FailureKind#NONE}
     * @return the result
     * @throws IllegalArgumentException when this result did not fail
     */
    public ActionResult withFailure(FailureKind kind) {
        return new ActionResult(outcome, message, counts, items, messageTexts, kind);
    }
}
