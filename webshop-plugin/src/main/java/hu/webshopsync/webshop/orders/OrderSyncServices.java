package hu.webshopsync.webshop.orders;

import hu.webshopsync.webshop.settings.WebshopSettings;
import hu.webshopsync.webshop.shop.RetryListener;
import hu.webshopsync.webshop.text.Messages;
import java.util.Locale;

/**
 * What {@link OrderSyncAction} needs from the plugin that holds the shared objects: the plugin's
 * main texts and the shop's order side. The plugin implements it, so the order sync neither knows
 * the plugin class nor the shop platform.
 */
public interface OrderSyncServices {

    /** @return the plugin's main message bundle */
    Messages messages();

    /**
     * The order side of the shop the settings describe, for one run.
     *
     * @param shop    the module's shop settings
     * @param retries told about each retry and wait of the run's requests
     * @param locale  the user's language, for the texts that explain a failed request
     * @return the shop's orders
     * @throws RuntimeException when no connection can be made from the settings; the message is free of secrets
     */
    OrderSource orderSource(WebshopSettings shop, RetryListener retries, Locale locale);
}
