package hu.webshopsync.emulator;

/**
 * What the shop's {@link ServerModel} is doing now, and what it refused since start.
 *
 * @param busy     requests being served
 * @param waiting  requests waiting for a worker
 * @param refused  requests answered 503 because the queue was full
 * @param timedOut requests stopped by the time limit
 */
public record ServerLoad(int busy, int waiting, long refused, long timedOut) {
}
