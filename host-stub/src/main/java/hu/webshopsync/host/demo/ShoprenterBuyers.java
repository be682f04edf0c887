package hu.webshopsync.host.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hu.webshopsync.emulator.EmulatorControl;
import hu.webshopsync.host.shoprenter.ShoprenterCheckout;
import hu.webshopsync.host.shoprenter.ShoprenterRest;
import hu.webshopsync.host.text.Texts;
import hu.webshopsync.host.web.TestOrderShop;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The story's customers in a Shoprenter shop: the same buyers and products as in WooCommerce, placed over
 * the shop's API the documented way. Shoprenter documents no coupon, fee or shipping line an API client
 * could book with a known net or gross, so those orders go without them. A buyer's call-off is the
 * emulator's status change, as the shop's admin makes it.
 */
final class ShoprenterBuyers implements ShopBuyers {

    private final ShoprenterRest rest;
    private final ShoprenterCheckout checkout;
    private final EmulatorControl control;
    private final Texts texts;

    ShoprenterBuyers(ShoprenterRest rest, EmulatorControl control, Texts texts) {
        this.rest = rest;
        this.checkout = new ShoprenterCheckout(rest);
        this.control = control;
        this.texts = texts;
    }

    @Override
    public List<ShopCustomers.Placed> shop() {
        giftCard();
        List<ShopCustomers.Planned> plan = ShopCustomers.plan(texts);
        List<ShoprenterCheckout.Order> orders = plan.stream().map(ShoprenterBuyers::order).toList();
        List<ShopCustomers.Placed> placed = new ArrayList<>();
        try {
            List<Long> ids = checkout.placeAll(orders);
            for (int i = 0; i < plan.size(); i++) {
                placed.add(new ShopCustomers.Placed(ids.get(i), plan.get(i).story(), plan.get(i).lines(), ""));
            }
        } catch (IllegalStateException e) {
            plan.forEach(p -> placed.add(new ShopCustomers.Placed(-1, p.story(), p.lines(), e.getMessage())));
        }
        return placed;
    }

    @Override
    public TestOrderShop.TestOrder placeTestOrder(int n) {
        ShopCustomers.Planned planned = ShopCustomers.testOrder(n);
        long id = checkout.place(order(planned));
        Map.Entry<String, Integer> line = planned.lines().entrySet().iterator().next();
        return new TestOrderShop.TestOrder(id, planned.story(), line.getValue() + " × " + line.getKey());
    }

    @Override
    public void cancel(String shopOrder) {
        control.setOrderStatus(Long.parseLong(shopOrder), "cancelled");
    }

    /** The shop owner's gift card, made in the shop's admin: no tax class, so its price is its gross. */
    private void giftCard() {
        ObjectNode product = rest.json().createObjectNode().put("sku", ShopCustomers.SHOP_ONLY_SKU)
                .put("price", "5000").put("status", "1").put("subtractStock", "0");
        product.putArray("productDescriptions").addObject().put("name", texts.get("shop.giftCard"))
                .putObject("language").put("id", checkout.languageId());
        rest.post("/productExtend", product);
    }

    private static ShoprenterCheckout.Order order(ShopCustomers.Planned planned) {
        JsonNode body = planned.body();
        JsonNode b = body.path("billing");
        String taxNumber = "";
        for (JsonNode meta : body.path("meta_data")) {
            if (meta.path("key").asText().equals("_billing_tax_number")) {
                taxNumber = meta.path("value").asText();
            }
        }
        ShoprenterCheckout.Buyer buyer = new ShoprenterCheckout.Buyer(b.path("first_name").asText(),
                b.path("last_name").asText(), b.path("company").asText(), b.path("email").asText(),
                b.path("phone").asText(), taxNumber, b.path("address_1").asText(), b.path("city").asText(),
                b.path("postcode").asText());
        List<ShoprenterCheckout.Line> lines = new ArrayList<>();
        planned.lines().forEach((sku, quantity) -> lines.add(new ShoprenterCheckout.Line(sku, 0, quantity)));
        ShoprenterCheckout.Payment payment = switch (body.path("payment_method").asText()) {
            case "cod" -> ShoprenterCheckout.Payment.COD;
            case "bacs" -> ShoprenterCheckout.Payment.TRANSFER;
            default -> ShoprenterCheckout.Payment.CARD;
        };
        return new ShoprenterCheckout.Order(buyer, lines, payment);
    }
}
