package hu.webshopsync.webshop.products;

import hu.webshopsync.webshop.shop.ShopException;
import hu.webshopsync.webshop.shop.ShopUnreachableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The writes waiting for the shop and the batches on their way: batches of as many writes as the
 * {@link BatchSizer} allows (at most {@code maxBatchItems}, fewer for large bodies), up to twice
 * the {@link ConcurrencyLimiter}'s limit handed to the pool, whose threads send as many at a time
 * as the limiter allows, so the shop is kept busy while the run's thread reads and plans the next
 * page. Each request's time and outcome teach both. A SKU is in one batch at a time. Answers come
 * back to the caller, which alone touches the host's services; nothing here handles them.
 *
 * <p>The shop's time limit per request is asked once, and only of a shop that showed itself slow
 * (a full batch takes more than a second, or one timed out): a fast shop is never near it, and
 * its run costs no request more.
 */
final class WritePipeline {

    private record InFlight(List<PendingWrite> batch, Future<Timed> answer) {
    }

    private record Timed(BatchAnswer answer, Duration took) {
    }

    private final ProductShop shop;
    private final ExecutorService pool;
    private final SyncOptions options;
    private final RunStop stop;
    private final ConcurrencyLimiter limiter;
    private final BatchSizer sizer;
    private final Clock clock;
    private final Deque<PendingWrite> queue = new ArrayDeque<>();
    private final Deque<InFlight> inFlight = new ArrayDeque<>();
    private long queuedBytes;
    // writes the caller will still queue: the catalog not read yet
    private long ahead;
    private boolean timeLimitAsked;
    private final Object answerSignal = new Object();
    // batches handed to the pool whose request has not ended; guarded by answerSignal
    private int unanswered;

    /**
     * @param pool sends the batches; {@code null}: each batch is sent on the caller's thread
     */
    WritePipeline(ProductShop shop, ExecutorService pool, SyncOptions options, RunStop stop,
                  ConcurrencyLimiter limiter, Clock clock) {
        this.shop = shop;
        this.pool = pool;
        this.options = options;
        this.stop = stop;
        this.limiter = limiter;
        this.sizer = new BatchSizer(options.maxBatchItems(), options.batchBudget());
        this.clock = clock;
        if (limiter.searching()) {
            sizer.probe();
        }
    }

