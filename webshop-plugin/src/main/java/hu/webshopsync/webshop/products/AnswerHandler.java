package hu.webshopsync.webshop.products;

import hu.webshopsync.api.Binding;
import hu.webshopsync.api.ItemStatus;
import hu.webshopsync.api.LocalizedText;
import hu.webshopsync.api.PluginStateStore;
import hu.webshopsync.webshop.images.ImageResolver;
import hu.webshopsync.webshop.shop.ShopErrors;
import hu.webshopsync.webshop.shop.ShopException;
import hu.webshopsync.webshop.shop.ShopUnreachableException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Handles one batch answer on the run's thread: saves the bindings of what was stored (one save
 * per batch, so a run that dies resumes after it), reports each product, and names the follow-ups
 * a product gets, at most one per run: an adoption, a lookup, a fresh category, a retry. A create
 * whose answer was lost and that the lookup then finds was made by this run: it counts as created,
 * though its follow-up is an update.
 */
final class AnswerHandler {

    // a shop that answers fewer items than it was sent breaks its contract; the rest are not stored
    private static final ProductShop.WriteResult NO_ANSWER = new ProductShop.Rejected(new Rejection.Other(
            LocalizedText.of("fail.refused", "webshopsync_invalid_response", "no answer for this item")));

    private final PluginStateStore state;
    private final SkuClaims claims;
    private final RunReport report;
    private final RunStop stop;
    private final String currency;
    // SKUs whose create went out in a batch that got no answer
    private final Set<String> lostCreates = new HashSet<>();

    AnswerHandler(PluginStateStore state, SkuClaims claims, RunReport report, RunStop stop, String currency) {
        this.state = state;
        this.claims = claims;
        this.report = report;
        this.stop = stop;
        this.currency = currency;
    }

    /**
     * Handles an answer.
     *
     * @param answer the batch and its answer
     * @return the follow-ups, in the order they are to be queued
     */
    List<FollowUp> handle(BatchAnswer answer) {
        List<FollowUp> next = new ArrayList<>();
        if (answer.error() != null) {
            requestFailed(answer.batch(), answer.error(), next);
            return next;
        }
        stop.shopAnswered();
        List<Binding> save = new ArrayList<>();
        List<String> mediaGone = new ArrayList<>();
        for (int i = 0; i < answer.batch().size(); i++) {
            PendingWrite w = answer.batch().get(i);
            ProductShop.WriteResult result = i < answer.results().size() ? answer.results().get(i) : NO_ANSWER;
            if (result instanceof ProductShop.Written written) {
                written(w, written, save, mediaGone, next);
            } else {
                rejected(w, ((ProductShop.Rejected) result).reason(), save, next);
            }
        }
        if (!save.isEmpty()) {
            state.saveBindings(save);
        }
        if (!mediaGone.isEmpty()) {
            state.deleteBindings(ImageResolver.KIND, mediaGone);
        }
        return next;
    }

    private void written(PendingWrite w, ProductShop.Written written, List<Binding> save, List<String> mediaGone,
                         List<FollowUp> next) {
        String id = String.valueOf(written.id());
        if (w.unpublish()) {
            save.add(new Binding(ProductSync.KIND, w.sku(), id, w.hash(), ProductSync.DRAFT_MARKER));
            report.changed(w.sku(), ItemStatus.UNPUBLISHED, List.of());
            return;
        }
        if (categoryIgnored(w, written) && w.attempt() == 0) {
            // The shop silently dropped a category id it no longer has: find or create it again.
            save.add(new Binding(ProductSync.KIND, w.sku(), id, "", ""));
            next.add(new FollowUp.RefreshCategory(w.withId(written.id())));
            return;
        }
        SentFields sent = SentFields.of(w);
        save.add(new Binding(ProductSync.KIND, w.sku(), id, w.hash(), sent.encode()));
        claims.claim(id, w.sku());
        boolean created = w.create() || lostCreates.contains(w.sku());
        report.changed(w.sku(), created ? ItemStatus.CREATED : ItemStatus.UPDATED, created ? List.of()
                : SentFields.of(w.previous()).map(before -> sent.changesSince(before, currency)).orElse(List.of()));
        if (w.removeMedia()) {
            mediaGone.add(w.sku());
        }
    }

    private void rejected(PendingWrite w, Rejection reason, List<Binding> save, List<FollowUp> next) {
        if (w.attempt() == 0) {
            if (w.create() && reason instanceof Rejection.DuplicateSku duplicate) {
                adoptDuplicate(w, duplicate, save, next);
                return;
            }
            if (!w.create() && reason instanceof Rejection.UnknownProduct) {
                if (w.unpublish()) {
                    // Gone from the shop already: nothing is on sale, and nothing to remember.
                    state.deleteBindings(ProductSync.KIND, List.of(w.sku()));
                    report.changed(w.sku(), ItemStatus.UNPUBLISHED, List.of());
                } else {
                    next.add(new FollowUp.LookUp(w.withId(null).nextAttempt()));
                }
                return;
            }
            if (w.category() != null && reason instanceof Rejection.CategoryGone) {
                next.add(new FollowUp.RefreshCategory(w));
                return;
            }
        }
        report.failed(w.sku(), reason.shopSays());
    }

    private void adoptDuplicate(PendingWrite w, Rejection.DuplicateSku duplicate, List<Binding> save,
                                List<FollowUp> next) {
        long existing = duplicate.existingId();
        Optional<String> owner = claims.otherOwner(existing, w.sku());
        if (owner.isPresent()) {
            report.changed(w.sku(), ItemStatus.FAILED, List.of(duplicate.shopSays(),
                    LocalizedText.of("fail.skuOwnedBy", existing, owner.get())));
            return;
        }
        claims.claim(existing, w.sku());
        save.add(new Binding(ProductSync.KIND, w.sku(), String.valueOf(existing), "", ""));
        next.add(new FollowUp.Resend(w.withId(existing).nextAttempt()));
    }

    private void requestFailed(List<PendingWrite> batch, RuntimeException error, List<FollowUp> next) {
        LocalizedText reason = ShopErrors.phrase(error);
        // no answer at all is worth another try, whatever the cause; a refusal only when the shop says so
        // a server that stopped mid-batch (PHP's time limit) stored part of it: look up, never repeat blindly
        boolean tryAgain = error instanceof ShopUnreachableException
                || error instanceof ShopException shopError && (shopError.retryable() || shopError.partlyDone());
        if (!tryAgain) {
            if (error instanceof ShopException shopError && shopError.credentialsRefused()) {
                stop.refuseCredentials(reason);
            }
            batch.forEach(p -> report.failed(p.sku(), LocalizedText.of("fail.batchRefused", reason)));
            return;
        }
        stop.shopFailed(error, reason);
        List<FollowUp> lookUps = new ArrayList<>();
        for (PendingWrite w : batch) {
            if (w.attempt() >= 1 || stop.stopped()) {
                report.failed(w.sku(), LocalizedText.of(w.create() ? "fail.noAnswerCreate" : "fail.noAnswer", reason));
            } else if (w.create()) {
                // It may have been created: look it up before anything else is sent for it.
                lostCreates.add(w.sku());
                lookUps.add(new FollowUp.LookUp(w.nextAttempt()));
            } else {
                next.add(new FollowUp.Resend(w.nextAttempt()));
            }
        }
        next.addAll(lookUps);
    }

    private static boolean categoryIgnored(PendingWrite w, ProductShop.Written written) {
        List<Long> sent = w.payload().categoryIds();
        return sent != null && !sent.isEmpty() && !written.categoryIds().isEmpty()
                && !written.categoryIds().containsAll(sent);
    }
}
