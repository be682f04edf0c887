package hu.webshopsync.webshop.orders;

import hu.webshopsync.api.CustomerDirectory;
import hu.webshopsync.api.CustomerDraft;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the ERP customer of a shop order: by billing e-mail, then by billing phone where one side has
 * no e-mail (two different e-mails are two buyers even on one phone); otherwise a new
 * customer from the billing data (guest orders too). A new customer is created by the host in the
 * same transaction as the order, so the next order of the same buyer finds it.
 */
final class CustomerMatcher {

    private final CustomerDirectory directory;
    private final String taxNumberMetaKey;

    /**
     * @param directory        the ERP's customers
     * @param taxNumberMetaKey the order meta key holding the buyer's tax number, e.g. {@code _billing_tax_number}
     */
    public CustomerMatcher(CustomerDirectory directory, String taxNumberMetaKey) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.taxNumberMetaKey = Objects.requireNonNull(taxNumberMetaKey, "taxNumberMetaKey");
    }

    /**
     * The customer for an order.
     *
     * @param order the order
     * @return an existing customer, or a new one to create with the order (its name may be empty;
     *         {@link OrderMapper} then names it and marks the order for review)
     */
    public CustomerDraft match(ShopOrder order) {
        ShopOrder.Party billing = order.billing();
        ShopOrder.Party shipping = order.delivery();
        if (!billing.email().isEmpty()) {
            Optional<CustomerDraft> byEmail = directory.byEmail(billing.email()).map(CustomerDraft::existing);
            if (byEmail.isPresent()) {
                return byEmail.get();
            }
        }
        if (billing.phone().chars().anyMatch(Character::isDigit)) {
            // A shared office or family phone must not book a buyer onto someone else who gave a
            // different e-mail (a company's order onto a private person, with the wrong tax number):
            // the phone decides only where one of the two e-mails is missing.
            Optional<CustomerDraft> byPhone = directory.byPhone(billing.phone())
                    .filter(c -> billing.email().isEmpty() || c.email().isBlank())
                    .map(CustomerDraft::existing);
            if (byPhone.isPresent()) {
                return byPhone.get();
            }
        }
        String company = !billing.company().isEmpty() ? billing.company() : shipping.company();
        String name = firstNonEmpty(billing.name(), company, shipping.name());
        return new CustomerDraft(null, name, company, taxNumber(order), billing.email(),
                billing.phone().isEmpty() ? shipping.phone() : billing.phone());
    }

    // Hungarian checkout plugins differ on the leading underscore of the same key
    private String taxNumber(ShopOrder order) {
        String bare = taxNumberMetaKey.startsWith("_") ? taxNumberMetaKey.substring(1) : "_" + taxNumberMetaKey;
        return Optional.ofNullable(order.attributes().get(taxNumberMetaKey))
                .or(() -> Optional.ofNullable(order.attributes().get(bare))).orElse("");
    }

    private static String firstNonEmpty(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c.trim();
            }
        }
        return "";
    }
}
