/**
 * Order sync, shop → ERP: the <b>Webáruház szinkron</b> button on Értékesítés › Vevői rendelések
 * ({@link hu.webshopsync.webshop.orders.OrderSyncAction}) turns every new shop order into a
 * customer order to deliver, once.
 *
 * <p>Who does what: the {@link hu.webshopsync.webshop.orders.OrderSource} port hands over pages of
 * {@link hu.webshopsync.webshop.orders.ShopOrder}s in the sync's words and takes marks and notes; its WooCommerce
 * adapter ({@code woocommerce.WooOrderSource}, {@code WooOrderReader}, {@code WooOrderMapping}) reads
 * each order of a page on its own and settles what only WooCommerce means (tax tables, name order,
 * statuses), so this package imports nothing of WooCommerce; {@code OrderListing} walks the listing
 * without skipping; {@code CustomerMatcher} finds or drafts the customer;
 * {@code OrderMapper} (pure) builds the {@link hu.webshopsync.api.CustomerOrderDraft};
 * {@link hu.webshopsync.webshop.orders.OrderImporter} runs it all; {@link hu.webshopsync.webshop.orders.OrderSyncAction}
 * gets the shop from the plugin through {@link hu.webshopsync.webshop.orders.OrderSyncServices}.
 *
 * <p>Decisions, in one place:
 * <ul>
 *   <li><b>Listing order</b>: by id ({@code orderby=id&order=asc}) within {@code modified_after =
 *   cursor − overlap}, never by {@code modified}. MySQL returns rows that tie on the sort key in no
 *   stable order from one request to the next, and a busy shop or an import tool saves many orders in
 *   one second: a real WooCommerce 7.9 paged 300 such orders by {@code modified} as 297 (3 pages, 3
 *   duplicates, 3 missing), and the run called itself successful. The id is unique, and it does not
 *   change when an order does: a change can only make an order join the listing (it now matches)
 *   or leave it (completed, trashed), never move it within.</li>
 *   <li><b>No skipped row</b> ({@code OrderListing}): each request after the first asks from the last
 *   row taken ({@code offset}, one row re-read per page). If the answer does not reach back to that
 *   order, orders before it left the listing and the rest moved up: step back a page and ask again.
 *   Rows that join behind the pass are not seen by it. A shop whose answer is not in ascending id
 *   order (orderby ignored by a plugin) is read by plain pages instead, and only the count below
 *   guards it.</li>
 *   <li><b>Complete</b>: a pass that took fewer distinct orders than {@code X-WP-Total}, or lasted
 *   longer than the overlap, is followed by another pass over the same window (orders dealt with
 *   already are passed by), at most three passes in all. Why both checks: an order that joins behind
 *   a pass changed while the pass ran, so the next pass sees it; the count shows such an order unless
 *   another left meanwhile and the two cancel out. For those, the final pass is short: it began less
 *   than the overlap before it ended, and the cursor is at most the newest change seen, so the joined
 *   order's change lies within the overlap before the cursor and the next run lists it. A listing
 *   still short after three passes is reported ("… rendeléslistája letöltés közben változott …",
 *   PARTIAL) and leaves the cursor where it was.</li>
 *   <li><b>Cursor</b> ({@code OrderCursor}, state key {@code orders.cursor.<sourceId>}): the newest
 *   {@code date_modified_gmt} up to which every listed order is in the ERP. It moves only after a
 *   complete listing, because in id order an order not yet listed may have changed before any
 *   imported one: a run cancelled, broken off or killed leaves it, and the next run lists those
 *   orders again and finds them already imported. It then moves to the newest change of an order in
 *   the ERP that is older than every failed order, so failures are listed again; a failed order
 *   without a readable change time keeps it. Each run lists from cursor − overlap (default 10 min);
 *   the first from host clock − look-back (default 30 days).</li>
 *   <li><b>Once</b>: external source = the shop's source id, reference = shop order id; bulk
 *   {@code existingReferences} per page; {@code DuplicateExternalReferenceException} on create counts
 *   as already imported. The source id is the shop's remembered identity, not its address
 *   ({@link hu.webshopsync.webshop.identity}): it was given once from the first address and stays
 *   when the same shop is reached at another one ({@code http} → {@code https}, a new domain name),
 *   which the activation check proves by finding the imported orders' {@code order_key}s there. So
 *   a new address imports nothing twice; a different shop must be confirmed and gets its own source
 *   id, so its order ids never meet the old shop's.</li>
 *   <li><b>Reused ids</b> ({@code OrderKeys}, binding kind {@code order}, key
 *   {@code <sourceId>#<orderId>}, extra = {@code order_key}): an id the ERP holds under another
 *   order key is reported as failed for a human, never skipped as "already imported".</li>
 *   <li><b>Coupons</b>: product lines at the pre-discount price ({@code subtotal}), one negative
 *   discount line per VAT rate for (subtotal − total); the ERP total equals the shop total.</li>
 *   <li><b>ERP number on the shop order</b> ({@code PendingMarks}, binding kind
 *   {@code order-mark-pending}): each imported order's ERP document number is remembered with its
 *   page's commit and written at the end of the run as an {@link hu.webshopsync.webshop.orders.OrderSource.OrderMark}
 *   (WooCommerce: order meta {@code erp_document}, no leading underscore so the admin shows it among
 *   the order's custom fields), 100 orders a {@code POST /orders/batch}: 5,000 orders cost 50 requests
 *   instead of 5,000 note requests. Writing a number again changes nothing (WooCommerce's
 *   {@code update_meta_data} replaces the key), so a number whose answer was lost is simply written
 *   again by the next run; it is forgotten once the shop has it or the order is gone. The meta write
 *   moves the order's {@code date_modified}, so the next run lists those orders once more and passes
 *   them as already imported.</li>
 *   <li><b>Notes</b> ({@code PendingNotes}, binding kind {@code order-note-pending}): remembered per
 *   page after commit, sent at the end of the run, retried by later runs; never undo an import.
 *   The import note ("Rögzítve az ERP-ben: VR-…") is off by default ({@code orderNoteEnabled}): the
 *   number is on the order already, and a note costs a request per order (WooCommerce has no batch
 *   for notes). The fulfilment note ("Teljesítve az ERP-ben: VR-…") goes with every fulfilled status
 *   written back: few orders, and it tells the shop owner who completed the order and why. A shop
 *   that keeps no notes ({@link hu.webshopsync.webshop.orders.OrderSource#takesNotes()} false) gets
 *   none and is not asked for any.</li>
 *   <li><b>After the import</b> (#16): the listing asks for the closed statuses too, and an order in
 *   the ERP is compared with its {@code OrderTrace} (binding kind {@code order-trace}: stage, lines,
 *   total, refunded). Called off in the shop → an open ERP order is cancelled (reservation released),
 *   a fulfilled one flagged; taken up again, edited or partly refunded → flagged with old → new. A
 *   closed order the ERP never had is no new order. Nothing is acted on twice: the trace moves after
 *   the ERP acted, and the ERP ignores a repeated cancel or review reason.</li>
 *   <li><b>Write-back</b> ({@code OrderWriteBack}, {@code StatusWriteBack}, state key
 *   {@code orders.writeback.<sourceId>}, binding kind {@code order-status-pending}): the ERP's
 *   fulfilments and cancellations become shop statuses in the same batches as the ERP numbers, one
 *   batch item per order carrying both (statuses first). A status is marked before sending; after a
 *   lost answer or a killed run the next run reads the marked orders back
 *   ({@link hu.webshopsync.webshop.orders.OrderSource#marksOf}, one request per 100) and sends only
 *   what the shop lacks, so a status is never flipped twice. The fulfilment note is stored with the
 *   confirmation and sent by {@code PendingNotes}; the cursor passes only what the shop confirmed. An
 *   order the shop called off keeps its status. An empty {@code fulfilledShopStatus} or
 *   {@code cancelledShopStatus} (or {@code -}) sends none.</li>
 * </ul>
 */
package hu.webshopsync.webshop.orders;
