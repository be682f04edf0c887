package hu.webshopsync.host.orders;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Splits a gross amount into net and VAT the way Hungarian B2C documents do: the net is computed
 * from the gross and rounded to the currency's unit (whole forints for HUF), and the VAT is the
 * remainder, so net + VAT always equals the gross the customer paid.
 *
 * @param net the net amount
 * @param vat the VAT amount
 */
public record VatSplit(BigDecimal net, BigDecimal vat) {

    /**
     * Splits a gross amount.
     *
     * @param gross       the gross amount
     * @param ratePercent the VAT rate in percent
     * @param scale       decimals of the currency (0 for HUF)
     * @return the split
     */
    public static VatSplit ofGross(BigDecimal gross, BigDecimal ratePercent, int scale) {
        BigDecimal divisor = BigDecimal.ONE.add(ratePercent.movePointLeft(2));
        BigDecimal net = gross.divide(divisor, scale, RoundingMode.HALF_UP);
        return new VatSplit(net, gross.subtract(net));
    }

    /**
     * The decimals an amount in a currency is kept to: none for forints (the ERP books whole
     * forints), otherwise the ISO default.
     *
     * @param currency the ISO 4217 code
     * @return the scale
     */
    public static int scaleOf(String currency) {
        if ("HUF".equalsIgnoreCase(currency)) {
            return 0;
        }
        try {
            return Math.max(0, java.util.Currency.getInstance(currency.toUpperCase(java.util.Locale.ROOT))
                    .getDefaultFractionDigits());
        } catch (IllegalArgumentException e) {
            return 2;
        }
    }
}
