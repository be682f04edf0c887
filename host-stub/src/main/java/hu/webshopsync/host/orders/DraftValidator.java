package hu.webshopsync.host.orders;

import hu.webshopsync.api.CustomerOrderDraft;
import hu.webshopsync.api.OrderLineDraft;
import java.math.BigDecimal;

/**
 * Checks a draft before anything is written; each refusal names the field and why.
 */
final class DraftValidator {

    private DraftValidator() {
    }

    static void validate(CustomerOrderDraft draft) {
        require(!draft.externalSource().isBlank(), "externalSource: must not be blank");
        require(!draft.externalReference().isBlank(), "externalReference: must not be blank");
        require(draft.currency().matches("[A-Za-z]{3}"),
                "currency: must be an ISO 4217 code, was '" + draft.currency() + "'");
        require(draft.customer().existingId() != null || !draft.customer().name().isBlank(),
                "customer.name: a new customer needs a name");
        require(!draft.lines().isEmpty(), "lines: an order needs at least one line");
        for (int i = 0; i < draft.lines().size(); i++) {
            OrderLineDraft line = draft.lines().get(i);
            // A zero quantity is a shop-side mistake; the order is still stored when it is marked for review,
            // because an order is never lost: a person corrects it in the ERP.
            require(line.quantity().signum() != 0 || draft.needsReview(),
                    "lines[" + i + "].quantity: must not be zero unless the order is marked for review");
            require(line.vatRate().signum() >= 0 && line.vatRate().compareTo(BigDecimal.valueOf(100)) < 0,
                    "lines[" + i + "].vatRate: must be between 0 and 100, was " + line.vatRate());
            require(line.sku() == null || !line.sku().isBlank(), "lines[" + i + "].sku: blank; use null for unknown");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
