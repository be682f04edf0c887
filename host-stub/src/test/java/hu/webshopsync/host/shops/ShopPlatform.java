package hu.webshopsync.host.shops;

import hu.webshopsync.emulator.EmulatorConfig;
import hu.webshopsync.emulator.ShopEmulator;
import hu.webshopsync.emulator.ShopSnapshot;
import java.math.BigDecimal;
import java.util.List;

/**
 * What an end-to-end test needs to know about one shop platform the plugin serves: how its emulator
 * starts, what the webshop module's settings are, how a product's price reads in the shop, which
 * request routes the emulator counts, and how a shopper's order is placed. Everything else a test does
 * goes through the emulator's platform-neutral {@code EmulatorControl} and {@code ShopSnapshot}.
 */
public interface ShopPlatform {

    /** @return the platform's name, e.g. {@code WooCommerce}; tests show it in their display names */
    String name();

    /**
     * The emulator's start-up settings for this platform.
     *
     * @param seed the emulator's seed
     * @return the configuration
     */
    EmulatorConfig config(long seed);

    /**
     * The module settings that point the plugin at the shop: platform, address and credentials.
     *
     * @param shop   the running emulator
     * @param config its configuration
     * @return {@code KEY=VALUE} settings
     */
    List<String> settings(ShopEmulator shop, EmulatorConfig config);

    /**
     * @param config the emulator's configuration
     * @return the secrets that must never appear in anything the host prints
     */
    List<String> secrets(EmulatorConfig config);

    /**
     * A product's price as the shop stores it, in the shop snapshot's {@code regularPrice}.
     *
     * @param net        the ERP's net price
     * @param vatPercent the product's VAT rate in percent
     * @return e.g. {@code 1270} (WooCommerce: gross, whole forints) or {@code 1000.0000} (Shoprenter: net)
     */
    String price(BigDecimal net, BigDecimal vatPercent);

    /** @return the request routes of this platform, as the emulator counts them */
    ShopRoutes routes();

    /**
     * How many requests on {@link ShopRoutes#productWrite()} a product sync run makes that writes in
     * {@code batches} batches, when it starts in a fresh process.
     *
     * @param batches the write batches
     * @return WooCommerce: the batches; Shoprenter: also one batch of reads per write batch, that looks up
     *         the API ids of the products to update (a fresh process knows only their innerIds)
     */
    long productWriteRequests(long batches);

    /**
     * @return whether the shop takes SKUs that differ only in case for the same (WooCommerce: yes, MySQL's
     *         collation; the Shoprenter emulator: no, its {@code sku} filter matches exactly, as the docs
     *         leave open)
     */
    boolean skusIgnoreCase();

    /**
     * @return a status an imported order may move to in the shop that neither cancels nor completes it
     *         (WooCommerce: {@code on-hold}; Shoprenter: {@code pending}, Függőben)
     */
    String waitingStatus();

    /**
     * Places an order as the shop's checkout would, through the shop's API.
     *
     * @param shop   the running emulator
     * @param config its configuration
     * @param order  what was bought and by whom
     * @return the shop's order id (the id the snapshot and {@code EmulatorControl} use)
     */
    long placeOrder(ShopEmulator shop, EmulatorConfig config, OrderRequest order);

    /**
     * Changes an order in the shop as its admin would, neither its status nor its lines (WooCommerce: an
     * order meta of the delivery's note), so that its modification date moves.
     *
     * @param shop    the running emulator
     * @param config  its configuration
     * @param orderId the shop's order id
     */
    void touchOrder(ShopEmulator shop, EmulatorConfig config, long orderId);

    /**
     * How many times a shop order carries the ERP's document number: WooCommerce writes it in a private
     * note "Rögzítve az ERP-ben: VR-…"; Shoprenter takes no notes and keeps it in the order's
     * {@code externalInfo.partner_order_id} (one value, so at most once).
     *
     * @param shop    what the shop holds
     * @param orderId the shop's order id
     * @return the marks
     */
    long erpNumberMarks(ShopSnapshot shop, long orderId);

    /**
     * How many times the shop recorded that the ERP fulfilled an order: WooCommerce keeps the ERP's private
     * note "Teljesítve az ERP-ben: VR-…"; Shoprenter takes no notes (it documents no way), so its order
     * history's entries of the status Teljesítve count.
     *
     * @param shop      the running emulator
     * @param config    its configuration
     * @param orderId   the shop's order id
     * @param erpNumber the ERP's document number
     * @return the records
     */
    long fulfilmentRecords(ShopEmulator shop, EmulatorConfig config, long orderId, String erpNumber);

    /**
     * Creates a product by hand in the shop, as its owner would in the admin.
     *
     * @param shop   the running emulator
     * @param config its configuration
     * @param sku    the SKU
     * @param name   the name
     * @param price  the price in the shop's own terms (see {@link #price})
     * @return the product's id in the snapshot
     */
    long createProduct(ShopEmulator shop, EmulatorConfig config, String sku, String name, String price);

    /**
     * Gives the shop its credentials back after {@code EmulatorControl#revokeCredentials()}.
     *
     * @param shop   the running emulator
     * @param config its configuration
     */
    void restoreCredentials(ShopEmulator shop, EmulatorConfig config);

    /**
     * @return words of what the plugin says when the shop refuses its keys (WooCommerce: its consumer secret;
     *         Shoprenter: the access of its API user)
     */
    String credentialsRefusedWords();

    /**
     * Whether the shop's record of the ERP's fulfilment ({@link #fulfilmentRecords}) is the status change itself.
     *
     * @return Shoprenter: true, its order history writes the row when the status write is carried out, even
     *         if the answer to it is lost; WooCommerce: false, the note is a write of its own that the order
     *         sync makes only once the shop confirmed the status
     */
    boolean fulfilmentRecordedByTheStatus();

    /**
     * An order's total as its buyer pays it, as the order sync books it.
     *
     * @param order the shop's order
     * @return WooCommerce: its total as stored; Shoprenter: its total, kept with four decimals, in the places
     *         of its currency (HUF: 0, as the emulator's {@code currency.decimalPlace} says)
     */
    BigDecimal paidTotal(ShopSnapshot.Order order);
}
