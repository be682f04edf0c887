package hu.webshopsync.webshop.products;

import hu.webshopsync.api.ActionContext;
import hu.webshopsync.api.FailureKind;
import hu.webshopsync.api.LocalizedText;
import hu.webshopsync.api.Product;
import hu.webshopsync.api.StateLock;
import hu.webshopsync.webshop.categories.CategoryResolver;
import hu.webshopsync.webshop.images.ImageResolver;
import hu.webshopsync.webshop.shop.ShopErrors;
import hu.webshopsync.webshop.shop.ShopException;
import hu.webshopsync.webshop.text.Messages;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * One run of <b>Termék szinkron</b>: every product marked Webáruházas (or the selected ones among
 * them) goes to the shop, unchanged products cost nothing, unmarked or deleted ones are set to
 * draft. The decisions are in {@code package-info}; this class only puts the run's parts in order:
 * {@link CatalogReader} → {@link WritePlanner} → {@link WriteCategories} → {@link SkuAdoption} →
 * {@link WritePipeline} → {@link AnswerHandler}, whose {@link FollowUp}s go back through
 * {@link #settle(BatchAnswer)}; then the {@link Unpublisher}, and the {@link RunReport}.
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

    private final ProductShop shop;
    private final CategoryResolver categories;
    private final ImageResolver images;
    private final SyncOptions options;
    private final Messages messages;
    private final Clock clock;
    private final ConcurrencyLimiter limiter;
    private final RunStop stop = new RunStop();
    private boolean ran;

    // the run's parts, made once the run holds the lock and knows the shop's price mode
    private ActionContext ctx;
    private RunReport report;
    private RunLock lock;
    private WritePipeline pipeline;
    private WriteCategories writeCategories;
    private SkuAdoption adoption;
    private AnswerHandler answers;

    ProductSync(ProductShop shop, CategoryResolver categories, ImageResolver images, SyncOptions options,
                Messages messages, Clock clock) {
        this(shop, categories, images, options, messages, clock, options.limiter());
    }

    /**
     * @param limiter the run's concurrency limiter, which the shop's retry waits also reach
     */
    ProductSync(ProductShop shop, CategoryResolver categories, ImageResolver images, SyncOptions options,
                Messages messages, Clock clock, ConcurrencyLimiter limiter) {
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.shop = Objects.requireNonNull(shop, "shop");
        this.categories = Objects.requireNonNull(categories, "categories");
        this.images = Objects.requireNonNull(images, "images");
        this.options = Objects.requireNonNull(options, "options");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Runs the sync.
     *
     * @param context the host's services, the selection, progress and cancellation
     * @return what happened
     */
    SyncReport run(ActionContext context) {
        if (ran) {
            throw new IllegalStateException("a ProductSync runs once");
        }
        ran = true;
        this.ctx = context;
        this.report = new RunReport(messages, context.locale());
        Optional<StateLock> taken = context.state().tryLock(RunLock.NAME, RunLock.LEASE);
        if (taken.isEmpty()) {
            return report.failed(LocalizedText.of("sync.locked"), FailureKind.BUSY);
        }
        ExecutorService pool = WritePipeline.pool(options);
        try (StateLock held = taken.get()) {
            this.lock = new RunLock(held, clock);
            return runLocked(pool);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private SyncReport runLocked(ExecutorService pool) {
        Optional<String> warehouse = options.warehouse();
        if (warehouse.isPresent() && !ctx.host().inventory().warehouses().contains(warehouse.get())) {
            return report.failed(LocalizedText.of("sync.noWarehouse", warehouse.get()), FailureKind.SETTINGS_UNUSABLE);
        }
        // Every product binding made by a run that started without any is for a product it saw
        // marked: there is nothing to take off sale, and reading them all back would be wasted.
        boolean firstSync = ctx.state().bindingsAfter(KIND, null, 1).isEmpty();
        ShopStart start = ShopStart.ask(shop, categories, firstSync, pool);
        PriceMode mode;
        Map<String, String> taxClasses;
        try {
            mode = pool == null ? shop.priceMode() : shop.priceMode(pool);
            taxClasses = shop.taxClasses(options.taxClasses());
        } catch (ShopException e) {
            return report.failed(LocalizedText.of("sync.cannotStart", ShopErrors.phrase(e)),
                    e.credentialsRefused() ? FailureKind.CREDENTIALS_REFUSED : FailureKind.TRANSIENT);
        }
        IntentBuilder intents = new IntentBuilder(PriceCalculator.forCurrency(mode, ctx.host().currency()),
                taxClasses);
        SkuClaims claims = new SkuClaims(ctx.state());
        Selection selection = new Selection(ctx.selection());
        WritePlanner planner = new WritePlanner(intents, images, pool, options, ctx.state(), report);
        pipeline = new WritePipeline(shop, pool, options, stop, limiter, clock);
        writeCategories = new WriteCategories(categories, start, report, stop, clock, pipeline::paced);
        adoption = new SkuAdoption(shop, start, claims, ctx.state(), report, stop);
        answers = new AnswerHandler(ctx.state(), claims, report, stop, ctx.host().currency());

        ctx.progress().status(report.text("progress.reading"));
        CatalogReader catalog = new CatalogReader(ctx, options.pageSize(), options.stockWarehouse());
        long total = catalog.count();
        long done = 0;
        ctx.progress().progress(0, total);
        Optional<CatalogReader.Page> page;
        while (!stop.stopped() && !stop.cancelIfRequested(ctx.cancellation())
                && (page = catalog.next()).isPresent()) {
            page.get().bindings().values().forEach(b -> claims.claim(b.remoteId(), b.key()));
            List<Product> marked = page.get().marked();
            marked.forEach(p -> selection.handled(p.sku()));
            done += page.get().products().size();
            pipeline.ahead(total - done);
            pipeline.enqueueAll(adoption.sendable(writeCategories.fill(planner.plan(page.get(), marked))));
            pump(false);
            ctx.progress().progress(Math.min(done, total), total);
        }
        if (!stop.stopped() && !firstSync) {
            ctx.progress().status(report.text("progress.unpublishing"));
            Unpublisher unpublisher = new Unpublisher(ctx, options.pageSize(), selection);
            Optional<List<PendingWrite>> drafts;
            while (!stop.stopped() && !stop.cancelIfRequested(ctx.cancellation())
                    && (drafts = unpublisher.next()).isPresent()) {
                pipeline.enqueueAll(drafts.get());
                pump(false);
            }
        }
        finishWrites();
        if (!stop.cancelled()) {
            selection.reportUnhandled(ctx, report);
        }
        report.noteImageTrouble(images);
        ctx.progress().progress(total, total);
        return report.finish(stop);
    }

    /** Sends full batches; with {@code force}, also the last partial one; settles each answer that is in. */
    private void pump(boolean force) {
        while (pipeline.hasQueued()) {
            if (stop.stopped()) {
                if (stop.aborted()) {
                    failQueued();
                }
                return;
            }
            if (!pipeline.batchReady(force) || stop.cancelIfRequested(ctx.cancellation())) {
                return;
            }
            List<PendingWrite> batch = pipeline.nextBatch();
            if (!lock.keep()) {
                stop.lockLost();
            }
            if (stop.stopped()) {
                notSent(batch);
            } else {
                pipeline.send(batch).forEach(this::settle);
            }
        }
    }

    /** The retry path: an answer's follow-ups go back to the queue, through a lookup or a fresh category. */
    private void settle(BatchAnswer answer) {
        List<PendingWrite> lookUps = new ArrayList<>();
        for (FollowUp next : answers.handle(answer)) {
            if (next instanceof FollowUp.LookUp) {
                lookUps.add(next.write());
            } else if (next instanceof FollowUp.RefreshCategory) {
                writeCategories.refresh(next.write()).ifPresent(pipeline::enqueue);
            } else {
                pipeline.enqueue(next.write());
            }
        }
        pipeline.enqueueAll(adoption.lookUp(lookUps));
    }

    private void finishWrites() {
        while (true) {
            pump(true);
            if (pipeline.idle() && (!pipeline.hasQueued() || stop.stopped())) {
                break;
            }
            pipeline.awaitOldest().ifPresent(this::settle);
        }
        if (pipeline.hasQueued() && stop.aborted()) {
            failQueued();
        }
        pipeline.takeQueued();
    }

    private void failQueued() {
        notSent(pipeline.takeQueued());
    }

    private void notSent(List<PendingWrite> writes) {
        writes.forEach(w -> report.failed(w.sku(), LocalizedText.of("fail.notSent", stop.reason())));
    }
}
