package hu.webshopsync.webshop.products;

import hu.webshopsync.api.ActionContext;
import hu.webshopsync.api.LocalizedText;
import hu.webshopsync.api.Product;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SKUs the user selected for the run, and which of them the run met: a selected SKU that is
 * neither marked nor bound gets a line saying why nothing happened to it.
 */
final class Selection {

    private final Set<String> selected;
    private final Set<String> handled = new HashSet<>();

    Selection(Set<String> selected) {
        this.selected = selected;
    }

    void handled(String sku) {
        handled.add(sku);
    }

    /** Says why the selected SKUs the run did not meet were left alone. */
    void reportUnhandled(ActionContext ctx, RunReport report) {
        if (selected.isEmpty()) {
            return;
        }
        List<String> rest = selected.stream().filter(s -> !handled.contains(s)).sorted().toList();
        if (rest.isEmpty()) {
            return;
        }
        Map<String, Product> existing = ctx.host().products().bySkus(rest);
        for (String sku : rest) {
            report.skipped(sku, LocalizedText.of(existing.containsKey(sku) ? "skip.notMarked" : "skip.noSuchProduct"));
        }
    }
}
