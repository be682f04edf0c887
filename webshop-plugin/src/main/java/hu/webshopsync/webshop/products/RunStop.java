package hu.webshopsync.webshop.products;

import hu.webshopsync.api.Cancellation;
import hu.webshopsync.api.LocalizedText;
import hu.webshopsync.webshop.shop.ShopException;
import hu.webshopsync.webshop.shop.ShopUnreachableException;

/**
 * Whether and why a run stops early: the user cancelled, the shop stopped answering (two batch
 * failures in a row), the shop refused the credentials, or the lock was lost.
 */
final class RunStop {

    private static final int MAX_CONSECUTIVE_FAILURES = 2;

    private boolean cancelled;
    private LocalizedText abortReason;
    private LocalizedText fatal;
    private boolean credentialsRefused;
    private int consecutiveFailures;

    boolean stopped() {
        return cancelled || aborted();
    }

    /** @return whether the shop or the lock stopped the run: what is still queued then fails, not waits */
    boolean aborted() {
        return abortReason != null || fatal != null;
    }

    boolean cancelled() {
        return cancelled;
    }

    /**
     * Stops the run when the user asked for it.
     *
     * @return whether the run is cancelled
     */
    boolean cancelIfRequested(Cancellation cancellation) {
        if (cancellation.isCancelled()) {
            cancelled = true;
        }
        return cancelled;
    }

    void cancel() {
        cancelled = true;
    }

    /** @return why the rest of the run is not sent */
    LocalizedText reason() {
        if (fatal != null) {
            return fatal;
        }
        return abortReason != null ? abortReason : LocalizedText.of("sync.cancelled");
    }

    /** A batch got its answer: the shop is alive. */
    void shopAnswered() {
        consecutiveFailures = 0;
    }

    /** Counts failures of the shop that may pass; two in a row stop the run. Refused credentials stop it at once. */
    void shopFailed(RuntimeException error, LocalizedText reason) {
        if (error instanceof ShopUnreachableException || error instanceof ShopException s && s.retryable()) {
            consecutiveFailures++;
            if (consecutiveFailures >= MAX_CONSECUTIVE_FAILURES && abortReason == null) {
                abortReason = reason;
            }
        } else if (error instanceof ShopException s && s.credentialsRefused()) {
            refuseCredentials(reason);
        }
    }

    void refuseCredentials(LocalizedText reason) {
        credentialsRefused = true;
        fatal = LocalizedText.of("sync.credentialsRefused", reason);
    }

    void lockLost() {
        fatal = LocalizedText.of("sync.lockLost");
    }

    /**
     * The run's first note when it stopped early, given how many products it wrote.
     *
     * @param written products created, updated or unpublished
     * @return the note, or {@code null} when the run was not stopped by the shop or the lock
     */
    LocalizedText headline(int written) {
        if (credentialsRefused) {
            // nothing more can go until someone fixes the keys; the note says the stored ones are safe
            return LocalizedText.of("text.twoSentences", fatal, LocalizedText.of("sync.credentialsStopped", written));
        }
        if (fatal != null) {
            return fatal;
        }
        return abortReason != null ? LocalizedText.of("sync.aborted", abortReason) : null;
    }

    boolean credentialsRefused() {
        return credentialsRefused;
    }
}
