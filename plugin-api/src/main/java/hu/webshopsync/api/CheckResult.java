package hu.webshopsync.api;

import java.util.List;
import java.util.Objects;

/**
 * The verdict of a {@link HostModule#check(ModuleSettings, java.util.Locale) module check}.
 *
 * @param passed   whether the module may be activated
 * @param message  what the user is told, in the requested language; names the failing setting and why
 * @param warnings things that do not stop activation but deserve attention, in the requested language
 * @param confirmationNeeded the settings point at a different counterpart than before (another
 *                 shop): not passed, and the activation may be repeated with the user's confirmation
 */
public record CheckResult(boolean passed, String message, List<String> warnings, boolean confirmationNeeded) {

    /**
     * Validates and copies.
     */
    public CheckResult {
        Objects.requireNonNull(message, "message");
        warnings = List.copyOf(warnings);
        if (passed && confirmationNeeded) {
            throw new IllegalArgumentException("a passed check needs no confirmation");
        }
    }

    /**
     * A verdict that needs no confirmation.
     *
     * @param passed   whether the module may be activated
     * @param message  what the user is told
     * @param warnings things that deserve attention
     */
    public CheckResult(boolean passed, String message, List<String> warnings) {
        this(passed, message, warnings, false);
    }

    /**
     * A refusal until the user confirms: the settings point at a different counterpart (another
     * shop) than the one the module worked with so far.
     *
     * @param reason what is different and what confirming does
     * @return the result
     */
    public static CheckResult confirmationNeeded(String reason) {
        return new CheckResult(false, reason, List.of(), true);
    }

    /**
     * A passing check.
     *
     * @param message  what the user is told
     * @param warnings things that deserve attention
     * @return the result
     */
    public static CheckResult passed(String message, List<String> warnings) {
        return new CheckResult(true, message, warnings);
    }

    /**
     * A failing check.
     *
     * @param reason why activation is refused
     * @return the result
     */
    public static CheckResult failed(String reason) {
        return new CheckResult(false, reason, List.of());
    }
}
