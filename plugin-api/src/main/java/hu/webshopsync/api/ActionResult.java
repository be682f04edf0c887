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
 */
public record ActionResult(Outcome outcome, String message, Map<ItemStatus, Integer> counts, List<ItemLine> items,
                           List<LocalizedText> messageTexts) {

    /**
     * Validates and copies, keeping the order of the counts.
     */
    public ActionResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
        counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        items = List.copyOf(items);
        messageTexts = List.copyOf(messageTexts);
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
}
