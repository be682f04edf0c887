package hu.webshopsync.webshop.orders;

import hu.webshopsync.api.CustomerOrderDraft;
import java.util.List;
import java.util.Objects;

/**
 * A shop order as the ERP will store it, with the reasons it needs review (empty when it does not).
 *
 * @param draft   the customer order to create; its review texts are the reasons in the user's language
 * @param reasons why it needs review
 */
record MappedOrder(CustomerOrderDraft draft, List<ReviewReason> reasons) {

    /**
     * Validates and copies.
     */
    public MappedOrder {
        Objects.requireNonNull(draft, "draft");
        reasons = List.copyOf(reasons);
    }
}
