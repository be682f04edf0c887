package hu.webshopsync.api;

/**
 * Receives progress from a running action; the host draws it (a progress bar, a web page).
 * Calls must return quickly and may come from several threads at once (an action that sends
 * requests in parallel reports each wait for the shop from the thread that waits), so an
 * implementation must be thread-safe. Messages must not contain secrets.
 */
public interface ProgressListener {

    /** A listener that ignores everything, for callers that show no progress. */
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void progress(long done, long total) {
        }

        @Override
        public void status(String message) {
        }
    };

    /**
     * How far the work is.
     *
     * @param done  items finished so far
     * @param total items in all; 0 or less when not known yet
     */
    void progress(long done, long total);

    /**
     * A short status line in the user's language, e.g. "Várakozás a webáruházra (503), 2/5. próba".
     *
     * @param message the status
     */
    void status(String message);
}
