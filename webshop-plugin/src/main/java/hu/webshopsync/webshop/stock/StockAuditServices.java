package hu.webshopsync.webshop.stock;

import hu.webshopsync.api.PluginStateStore;
import hu.webshopsync.webshop.settings.WebshopSettings;
import hu.webshopsync.webshop.shop.RetryListener;
import hu.webshopsync.webshop.text.Messages;

/**
 * What {@link StockAuditAction} needs from the plugin: its texts and a shop for the run. The plugin
 * implements it, so the audit never names the shop platform.
 */
public interface StockAuditServices {

    /** @return the plugin's main message bundle */
    Messages messages();

    /**
     * The shop the settings describe, for one run. No request is made here.
     *
     * @param settings the module's settings
     * @param listener hears about waits before retries
     * @return the shop's ports for the run
     * @throws hu.webshopsync.webshop.settings.InvalidSettingException when the settings cannot reach a shop
     */
    StockPorts stockPorts(WebshopSettings settings, RetryListener listener);

    /**
     * Whether the shop at the settings' address is the one the stored bindings were made with.
     *
     * @param settings the module's settings
     * @param state    the plugin's state store
     * @return true when the address is verified
     */
    boolean addressVerified(WebshopSettings settings, PluginStateStore state);
}
