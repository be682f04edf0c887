package hu.webshopsync.api;

import java.util.List;
import java.util.Objects;

/**
 * What happened to one item in a run: a product, an order.
 *
 * <p>The reason comes twice: as words in the language of the run ({@code reason}), and, when the
 * plugin gives them, as {@link LocalizedText}s ({@code texts}) the host can show in another reader's
 * language later, one line each (a failure reason; or each field an update changed, such as a price
 * from 3 500 to 4 445 Ft). A host that cannot have them put into words shows {@code reason}.
 *
 * @param item   the item's key as the user knows it: a SKU, a shop order number
 * @param status what happened to it
 * @param reason why, in the language of the run; empty when there is nothing to say
 * @param texts  the same reason as texts for any language, one per line; empty when the plugin gives none
 */
public record ItemLine(String item, ItemStatus status, String reason, List<LocalizedText> texts) {

    /**
     * Validates the line; a missing reason becomes empty, missing texts none.
     */
    public ItemLine {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(status, "status");
        reason = reason == null ? "" : reason;
        texts = texts == null ? List.of() : List.copyOf(texts);
    }

    /**
     * A line whose reason is words only, in the language of the run.
     *
     * @param item   the item's key
     * @param status what happened to it
     * @param reason why, in the language of the run
     */
    public ItemLine(String item, ItemStatus status, String reason) {
        this(item, status, reason, List.of());
    }
}
