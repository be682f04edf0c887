package hu.webshopsync.api;

/**
 * Why a run {@link Outcome#FAILED failed}, as far as a host deciding when to try again needs to know.
 * A host that runs actions on a {@link ScheduledAction schedule} reads it from
 * {@link ActionResult#failure()}; a button press shows the message either way.
 */
public enum FailureKind {
    /** The run did not fail (its outcome is not {@link Outcome#FAILED}). */
    NONE,
    /**
     * Trying again later may succeed: the counterpart was unreachable, busy or answered with an error.
     * A schedule backs off. The default for a failed run.
     */
    TRANSIENT,
    /**
     * Another run of the same action was going (in this or another process, see {@link StateLock}), so
     * this one did not start. Nothing is wrong; a schedule tries again at its next time without backing off.
     */
    BUSY,
    /**
     * The counterpart refused the module's credentials (e.g. revoked API keys). Trying again cannot help
     * until the user saves the module's settings; a schedule stops with an alert until then.
     */
    CREDENTIALS_REFUSED,
    /**
     * The module's settings cannot be used as they are (inactive module, a missing or invalid value, an
     * address that needs confirming). Like {@link #CREDENTIALS_REFUSED}, only saving the settings helps.
     */
    SETTINGS_UNUSABLE;

    /**
     * Whether only the user can cure the failure, by saving the module's settings again.
     *
     * @return true for {@link #CREDENTIALS_REFUSED} and {@link #SETTINGS_UNUSABLE}
     */
    public boolean needsSettings() {
        return this == CREDENTIALS_REFUSED || this == SETTINGS_UNUSABLE;
    }
}
