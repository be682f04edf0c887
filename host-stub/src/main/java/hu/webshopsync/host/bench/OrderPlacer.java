package hu.webshopsync.host.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Places orders in the shop the way shoppers would have, only faster: 100 per batch request, four
 * requests at once. Orders are "processing" (paid or cash on delivery), with 1–3 products of the
 * catalog, shipping, and 1,000 different customers.
 */
final class OrderPlacer {

    private static final String[] FIRST = {"Anna", "Bence", "Csilla", "Dániel", "Eszter", "Ferenc", "Gréta",
            "Hunor", "Ildikó", "János", "Katalin", "László", "Márta", "Norbert", "Orsolya", "Péter", "Réka", "Zoltán"};
    private static final String[] LAST = {"Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár",
            "Németh", "Farkas", "Balogh", "Papp", "Takács", "Juhász", "Lakatos", "Mészáros", "Oláh", "Simon"};
    private static final String[] CITIES = {"Budapest|1117", "Debrecen|4025", "Szeged|6720", "Pécs|7621",
            "Győr|9021", "Miskolc|3525", "Kecskemét|6000", "Eger|3300"};
    private static final int CUSTOMERS = 1_000;

    private final ShopHttp shop;

    OrderPlacer(ShopHttp shop) {
        this.shop = shop;
    }

    /**
     * Places orders.
     *
     * @param count    orders
     * @param products products of the catalog to choose from (indexes below this)
     * @param seed     the randomness
     */
    void place(int count, int products, long seed) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int from = 0; from < count; from += LatencyFloor.BATCH) {
                int first = from;
                int to = Math.min(count, from + LatencyFloor.BATCH);
                done.add(pool.submit(() -> {
                    ObjectNode batch = shop.json().createObjectNode();
                    ArrayNode create = batch.putArray("create");
                    for (int i = first; i < to; i++) {
                        create.add(order(i, products, seed));
                    }
                    shop.post("/orders/batch", batch);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The {@code index}th shopper's order in WooCommerce's words, the same for the same seed.
     *
     * @param index    which order
     * @param products products of the catalog to choose from (indexes below this)
     * @param seed     the randomness
     * @return the order's JSON for {@code POST /orders}
     */
    ObjectNode order(int index, int products, long seed) {
        SplittableRandom r = new SplittableRandom(seed * 7_919L + index);
        int customer = index % CUSTOMERS;
        String first = FIRST[customer % FIRST.length];
        String last = LAST[(customer / FIRST.length) % LAST.length];
        String[] city = CITIES[customer % CITIES.length].split("\\|");
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("status", "processing");
        o.put("payment_method", r.nextBoolean() ? "cod" : "bacs");
        o.put("payment_method_title", "Utánvét");
        ObjectNode billing = o.putObject("billing");
        billing.put("first_name", first);
        billing.put("last_name", last);
        billing.put("address_1", "Fő utca " + (customer % 120 + 1) + ".");
        billing.put("city", city[0]);
        billing.put("postcode", city[1]);
        billing.put("country", "HU");
        billing.put("email", "vevo" + customer + "@example.hu");
        billing.put("phone", "+36 30 " + (1_000_000 + customer));
        ObjectNode shipping = o.putObject("shipping");
        shipping.setAll((ObjectNode) billing.deepCopy());
        shipping.remove("email");
        shipping.remove("phone");
        ArrayNode lines = o.putArray("line_items");
        int count = 1 + r.nextInt(3);
        for (int l = 0; l < count; l++) {
            ObjectNode line = lines.addObject();
            line.put("sku", CatalogModel.sku(r.nextInt(products)));
            line.put("quantity", 1 + r.nextInt(3));
        }
        ObjectNode ship = o.putArray("shipping_lines").addObject();
        ship.put("method_id", "flat_rate");
        ship.put("method_title", "Futárszolgálat");
        ship.put("total", "1490");
        return o;
    }
}
