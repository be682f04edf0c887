package hu.webshopsync.host.cli;

import hu.webshopsync.api.Outcome;

/**
 * The exit codes scripts rely on.
 */
final class ExitCodes {

    /** Everything went well. */
    static final int OK = 0;
    /** Done in part: some rows or items were refused or failed, or the run was cancelled. */
    static final int PARTIAL = 1;
    /** Refused or failed: nothing (or little) was done. */
    static final int ERROR = 2;

    private ExitCodes() {
    }

    static int of(Outcome outcome) {
        return switch (outcome) {
            case SUCCESS -> OK;
            case PARTIAL, CANCELLED -> PARTIAL;
            case FAILED -> ERROR;
        };
    }
}
