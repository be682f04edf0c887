package hu.webshopsync.api;

/**
 * What an order line stands for.
 */
public enum LineKind {
    /** A product of the product master; reserves stock. */
    PRODUCT,
    /** A shipping charge, booked as a service under a configured SKU. */
    SHIPPING,
    /** A fee (e.g. cash-on-delivery handling), booked as a service under a configured SKU. */
    FEE,
    /** A discount such as a coupon; its amounts are negative. */
    DISCOUNT,
    /** The difference between the shop's total and the recomputed one, within the tolerance. */
    ROUNDING
}
