/**
 * Product sync, ERP → shop: the <b>Termék szinkron</b> button on the Products list
 * ({@link hu.webshopsync.webshop.products.ProductSyncAction}) sends every product marked
 * Webáruházas to the shop.
 *
 * <p>Who does what, in run order: {@code CatalogReader} pages the marked products;
 * {@code WritePlanner} checks each ({@code IntentBuilder}), decides its image, builds its
 * {@code ProductIntent}, content hash and one typed {@link hu.webshopsync.webshop.products.ProductPayload};
 * {@code WriteCategories} puts in the category ids; {@code SkuAdoption} looks new SKUs up;
 * {@code WritePipeline} batches and sends; {@code AnswerHandler} saves bindings and names each
 * product's {@code FollowUp}, which {@code ProductSync} routes back to the queue; the
 * {@code Unpublisher} drafts what is no longer sold; {@code RunReport} says what happened. The
 * shop is reached only through the ports {@link hu.webshopsync.webshop.products.ProductShop},
 * {@link hu.webshopsync.webshop.categories.CategoryShop} and
 * {@link hu.webshopsync.webshop.images.MediaShop}; the WooCommerce adapters live in
 * {@code woocommerce/} and translate their error codes into a
 * {@link hu.webshopsync.webshop.products.Rejection}.
 *
 * <p>Decisions, in one place:
 * <ul>
 *   <li><b>Delta by content hash</b>: a product binding (kind {@code product}, key = SKU) holds the
 *   shop id and the hash of the product's intent (canonical JSON, SHA-256, prefixed with a format
 *   version). An equal hash costs no request at all; {@code full=true} resends everything. The
 *   intent names the category by path and the image by media id, so an unchanged product needs no
 *   category lookup either. The binding's {@code extra} keeps the fields last sent, so an update
 *   says what changed.</li>
 *   <li><b>The ERP's fields only</b> ({@code syncFields}, default every field): the fields the shop
 *   owns are {@code null} in the intent before it is hashed, so editing them in the ERP costs no
 *   request, and owning one more field changes the hash, so the next run sends it without
 *   {@code full}. With every field owned the intent, and its hash, is what earlier versions stored.
 *   A create carries the name in any case (the shop needs one); an adoption or update never adds
 *   it. An image the shop owns is not uploaded either.</li>
 *   <li><b>Batches</b>: at most 100 writes per request (fewer when the body would pass about
 *   1.5 MB, or when batches take longer than a time budget: {@code BatchSizer}), up to the
 *   {@code ConcurrencyLimiter}'s limit in flight and as many waiting in the pool; a SKU is in one
 *   batch at a time. Answers are handled on the run's thread, which alone touches the host.
 *   Bindings are saved after every batch.</li>
 *   <li><b>Tuned to the shop</b>: with {@code parallelRequests} left empty, the writes in flight
 *   start at 2 and grow by one per answer (doubling every round) while the shop answers as fast as at
 *   its best, and shrink on slower answers, refusals (429, 503) and timeouts, up to 16 (a shop with
 *   few PHP workers makes extra requests queue, which shows as latency before it refuses); a set
 *   value is kept as it is. Batches start at 100. On a slow shop (a request took a second or more,
 *   and no write was fast enough per item to make a full batch shorter than that; the first sync's
 *   category batches usually tell it before the first product batch) the batches are half-second
 *   probes until the writes in flight stop doubling, since a few thousand products in batches of 100
 *   give the limit too few answers to learn from; then they grow within a budget of 20 s, and the
 *   last ones are split evenly over the requests in flight. Such a shop is asked once for its time
 *   limit ({@code max_execution_time}), which a fast shop is never asked (no request more), and the
 *   budget stays at 70 % of it. A batch slower than the budget or stopped by the shop's time limit
 *   halves the size (PHP answers 500 after storing part of it; the batch is then settled as a lost
 *   answer: looked up, adopted, counted as created, never repeated blindly).</li>
 *   <li><b>Adoption of existing SKUs</b>: an unbound SKU is looked up (100 per request) and an
 *   existing shop product is adopted, so a first sync against a filled shop updates instead of
 *   duplicating. A shop that was empty when the run started (asked once) is not searched. A create
 *   refused as a duplicate SKU adopts the product the shop names. The shop compares SKUs ignoring
 *   case, accents and trailing spaces: a shop product another ERP SKU owns, or a variation, is never
 *   adopted; the product fails with the reason.</li>
 *   <li><b>Never delete</b>: an unmarked or deleted ERP product is set to draft once (the binding's
 *   {@code extra} becomes {@code draft}); the shop keeps it with its orders and links. A first sync
 *   does not look for any.</li>
 *   <li><b>Images once per content</b>: the media binding holds the media id, the content's SHA-256
 *   and the file's stamp; an image is uploaded only when its content is new, under a name carrying
 *   its hash, after an upload intent is stored, so a lost answer is found again by search instead of
 *   uploaded twice ({@link hu.webshopsync.webshop.images.ImageResolver}).</li>
 *   <li><b>Category cache</b>: path → id per shop connection, six hours
 *   ({@link hu.webshopsync.webshop.categories.CategoryIdCache}); missing categories of a page are
 *   created one batch per level. A product answer that shows a category gone evicts it, and the
 *   product is sent once more with the category found or created again.</li>
 *   <li><b>Crash resume</b>: a run that dies or is killed resumes where it stopped, since the
 *   bindings of every answered batch are stored. A batch whose answer was lost is never repeated
 *   blindly: its creates are looked up first and what exists is adopted. Each product gets at most
 *   one follow-up write per run; two failed requests in a row stop the run, refused credentials at
 *   once.</li>
 *   <li><b>Lock</b>: one run per shop ({@code webshop.product-sync}, a ten-minute lease renewed
 *   between batches once a minute has passed on the injected clock); a second run is refused, and a
 *   run that lost its lock stops.</li>
 * </ul>
 */
package hu.webshopsync.webshop.products;
