package hu.webshopsync.api;

/**
 * How a run of an action ended as a whole.
 */
public enum Outcome {
    /** Everything that was to be done was done (items may have been skipped by rule). */
    SUCCESS,
    /** The run went through, but some items failed. */
    PARTIAL,
    /** The run could not do its job (e.g. the shop refused the credentials); nothing or little was done. */
    FAILED,
    /** The user cancelled the run; what finished before is kept. */
    CANCELLED
}
