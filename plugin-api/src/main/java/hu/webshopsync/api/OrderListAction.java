package hu.webshopsync.api;

import org.pf4j.ExtensionPoint;

/**
 * A command on the Customer orders list (Értékesítés › Vevői rendelések), for example
 * <b>Webáruház szinkron</b>.
 *
 * <p>The context's selection holds customer order numbers; an empty selection means the action
 * decides what to work on (an order import ignores the selection).
 */
public interface OrderListAction extends ListAction, ExtensionPoint {
}
