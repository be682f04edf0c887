package hu.webshopsync.emulator;

/**
 * The store-wide settings handlers need: where the shop lives and how it prices.
 *
 * @param baseUrl {@code http://127.0.0.1:PORT}, the WordPress home URL (also the OAuth signing base)
 */
record ShopSettings(String baseUrl, String currency, boolean pricesIncludeTax, boolean calcTaxes) {

    static final String VERSION = "7.9.0";
    static final String TAX_RATE_PERCENT = "27";
    /** The WordPress user behind the API key: the admin of a fresh install ({@code refunded_by}). */
    static final long ADMIN_USER_ID = 1;

    String restUrl(String route) {
        return baseUrl + "/wp-json" + route;
    }

    /** HTML entity form of the currency symbol, as WooCommerce puts it in {@code price_html}. */
    String currencySymbolHtml() {
        return switch (currency) {
            case "HUF" -> "&#70;&#116;";
            case "EUR" -> "&euro;";
            case "USD" -> "&#36;";
            default -> currency;
        };
    }

    /** Plain currency symbol, as orders' {@code currency_symbol}. */
    static String currencySymbol(String currency) {
        return switch (currency) {
            case "HUF" -> "Ft";
            case "EUR" -> "€";
            case "USD" -> "$";
            default -> currency;
        };
    }
}
