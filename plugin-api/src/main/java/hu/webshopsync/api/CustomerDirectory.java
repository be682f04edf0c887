package hu.webshopsync.api;

import java.util.Optional;

/**
 * Looks customers up. New customers are created together with their first order, in one
 * transaction (see {@link CustomerOrderBook#create(CustomerOrderDraft)}).
 */
public interface CustomerDirectory {

    /**
     * A customer by e-mail address, compared without regard to case and surrounding spaces.
     *
     * @param email the e-mail address
     * @return the customer, if one has this address
     */
    Optional<Customer> byEmail(String email);

    /**
     * A customer by phone number, compared on digits only (so {@code +36 30 123 4567} and
     * {@code +36301234567} match).
     *
     * @param phone the phone number
     * @return the customer, if one has this number
     */
    Optional<Customer> byPhone(String phone);
}
