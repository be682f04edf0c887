package hu.webshopsync.host.demo;

import hu.webshopsync.host.text.Texts;
import hu.webshopsync.host.web.TestOrderShop;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The emulated shop as the console's Bemutató webáruház page sees it: each press places the next
 * customer's order through the shop's REST API, as the story's customers did.
 */
final class TestOrders implements TestOrderShop {

    private final ShopAccess access;
    private final ShopCustomers customers;
    private final AtomicInteger placed = new AtomicInteger();

    TestOrders(ShopAccess access, Texts texts) {
        this.access = access;
        this.customers = new ShopCustomers(new ShopRest(access), texts);
    }

    @Override
    public TestOrder placeOrder() throws IOException {
        return customers.placeTestOrder(placed.getAndIncrement());
    }

    @Override
    public String url() {
        return access.url();
    }
}
