package hu.webshopsync.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A product's stock in one warehouse.
 *
 * @param onHand   the quantity on hand (may be fractional or, after a bad booking, negative)
 * @param reserved the quantity reserved by customer orders not yet delivered
 */
public record StockLevel(BigDecimal onHand, BigDecimal reserved) {

    /** No stock at all. */
    public static final StockLevel ZERO = new StockLevel(BigDecimal.ZERO, BigDecimal.ZERO);

    /**
     * Validates the level.
     */
    public StockLevel {
        Objects.requireNonNull(onHand, "onHand");
        Objects.requireNonNull(reserved, "reserved");
    }

    /**
     * What can still be sold: on hand minus reserved, floored to whole units, never below zero.
     *
     * @return the sellable whole quantity
     */
    public long available() {
        BigDecimal free = onHand.subtract(reserved).setScale(0, RoundingMode.FLOOR);
        return Math.max(0L, free.longValue());
    }
}
