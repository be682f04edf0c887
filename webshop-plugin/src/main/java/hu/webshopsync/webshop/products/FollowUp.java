package hu.webshopsync.webshop.products;

/**
 * What an answer asks for next, for one product: its follow-up attempt. The answer handler only
 * names these; the sync routes them, in this order, back to the write queue.
 */
sealed interface FollowUp {

    /** @return the write of the follow-up attempt */
    PendingWrite write();

    /**
     * Send again as it is (an adopted id, or a retry after a failed request).
     *
     * @param write the write
     */
    record Resend(PendingWrite write) implements FollowUp {
    }

    /**
     * Send again once its category was found or created anew.
     *
     * @param write the write
     */
    record RefreshCategory(PendingWrite write) implements FollowUp {
    }

    /**
     * Look its SKU up in the shop first: the product may exist after all (a lost answer of a
     * create, or an update of a product deleted in the shop).
     *
     * @param write the write
     */
    record LookUp(PendingWrite write) implements FollowUp {
    }
}
