package hu.webshopsync.emulator.shoprenter;

import hu.webshopsync.emulator.ShopClock;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * All shop data, seeded like a Hungarian shop: language hu (innerId 1), tax classes 27, 18, 5 and 0 %
 * (innerIds 10–13), OpenCart's order statuses with Hungarian names, currency HUF, and the settings a client
 * may read ({@code storno_order_status_id} 7, {@code config_timezone} Europe/Budapest, …). Every API call and
 * control operation holds {@link #lock}, so each is atomic and a snapshot is consistent.
 */
final class SrStore {

    /** The setting {@code storno_order_status_id}. */
    static final long STORNO_STATUS = 7;
    static final long HUNGARIAN = 1;
    /** {@code currency-currency_id=4}, the fixtures' HUF. */
    static final String HUF_ID = "Y3VycmVuY3ktY3VycmVuY3lfaWQ9NA==";
    /** {@code country-country_id=97}, the fixtures' Hungary. */
    static final String HUNGARY_ID = "Y291bnRyeS1jb3VudHJ5X2lkPTk3";

    final ReentrantLock lock = new ReentrantLock();
    final SrSchemas schemas = new SrSchemas();
    final String baseUrl;
    final ShopClock clock;
    private final Map<SrSchema, SrTable> tables = new LinkedHashMap<>();
    /** Uploaded files by path. */
    final Map<String, SrFile> files = new TreeMap<>();

    SrStore(String baseUrl, ShopClock clock) {
        this.baseUrl = baseUrl;
        this.clock = clock;
        table(schemas.setting, 1);
        table(schemas.language, 1);
        table(schemas.taxClass, 10);
        table(schemas.taxRate, 94);
        table(schemas.category, 1);
        table(schemas.categoryDescription, 1);
        table(schemas.product, 1);
        table(schemas.productDescription, 1);
        table(schemas.productCategoryRelation, 1);
        table(schemas.orderStatus, 1);
        table(schemas.orderStatusDescription, 1);
        table(schemas.order, 1);
        table(schemas.orderProduct, 1);
        table(schemas.orderTotal, 1);
        table(schemas.orderHistory, 1);
        seed();
    }

    private void table(SrSchema schema, long firstId) {
        tables.put(schema, new SrTable(schema, firstId));
    }

    SrTable table(SrSchema schema) {
        return tables.get(schema);
    }

    Instant now() {
        return clock.instant();
    }

    /** Wipes everything and seeds again: innerIds start from their first values. */
    void reset() {
        tables.values().forEach(SrTable::clear);
        files.clear();
        seed();
    }

    private void seed() {
        Instant now = now();
        String[][] settings = {{"config_language", "hu"}, {"config_currency", "HUF"}, {"config_tax_class_id", "10"},
                {"config_timezone", SrJson.ZONE.getId()}, {"config_stock_count", "4"},
                {"storno_order_status_id", Long.toString(STORNO_STATUS)}};
        for (String[] kv : settings) {
            SrRow setting = table(schemas.setting).create(now);
            setting.set("group", "config");
            setting.set("key", kv[0]);
            setting.set("value", kv[1]);
        }
        SrRow hu = table(schemas.language).createWithId(HUNGARIAN, now);
        hu.set("name", "Hungarian");
        hu.set("code", "hu");
        hu.set("locale", "hu_HUN.UTF-8,hu_HUN,hu-hun,hungarian");
        hu.set("sortOrder", "1");
        int[][] rates = {{10, 27, 95}, {11, 18, 96}, {12, 5, 97}, {13, 0, 94}};
        for (int[] r : rates) {
            SrRow tc = table(schemas.taxClass).createWithId(r[0], now);
            tc.set("name", r[1] + " %");
            tc.set("description", r[1] + "% tax rate");
            SrRow rate = table(schemas.taxRate).createWithId(r[2], now);
            rate.set("rate", SrValues.decimal("rate", Integer.toString(r[1]), 4));
            rate.set("description", "ÁFA (" + r[1] + "%)");
            rate.opaque.put("geoZone", "Z2VvWm9uZS1nZW9fem9uZV9pZD01");
            rate.refs.put("taxClass", (long) r[0]);
        }
        for (SrStatus s : SrStatus.ALL) {
            SrRow status = table(schemas.orderStatus).createWithId(s.innerId(), now);
            SrRow d = table(schemas.orderStatusDescription).create(now);
            d.set("name", s.name());
            d.set("color", s.color());
            d.refs.put("orderStatus", status.innerId);
            d.refs.put("language", HUNGARIAN);
        }
    }
}
