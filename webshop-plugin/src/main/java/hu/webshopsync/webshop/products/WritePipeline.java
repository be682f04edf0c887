package hu.webshopsync.webshop.products;

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
 * The writes waiting for the shop and the batches on their way: batches of at most
 * {@code maxBatchItems} writes (fewer for large bodies), up to twice {@code parallelRequests}
 * handed to the pool, which sends {@code parallelRequests} at a time, so the shop is kept busy
 * while the run's thread reads and plans the next page. A SKU is in one batch at a time. Answers
 * come back to the caller, which alone touches the host's services; nothing here handles them.
 */
final class WritePipeline {

    private record InFlight(List<PendingWrite> batch, Future<BatchAnswer> answer) {
    }

    private final ProductShop shop;
    private final ExecutorService pool;
    private final SyncOptions options;
    private final RunStop stop;
    private final Deque<PendingWrite> queue = new ArrayDeque<>();
    private final Deque<InFlight> inFlight = new ArrayDeque<>();
    private long queuedBytes;

    /**
     * @param pool sends the batches; {@code null}: each batch is sent on the caller's thread
     */
    WritePipeline(ProductShop shop, ExecutorService pool, SyncOptions options, RunStop stop) {
        this.shop = shop;
        this.pool = pool;
        this.options = options;
        this.stop = stop;
    }

    /**
     * The run's pool: its threads send batches (and upload images, and ask the first questions).
     *
     * @param parallelRequests requests in flight at once
     * @return the pool, or {@code null} for one request at a time, sent on the run's thread
     */
    static ExecutorService pool(int parallelRequests) {
        return parallelRequests < 2 ? null : Executors.newFixedThreadPool(parallelRequests, r -> {
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

    boolean hasQueued() {
        return !queue.isEmpty();
    }

    /** @return whether a full batch waits; with {@code force}, whether any write waits */
    boolean batchReady(boolean force) {
        return !queue.isEmpty()
                && (force || queue.size() >= options.maxBatchItems() || queuedBytes >= options.maxBatchBytes());
    }

    /** @return the next batch from the queue's head, by item count and body size */
    List<PendingWrite> nextBatch() {
        List<PendingWrite> batch = new ArrayList<>();
        int bytes = 0;
        while (!queue.isEmpty() && batch.size() < options.maxBatchItems()) {
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
            return List.of(sendNow(batch));
        }
        List<BatchAnswer> done = new ArrayList<>();
        while (!inFlight.isEmpty() && inFlight.peek().answer().isDone()) {
            done.add(awaitOldest().orElseThrow());
        }
        while (inFlight.size() >= 2 * options.parallelRequests()) {
            done.add(awaitOldest().orElseThrow());
        }
        inFlight.add(new InFlight(batch, pool.submit(() -> sendNow(batch))));
        return done;
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
            return Optional.of(oldest.answer().get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop.cancel();
            return Optional.of(new BatchAnswer(oldest.batch(), null, new IllegalStateException("interrupted")));
        } catch (ExecutionException e) {
            return Optional.of(new BatchAnswer(oldest.batch(), null, e.getCause() instanceof RuntimeException r ? r
                    : new IllegalStateException(e.getCause())));
        }
    }

    private BatchAnswer sendNow(List<PendingWrite> batch) {
        try {
            return new BatchAnswer(batch, shop.write(batch.stream().map(PendingWrite::toWrite).toList()), null);
        } catch (RuntimeException e) {
            return new BatchAnswer(batch, null, e);
        }
    }
}
