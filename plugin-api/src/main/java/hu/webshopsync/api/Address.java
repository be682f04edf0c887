package hu.webshopsync.api;

/**
 * A postal address as given on an order. Empty texts for unknown parts, never {@code null}.
 *
 * @param name     the addressee (person)
 * @param company  the company, or empty
 * @param postcode the postal code (irányítószám)
 * @param city     the city
 * @param street   street, house number and the rest, on one or two lines
 * @param country  the ISO 3166 country code, e.g. {@code HU}
 * @param email    the e-mail address given with the address, or empty
 * @param phone    the phone number given with the address, or empty
 */
public record Address(String name, String company, String postcode, String city, String street, String country,
                      String email, String phone) {

    /** An address with nothing in it. */
    public static final Address EMPTY = new Address("", "", "", "", "", "", "", "");

    /**
     * Missing parts become empty.
     */
    public Address {
        name = orEmpty(name);
        company = orEmpty(company);
        postcode = orEmpty(postcode);
        city = orEmpty(city);
        street = orEmpty(street);
        country = orEmpty(country);
        email = orEmpty(email);
        phone = orEmpty(phone);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
