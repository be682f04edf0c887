package hu.webshopsync.webshop.schedule;

import hu.webshopsync.webshop.settings.SettingKeys;
import hu.webshopsync.webshop.stock.StockAuditAction;
import hu.webshopsync.webshop.stock.StockAuditServices;
import org.pf4j.Extension;

/**
 * <b>Készlet ellenőrzés</b> by itself every {@code autoStockAudit}: stock drift shows up in the history
 * before a customer orders what is not there. A scheduled run has no options, so it only reports;
 * correcting stays a decision of the user ({@code fix=true}).
 */
@Extension
public class AutoStockAudit extends ScheduledSync {

    /**
     * Created by the host with the plugin; it needs nothing from it.
     *
     * @param plugin the plugin
     */
    public AutoStockAudit(StockAuditServices plugin) {
        super(StockAuditAction.ID, SettingKeys.AUTO_STOCK_AUDIT);
    }
}
