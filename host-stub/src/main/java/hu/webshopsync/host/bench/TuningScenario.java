package hu.webshopsync.host.bench;

import hu.webshopsync.api.ItemStatus;
import hu.webshopsync.api.Outcome;
import hu.webshopsync.emulator.ServerModel;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code tuning} scenario: the first sync of the catalog into a fresh shop with one server model,
 * once with the plugin's own setting ("adaptive") and once for each fixed {@code parallelRequests},
 * to show how far the plugin's choice is from the best fixed one for that shop.
 */
final class TuningScenario {

    /** The fixed settings tried, besides the plugin's own. */
    static final List<Integer> FIXED = List.of(1, 2, 4, 8, 16);

    private final BenchSession session;
    private final PrintWriter log;

    TuningScenario(BenchSession session, PrintWriter log) {
        this.session = session;
        this.log = log;
    }

    /**
     * One run for the plugin's own setting and one per fixed setting; a run that did not sync every
     * product cleanly is logged and is never the best.
     *
     * @param model    the shop's server model
     * @param products products in the catalog, all of which a clean run creates
     * @return the figures
     */
    TuningLine run(ServerModel model, int products) {
        Double adaptive = wall(model, null, products);
        List<TuningLine.Fixed> fixed = new ArrayList<>();
        for (int parallel : FIXED) {
            Double wall = wall(model, parallel, products);
            if (wall != null) {
                fixed.add(new TuningLine.Fixed(parallel, wall));
            }
        }
        return new TuningLine(model, adaptive, fixed);
    }

    private Double wall(ServerModel model, Integer parallel, int products) {
        String name = parallel == null ? "default" : Integer.toString(parallel);
        BenchSession.FreshSync run = session.syncIntoFreshShop(model, parallel);
        if (run == null) {
            return null;
        }
        long created = run.result().counts().getOrDefault(ItemStatus.CREATED, 0);
        boolean clean = run.result().outcome() == Outcome.SUCCESS && created == products
                && run.productsInShop() == products;
        log.printf(Locale.ROOT, "# tuning: workers=%d parallelRequests=%s wall %.3f s, outcome=%s, created=%d,"
                        + " products in shop=%d, requests=%d, refused with 503=%d, stopped at the time limit=%d%s%n",
                model.workers(), name, run.wallSeconds(), run.result().outcome(), created, run.productsInShop(),
                run.tally().requests(), run.load().refused(), run.load().timedOut(),
                clean ? "" : " NOT CLEAN: " + session.redact(run.result().message()).replace('\n', ' '));
        return clean ? run.wallSeconds() : null;
    }
}
