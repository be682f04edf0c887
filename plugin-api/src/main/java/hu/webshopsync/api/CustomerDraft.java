package hu.webshopsync.api;

/**
 * The customer of a new order: an existing one, or one to create with the order.
 *
 * @param existingId the id of an existing customer, or {@code null} to create one from the other fields
 * @param name       the name for a new customer
 * @param company    the company name, or empty
 * @param taxNumber  the tax number, or empty
 * @param email      the e-mail address, or empty
 * @param phone      the phone number, or empty
 */
public record CustomerDraft(Long existingId, String name, String company, String taxNumber, String email,
                            String phone) {

    /**
     * Missing texts become empty.
     */
    public CustomerDraft {
        name = name == null ? "" : name;
        company = company == null ? "" : company;
        taxNumber = taxNumber == null ? "" : taxNumber;
        email = email == null ? "" : email;
        phone = phone == null ? "" : phone;
    }

    /**
     * An existing customer.
     *
     * @param customer the customer
     * @return the draft
     */
    public static CustomerDraft existing(Customer customer) {
        return new CustomerDraft(customer.id(), customer.name(), customer.company(), customer.taxNumber(),
                customer.email(), customer.phone());
    }
}
