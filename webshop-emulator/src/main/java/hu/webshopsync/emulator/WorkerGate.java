package hu.webshopsync.emulator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.function.Supplier;

/**
 * PHP's workers as a gate: at most {@code workers} requests inside, the rest wait in arrival order,
 * and a request that finds {@code queue} others already waiting is turned away. The figures are read
 * from the current model at every decision, so a model changed at run time applies at once.
 */
final class WorkerGate {

    private final ArrayDeque<Object> waiting = new ArrayDeque<>();
    private final Supplier<ServerModel> model;
    private final Clock clock;
    private int busy;

    WorkerGate(Supplier<ServerModel> model, Clock clock) {
        this.model = model;
        this.clock = clock;
    }

    /**
     * Waits for a worker.
     *
     * @return when the request got its worker (read under the gate's lock, so whoever sees the request
     *         busy knows when its service began), or {@code null} at once when the queue is full
     * @throws InterruptedException when the emulator stops meanwhile; the place in the queue is given up
     */
    synchronized Instant enter() throws InterruptedException {
        if (waiting.isEmpty() && busy < model.get().workers()) {
            busy++;
            return clock.instant();
        }
        if (waiting.size() >= model.get().queue()) {
            return null;
        }
        Object ticket = new Object();
        waiting.addLast(ticket);
        try {
            while (waiting.peekFirst() != ticket || busy >= model.get().workers()) {
                wait();
            }
        } catch (InterruptedException e) {
            waiting.remove(ticket);
            notifyAll();
            throw e;
        }
        waiting.removeFirst();
        busy++;
        notifyAll();
        return clock.instant();
    }

    synchronized void leave() {
        busy--;
        notifyAll();
    }

    /** Lets waiting requests look again at the model's figures. */
    synchronized void changed() {
        notifyAll();
    }

    synchronized int busy() {
        return busy;
    }

    synchronized int waiting() {
        return waiting.size();
    }
}
