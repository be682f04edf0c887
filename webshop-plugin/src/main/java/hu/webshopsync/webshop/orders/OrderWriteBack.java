package hu.webshopsync.webshop.orders;

import hu.webshopsync.api.Cancellation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * ERP → shop in batches: each imported order gets its ERP number ({@link PendingMarks}), each order
 * fulfilled or cancelled in the ERP its status ({@link StatusWriteBack}), one batch item per order
 * carrying both when both are due, {@link OrderSource#maxMarks()} items a request, a few requests at
 * once. Statuses go in the first batches, being few and the ones a buyer waits for.
 */
final class OrderWriteBack {

    private final StatusWriteBack statuses;
    private final PendingMarks numbers;
    private final int parallelism;

    /**
     * @param statuses    the statuses' part
     * @param numbers     the ERP numbers waiting
     * @param parallelism how many batches may be on their way at once
     */
    OrderWriteBack(StatusWriteBack statuses, PendingMarks numbers, int parallelism) {
        this.statuses = Objects.requireNonNull(statuses, "statuses");
        this.numbers = Objects.requireNonNull(numbers, "numbers");
        this.parallelism = parallelism;
    }

    /**
     * What a run wrote back.
     *
     * @param statuses       the statuses sent and failed
     * @param numbersWritten how many orders got their ERP number
     * @param numbersPending how many still wait for it (the next run writes them); an order gone from
     *                       the shop waits no more
     */
    record Result(StatusWriteBack.Result statuses, int numbersWritten, int numbersPending) {
    }

    /**
     * @param source       the shop
     * @param cancellation asked before each request
     * @return what was written
     */
    Result run(OrderSource source, Cancellation cancellation) {
        StatusWriteBack.Plan plan = statuses.plan(source);
        List<OrderSource.OrderMark> marks = new ArrayList<>(plan.marks());
        Set<Long> withStatus = new HashSet<>();
        marks.forEach(m -> withStatus.add(m.orderId()));
        List<OrderSource.OrderMark> pending = numbers.pending();
        // a status mark carries the number too
        pending.stream().filter(m -> !withStatus.contains(m.orderId())).forEach(marks::add);
        Map<Long, MarkSender.Outcome> outcomes = new HashMap<>();
        MarkSender.send(source, marks, cancellation, parallelism).forEach(o -> outcomes.put(o.mark().orderId(), o));
        StatusWriteBack.Result sent = statuses.settle(plan, outcomes, source.takesNotes());
        List<Long> done = new ArrayList<>();
        int written = 0;
        for (OrderSource.OrderMark mark : pending) {
            MarkSender.Outcome outcome = outcomes.get(mark.orderId());
            if (outcome != null && outcome.done()) {
                done.add(mark.orderId());
                written += outcome.is(OrderSource.StatusAnswer.Result.SET) ? 1 : 0;
            }
        }
        numbers.forget(done);
        return new Result(sent, written, pending.size() - done.size());
    }
}
