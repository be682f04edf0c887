package hu.webshopsync.webshop.orders;

import hu.webshopsync.api.Address;
import hu.webshopsync.api.CustomerDraft;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Fits a shop order's free texts into the ERP's customer and order fields. WooCommerce stores
 * addresses as unlimited text; the ERP's fields have fixed widths (Kulcs-Ügyvitel's, mirrored by
 * the host: name 300, street 500, city 200 …). An over-long value made the ERP refuse the whole
 * order on every run, so the order was never delivered; cut to size and marked for review, it is
 * imported once and a person fixes the field.
 *
 * <p>One instance per order; {@link #cutFields()} names what was shortened.
 */
final class ErpFieldFit {

    static final int NAME = 300;
    static final int COMPANY = 300;
    static final int POSTCODE = 20;
    static final int CITY = 200;
    static final int STREET = 500;
    static final int COUNTRY = 10;
    static final int EMAIL = 300;
    static final int PHONE = 100;
    static final int TAX_NUMBER = 50;
    static final int COMMENT = 10_000;

    private final Set<String> cut = new LinkedHashSet<>();

    /** @return the keys ({@code name}, {@code street} …) of the fields that were shortened, in order */
    List<String> cutFields() {
        return List.copyOf(cut);
    }

    String fit(String field, String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        cut.add(field);
        // never split a surrogate pair (an emoji) in two
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end).strip();
    }

    Address address(Address a) {
        return new Address(fit("name", a.name(), NAME), fit("company", a.company(), COMPANY),
                fit("postcode", a.postcode(), POSTCODE), fit("city", a.city(), CITY), fit("street", a.street(), STREET),
                fit("country", a.country(), COUNTRY), fit("email", a.email(), EMAIL), fit("phone", a.phone(), PHONE));
    }

    CustomerDraft customer(CustomerDraft c) {
        if (c.existingId() != null) {
            return c;
        }
        return new CustomerDraft(null, fit("name", c.name(), NAME), fit("company", c.company(), COMPANY),
                fit("taxNumber", c.taxNumber(), TAX_NUMBER), fit("email", c.email(), EMAIL),
                fit("phone", c.phone(), PHONE));
    }
}
