package hu.webshopsync.webshop.orders;

import hu.webshopsync.api.Cancellation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends marks to the shop {@link OrderSource#maxMarks()} a request, a few requests at once, and says
 * what became of each. Starts no further request after a cancellation or once the shop cannot be
 * reached or refuses the keys: the marks not sent then wait for the next run. The caller's state is
 * not touched here, so only the caller's thread writes it.
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
     * @param parallelism  how many batches may be on their way at once (the marks of different orders
     *                     do not depend on each other)
     * @return one outcome per mark, in the same order
     */
    static List<Outcome> send(OrderSource source, List<OrderSource.OrderMark> marks, Cancellation cancellation,
                              int parallelism) {
        List<List<OrderSource.OrderMark>> batches = new ArrayList<>();
        int size = source.maxMarks();
        for (int from = 0; from < marks.size(); from += size) {
            batches.add(marks.subList(from, Math.min(marks.size(), from + size)));
        }
        List<List<Outcome>> answered = new ArrayList<>(Collections.nCopies(batches.size(), null));
        AtomicBoolean stopped = new AtomicBoolean();
        int threads = Math.min(Math.max(1, parallelism), batches.size());
        if (threads <= 1) {
            for (int i = 0; i < batches.size(); i++) {
                answered.set(i, batch(source, batches.get(i), cancellation, stopped));
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "webshop-order-marks");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<List<Outcome>>> futures = new ArrayList<>();
                batches.forEach(b -> futures.add(pool.submit(() -> batch(source, b, cancellation, stopped))));
                for (int i = 0; i < futures.size(); i++) {
                    answered.set(i, answer(futures.get(i), batches.get(i)));
                }
            } finally {
                pool.shutdownNow();
            }
        }
        List<Outcome> out = new ArrayList<>(marks.size());
        answered.forEach(out::addAll);
        return out;
    }

    private static List<Outcome> batch(OrderSource source, List<OrderSource.OrderMark> batch,
                                       Cancellation cancellation, AtomicBoolean stopped) {
        if (stopped.get() || cancellation.isCancelled()) {
            return notSent(batch);
        }
        try {
            List<OrderSource.StatusAnswer> answers = source.mark(batch);
            List<Outcome> out = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                out.add(new Outcome(batch.get(i), i < answers.size() ? answers.get(i) : null, null));
            }
            return out;
        } catch (OrderSourceException e) {
            LOG.warn("Order sync: {} shop order marks not confirmed: {}", batch.size(), e.getMessage());
            if (e.kind() == OrderSourceException.Kind.UNREACHABLE
                    || e.kind() == OrderSourceException.Kind.AUTHENTICATION) {
                // the batches already on their way end as they end; no further one starts
                stopped.set(true);
            }
            return batch.stream().map(m -> new Outcome(m, null, e)).toList();
        }
    }

    private static List<Outcome> answer(Future<List<Outcome>> future, List<OrderSource.OrderMark> batch) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return notSent(batch);
        } catch (ExecutionException e) {
            // an unexpected failure of one batch: its outcome is unknown, like a request that failed whole
            LOG.warn("Order sync: {} shop order marks not confirmed ({})", batch.size(),
                    e.getCause().getClass().getSimpleName());
            return batch.stream().map(m -> new Outcome(m, null, new OrderSourceException(
                    OrderSourceException.Kind.REJECTED, e.getCause().getClass().getSimpleName(), null))).toList();
        }
    }

    private static List<Outcome> notSent(List<OrderSource.OrderMark> batch) {
        return batch.stream().map(m -> new Outcome(m, null, null)).toList();
    }
}
