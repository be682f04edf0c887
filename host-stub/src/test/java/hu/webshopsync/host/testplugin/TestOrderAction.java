package hu.webshopsync.host.testplugin;

import hu.webshopsync.api.ItemStatus;
import hu.webshopsync.api.ActionContext;
import hu.webshopsync.api.ActionResult;
import hu.webshopsync.api.Outcome;
import hu.webshopsync.api.OrderListAction;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pf4j.Extension;

/**
 * An order list action built with the no-argument constructor.
 */
@Extension
public class TestOrderAction implements OrderListAction {

    @Override
    public String id() {
        return "testshop.order-sync";
    }

    @Override
    public String label(Locale locale) {
        return "Teszt rendelés szinkron";
    }

    @Override
    public ActionResult run(ActionContext context) {
        return context.cancellation().isCancelled()
                ? new ActionResult(Outcome.CANCELLED, "Megszakítva", Map.of(), List.of())
                : new ActionResult(Outcome.SUCCESS, "Nincs új rendelés", Map.of(ItemStatus.IMPORTED, 0), List.of());
    }
}
