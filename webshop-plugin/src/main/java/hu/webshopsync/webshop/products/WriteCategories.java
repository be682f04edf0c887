package hu.webshopsync.webshop.products;

import hu.webshopsync.api.LocalizedText;
import hu.webshopsync.webshop.categories.CategoryPath;
import hu.webshopsync.webshop.categories.CategoryResolver;
import hu.webshopsync.webshop.shop.ShopErrors;
import hu.webshopsync.webshop.shop.ShopException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Puts shop category ids into writes. Missing categories of a page are created first, one batch
 * request per nesting level; a path the shop refuses fails its products, asked once per page. A
 * write the shop refused for a category that is gone gets the category found or created again.
 * Refused credentials are no category's fault: they stop the run, as they do in a product batch, and
 * the writes still waiting are reported as not sent. The time the created categories took tells the
 * run the shop's pace before its first product batch.
 */
final class WriteCategories {

    private final CategoryResolver categories;
    private final ShopStart start;
    private final RunReport report;
    private final RunStop stop;
    private final Clock clock;
    private final BiConsumer<Integer, Duration> paced;

    /**
     * @param paced told how many categories were created and how long that took
     */
    WriteCategories(CategoryResolver categories, ShopStart start, RunReport report, RunStop stop, Clock clock,
                    BiConsumer<Integer, Duration> paced) {
        this.categories = categories;
        this.start = start;
        this.report = report;
        this.stop = stop;
        this.clock = clock;
        this.paced = paced;
    }

    /**
     * The page's writes with their category ids; those whose category the shop refuses are failed.
     *
     * @param writes the page's writes
     * @return the writes that can go
     */
    List<PendingWrite> fill(List<PendingWrite> writes) {
        Set<CategoryPath> paths = new LinkedHashSet<>();
        writes.forEach(w -> {
            if (w.category() != null) {
                paths.add(w.category());
            }
        });
        if (paths.isEmpty()) {
            return writes;
        }
        Map<CategoryPath, ShopException> refused = new HashMap<>();
        start.awaitCategories();
        try {
            Instant before = clock.instant();
            int created = categories.createMissing(paths);
            if (created > 0) {
                paced.accept(created, Duration.between(before, clock.instant()));
            }
        } catch (ShopException e) {
            if (stopsTheRun(e)) {
                return notSent(writes);
            }
            // otherwise not fatal here: resolve() below asks again per path and names the reason per product
        }
        List<PendingWrite> ready = new ArrayList<>(writes.size());
        for (int i = 0; i < writes.size(); i++) {
            PendingWrite w = writes.get(i);
            if (w.category() == null) {
                ready.add(w);
                continue;
            }
            ShopException error = refused.get(w.category());
            if (error == null) {
                try {
                    ready.add(w.withCategory(categories.resolve(w.category())));
                    continue;
                } catch (ShopException e) {
                    if (stopsTheRun(e)) {
                        notSent(ready);
                        return notSent(writes.subList(i, writes.size()));
                    }
                    refused.put(w.category(), e);
                    error = e;
                }
            }
            failed(w, error);
        }
        return ready;
    }

    /**
     * The write again, with its category found or created anew after the shop showed that the
     * cached one is gone.
     *
     * @param w the refused write
     * @return the write for its follow-up attempt; empty when the category cannot be had (reported)
     */
    Optional<PendingWrite> refresh(PendingWrite w) {
        start.awaitCategories();
        categories.evict(w.category());
        try {
            return Optional.of(w.withCategory(categories.resolve(w.category())).nextAttempt());
        } catch (ShopException e) {
            if (stopsTheRun(e)) {
                notSent(List.of(w));
            } else {
                failed(w, e);
            }
            return Optional.empty();
        }
    }

    /** Refused credentials stop the run: no other category, nor any product, can go with them. */
    private boolean stopsTheRun(ShopException e) {
        if (!e.credentialsRefused()) {
            return false;
        }
        stop.refuseCredentials(ShopErrors.phrase(e));
        return true;
    }

    private List<PendingWrite> notSent(List<PendingWrite> writes) {
        writes.forEach(w -> report.failed(w.sku(), LocalizedText.of("fail.notSent", stop.reason())));
        return List.of();
    }

    private void failed(PendingWrite w, ShopException error) {
        report.failed(w.sku(), LocalizedText.of("fail.category", w.category().toString(), ShopErrors.phrase(error)));
    }
}
