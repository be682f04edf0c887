package hu.webshopsync.host.shops;

import java.util.List;
import java.util.Objects;

/**
 * An order as a shopper places it, in no platform's words: the platform turns it into its own requests.
 * The order is paid or cash on delivery and waits to be processed.
 *
 * @param buyer      who bought
 * @param customerId the shop's customer account, {@code 0} for a guest
 * @param paid       paid by card ({@code true}) or cash on delivery
 * @param lines      what was bought
 */
public record OrderRequest(Buyer buyer, long customerId, boolean paid, List<Line> lines) {

    public OrderRequest {
        Objects.requireNonNull(buyer, "buyer");
        lines = List.copyOf(lines);
    }

    /**
     * A guest's cash-on-delivery order.
     *
     * @param buyer who bought
     * @param lines what
     * @return the order
     */
    public static OrderRequest of(Buyer buyer, Line... lines) {
        return new OrderRequest(buyer, 0, false, List.of(lines));
    }

    /**
     * The buyer, with one address for billing and shipping (Fő utca 1., the given city, Hungary).
     *
     * @param firstName the first name
     * @param lastName  the family name
     * @param company   the company, {@code ""} for none
     * @param email     the e-mail address
     * @param phone     the phone number, {@code ""} for none
     * @param taxNumber the company's tax number, {@code ""} for none
     * @param city      the city
     * @param postcode  its postcode
     */
    public record Buyer(String firstName, String lastName, String company, String email, String phone,
                        String taxNumber, String city, String postcode) {

        /** A private buyer in Szeged. */
        public static Buyer person(String firstName, String lastName, String email, String phone) {
            return new Buyer(firstName, lastName, "", email, phone, "", "Szeged", "6720");
        }

        /** @return this buyer with a company and its tax number */
        public Buyer company(String name, String tax) {
            return new Buyer(firstName, lastName, name, email, phone, tax, city, postcode);
        }

        /** @return this buyer living in another city */
        public Buyer in(String newCity, String newPostcode) {
            return new Buyer(firstName, lastName, company, email, phone, taxNumber, newCity, newPostcode);
        }
    }

    /**
     * A line: a product named by SKU, or by its shop id when {@code sku} is {@code null}.
     *
     * @param sku       the SKU, or {@code null}
     * @param productId the shop's product id when there is no SKU
     * @param quantity  how many
     */
    public record Line(String sku, long productId, int quantity) {

        public static Line sku(String sku, int quantity) {
            return new Line(sku, 0, quantity);
        }

        public static Line product(long productId, int quantity) {
            return new Line(null, productId, quantity);
        }
    }
}
