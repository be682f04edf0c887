package hu.webshopsync.host.web;

import io.javalin.http.HttpStatus;
import java.io.IOException;

/**
 * Értékesítés › Bemutató webáruház, in {@code demo --serve} only: one button places a test order in
 * the emulated shop, which Webáruház szinkron then brings into the customer orders.
 */
final class DemoShopPage {

    private final Layout layout;
    private final TestOrderShop shop;

    DemoShopPage(Layout layout, TestOrderShop shop) {
        this.layout = layout;
        this.shop = shop;
    }

    void show(WebRequest r) {
        Html h = new Html();
        h.element("p", r.t("demoShop.intro", shop.url()));
        h.open("form", "method", "post", "action", "/demo-shop/order", "class", "inline")
                .append(r.csrfField())
                .element("button", r.t("demoShop.place"), "type", "submit", "id", "place-test-order")
                .close("form");
        h.element("p", r.t("demoShop.then"), "class", "hint");
        r.ctx().html(layout.page(r, MenuItem.DEMO_SHOP, r.t("menu.demoShop"), h, null));
    }

    void place(WebRequest r) {
        try {
            TestOrderShop.TestOrder order = shop.placeOrder();
            r.notice(r.t("demoShop.placed", order.shopNumber(), order.customer(), order.items()), false, "/orders");
        } catch (IOException e) {
            r.notice(r.t("demoShop.refused", String.valueOf(e.getMessage())), true, null);
        }
        r.ctx().redirect("/demo-shop", HttpStatus.SEE_OTHER);
    }
}
