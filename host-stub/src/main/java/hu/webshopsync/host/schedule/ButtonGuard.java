package hu.webshopsync.host.schedule;

import hu.webshopsync.host.history.RunHistory;
import hu.webshopsync.host.history.RunSummary;
import java.util.Optional;

/**
 * A button press while the schedule runs the same action is refused, in every process: the history
 * shows the automatic run going. (Two presses of one button are the plugin's lock's business.)
 */
public final class ButtonGuard {

    private ButtonGuard() {
    }

    /**
     * The automatic run of an action going now in a live process, if any.
     *
     * @param history  the sync history
     * @param actionId the action about to be started by a user
     * @return the run that refuses the press
     */
    public static Optional<RunSummary> automaticRunGoing(RunHistory history, String actionId) {
        return history.latest(actionId, false, 1).stream().filter(r -> r.running() && r.automatic()).findFirst();
    }
}
