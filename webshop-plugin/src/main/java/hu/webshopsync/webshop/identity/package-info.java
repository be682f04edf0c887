/**
 * Which shop the plugin works with, independent of the address it is reached at.
 *
 * <p>Decision: a WooCommerce 7.9 shop has no store id to ask for ({@code system_status} reports
 * {@code home_url}/{@code site_url}, which follow the address, and versions and a table prefix many
 * shops share), and the REST API offers no place to write a marker of our own without touching
 * something the shop owner sees. So the shop is recognised by its own data, checked at every
 * activation ({@link hu.webshopsync.webshop.identity.SameShopEvidence}): the {@code order_key}s
 * ({@code wc_order_…}, drawn at random by the shop) of the newest imported orders, or before any
 * order the ids and SKUs of the bound products. The result is remembered
 * ({@link hu.webshopsync.webshop.identity.ShopIdentityStore}): a source id given once — the address
 * id of the first address, which is what installs from before already used, so existing ERP orders,
 * cursors and order keys need no migration — and the address it was verified at.
 *
 * <ul>
 *   <li>Same shop at a new address ({@code http} → {@code https}, another domain name): the source
 *   id stays, so the ERP's unique (external source, shop order id) still holds every imported
 *   order, and the product bindings stay.</li>
 *   <li>A different shop: refused until confirmed ({@code --new-shop}); then it gets a new source
 *   id and the product and image bindings move to the history
 *   ({@link hu.webshopsync.webshop.identity.BindingArchive}), nothing is deleted.</li>
 *   <li>An address set with {@code --no-check}: the syncs refuse to run until an activation with the
 *   check has verified it.</li>
 * </ul>
 */
package hu.webshopsync.webshop.identity;
