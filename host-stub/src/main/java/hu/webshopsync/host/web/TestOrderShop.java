package hu.webshopsync.host.web;

import java.io.IOException;

/**
 * A webshop the console may place a test order in, as a customer would at its checkout — offered
 * only by {@code demo --serve}, whose shop is the emulator, so the newcomer can watch an order arrive
 * with Webáruház szinkron.
 */
public interface TestOrderShop {

    /**
     * An order placed in the shop.
     *
     * @param shopNumber the shop's order number
     * @param customer   who ordered
     * @param items      what, e.g. {@code 2 × KONY-002}
     */
    record TestOrder(long shopNumber, String customer, String items) {
    }

    /**
     * Places one order in the shop.
     *
     * @return the order placed
     * @throws IOException when the shop refuses it or cannot be reached
     */
    TestOrder placeOrder() throws IOException;

    /**
     * Where the shop is.
     *
     * @return its address
     */
    String url();
}
