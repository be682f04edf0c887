package hu.webshopsync.api;

import java.util.Objects;

/**
 * A customer (ügyfél) of the ERP.
 *
 * @param id        the host's identifier
 * @param name      the name (a person's or a company's)
 * @param company   the company name, empty for private persons
 * @param taxNumber the Hungarian tax number (adószám), empty when unknown
 * @param email     the e-mail address, empty when unknown
 * @param phone     the phone number, empty when unknown
 */
public record Customer(long id, String name, String company, String taxNumber, String email, String phone) {

    /**
     * Validates; missing texts become empty.
     */
    public Customer {
        Objects.requireNonNull(name, "name");
        company = company == null ? "" : company;
        taxNumber = taxNumber == null ? "" : taxNumber;
        email = email == null ? "" : email;
        phone = phone == null ? "" : phone;
    }
}
