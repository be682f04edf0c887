package hu.webshopsync.webshop.products;

import hu.webshopsync.api.ItemStatus;
import hu.webshopsync.api.ActionContext;
import hu.webshopsync.api.Binding;
import hu.webshopsync.api.ItemLine;
import hu.webshopsync.api.LocalizedText;
import hu.webshopsync.api.Outcome;
import hu.webshopsync.api.Product;
import hu.webshopsync.api.ProductQuery;
import hu.webshopsync.api.StateLock;
import hu.webshopsync.api.StockLevel;
import hu.webshopsync.webshop.text.Messages;
import hu.webshopsync.webshop.shop.ShopErrors;
import hu.webshopsync.webshop.categories.CategoryPath;
import hu.webshopsync.webshop.categories.CategoryResolver;
import hu.webshopsync.webshop.images.ImageDecision;
import hu.webshopsync.webshop.images.ImageResolver;
import hu.webshopsync.webshop.shop.ShopException;
import hu.webshopsync.webshop.shop.ShopUnreachableException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One run of <b>Termék szinkron</b>: every product marked Webáruházas (or the selected ones among
 * them) goes to the shop, unchanged products cost nothing, unmarked or deleted ones are set to
 * draft.
 *
 * <p>How it stays safe and frugal:
 * <ul>
 * <li>The catalog is walked in keyset pages; bindings and stock are read per page; at most one
 *     page and the pending batches are in memory.</li>
 * <li>A product binding (kind {@value #KIND}, key = SKU) holds the shop id and the hash of the
 *     product's {@link ProductIntent}; an equal hash means no request at all.</li>
 * <li>An unbound SKU is looked up in the shop (100 per request) and adopted when it exists, so
 *     a first sync against a filled shop updates instead of duplicating.</li>
 * <li>Writes go in batches of at most 100 items (fewer for large bodies); bindings are saved after
 *     every batch, so a run that dies resumes where it stopped.</li>
 * <li>A batch whose answer was lost is never repeated blindly: its creates are looked up first and
 *     what exists is adopted. Each product gets at most one follow-up write per run.</li>
 * <li>Up to {@code parallelRequests} batches are in flight at once, as many more wait in the pool;
 *     a SKU is in exactly one of them, and answers are handled on the calling thread, which alone
 *     touches the host's services.</li>
 * </ul>
 *
 * <p>One instance per run.
 */
public final class ProductSync {

    /** The binding kind of shop products. */
    public static final String KIND = "product";
    /** The binding's {@code extra} once the product was set to draft because it is no longer sold. */
    public static final String DRAFT_MARKER = "draft";
    /** The product-sheet field that marks a product for the shop. */
    public static final String FIELD_KEY = "webshop";

    private static final String LOCK_NAME = "webshop.product-sync";
    private static final Duration LOCK_LEASE = Duration.ofMinutes(10);
    private static final Duration LOCK_RENEW_AFTER = Duration.ofMinutes(1);
    private static final int MAX_CONSECUTIVE_BATCH_FAILURES = 2;
    // compiled once: String.matches and replaceAll compile their pattern on every call
    private static final Pattern SHOP_ID = Pattern.compile("\\d{1,18}");

    /**
     * The run's settings.
     *
     * @param warehouse        the warehouse whose stock goes to the shop; empty: stock is not sent
     * @param taxClasses       VAT code → tax class
     * @param full             resend every product, changed or not
     * @param parallelRequests batch writes in flight at once
     * @param pageSize         products per catalog page
     * @param maxBatchItems    items per batch, at most 100
     * @param maxBatchBytes    approximate body size per batch
     */
    public record Options(Optional<String> warehouse, Map<String, String> taxClasses, boolean full,
                          int parallelRequests, int pageSize, int maxBatchItems, int maxBatchBytes) {

        /**
         * Validates and copies.
         */
        public Options {
            taxClasses = Map.copyOf(taxClasses);
            if (maxBatchItems < 1 || maxBatchItems > ProductShop.MAX_BATCH) {
                throw new IllegalArgumentException("maxBatchItems must be 1.." + ProductShop.MAX_BATCH);
            }
            if (parallelRequests < 1 || pageSize < 1 || maxBatchBytes < 1) {
                throw new IllegalArgumentException("parallelRequests, pageSize and maxBatchBytes must be positive");
            }
        }

        /**
         * The usual options: pages of 500, batches of 100 items or about 1.5 MB.
         *
         * @param warehouse        the stock warehouse, if any
         * @param taxClasses       VAT code → tax class
         * @param full             resend everything
         * @param parallelRequests batch writes in flight at once
         * @return the options
         */
        public static Options of(Optional<String> warehouse, Map<String, String> taxClasses, boolean full,
                                 int parallelRequests) {
            return new Options(warehouse, taxClasses, full, parallelRequests, 500, ProductShop.MAX_BATCH, 1_500_000);
        }
    }

    // a shop that answers fewer items than it was sent breaks its contract; the rest are not stored
    private static final ProductShop.WriteResult NO_ANSWER = new ProductShop.Rejected(new Rejection.Other(
            LocalizedText.of("fail.refused", "webshopsync_invalid_response", "no answer for this item")));

    private record BatchOutcome(List<ProductShop.WriteResult> results, RuntimeException error) {
    }

    private record InFlight(List<PendingWrite> batch, Future<BatchOutcome> answer) {
    }

    private final ProductShop shop;
    private final CategoryResolver categories;
    private final ImageResolver images;
    private final Options options;
    private final Messages messages;
    private final PayloadHasher hasher = new PayloadHasher();

    private final Map<ItemStatus, Integer> counts = new LinkedHashMap<>();
    private final List<ItemLine> items = new ArrayList<>();
    private final List<LocalizedText> notes = new ArrayList<>();
    private final Deque<PendingWrite> queue = new ArrayDeque<>();
    private final Deque<InFlight> inFlight = new ArrayDeque<>();
    private final Set<String> selectionHandled = new HashSet<>();

    private ActionContext ctx;
    private Locale locale;
    private ProductMapper mapper;
    private ExecutorService executor;
    private StateLock lock;
    private Instant lockRenewedAt;
    private long queuedBytes;
    private int consecutiveBatchFailures;
    private boolean cancelled;
    private LocalizedText abortReason;
    private LocalizedText fatal;
    private boolean credentialsRefused;
    private boolean ran;
    // shop product id → the SKU bound to it, so two ERP SKUs the shop takes for one are never merged
    private final Map<Long, String> claimed = new HashMap<>();
    /** SKUs sent without a category; the shop files them under its default category. */
    private final List<String> uncategorized = new ArrayList<>();
    /**
     * Whether the shop had no product when this run started; asked once: at the start of a first
     * sync, otherwise on the first new SKU.
     */
    private Boolean shopStartedEmpty;
    // a first sync asks these early, on the pool (see runLocked); null once taken or not asked
    private Future<Boolean> emptinessAsked;
    private Future<Void> categoriesAsked;
    private boolean claimsLoaded;

    /**
     * @param shop       the shop's products
     * @param categories the run's category resolver
     * @param images     the run's image decisions
     * @param options    the run's settings
     * @param messages   the plugin's main bundle
     */
    public ProductSync(ProductShop shop, CategoryResolver categories, ImageResolver images, Options options,
                       Messages messages) {
        this.shop = Objects.requireNonNull(shop, "shop");
        this.categories = Objects.requireNonNull(categories, "categories");
        this.images = Objects.requireNonNull(images, "images");
        this.options = Objects.requireNonNull(options, "options");
        this.messages = Objects.requireNonNull(messages, "messages");
        SyncReport.STATUSES.forEach(s -> counts.put(s, 0));
    }

    /**
     * Runs the sync.
     *
     * @param context the host's services, the selection, progress and cancellation
     * @return what happened
     */
    public SyncReport run(ActionContext context) {
        if (ran) {
            throw new IllegalStateException("a ProductSync runs once");
        }
        ran = true;
        this.ctx = context;
        this.locale = context.locale();
        Optional<StateLock> taken = context.state().tryLock(LOCK_NAME, LOCK_LEASE);
        if (taken.isEmpty()) {
            return failed(LocalizedText.of("sync.locked"));
        }
        try (StateLock held = taken.get()) {
            this.lock = held;
            this.lockRenewedAt = Instant.now();
            if (options.parallelRequests() > 1) {
                executor = Executors.newFixedThreadPool(options.parallelRequests(), r -> {
                    Thread t = new Thread(r, "webshop-product-sync");
                    t.setDaemon(true);
                    return t;
                });
            }
            return runLocked();
        } finally {
            if (executor != null) {
                executor.shutdownNow();
            }
        }
    }

    private SyncReport runLocked() {
        Optional<String> warehouse = options.warehouse();
        if (warehouse.isPresent() && !ctx.host().inventory().warehouses().contains(warehouse.get())) {
            return failed(LocalizedText.of("sync.noWarehouse", warehouse.get()));
        }
        // Every product binding made by a run that started without any is for a product it saw
        // marked: there is nothing to take off sale, and reading them all back would be wasted.
        boolean firstSync = ctx.state().bindingsAfter(KIND, null, 1).isEmpty();
        if (firstSync && executor != null) {
            // A first sync needs these right after the tax settings: asked at the same time, the start
            // costs one round trip instead of four (the category batches follow, a level at a time).
            emptinessAsked = executor.submit(shop::isEmpty);
            categoriesAsked = executor.submit(() -> {
                categories.load();
                return null;
            });
        }
        PriceMode mode;
        try {
            mode = executor == null ? shop.priceMode() : shop.priceMode(executor);
        } catch (ShopException e) {
            return failed(LocalizedText.of("sync.cannotStart", ShopErrors.phrase(e)));
        }
        mapper = new ProductMapper(PriceCalculator.forCurrency(mode, ctx.host().currency()), options.taxClasses());

        ctx.progress().status(text("progress.reading"));
        long total = countMarked();
        walkCatalog(total);
        if (!stopped() && !firstSync) {
            ctx.progress().status(text("progress.unpublishing"));
            unpublishPass();
        }
        finishWrites();
        reportUnhandledSelection();
        images.uploadsRefused().ifPresent(e -> notes.add(LocalizedText.of("warn.imageCredentialsRefused",
                e.status(), e.code(), e.serverMessage())));
        if (images.uploadNeededWithoutCredentials()) {
            notes.add(LocalizedText.of("warn.noImageCredentials"));
        }
        if (!uncategorized.isEmpty()) {
            notes.add(LocalizedText.of("warn.noCategory", uncategorized.size(),
                    String.join(", ", uncategorized.subList(0, Math.min(5, uncategorized.size())))
                            + (uncategorized.size() > 5 ? ", …" : "")));
        }
        ctx.progress().progress(total, total);
        Outcome outcome = outcome();
        return new SyncReport(outcome, counts, items, notes.stream().map(this::text).toList(), notes);
    }

    private Outcome outcome() {
        int written = counts.get(ItemStatus.CREATED) + counts.get(ItemStatus.UPDATED) + counts.get(ItemStatus.UNPUBLISHED);
        if (credentialsRefused) {
            // The run had to stop and nothing more can go until someone fixes the keys: that is a
            // failure even when earlier batches were stored; the note says they are safe.
            notes.add(0, LocalizedText.of("text.twoSentences", fatal, LocalizedText.of("sync.credentialsStopped", written)));
            return Outcome.FAILED;
        }
        if (fatal != null || abortReason != null) {
            notes.add(0, fatal != null ? fatal : LocalizedText.of("sync.aborted", abortReason));
            return written == 0 ? Outcome.FAILED : Outcome.PARTIAL;
        }
        if (cancelled) {
            return Outcome.CANCELLED;
        }
        return counts.get(ItemStatus.FAILED) > 0 ? Outcome.PARTIAL : Outcome.SUCCESS;
    }

    // ---- catalog walk -------------------------------------------------------------------------

    private ProductQuery query(int limit) {
        ProductQuery q = ProductQuery.withField(FIELD_KEY, "true", limit);
        return ctx.selection().isEmpty() ? q : q.onlySkus(ctx.selection());
    }

    private long countMarked() {
        return ctx.host().products().count(query(options.pageSize()));
    }

    private void walkCatalog(long total) {
        ProductQuery q = query(options.pageSize());
        long done = 0;
        ctx.progress().progress(0, total);
        while (!stopped()) {
            if (ctx.cancellation().isCancelled()) {
                cancelled = true;
                break;
            }
            List<Product> page = ctx.host().products().find(q);
            if (page.isEmpty()) {
                break;
            }
            processPage(page);
            done += page.size();
            ctx.progress().progress(Math.min(done, total), total);
            if (page.size() < options.pageSize()) {
                break;
            }
            q = q.after(page.get(page.size() - 1).sku());
        }
    }

    private void processPage(List<Product> page) {
        List<String> skus = page.stream().map(Product::sku).toList();
        Map<String, Binding> bindings = ctx.state().bindings(KIND, skus);
        Map<String, Binding> media = ctx.state().bindings(ImageResolver.KIND, skus);
        Map<String, StockLevel> stock = options.warehouse().isPresent()
                ? ctx.host().inventory().levels(options.warehouse().get(), skus) : Map.of();
        bindings.values().forEach(b -> claim(b.remoteId(), b.key()));
        List<Product> candidates = new ArrayList<>();
        for (Product product : page) {
            if (!isMarked(product)) {
                continue;
            }
            selectionHandled.add(product.sku());
            ProductMapper.Skip skip = mapper.check(product);
            if (skip != null) {
                skipped(product.sku(), new LocalizedText(skip.messageKey(), skip.args()));
            } else {
                candidates.add(product);
            }
        }
        Map<String, ImageDecision> imageDecisions = images.decideAll(candidates.stream()
                .map(p -> new ImageResolver.Request(p.sku(), p.image(), media.get(p.sku()))).toList(),
                executor, options.parallelRequests());
        List<Binding> mediaToSave = new ArrayList<>();
        List<PendingWrite> prepared = new ArrayList<>();
        for (Product product : candidates) {
            PendingWrite write = prepare(product, bindings.get(product.sku()), imageDecisions.get(product.sku()),
                    options.warehouse().isPresent() ? stock.getOrDefault(product.sku(), StockLevel.ZERO) : null,
                    mediaToSave);
            if (write != null) {
                prepared.add(write);
            }
        }
        if (!mediaToSave.isEmpty()) {
            ctx.state().saveBindings(mediaToSave);
        }
        List<PendingWrite> unbound = new ArrayList<>();
        for (PendingWrite write : withCategories(prepared)) {
            if (write.create()) {
                unbound.add(write);
            } else {
                enqueue(write);
            }
        }
        lookupAndEnqueue(unbound);
        drain(false);
    }

    /**
     * The write a checked product needs, or {@code null} when it is unchanged. A media binding to
     * save goes to {@code mediaToSave}, saved once for the page.
     */
    private PendingWrite prepare(Product product, Binding binding, ImageDecision image, StockLevel stock,
                                 List<Binding> mediaToSave) {
        String sku = product.sku();
        ProductIntent intent = mapper.intent(product, stock);
        List<Long> imageIds = null;
        if (image instanceof ImageDecision.Use use) {
            intent = intent.withImage("media:" + use.mediaId());
            imageIds = List.of(use.mediaId());
            use.binding().ifPresent(mediaToSave::add);
        } else if (image instanceof ImageDecision.Remove) {
            intent = intent.withImage(ProductIntent.NO_IMAGE);
            imageIds = List.of();
        } else if (image instanceof ImageDecision.None) {
            intent = intent.withImage(ProductIntent.NO_IMAGE);
        } else if (image instanceof ImageDecision.Untouched untouched) {
            untouched.problem().ifPresent(p -> items.add(line(sku, ItemStatus.WARNING,
                    List.of(LocalizedText.of("warn.image", new LocalizedText(p.messageKey(), p.args()))))));
        }
        String hash = hasher.hash(intent);
        boolean bound = binding != null && !binding.remoteId().isEmpty();
        if (!options.full() && bound && hash.equals(binding.contentHash()) && !DRAFT_MARKER.equals(binding.extra())) {
            count(ItemStatus.UNCHANGED);
            return null;
        }
        CategoryPath path = intent.category() == null ? null : CategoryPath.parse(intent.category());
        if (path == null) {
            // said only when the product is sent, so an unchanged product does not repeat it every run
            uncategorized.add(sku);
        }
        // the category id is filled in by withCategories, for the whole page at once
        ProductPayload payload = new ProductPayload(intent.name(), intent.regularPrice(), intent.taxClass(),
                intent.description(), null, intent.stockQuantity(), imageIds, intent.status());
        return new PendingWrite(sku, bound ? Long.valueOf(binding.remoteId()) : null, payload, hash, false, path,
                image instanceof ImageDecision.Remove, 0, binding);
    }

    /**
     * Fills in the category ids of a page's writes. Missing categories are created first, one batch
     * request per nesting level; a path the shop refuses fails its products, asked once per page.
     */
    private List<PendingWrite> withCategories(List<PendingWrite> writes) {
        Set<CategoryPath> paths = new LinkedHashSet<>();
        writes.forEach(w -> {
            if (w.category() != null) {
                paths.add(w.category());
            }
        });
        if (paths.isEmpty()) {
            return writes;
        }
        Map<CategoryPath, RuntimeException> refused = new HashMap<>();
        awaitCategories();
        try {
            categories.createMissing(paths);
        } catch (ShopException e) {
            // not fatal here: resolve() below asks again per path and names the reason per product
        }
        List<PendingWrite> ready = new ArrayList<>(writes.size());
        for (PendingWrite w : writes) {
            if (w.category() == null) {
                ready.add(w);
                continue;
            }
            RuntimeException error = refused.get(w.category());
            if (error == null) {
                try {
                    ready.add(w.withCategory(categories.resolve(w.category())));
                    continue;
                } catch (ShopException e) {
                    refused.put(w.category(), e);
                    error = e;
                }
            }
            failed(w.sku(), LocalizedText.of("fail.category", w.category().toString(), ShopErrors.phrase(error)));
        }
        return ready;
    }

    private static boolean isMarked(Product product) {
        return product.field(FIELD_KEY).map(v -> v.trim().equalsIgnoreCase("true")).orElse(false);
    }

    /**
     * Looks unbound SKUs up before creating them: an existing shop product with the SKU is adopted
     * (its id saved at once), a variation with the SKU cannot be, anything else is created.
     */
    private void lookupAndEnqueue(List<PendingWrite> creates) {
        if (!creates.isEmpty() && creates.stream().allMatch(w -> w.attempt() == 0) && shopStartedEmpty()) {
            // Nothing can carry these SKUs: the shop was empty at the start and this run holds the lock,
            // so every product in it now came from this run and is bound already. A create that clashes
            // anyway is adopted through product_invalid_sku's resource_id (onRejected); lost answers
            // (attempt > 0) are still looked up.
            creates.forEach(this::enqueue);
            return;
        }
        for (int from = 0; from < creates.size(); from += ProductShop.MAX_BATCH) {
            List<PendingWrite> chunk = creates.subList(from, Math.min(creates.size(), from + ProductShop.MAX_BATCH));
            if (stopped()) {
                chunk.forEach(w -> failed(w.sku(), LocalizedText.of("fail.notSent", reasonOfStop())));
                continue;
            }
            List<ProductShop.ShopProduct> found;
            try {
                found = shop.findBySkus(chunk.stream().map(PendingWrite::sku).toList());
            } catch (ShopException e) {
                LocalizedText reason = ShopErrors.phrase(e);
                chunk.forEach(w -> failed(w.sku(), LocalizedText.of("fail.lookup", reason)));
                noteFailure(e, reason);
                continue;
            }
            Map<String, ProductShop.ShopProduct> bySku = new HashMap<>();
            for (ProductShop.ShopProduct p : found) {
                ProductShop.ShopProduct earlier = bySku.get(SkuCollation.fold(p.sku()));
                // Prefer the product itself over a variation carrying the same SKU.
                if (earlier == null || earlier.variation() && !p.variation()) {
                    bySku.put(SkuCollation.fold(p.sku()), p);
                }
            }
            List<Binding> adopted = new ArrayList<>();
            for (PendingWrite w : chunk) {
                ProductShop.ShopProduct existing = bySku.get(SkuCollation.fold(w.sku()));
                Optional<String> owner = existing == null ? Optional.empty() : otherOwner(existing.id(), w.sku());
                if (existing == null) {
                    enqueue(w);
                } else if (existing.variation()) {
                    failed(w.sku(), LocalizedText.of("fail.skuIsVariation", existing.id()));
                } else if (owner.isPresent()) {
                    failed(w.sku(), LocalizedText.of("fail.skuTaken", existing.sku(), existing.id(), owner.get()));
                } else {
                    claim(String.valueOf(existing.id()), w.sku());
                    adopted.add(new Binding(KIND, w.sku(), String.valueOf(existing.id()), "", ""));
                    enqueue(w.withId(existing.id()));
                }
            }
            if (!adopted.isEmpty()) {
                ctx.state().saveBindings(adopted);
            }
        }
    }

    private boolean shopStartedEmpty() {
        if (shopStartedEmpty == null) {
            // Not knowing is not a reason to stop: the SKUs are then looked up as usual.
            try {
                shopStartedEmpty = emptinessAsked != null ? emptinessAsked.get() : shop.isEmpty();
            } catch (ShopException | ExecutionException e) {
                shopStartedEmpty = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                shopStartedEmpty = false;
            }
            emptinessAsked = null;
        }
        return shopStartedEmpty;
    }

    /** Waits for the categories a first sync asked for early; a failure there is met again later. */
    private void awaitCategories() {
        if (categoriesAsked == null) {
            return;
        }
        try {
            categoriesAsked.get();
        } catch (ExecutionException e) {
            // createMissing/resolve read them again and report the reason per product
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        categoriesAsked = null;
    }

    // ---- unpublishing ---------------------------------------------------------------------------

    private void unpublishPass() {
        if (!ctx.selection().isEmpty()) {
            unpublishCandidates(new ArrayList<>(ctx.state().bindings(KIND, ctx.selection()).values()));
            return;
        }
        String after = null;
        while (!stopped()) {
            if (ctx.cancellation().isCancelled()) {
                cancelled = true;
                return;
            }
            List<Binding> page = ctx.state().bindingsAfter(KIND, after, options.pageSize());
            if (page.isEmpty()) {
                return;
            }
            unpublishCandidates(page);
            if (page.size() < options.pageSize()) {
                return;
            }
            after = page.get(page.size() - 1).key();
        }
    }

    private void unpublishCandidates(List<Binding> bindings) {
        List<Binding> live = bindings.stream()
                .filter(b -> !b.remoteId().isEmpty() && !DRAFT_MARKER.equals(b.extra())).toList();
        if (live.isEmpty()) {
            return;
        }
        Map<String, Product> products = ctx.host().products().bySkus(live.stream().map(Binding::key).toList());
        for (Binding b : live) {
            Product p = products.get(b.key());
            if (p != null && isMarked(p)) {
                continue;
            }
            selectionHandled.add(b.key());
            enqueue(new PendingWrite(b.key(), Long.valueOf(b.remoteId()), ProductPayload.unpublish(), b.contentHash(),
                    true, null, false, 0, b));
        }
        drain(false);
    }

    // ---- batching -----------------------------------------------------------------------------

    private void enqueue(PendingWrite write) {
        queue.add(write);
        queuedBytes += write.payload().estimatedBytes();
    }

    /** Sends full batches; with {@code force}, also the last partial one. */
    private void drain(boolean force) {
        while (!queue.isEmpty()) {
            if (stopped()) {
                if (abortReason != null || fatal != null) {
                    failQueued();
                }
                return;
            }
            if (!force && queue.size() < options.maxBatchItems() && queuedBytes < options.maxBatchBytes()) {
                return;
            }
            if (ctx.cancellation().isCancelled()) {
                cancelled = true;
                return;
            }
            List<PendingWrite> batch = new ArrayList<>();
            int bytes = 0;
            while (!queue.isEmpty() && batch.size() < options.maxBatchItems()) {
                int next = queue.peek().payload().estimatedBytes();
                if (!batch.isEmpty() && bytes + next > options.maxBatchBytes()) {
                    break;
                }
                PendingWrite w = queue.poll();
                queuedBytes -= next;
                bytes += next;
                batch.add(w);
            }
            submit(batch);
        }
    }

    private void submit(List<PendingWrite> batch) {
        renewLock();
        if (stopped()) {
            batch.forEach(w -> failed(w.sku(), LocalizedText.of("fail.notSent", reasonOfStop())));
            return;
        }
        if (executor == null) {
            handle(batch, send(batch));
            return;
        }
        // Answers already in are handled at once, so their bindings are saved early. Up to twice
        // parallelRequests batches are handed to the pool (which sends parallelRequests at a time),
        // so the shop is kept busy while this thread reads and prepares the next page.
        while (!inFlight.isEmpty() && inFlight.peek().answer().isDone()) {
            completeOldest();
        }
        while (inFlight.size() >= 2 * options.parallelRequests()) {
            completeOldest();
        }
        inFlight.add(new InFlight(batch, executor.submit(() -> send(batch))));
    }

    private BatchOutcome send(List<PendingWrite> batch) {
        try {
            return new BatchOutcome(shop.write(batch.stream().map(PendingWrite::toWrite).toList()), null);
        } catch (RuntimeException e) {
            return new BatchOutcome(null, e);
        }
    }

    private void completeOldest() {
        InFlight oldest = inFlight.poll();
        if (oldest == null) {
            return;
        }
        BatchOutcome outcome;
        try {
            outcome = oldest.answer().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelled = true;
            outcome = new BatchOutcome(null, new IllegalStateException("interrupted"));
        } catch (ExecutionException e) {
            outcome = new BatchOutcome(null, e.getCause() instanceof RuntimeException r ? r
                    : new IllegalStateException(e.getCause()));
        }
        handle(oldest.batch(), outcome);
    }

    private void finishWrites() {
        while (true) {
            drain(true);
            if (inFlight.isEmpty() && (queue.isEmpty() || stopped())) {
                break;
            }
            completeOldest();
        }
        if (!queue.isEmpty() && (abortReason != null || fatal != null)) {
            failQueued();
        }
        queue.clear();
    }

    private void failQueued() {
        LocalizedText reason = reasonOfStop();
        while (!queue.isEmpty()) {
            failed(queue.poll().sku(), LocalizedText.of("fail.notSent", reason));
        }
        queuedBytes = 0;
    }

    // ---- answers ------------------------------------------------------------------------------

    private void handle(List<PendingWrite> batch, BatchOutcome outcome) {
        if (outcome.error() != null) {
            handleBatchFailure(batch, outcome.error());
            return;
        }
        consecutiveBatchFailures = 0;
        List<Binding> save = new ArrayList<>();
        List<String> mediaGone = new ArrayList<>();
        List<PendingWrite> relookup = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            PendingWrite w = batch.get(i);
            ProductShop.WriteResult result = i < outcome.results().size() ? outcome.results().get(i) : NO_ANSWER;
            if (result instanceof ProductShop.Written written) {
                onWritten(w, written, save, mediaGone);
            } else {
                onRejected(w, ((ProductShop.Rejected) result).reason(), save, relookup);
            }
        }
        if (!save.isEmpty()) {
            ctx.state().saveBindings(save);
        }
        if (!mediaGone.isEmpty()) {
            ctx.state().deleteBindings(ImageResolver.KIND, mediaGone);
        }
        lookupAndEnqueue(relookup);
    }

    private void onWritten(PendingWrite w, ProductShop.Written written, List<Binding> save, List<String> mediaGone) {
        if (w.unpublish()) {
            save.add(new Binding(KIND, w.sku(), String.valueOf(written.id()), w.hash(), DRAFT_MARKER));
            changed(w.sku(), ItemStatus.UNPUBLISHED, List.of());
            return;
        }
        if (categoryIgnored(w, written) && w.attempt() == 0) {
            // The shop silently dropped a category id it no longer has: find or create it again.
            save.add(new Binding(KIND, w.sku(), String.valueOf(written.id()), "", ""));
            retryWithFreshCategory(w.withId(written.id()));
            return;
        }
        SentFields sent = SentFields.of(w);
        save.add(new Binding(KIND, w.sku(), String.valueOf(written.id()), w.hash(), sent.encode()));
        claim(String.valueOf(written.id()), w.sku());
        changed(w.sku(), w.create() ? ItemStatus.CREATED : ItemStatus.UPDATED, w.create() ? List.of()
                : SentFields.of(w.previous()).map(before -> sent.changesSince(before, ctx.host().currency()))
                .orElse(List.of()));
        if (w.removeMedia()) {
            mediaGone.add(w.sku());
        }
    }

    private void onRejected(PendingWrite w, Rejection reason, List<Binding> save, List<PendingWrite> relookup) {
        if (w.attempt() == 0) {
            if (w.create() && reason instanceof Rejection.DuplicateSku duplicate) {
                long existing = duplicate.existingId();
                Optional<String> owner = otherOwner(existing, w.sku());
                if (owner.isPresent()) {
                    changed(w.sku(), ItemStatus.FAILED, List.of(reason.shopSays(),
                            LocalizedText.of("fail.skuOwnedBy", existing, owner.get())));
                    return;
                }
                claim(String.valueOf(existing), w.sku());
                save.add(new Binding(KIND, w.sku(), String.valueOf(existing), "", ""));
                enqueue(w.withId(existing).nextAttempt());
                return;
            }
            if (!w.create() && reason instanceof Rejection.UnknownProduct) {
                if (w.unpublish()) {
                    // Gone from the shop already: nothing is on sale, and nothing to remember.
                    ctx.state().deleteBindings(KIND, List.of(w.sku()));
                    changed(w.sku(), ItemStatus.UNPUBLISHED, List.of());
                } else {
                    relookup.add(w.withId(null).nextAttempt());
                }
                return;
            }
            if (w.category() != null && reason instanceof Rejection.CategoryGone) {
                retryWithFreshCategory(w);
                return;
            }
        }
        failed(w.sku(), reason.shopSays());
    }

    private void handleBatchFailure(List<PendingWrite> batch, RuntimeException error) {
        LocalizedText reason = ShopErrors.phrase(error);
        // no answer at all is worth another try, whatever the cause; a refusal only when the shop says so
        boolean tryAgain = error instanceof ShopUnreachableException
                || error instanceof ShopException shopError && shopError.retryable();
        if (!tryAgain) {
            if (error instanceof ShopException shopError && shopError.credentialsRefused()) {
                refuseCredentials(reason);
            }
            batch.forEach(p -> failed(p.sku(), LocalizedText.of("fail.batchRefused", reason)));
            return;
        }
        noteFailure(error, reason);
        List<PendingWrite> lostCreates = new ArrayList<>();
        for (PendingWrite w : batch) {
            if (w.attempt() >= 1 || stopped()) {
                failed(w.sku(), LocalizedText.of(w.create() ? "fail.noAnswerCreate" : "fail.noAnswer", reason));
            } else if (w.create()) {
                // It may have been created: look it up before anything else is sent for it.
                lostCreates.add(w.nextAttempt());
            } else {
                enqueue(w.nextAttempt());
            }
        }
        lookupAndEnqueue(lostCreates);
    }

    /** Counts consecutive failures of the shop; two in a row stop the run. */
    private void noteFailure(RuntimeException error, LocalizedText reason) {
        if (error instanceof ShopUnreachableException || error instanceof ShopException s && s.retryable()) {
            consecutiveBatchFailures++;
            if (consecutiveBatchFailures >= MAX_CONSECUTIVE_BATCH_FAILURES && abortReason == null) {
                abortReason = reason;
            }
        } else if (error instanceof ShopException s && s.credentialsRefused()) {
            refuseCredentials(reason);
        }
    }

    private void refuseCredentials(LocalizedText reason) {
        credentialsRefused = true;
        fatal = LocalizedText.of("sync.credentialsRefused", reason);
    }

    private void retryWithFreshCategory(PendingWrite w) {
        awaitCategories();
        categories.evict(w.category());
        try {
            enqueue(w.withCategory(categories.resolve(w.category())).nextAttempt());
        } catch (ShopException e) {
            failed(w.sku(), LocalizedText.of("fail.category", w.category().toString(), ShopErrors.phrase(e)));
        }
    }

    private static boolean categoryIgnored(PendingWrite w, ProductShop.Written written) {
        List<Long> sent = w.payload().categoryIds();
        return sent != null && !sent.isEmpty() && !written.categoryIds().isEmpty()
                && !written.categoryIds().containsAll(sent);
    }

    // ---- who owns a shop product ----------------------------------------------------------------

    private void claim(String remoteId, String sku) {
        if (SHOP_ID.matcher(remoteId).matches()) {
            claimed.put(Long.parseLong(remoteId), sku);
        }
    }

    /**
     * The other ERP SKU already bound to a shop product. The shop compares SKUs ignoring case,
     * accents and trailing spaces (MySQL's utf8mb4_unicode_ci), the ERP does not: adopting the
     * product for a second SKU would merge two ERP products into one shop product, the later
     * silently overwriting the earlier on every run. The stored bindings are read only when such
     * a question comes up at all (adoptions), once per run.
     */
    private Optional<String> otherOwner(long shopId, String sku) {
        if (!claimed.containsKey(shopId) && !claimsLoaded) {
            claimsLoaded = true;
            String after = null;
            while (true) {
                List<Binding> page = ctx.state().bindingsAfter(KIND, after, 1_000);
                for (Binding b : page) {
                    if (SHOP_ID.matcher(b.remoteId()).matches()) {
                        claimed.putIfAbsent(Long.parseLong(b.remoteId()), b.key());
                    }
                }
                if (page.size() < 1_000) {
                    break;
                }
                after = page.get(page.size() - 1).key();
            }
        }
        String owner = claimed.get(shopId);
        return owner == null || owner.equals(sku) ? Optional.empty() : Optional.of(owner);
    }

    // ---- bookkeeping --------------------------------------------------------------------------

    private void renewLock() {
        if (Duration.between(lockRenewedAt, Instant.now()).compareTo(LOCK_RENEW_AFTER) < 0) {
            return;
        }
        try {
            lock.renew();
            lockRenewedAt = Instant.now();
        } catch (IllegalStateException e) {
            fatal = LocalizedText.of("sync.lockLost");
        }
    }

    private boolean stopped() {
        return cancelled || abortReason != null || fatal != null;
    }

    private LocalizedText reasonOfStop() {
        if (fatal != null) {
            return fatal;
        }
        return abortReason != null ? abortReason : LocalizedText.of("sync.cancelled");
    }

    private void reportUnhandledSelection() {
        if (ctx.selection().isEmpty() || cancelled) {
            return;
        }
        List<String> rest = ctx.selection().stream().filter(s -> !selectionHandled.contains(s)).sorted().toList();
        if (rest.isEmpty()) {
            return;
        }
        Map<String, Product> existing = ctx.host().products().bySkus(rest);
        for (String sku : rest) {
            skipped(sku, LocalizedText.of(existing.containsKey(sku) ? "skip.notMarked" : "skip.noSuchProduct"));
        }
    }

    private void count(ItemStatus status) {
        counts.merge(status, 1, Integer::sum);
    }

    private void failed(String sku, LocalizedText reason) {
        changed(sku, ItemStatus.FAILED, List.of(reason));
    }

    private void skipped(String sku, LocalizedText reason) {
        changed(sku, ItemStatus.SKIPPED, List.of(reason));
    }

    /** Counts a product and says what happened to it, in words of this run's language and as texts. */
    private void changed(String sku, ItemStatus status, List<LocalizedText> why) {
        count(status);
        items.add(line(sku, status, why));
    }

    private ItemLine line(String sku, ItemStatus status, List<LocalizedText> why) {
        return new ItemLine(sku, status, why.stream().map(this::text).collect(Collectors.joining("; ")), why);
    }

    private SyncReport failed(LocalizedText why) {
        return SyncReport.failed(text(why), why);
    }

    private String text(LocalizedText text) {
        return messages.get(locale, text);
    }

    private String text(String key, Object... args) {
        return messages.get(locale, key, args);
    }
}
