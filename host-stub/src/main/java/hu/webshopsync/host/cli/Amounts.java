package hu.webshopsync.host.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How amounts and quantities are written in output: as plain strings, whole numbers without
 * decimals ({@code "12990"}), other money with at least two decimals ({@code "1.50"}).
 */
final class Amounts {

    private Amounts() {
    }

    static String money(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            return stripped.setScale(0, RoundingMode.UNNECESSARY).toPlainString();
        }
        return stripped.setScale(Math.max(2, stripped.scale()), RoundingMode.UNNECESSARY).toPlainString();
    }

    static String quantity(BigDecimal quantity) {
        if (quantity == null) {
            return null;
        }
        BigDecimal stripped = quantity.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped).toPlainString();
    }

    /** Gross = net × (1 + rate), rounded half up to whole forints, as the shop shows it. */
    static BigDecimal gross(BigDecimal net, BigDecimal ratePercent) {
        return net.multiply(BigDecimal.ONE.add(ratePercent.movePointLeft(2))).setScale(0, RoundingMode.HALF_UP);
    }
}
