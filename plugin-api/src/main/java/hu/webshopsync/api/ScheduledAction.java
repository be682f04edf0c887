package hu.webshopsync.api;

import java.time.Duration;
import java.util.Optional;
import org.pf4j.ExtensionPoint;

/**
 * Asks the host to run one of the plugin's {@link ListAction}s on its own, every so often, while the
 * ERP is open (for example the order import every 5 minutes). Each scheduled action declares itself
 * with one extension; its interval is a setting of a {@link HostModule}, so the user turns it on, off or
 * changes it where the module's other settings are.
 *
 * <p><b>The host's side of the contract.</b>
 * <ul>
 *   <li>It runs the action only while the module is active and {@link #interval} gives a value, in the
 *       same way as a button press with nothing selected and no options: the same
 *       {@link ActionContext}, the same history entry (marked automatic), the same result.</li>
 *   <li>Overlap: it never starts a run of the action while another run of the same action is going
 *       (a button press or the previous scheduled run), and it refuses a button press while a scheduled
 *       run is going. Between processes on one ERP database the action guards itself with its own
 *       {@link StateLock}, and reports {@link FailureKind#BUSY} when it finds the lock taken.</li>
 *   <li>Cancellation: when the ERP closes, it asks the running action to stop through
 *       {@link ActionContext#cancellation()}; the action ends after its current batch with
 *       {@link Outcome#CANCELLED}, keeping what it finished.</li>
 *   <li>Errors: after a run with {@link Outcome#FAILED} and {@link FailureKind#TRANSIENT} (or an
 *       exception) it waits longer each time (doubling the interval, up to an hour) and returns to the
 *       interval after the next run that does not fail. After {@link FailureKind#CREDENTIALS_REFUSED} or
 *       {@link FailureKind#SETTINGS_UNUSABLE} it stops every schedule of the module and shows an alert
 *       until the user saves the module's settings again. A {@link Outcome#PARTIAL} run is not a
 *       failure of the schedule: its failed items are in its report.</li>
 * </ul>
 *
 * <p><b>The action's side.</b> It must be safe to run unattended: no question to the user, a result
 * that says what happened (the history is all the user sees of it), and on failure a
 * {@link ActionResult#failure()} that tells refused credentials from a passing outage.
 */
public interface ScheduledAction extends ExtensionPoint {

    /**
     * The action the schedule runs.
     *
     * @return the {@link ListAction#id()} of a product or order list action of the same plugin
     */
    String actionId();

    /**
     * The module whose settings hold the interval; the schedule runs only while it is active.
     *
     * @return the {@link HostModule#id()}
     */
    String moduleId();

    /**
     * The key of the module setting that holds the interval, for the host to name in its screens.
     *
     * @return e.g. {@code autoOrderSync}
     */
    String settingKey();

    /**
     * How often to run, read from the module's stored settings. Must not throw: a value the module's
     * {@link HostModule#check check} would refuse counts as off.
     *
     * @param settings the module's stored settings
     * @return the time between the end of one run and the start of the next; empty when the schedule is off
     */
    Optional<Duration> interval(ModuleSettings settings);
}
