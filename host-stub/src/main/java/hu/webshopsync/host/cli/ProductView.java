package hu.webshopsync.host.cli;

import java.util.Map;

/**
 * One product as {@code products list --json} and {@code products show --json} print it; the
 * component order is the JSON field order scripts rely on. Amounts and quantities are exact
 * decimal text ({@code 99.90}, {@code 12.5}), so no script meets a binary fraction.
 *
 * @param sku        the SKU
 * @param name       the name
 * @param unit       the unit of measure
 * @param netPrice   the net unit price
 * @param vatRate    the VAT code, e.g. {@code 27}
 * @param grossPrice the gross unit price
 * @param note       the note
 * @param category   the first category dimension's value, or {@code null}
 * @param image      the image file, or {@code null}
 * @param fields     the visible sheet fields' values by key ({@code null} for none), in field order
 * @param stock      on hand by warehouse, in warehouse order
 * @param reserved   reserved by open customer orders, by warehouse, in warehouse order
 */
record ProductView(String sku, String name, String unit, String netPrice, String vatRate, String grossPrice,
                   String note, String category, String image, Map<String, String> fields,
                   Map<String, String> stock, Map<String, String> reserved) {
}
