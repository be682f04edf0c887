package hu.webshopsync.host.bench;

import com.fasterxml.jackson.databind.JsonNode;
import hu.webshopsync.host.shoprenter.ShoprenterCheckout;
import hu.webshopsync.host.shoprenter.ShoprenterRest;
import java.util.ArrayList;
import java.util.List;

/**
 * Places the WooCommerce bench's orders (the same shoppers, products and quantities for the same seed) in
 * a Shoprenter shop, the documented way in batches; their shipping line is left out, as Shoprenter
 * documents no net or gross for it.
 */
final class ShoprenterOrderPlacer {

    private final ShoprenterRest rest;

    ShoprenterOrderPlacer(ShoprenterRest rest) {
        this.rest = rest;
    }

    /**
     * Places orders.
     *
     * @param count    orders
     * @param products products of the catalog to choose from (indexes below this)
     * @param seed     the randomness
     */
    void place(int count, int products, long seed) {
        OrderPlacer shoppers = new OrderPlacer(null);
        List<ShoprenterCheckout.Order> orders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            JsonNode woo = shoppers.order(i, products, seed);
            JsonNode b = woo.path("billing");
            ShoprenterCheckout.Buyer buyer = new ShoprenterCheckout.Buyer(b.path("first_name").asText(),
                    b.path("last_name").asText(), "", b.path("email").asText(), b.path("phone").asText(), "",
                    b.path("address_1").asText(), b.path("city").asText(), b.path("postcode").asText());
            List<ShoprenterCheckout.Line> lines = new ArrayList<>();
            woo.path("line_items").forEach(l -> lines.add(new ShoprenterCheckout.Line(l.path("sku").asText(), 0,
                    l.path("quantity").asInt())));
            orders.add(new ShoprenterCheckout.Order(buyer, lines, woo.path("payment_method").asText().equals("cod")
                    ? ShoprenterCheckout.Payment.COD : ShoprenterCheckout.Payment.TRANSFER));
        }
        new ShoprenterCheckout(rest).placeAll(orders);
    }
}
