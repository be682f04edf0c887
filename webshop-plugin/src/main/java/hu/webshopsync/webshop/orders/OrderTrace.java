package hu.webshopsync.webshop.orders;

import hu.webshopsync.api.LocalizedText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the sync last saw of an imported shop order: its stage, its lines (what × how many), its total
 * and what was refunded. The next run compares the order with it, so that an edit, a refund or a
 * cancellation is acted on once, and a run that sees nothing new reports nothing new.
 *
 * @param stage    where the order was in the shop's life
 * @param total    its total, two decimals
 * @param refunded how much was refunded, two decimals
 * @param lines    its product lines as {@code SKU × quantity}, in order
 */
record OrderTrace(ShopOrder.Stage stage, BigDecimal total, BigDecimal refunded, List<String> lines) {

    /**
     * Validates and copies.
     */
    OrderTrace {
        Objects.requireNonNull(stage, "stage");
        total = total.setScale(2, RoundingMode.HALF_UP);
        refunded = refunded.setScale(2, RoundingMode.HALF_UP);
        lines = List.copyOf(lines);
    }

    static OrderTrace of(ShopOrder order) {
        List<String> lines = order.lines().stream()
                .map(l -> (l.sku().isBlank() ? l.name().strip() : l.sku()) + " × "
                        + l.quantity().stripTrailingZeros().toPlainString())
                .toList();
        return new OrderTrace(order.stage(), order.total(), order.refunded(), lines);
    }

    /** @return the trace as one text for the plugin state; {@link #parse} reads it back */
    String text() {
        List<String> out = new ArrayList<>();
        out.add(stage.name());
        out.add(total.toPlainString());
        out.add(refunded.toPlainString());
        out.addAll(lines);
        return String.join("\n", out);
    }

    /**
     * @param text what {@link #text()} wrote
     * @return the trace, or empty when the text is not one (written by another version)
     */
    static Optional<OrderTrace> parse(String text) {
        String[] parts = text == null ? new String[0] : text.split("\n", -1);
        if (parts.length < 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new OrderTrace(ShopOrder.Stage.valueOf(parts[0]), new BigDecimal(parts[1]),
                    new BigDecimal(parts[2]), List.of(parts).subList(3, parts.length)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * What changed in the order's lines or total since this trace, in the user's words.
     *
     * @param now the order as it is now
     * @return the change ("old → new" of the lines and of the total), or empty when neither changed
     */
    Optional<LocalizedText> edits(OrderTrace now) {
        boolean linesChanged = !lines.equals(now.lines);
        boolean totalChanged = total.compareTo(now.total) != 0;
        if (!linesChanged && !totalChanged) {
            return Optional.empty();
        }
        List<LocalizedText> parts = new ArrayList<>(2);
        if (linesChanged) {
            parts.add(LocalizedText.of("lifecycle.linesChanged", String.join(", ", lines),
                    String.join(", ", now.lines)));
        }
        if (totalChanged) {
            parts.add(LocalizedText.of("lifecycle.totalChanged", total.toPlainString(), now.total.toPlainString()));
        }
        return parts.stream().reduce((a, b) -> LocalizedText.of("text.semicolonPair", a, b));
    }
}
