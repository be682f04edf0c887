package hu.webshopsync.webshop.orders;

import hu.webshopsync.api.Cancellation;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends marks to the shop {@link OrderSource#MAX_MARKS} at a time, one request after another, and says
 * what became of each. Stops at a cancellation or a shop that cannot be reached or refuses the keys:
 * the marks not sent then wait for the next run.
 */
final class MarkSender {

    private static final Logger LOG = LoggerFactory.getLogger(MarkSender.class);

    private MarkSender() {
    }

    /**
     * What became of one mark.
     *
     * @param mark    the mark
     * @param answer  the shop's answer, or {@code null} when there is none
     * @param failure why the request of its batch failed as a whole (the outcome is then unknown), or
     *                {@code null}; both {@code null}: the mark was not sent
     */
    record Outcome(OrderSource.OrderMark mark, OrderSource.StatusAnswer answer, OrderSourceException failure) {

        boolean is(OrderSource.StatusAnswer.Result result) {
            return answer != null && answer.result() == result;
        }

        /** The shop has the mark, or can never take it: nothing is left to send. */
        boolean done() {
            return is(OrderSource.StatusAnswer.Result.SET) || is(OrderSource.StatusAnswer.Result.GONE);
        }
    }

    /**
     * @param source       the shop
     * @param marks        the marks, each order once
     * @param cancellation asked before each request
     * @return one outcome per mark, in the same order
     */
    static List<Outcome> send(OrderSource source, List<OrderSource.OrderMark> marks, Cancellation cancellation) {
        List<Outcome> out = new ArrayList<>(marks.size());
        boolean stopped = false;
        for (int from = 0; from < marks.size(); from += OrderSource.MAX_MARKS) {
            List<OrderSource.OrderMark> batch = marks.subList(from, Math.min(marks.size(), from + OrderSource.MAX_MARKS));
            if (stopped || cancellation.isCancelled()) {
                batch.forEach(m -> out.add(new Outcome(m, null, null)));
                continue;
            }
            try {
                List<OrderSource.StatusAnswer> answers = source.mark(batch);
                for (int i = 0; i < batch.size(); i++) {
                    out.add(new Outcome(batch.get(i), i < answers.size() ? answers.get(i) : null, null));
                }
            } catch (OrderSourceException e) {
                LOG.warn("Order sync: {} shop order marks not confirmed: {}", batch.size(), e.getMessage());
                batch.forEach(m -> out.add(new Outcome(m, null, e)));
                stopped = e.kind() == OrderSourceException.Kind.UNREACHABLE
                        || e.kind() == OrderSourceException.Kind.AUTHENTICATION;
            }
        }
        return out;
    }
}