    /**
     * The run's pool: its threads send batches (and upload images, and ask the first questions).
     *
     * @param options the run's options: the most requests in flight at once
     * @return the pool, or {@code null} for one request at a time, sent on the run's thread
     */
    static ExecutorService pool(SyncOptions options) {
        int threads = options.mostParallelRequests();
        return threads < 2 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "webshop-product-sync");
            t.setDaemon(true);
            return t;
        });
    }

    void enqueue(PendingWrite write) {
        queue.add(write);
        queuedBytes += write.payload().estimatedBytes();
    }

    void enqueueAll(List<PendingWrite> writes) {
        writes.forEach(this::enqueue);
    }

    /** @param writes how many writes the caller will still queue, as far as it knows */
    void ahead(long writes) {
        ahead = Math.max(0, writes);
    }

    /**
     * Another write of the run showed the shop's pace before the batches could.
     *
     * @param items what it wrote
     * @param took  how long it took
     */
    void paced(int items, Duration took) {
        sizer.paced(items, took);
        askTimeLimitOfASlowShop(false);
    }

    boolean hasQueued() {
        return !queue.isEmpty();
    }

    /** @return whether a full batch waits; with {@code force}, whether any write waits */
    boolean batchReady(boolean force) {
        return !queue.isEmpty()
                && (force || queue.size() >= batchSize() || queuedBytes >= options.maxBatchBytes());
    }

    /** @return the next batch from the queue's head, by item count and body size */
    List<PendingWrite> nextBatch() {
        List<PendingWrite> batch = new ArrayList<>();
        int bytes = 0;
        int size = batchSize();
        while (!queue.isEmpty() && batch.size() < size) {
            int next = queue.peek().payload().estimatedBytes();
            if (!batch.isEmpty() && bytes + next > options.maxBatchBytes()) {
                break;
            }
            batch.add(queue.poll());
            queuedBytes -= next;
            bytes += next;
        }
        return batch;
    }

    /** @return every queued write, the queue left empty */
    List<PendingWrite> takeQueued() {
        List<PendingWrite> rest = new ArrayList<>(queue);
        queue.clear();
        queuedBytes = 0;
        return rest;
    }

    /**
     * Sends a batch.
     *
     * @param batch the writes
     * @return the answers complete by now, oldest first: this batch's when sent on the caller's
     *         thread, else those already in, and the oldest ones waited for while the pool is full
     */
    List<BatchAnswer> send(List<PendingWrite> batch) {
        if (pool == null) {
            Instant start = clock.instant();
            BatchAnswer answer = sendNow(batch);
            return List.of(learn(new Timed(answer, Duration.between(start, clock.instant()))));
        }
        List<BatchAnswer> done = new ArrayList<>();
        takeAnswered(done);
        // Room is made by any answer, not only the oldest: a long batch sent early must not keep the
        // pool waiting while the run's thread waits for it. Answers are still handled oldest first.
        while (awaitAnyAnswer()) {
            takeAnswered(done);
        }
        inFlight.add(new InFlight(batch, pool.submit(() -> {
            try {
                return sendLimited(batch);
            } finally {
                answered();
            }
        })));
        return done;
    }

    private void takeAnswered(List<BatchAnswer> done) {
        while (!inFlight.isEmpty() && inFlight.peek().answer().isDone()) {
            done.add(awaitOldest().orElseThrow());
        }
    }

    /**
     * Counts one more batch handed to the pool once there is room for it.
     *
     * @return true when it waited for an answer and is to be asked again; false when the batch may go
     */
    private boolean awaitAnyAnswer() {
        synchronized (answerSignal) {
            if (unanswered < 2 * limiter.limit()) {
                unanswered++;
                return false;
            }
            try {
                answerSignal.wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop.cancel();
                unanswered++;
                return false;
            }
            return true;
        }
    }

    private void answered() {
        synchronized (answerSignal) {
            unanswered--;
            answerSignal.notifyAll();
        }
    }

    boolean idle() {
        return inFlight.isEmpty();
    }

    /** @return the answer of the oldest batch on its way, waited for; empty when none is */
    Optional<BatchAnswer> awaitOldest() {
        InFlight oldest = inFlight.poll();
        if (oldest == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(learn(oldest.answer().get()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop.cancel();
            return Optional.of(new BatchAnswer(oldest.batch(), null, new IllegalStateException("interrupted")));
        } catch (ExecutionException e) {
            return Optional.of(new BatchAnswer(oldest.batch(), null, e.getCause() instanceof RuntimeException r ? r
                    : new IllegalStateException(e.getCause())));
        }
    }

    /** Waits for the limiter's leave, sends, and tells the limiter how it went; on a pool thread. */
    private Timed sendLimited(List<PendingWrite> batch) throws InterruptedException {
        ConcurrencyLimiter.Permit permit = limiter.acquire();
        Instant start = clock.instant();
        BatchAnswer answer = sendNow(batch);
        Duration took = Duration.between(start, clock.instant());
        limiter.release(permit, batch.size(), took, outcome(answer.error()));
        return new Timed(answer, took);
    }

    /** The batch sizer learns on the run's thread, in the order the batches were sent. */
    private BatchAnswer learn(Timed timed) {
        int items = timed.answer().batch().size();
        ConcurrencyLimiter.Outcome outcome = outcome(timed.answer().error());
        if (outcome == ConcurrencyLimiter.Outcome.ANSWERED) {
            sizer.answered(items, timed.took());
        } else if (outcome == ConcurrencyLimiter.Outcome.TIMED_OUT) {
            sizer.timedOut(items, timed.took());
        }
        if (!limiter.searching()) {
            sizer.concurrencyFound();
        }
        askTimeLimitOfASlowShop(outcome == ConcurrencyLimiter.Outcome.TIMED_OUT);
        return timed.answer();
    }

    private int batchSize() {
        return sizer.size(queue.size() + ahead, limiter.limit());
    }

    private void askTimeLimitOfASlowShop(boolean timedOut) {
        if (!timeLimitAsked && (timedOut || sizer.slowShop())) {
            timeLimitAsked = true;
            shop.timeLimit().ifPresent(sizer::shopLimit);
        }
    }

    /** What a failed request says about the shop's load, in neutral terms. */
    static ConcurrencyLimiter.Outcome outcome(RuntimeException error) {
        if (error == null) {
            return ConcurrencyLimiter.Outcome.ANSWERED;
        }
        if (error instanceof ShopUnreachableException unreachable) {
            return unreachable.reason() == ShopUnreachableException.Reason.READ_TIMEOUT
                    ? ConcurrencyLimiter.Outcome.TIMED_OUT : ConcurrencyLimiter.Outcome.FAILED;
        }
        if (error instanceof ShopException shopError && shopError.partlyDone()) {
            return ConcurrencyLimiter.Outcome.TIMED_OUT;
        }
        return error instanceof ShopException shopError && shopError.retryable()
                ? ConcurrencyLimiter.Outcome.REFUSED : ConcurrencyLimiter.Outcome.FAILED;
    }

    private BatchAnswer sendNow(List<PendingWrite> batch) {
        try {
            return new BatchAnswer(batch, shop.write(batch.stream().map(PendingWrite::toWrite).toList()), null);
        } catch (RuntimeException e) {
            return new BatchAnswer(batch, null, e);
        }
    }
}
