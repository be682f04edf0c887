package hu.webshopsync.host.orders;

import hu.webshopsync.api.CustomerOrderRef;
import hu.webshopsync.api.CustomerOrderState;

/**
 * What came of fulfilling or cancelling an order in the ERP.
 */
public sealed interface OrderTransition {

    /**
     * The order changed state.
     *
     * @param order the order in its new state
     */
    record Done(CustomerOrderRef order) implements OrderTransition {
    }

    /**
     * Refused: only an open order can be fulfilled or cancelled; nothing was changed.
     *
     * @param order the order in the state it is in
     */
    record NotOpen(CustomerOrderRef order) implements OrderTransition {
    }

    /**
     * No order has that number; nothing was changed.
     *
     * @param number the number asked for
     */
    record Unknown(String number) implements OrderTransition {
    }
}
