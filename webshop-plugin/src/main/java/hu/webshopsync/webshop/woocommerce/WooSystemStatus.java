package hu.webshopsync.webshop.woocommerce;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The parts of {@code GET /system_status} the module check and the product sync read.
 *
 * @param environment versions and addresses
 * @param settings    store settings
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WooSystemStatus(Environment environment, Settings settings) {

    /**
     * @param version   the WooCommerce version, e.g. {@code 7.9.0}
     * @param wpVersion the WordPress version
     * @param homeUrl   the site's home address
     * @param phpMaxExecutionTime PHP's {@code max_execution_time} in seconds; 0 or absent: none known
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Environment(String version, @JsonProperty("wp_version") String wpVersion,
                              @JsonProperty("home_url") String homeUrl,
                              @JsonProperty("php_max_execution_time") Integer phpMaxExecutionTime) {
    }

    /**
     * @param currency the store currency, e.g. {@code HUF}
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Settings(String currency) {
    }
}
