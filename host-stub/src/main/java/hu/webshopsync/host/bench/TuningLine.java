package hu.webshopsync.host.bench;

import hu.webshopsync.emulator.ServerModel;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code tuning} scenario's result for one server model, printed as one line.
 *
 * @param model    the shop's server model
 * @param adaptive wall time with the plugin's own setting, or {@code null} when that run was not clean
 * @param fixed    wall time per fixed {@code parallelRequests} whose run was clean
 */
record TuningLine(ServerModel model, Double adaptive, List<Fixed> fixed) {

    /** One fixed setting's wall time. */
    record Fixed(int parallel, double wallSeconds) {
    }

    TuningLine {
        fixed = List.copyOf(fixed);
    }

    Optional<Fixed> best() {
        return fixed.stream().min(Comparator.comparingDouble(Fixed::wallSeconds));
    }

    /**
     * {@code scenario=tuning workers=W item_ms=C adaptive_wall_s=… best_fixed_wall_s=… best_fixed_parallel=…
     * ratio_adaptive_to_best=…}; {@code -} where a run was not clean.
     */
    String format() {
        Optional<Fixed> best = best();
        return "scenario=tuning workers=" + model.workers()
                + " item_ms=" + model.itemMs()
                + " adaptive_wall_s=" + seconds(adaptive)
                + " best_fixed_wall_s=" + seconds(best.map(Fixed::wallSeconds).orElse(null))
                + " best_fixed_parallel=" + best.map(b -> Integer.toString(b.parallel())).orElse("-")
                + " ratio_adaptive_to_best=" + (adaptive == null || best.isEmpty() ? "-"
                : String.format(Locale.ROOT, "%.2f", adaptive / best.get().wallSeconds()));
    }

    private static String seconds(Double s) {
        return s == null ? "-" : String.format(Locale.ROOT, "%.3f", s);
    }
}
