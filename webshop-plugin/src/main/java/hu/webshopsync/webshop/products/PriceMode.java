package hu.webshopsync.webshop.products;

/**
 * Which price the shop expects in {@code regular_price}.
 */
public enum PriceMode {
    /**
     * The gross price. The shop either does not calculate taxes (it shows the price as entered)
     * or takes prices with tax included.
     */
    GROSS,
    /** The net price: the shop calculates taxes and takes prices without tax. */
    NET;

    /**
     * The mode from the shop's two settings.
     *
     * @param calculatesTaxes      {@code woocommerce_calc_taxes} = yes
     * @param pricesIncludeTax     {@code woocommerce_prices_include_tax} = yes
     * @return NET only when the shop calculates taxes on prices entered without tax
     */
    public static PriceMode of(boolean calculatesTaxes, boolean pricesIncludeTax) {
        return calculatesTaxes && !pricesIncludeTax ? NET : GROSS;
    }
}
