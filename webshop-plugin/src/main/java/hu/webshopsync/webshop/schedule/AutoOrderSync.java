package hu.webshopsync.webshop.schedule;

import hu.webshopsync.webshop.orders.OrderSyncAction;
import hu.webshopsync.webshop.orders.OrderSyncServices;
import hu.webshopsync.webshop.settings.SettingKeys;
import org.pf4j.Extension;

/**
 * <b>Webáruház szinkron</b> by itself every {@code autoOrderSync}: the shop's new orders arrive in the
 * ERP while nobody presses the button.
 */
@Extension
public class AutoOrderSync extends ScheduledSync {

    /**
     * Created by the host with the plugin; it needs nothing from it.
     *
     * @param plugin the plugin
     */
    public AutoOrderSync(OrderSyncServices plugin) {
        super(OrderSyncAction.ID, SettingKeys.AUTO_ORDER_SYNC);
    }
}
