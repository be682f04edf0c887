/**
 * Order sync, shop → ERP: the <b>Webáruház szinkron</b> button on Értékesítés › Vevői rendelések
 * ({@link hu.webshopsync.webshop.orders.OrderSyncAction}) turns every new shop order into a
 * customer order to deliver, once.
 *
 * <p>Who does what: {@code WooOrdersApi} (Feign) and {@code WooOrderSource} fetch pages and leave
 * notes; {@code OrderPageReader} reads each order of a page on its own; {@code CustomerMatcher}
 * finds or drafts the customer; {@code OrderMapper} (pure) builds the
 * {@link hu.webshopsync.api.CustomerOrderDraft}; {@link hu.webshopsync.webshop.orders.OrderImporter}
 * runs it all against the {@link hu.webshopsync.webshop.orders.OrderSource} port.
 *
 * <p>Decisions, in one place:
 * <ul>
 *   <li><b>Cursor</b> ({@code OrderCursor}, state key {@code orders.cursor.<sourceId>}): the newest
 *   {@code date_modified_gmt} up to which every listed order is in the ERP. It advances only through
 *   the unbroken run of committed / already-imported orders in modification order; a failed or
 *   malformed order holds it, and a listing that shifted between two page requests (an order left
 *   the result set or moved to its end) sends it back to the last page known complete. Each run lists
 *   from cursor − overlap (default 10 min); the first from host clock − look-back (default 30 days).</li>
 *   <li><b>Once</b>: external source = the connection's source id, reference = shop order id; bulk
 *   {@code existingReferences} per page; {@code DuplicateExternalReferenceException} on create counts
 *   as already imported.</li>
 *   <li><b>Reused ids</b> ({@code OrderKeys}, binding kind {@code order}, key
 *   {@code <sourceId>#<orderId>}, extra = {@code order_key}): an id the ERP holds under another
 *   order key is reported as failed for a human, never skipped as "already imported".</li>
 *   <li><b>Coupons</b>: product lines at the pre-discount price ({@code subtotal}), one negative
 *   discount line per VAT rate for (subtotal − total); the ERP total equals the shop total.</li>
 *   <li><b>Notes</b> ({@code PendingNotes}, binding kind {@code order-note-pending}): remembered per
 *   page after commit, sent at the end of the run, retried by later runs; never undo an import.</li>
 * </ul>
 */
package hu.webshopsync.webshop.orders;
