package hu.webshopsync.emulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order refund ({@code shop_order_refund}, a child post of the order). Its lines copy the refunded
 * order lines with negative quantity and totals and a {@code _refunded_item_id} meta, as
 * {@code wc_create_refund} builds them.
 *
 * @param amount the refunded amount, positive; the order's {@code refunds[].total} shows it negated
 */
record ShopRefund(long id, long orderId, Instant created, BigDecimal amount, String reason, long refundedBy,
                  boolean refundedPayment, List<ShopOrder.LineItem> lineItems, List<Meta> meta) {
}
