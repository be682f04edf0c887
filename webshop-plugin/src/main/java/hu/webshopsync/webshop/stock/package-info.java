/**
 * <b>Készlet ellenőrzés</b> (stock audit): what the shop says it has in stock against what the ERP can
 * sell. Stock drifts when someone edits it in the shop, when a shop plugin books it, or when a
 * product sync's write was lost; the product sync cannot see that, because it sends only what
 * changed in the ERP since its last write.
 *
 * <p>The audit reads every shop product once, in pages, rather than the bound products by id: the
 * same number of requests, and it also meets the shop products the ERP does not know. It writes
 * only with {@code fix=true}, and then only the stock of the products that differ, through the
 * product port's batch write; it leaves the product sync's content hashes alone, so a later ERP
 * change still reaches the shop as usual.
 */
package hu.webshopsync.webshop.stock;
