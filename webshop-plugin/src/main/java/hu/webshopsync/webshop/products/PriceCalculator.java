package hu.webshopsync.webshop.products;

import hu.webshopsync.api.VatRate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * The {@code regular_price} text for a product: the gross price rounded half-up to the currency's
 * cash unit (whole forints for HUF), or, for a shop that adds the tax itself, the net price with
 * up to two decimals so that the shop's own gross lands on the ERP's.
 */
final class PriceCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final PriceMode mode;
    private final int grossScale;

    /**
     * @param mode       gross or net
     * @param grossScale decimals of a gross price (0 for HUF)
     */
    public PriceCalculator(PriceMode mode, int grossScale) {
        this.mode = Objects.requireNonNull(mode, "mode");
        this.grossScale = grossScale;
    }

    /**
     * The calculator for the ERP's currency. HUF prices are whole forints (the 1 and 2 forint coins
     * were withdrawn in 1999), although ISO 4217 gives HUF two decimals.
     *
     * @param mode     gross or net
     * @param currency the ERP's currency code
     * @return the calculator
     */
    public static PriceCalculator forCurrency(PriceMode mode, String currency) {
        int scale;
        if ("HUF".equalsIgnoreCase(currency)) {
            scale = 0;
        } else {
            try {
                scale = Math.max(0, Currency.getInstance(currency.toUpperCase(java.util.Locale.ROOT)).getDefaultFractionDigits());
            } catch (IllegalArgumentException e) {
                scale = 2;
            }
        }
        return new PriceCalculator(mode, scale);
    }

    /**
     * The gross unit price: net × (1 + rate), rounded half-up.
     *
     * @param net the net price
     * @param vat the VAT rate
     * @return the gross price
     */
    public BigDecimal gross(BigDecimal net, VatRate vat) {
        BigDecimal factor = BigDecimal.ONE.add(vat.percent().divide(HUNDRED));
        return net.multiply(factor).setScale(grossScale, RoundingMode.HALF_UP);
    }

    /**
     * The price as the shop takes it, as a plain decimal string ({@code "1990"}, never {@code 1.99E+3}).
     *
     * @param net the net price
     * @param vat the VAT rate
     * @return the {@code regular_price} value
     */
    public String regularPrice(BigDecimal net, VatRate vat) {
        BigDecimal price = mode == PriceMode.GROSS ? gross(net, vat)
                : net.setScale(Math.max(2, grossScale), RoundingMode.HALF_UP).stripTrailingZeros();
        if (price.scale() < 0) {
            price = price.setScale(0, RoundingMode.UNNECESSARY);
        }
        return price.toPlainString();
    }

    /** @return the mode */
    public PriceMode mode() {
        return mode;
    }
}
