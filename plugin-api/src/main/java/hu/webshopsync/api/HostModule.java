package hu.webshopsync.api;

import java.util.List;
import java.util.Locale;
import org.pf4j.ExtensionPoint;

/**
 * An activatable ERP module contributed by a plugin, for example the <b>Webáruház</b> module.
 *
 * <p>The user activates a module with values for its {@link #settings(Locale) settings}; the host
 * first runs {@link #check(ModuleSettings, Locale)} and refuses the activation, showing the check's
 * message, when it fails. Settings marked {@link SettingDefinition#secret() secret} are stored apart
 * from plain settings and never shown again.
 */
public interface HostModule extends ExtensionPoint {

    /**
     * The module's stable identifier, e.g. {@code webshop}.
     *
     * @return the identifier
     */
    String id();

    /**
     * The module's name in the given language.
     *
     * @param locale the user's language
     * @return the name, e.g. "Webáruház"
     */
    String name(Locale locale);

    /**
     * The settings the module takes, in the order the host should show them.
     *
     * @param locale the language of the labels
     * @return the setting definitions
     */
    List<SettingDefinition> settings(Locale locale);

    /**
     * Checks settings before activation: well-formed values, and where it makes sense a live test
     * (e.g. a connection to the shop). Must not throw for bad input; must not put a secret in the
     * message.
     *
     * @param settings the values the user entered, defaults filled in
     * @param locale   the language of the message
     * @return the verdict with a message for the user
     */
    CheckResult check(ModuleSettings settings, Locale locale);

    /**
     * Checks settings before activation, knowing the activation's circumstances: the settings
     * stored before, the plugin's state and whether the user confirmed a new counterpart. The host
     * calls this one; a module that needs none of it keeps the default, which calls
     * {@link #check(ModuleSettings, Locale)}. A module that finds a different counterpart than
     * before answers {@link CheckResult#confirmationNeeded(String)} until the user confirms.
     *
     * @param settings   the values the user entered, defaults filled in
     * @param activation the activation's circumstances
     * @param locale     the language of the message
     * @return the verdict with a message for the user
     */
    default CheckResult check(ModuleSettings settings, ActivationContext activation, Locale locale) {
        return check(settings, locale);
    }
}
