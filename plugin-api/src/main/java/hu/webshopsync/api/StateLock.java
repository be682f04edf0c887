package hu.webshopsync.api;

/**
 * A named lock held through the {@link PluginStateStore}, across processes that share the ERP
 * database. It lapses by itself when its lease runs out or its holder's process is gone, so a
 * killed process never blocks the next run for long.
 */
public interface StateLock extends AutoCloseable {

    /**
     * Extends the lease by its original length; long runs call it between batches.
     *
     * @throws IllegalStateException when the lock was lost meanwhile (lapsed and taken by another holder)
     */
    void renew();

    /**
     * Releases the lock; does nothing when it was released already.
     */
    @Override
    void close();
}
