package hu.webshopsync.host.customers;

import java.util.Locale;

/**
 * The normalised lookup keys of a customer, the same the database computes in its generated columns.
 */
public final class CustomerKeys {

    private CustomerKeys() {
    }

    /**
     * An e-mail address for comparison: trimmed, lower case.
     *
     * @param email the address
     * @return the key
     */
    public static String email(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * A phone number for comparison: its digits only.
     *
     * @param phone the number
     * @return the digits
     */
    public static String phone(String phone) {
        return phone == null ? "" : phone.replaceAll("[^0-9]", "");
    }
}
