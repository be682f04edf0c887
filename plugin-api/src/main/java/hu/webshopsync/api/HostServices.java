package hu.webshopsync.api;

import java.time.Clock;

/**
 * The ERP's services a plugin may use. The host implements them over its own database; a plugin
 * reaches the ERP through nothing else.
 */
public interface HostServices {

    /**
     * The product master (terméktörzs).
     *
     * @return the product catalog
     */
    ProductCatalog products();

    /**
     * Warehouses and stock.
     *
     * @return the inventory
     */
    Inventory inventory();

    /**
     * Customers (ügyfelek).
     *
     * @return the customer directory
     */
    CustomerDirectory customers();

    /**
     * Customer orders (vevői rendelések).
     *
     * @return the customer order book
     */
    CustomerOrderBook orders();

    /**
     * Modules and their settings.
     *
     * @return the module registry
     */
    ModuleRegistry modules();

    /**
     * The ERP's home currency, as an ISO 4217 code.
     *
     * @return e.g. {@code HUF}
     */
    String currency();

    /**
     * The clock the host runs on; plugins use it instead of the system clock so tests can move time.
     *
     * @return the clock
     */
    Clock clock();
}
