package hu.webshopsync.webshop.woocommerce;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One store setting, e.g. {@code woocommerce_calc_taxes} = {@code "no"}.
 *
 * @param id    the setting's id
 * @param value its value; text for the settings the plugin reads
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WooSetting(String id, Object value) {

    /** @return the value as text, "" when absent */
    public String text() {
        return value == null ? "" : String.valueOf(value);
    }

    /** @return whether the value is WooCommerce's {@code yes} */
    public boolean yes() {
        return text().equalsIgnoreCase("yes");
    }
}
