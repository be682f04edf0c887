package hu.webshopsync.webshop.products;

import java.util.Optional;

import hu.webshopsync.webshop.settings.SyncField;

import hu.webshopsync.api.Binding;
import hu.webshopsync.api.LocalizedText;
import hu.webshopsync.api.PluginStateStore;
import hu.webshopsync.api.Product;
import hu.webshopsync.api.StockLevel;
import hu.webshopsync.webshop.categories.CategoryPath;
import hu.webshopsync.webshop.images.ImageDecision;
import hu.webshopsync.webshop.images.ImageResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * Plans a page: each marked product is checked, gets its image decision, becomes its
 * {@link ProductIntent} and content hash, and, unless the hash equals the stored one, one
 * {@link PendingWrite} with its typed {@link ProductPayload}. Category ids are filled in later,
 * for the whole page at once.
 */
final class WritePlanner {

    private final IntentBuilder intents;
    private final ImageResolver images;
    private final ExecutorService pool;
    private final SyncOptions options;
    private final PluginStateStore state;
    private final RunReport report;
    private static final ImageDecision NOT_OWNED = new ImageDecision.Untouched(Optional.empty());

    private final PayloadHasher hasher = new PayloadHasher();

    WritePlanner(IntentBuilder intents, ImageResolver images, ExecutorService pool, SyncOptions options,
                 PluginStateStore state, RunReport report) {
        this.intents = intents;
        this.images = images;
        this.pool = pool;
        this.options = options;
        this.state = state;
        this.report = report;
    }

    /**
     * The writes the page's marked products need; unfit ones are skipped, unchanged ones counted.
     *
     * @param page   the page, with its bindings and stock
     * @param marked its marked products
     * @return the writes, without category ids yet
     */
    List<PendingWrite> plan(CatalogReader.Page page, List<Product> marked) {
        List<Product> candidates = new ArrayList<>();
        for (Product product : marked) {
            IntentBuilder.Skip skip = intents.check(product);
            if (skip != null) {
                report.skipped(product.sku(), new LocalizedText(skip.messageKey(), skip.args()));
            } else {
                candidates.add(product);
            }
        }
        // an image the shop owns is neither uploaded nor sent
        Map<String, ImageDecision> imageDecisions = !options.fields().contains(SyncField.IMAGE) ? Map.of()
                : images.decideAll(candidates.stream()
                        .map(p -> new ImageResolver.Request(p.sku(), p.image(), page.media().get(p.sku()))).toList(),
                        pool, options.parallelRequests());
        List<Binding> mediaToSave = new ArrayList<>();
        List<PendingWrite> writes = new ArrayList<>();
        for (Product product : candidates) {
            ImageDecision image = imageDecisions.getOrDefault(product.sku(), NOT_OWNED);
            if (image instanceof ImageDecision.Use use) {
                use.binding().ifPresent(mediaToSave::add);
            }
            StockLevel stock = options.stockWarehouse().isPresent()
                    ? page.stock().getOrDefault(product.sku(), StockLevel.ZERO) : null;
            PendingWrite write = plan(product, page.bindings().get(product.sku()), image, stock);
            if (write != null) {
                writes.add(write);
            }
        }
        if (!mediaToSave.isEmpty()) {
            state.saveBindings(mediaToSave);
        }
        return writes;
    }

    /** The write a checked product needs, or {@code null} when it is unchanged. */
    private PendingWrite plan(Product product, Binding binding, ImageDecision image, StockLevel stock) {
        String sku = product.sku();
        ProductIntent all = intents.intent(product, stock, ImageIntent.of(image));
        ProductIntent intent = all.owning(options.fields());
        if (image instanceof ImageDecision.Untouched untouched) {
            untouched.problem().ifPresent(p -> report.warning(sku,
                    LocalizedText.of("warn.image", new LocalizedText(p.messageKey(), p.args()))));
        }
        String hash = hasher.hash(intent);
        boolean bound = binding != null && !binding.remoteId().isEmpty();
        if (!options.full() && bound && hash.equals(binding.contentHash())
                && !ProductSync.DRAFT_MARKER.equals(binding.extra())) {
            report.unchanged();
            return null;
        }
        CategoryPath path = intent.category() == null ? null : CategoryPath.parse(intent.category());
        if (path == null && options.fields().contains(SyncField.CATEGORY)) {
            // said only when the product is sent, so an unchanged product does not repeat it every run
            report.uncategorized(sku);
        }
        return new PendingWrite(sku, bound ? Long.valueOf(binding.remoteId()) : null,
                ProductPayload.of(intent, ImageIntent.imageIds(image)), hash, false, path,
                image instanceof ImageDecision.Remove, 0, binding, all.name());
    }
}
