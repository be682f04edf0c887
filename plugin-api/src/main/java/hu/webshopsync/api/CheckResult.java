package hu.webshopsync.api;

import java.util.List;
import java.util.Objects;

/**
 * The verdict of a {@link HostModule#check(ModuleSettings, java.util.Locale) module check}.
 *
 * @param passed   whether the module may be activated
 * @param message  what the user is told, in the requested language; names the failing setting and why
 * @param warnings things that do not stop activation but deserve attention, in the requested language
 */
public record CheckResult(boolean passed, String message, List<String> warnings) {

    /**
     * Validates and copies.
     */
    public CheckResult {
        Objects.requireNonNull(message, "message");
        warnings = List.copyOf(warnings);
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
