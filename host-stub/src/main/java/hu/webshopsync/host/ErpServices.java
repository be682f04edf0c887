package hu.webshopsync.host;

import hu.webshopsync.api.CustomerDirectory;
import hu.webshopsync.api.CustomerOrderBook;
import hu.webshopsync.api.HostServices;
import hu.webshopsync.api.Inventory;
import hu.webshopsync.api.ModuleRegistry;
import hu.webshopsync.api.ProductCatalog;
import java.time.Clock;

/**
 * The host services handed to plugins, each implemented over the ERP database.
 *
 * @param products  the product master
 * @param inventory warehouses and stock
 * @param customers the customers
 * @param orders    the customer orders
 * @param modules   the module registry
 * @param currency  the home currency
 * @param clock     the host's clock
 */
public record ErpServices(ProductCatalog products, Inventory inventory, CustomerDirectory customers,
                          CustomerOrderBook orders, ModuleRegistry modules, String currency, Clock clock)
        implements HostServices {
}
