package hu.webshopsync.api;

import java.util.Objects;

/**
 * What a module's {@link HostModule#check(ModuleSettings, ActivationContext, java.util.Locale) check}
 * may know about an activation besides the new settings: what was stored before, the plugin's own
 * state, and whether the user confirmed a change of counterpart.
 *
 * <p>A module that talks to something with an identity of its own (a webshop) uses this to tell a
 * new address of the same counterpart from a different one: the first keeps every binding, the
 * second must be confirmed and then starts afresh.
 *
 * @param previous          the settings stored before this activation, defaults filled in; empty
 *                          settings when the module was never activated
 * @param state             the plugin's state store; the check may record what it learnt about
 *                          the counterpart there
 * @param confirmedNewCounterpart whether the user confirmed that the module now points at a different
 *                          counterpart than before (command line {@code --new-shop}, a ticked box
 *                          in the console)
 */
public record ActivationContext(ModuleSettings previous, PluginStateStore state, boolean confirmedNewCounterpart) {

    /**
     * Validates.
     */
    public ActivationContext {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(state, "state");
    }
}
