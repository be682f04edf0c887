package hu.webshopsync.webshop.schedule;

import hu.webshopsync.webshop.products.ProductSyncAction;
import hu.webshopsync.webshop.products.ProductSyncServices;
import hu.webshopsync.webshop.settings.SettingKeys;
import org.pf4j.Extension;

/**
 * <b>Termék szinkron</b> by itself every {@code autoProductSync}: a price or stock change in the ERP
 * reaches the shop while nobody presses the button.
 */
@Extension
public class AutoProductSync extends ScheduledSync {

    /**
     * Created by the host with the plugin; it needs nothing from it.
     *
     * @param plugin the plugin
     */
    public AutoProductSync(ProductSyncServices plugin) {
        super(ProductSyncAction.ID, SettingKeys.AUTO_PRODUCT_SYNC);
    }
}
