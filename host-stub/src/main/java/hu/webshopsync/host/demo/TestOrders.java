package hu.webshopsync.host.demo;

import hu.webshopsync.host.web.TestOrderShop;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The emulated shop as the console's Bemutató webáruház page sees it: each press places the next
 * customer's order through the shop's REST API, as the story's customers did.
 */
final class TestOrders implements TestOrderShop {

    private final String url;
    private final ShopBuyers customers;
    private final AtomicInteger placed = new AtomicInteger();

    TestOrders(String url, ShopBuyers customers) {
        this.url = url;
        this.customers = customers;
    }

    @Override
    public TestOrder placeOrder() throws IOException {
        return customers.placeTestOrder(placed.getAndIncrement());
    }

    @Override
    public String url() {
        return url;
    }
}
