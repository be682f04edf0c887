package hu.webshopsync.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.api.ActionContext;
import hu.webshopsync.api.ActionFlag;
import hu.webshopsync.api.ActionResult;
import hu.webshopsync.api.ListAction;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An action's flags as checkboxes of the list's form, and a ticked box as the pressed action's option. */
class ActionFlagsTest {

    private static final Locale HU = Locale.forLanguageTag("hu");

    private static ListAction action(String id, String label, ActionFlag... flags) {
        return new ListAction() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String label(Locale locale) {
                return label;
            }

            @Override
            public List<ActionFlag> flags(Locale locale) {
                return List.of(flags);
            }

            @Override
            public ActionResult run(ActionContext context) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private final ListAction sync = action("webshop.product-sync", "Termék szinkron");
    private final ListAction audit = action("webshop.stock-audit", "Készlet ellenőrzés",
            new ActionFlag("fix", "javítással <ERP>"));

    @Test
    void anActionsFlagIsACheckboxNamingTheAction() {
        Html h = new Html();
        ActionFlags.render(h, List.of(sync, audit), HU);

        assertThat(h.toString()).contains("type=\"checkbox\"").contains("name=\"flag\"")
                .contains("value=\"webshop.stock-audit:fix\"").contains("Készlet ellenőrzés: javítással &lt;ERP&gt;");
    }

    @Test
    void noActionWithFlagsWritesNothing() {
        Html h = new Html();
        ActionFlags.render(h, List.of(sync), HU);

        assertThat(h.toString()).isEmpty();
    }

    @Test
    void aTickedBoxReachesOnlyItsOwnAction() {
        List<String> ticked = List.of("webshop.stock-audit:fix");

        assertThat(ActionFlags.ticked(audit, ticked, HU)).isEqualTo(Map.of("fix", "true"));
        assertThat(ActionFlags.ticked(audit, List.of(), HU)).isEmpty();
        assertThat(ActionFlags.ticked(sync, List.of("webshop.product-sync:fix", "webshop.stock-audit:fix"), HU))
                .isEmpty();
    }
}
