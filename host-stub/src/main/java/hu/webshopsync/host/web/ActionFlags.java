package hu.webshopsync.host.web;

import hu.webshopsync.api.ActionFlag;
import hu.webshopsync.api.ListAction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The actions' on/off options ({@link ListAction#flags}) as checkboxes in a list's action form, and
 * back as a run's options. A box names its action, so a box ticked for one button never reaches
 * another action's run.
 */
final class ActionFlags {

    /** The form field of the checkboxes. */
    static final String PARAM = "flag";

    private ActionFlags() {
    }

    /**
     * Adds a row of checkboxes for the actions that take flags; nothing when none does.
     *
     * @param h       the form being written
     * @param actions the list's actions
     * @param locale  the reader's language
     */
    static void render(Html h, List<? extends ListAction> actions, Locale locale) {
        boolean any = false;
        for (ListAction action : actions) {
            for (ActionFlag flag : action.flags(locale)) {
                if (!any) {
                    h.open("div", "class", "toolbar flags", "id", "action-flags");
                    any = true;
                }
                String id = "flag-" + action.id() + "-" + flag.key();
                h.open("label", "for", id)
                        .open("input", "type", "checkbox", "name", PARAM, "value", value(action, flag), "id", id)
                        .text(action.label(locale) + ": " + flag.label())
                        .close("label");
            }
        }
        if (any) {
            h.close("div");
        }
    }

    /**
     * The options of a run started from the form: {@code key=true} for each of the action's ticked flags.
     *
     * @param action the pressed button's action
     * @param ticked the form's {@link #PARAM} values
     * @param locale the reader's language
     * @return the options
     */
    static Map<String, String> ticked(ListAction action, List<String> ticked, Locale locale) {
        Map<String, String> options = new LinkedHashMap<>();
        for (ActionFlag flag : action.flags(locale)) {
            if (ticked.contains(value(action, flag))) {
                options.put(flag.key(), "true");
            }
        }
        return options;
    }

    private static String value(ListAction action, ActionFlag flag) {
        return action.id() + ":" + flag.key();
    }
}
