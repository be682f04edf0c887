package hu.webshopsync.webshop.woocommerce;

import feign.Param;
import feign.RequestLine;

/**
 * Store-wide reads: system status and settings.
 */
public interface WooStoreApi {

    /**
     * The system status: WooCommerce and WordPress versions, store currency.
     *
     * @return the status
     */
    @RequestLine("GET /system_status")
    WooSystemStatus systemStatus();

    /**
     * One setting, e.g. {@code general}/{@code woocommerce_calc_taxes} or
     * {@code tax}/{@code woocommerce_prices_include_tax}.
     *
     * @param group the settings group
     * @param id    the setting's id
     * @return the setting
     */
    @RequestLine("GET /settings/{group}/{id}")
    WooSetting setting(@Param("group") String group, @Param("id") String id);
}
