package hu.webshopsync.host.demo;

import hu.webshopsync.host.web.TestOrderShop;
import java.io.IOException;
import java.util.List;

/** The demo's customers in one shop: they place the story's orders and the console's test orders. */
interface ShopBuyers {

    /**
     * The story's customers shop.
     *
     * @return what each of them placed, or why the shop refused it
     * @throws IOException when the shop cannot be reached
     */
    List<ShopCustomers.Placed> shop() throws IOException;

    /**
     * One more customer places a test order.
     *
     * @param n the how-manieth test order
     * @return the order placed
     * @throws IOException when the shop refuses it or cannot be reached
     */
    TestOrderShop.TestOrder placeTestOrder(int n) throws IOException;

    /**
     * A buyer calls off an order in the shop.
     *
     * @param shopOrder the shop's order number
     * @throws IOException when the shop refuses it or cannot be reached
     */
    void cancel(String shopOrder) throws IOException;
}
