package hu.webshopsync.webshop.orders;

import hu.webshopsync.webshop.fixtures.InMemoryHost;
import hu.webshopsync.webshop.fixtures.MutableClock;
import static hu.webshopsync.webshop.orders.TestOrders.json;
import static hu.webshopsync.webshop.orders.TestOrders.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import hu.webshopsync.api.Customer;
import hu.webshopsync.api.CustomerDraft;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CustomerMatcherTest {

    private final InMemoryHost host = new InMemoryHost(new MutableClock(Instant.parse("2026-11-28T00:00:00Z")));
    private final CustomerMatcher matcher = new CustomerMatcher(host.book, "_billing_tax_number");

    @Test
    void guestBecomesANewCustomerFromTheBillingData() {
        CustomerDraft draft = matcher.match(order("13_order_create_2.json"));

        assertThat(draft).isEqualTo(new CustomerDraft(null, "Kovácsné Szűts Éva", "", "", "eva@example.com",
                "06-1-234-5678"));
    }

    @Test
    void returningCustomerIsFoundByEmailWhateverTheCase() {
        host.book.customers.add(new Customer(7, "Kovácsné Szűts Éva", "", "", "EVA@example.com ", ""));

        assertThat(matcher.match(order("13_order_create_2.json")).existingId()).isEqualTo(7L);
    }

    @Test
    void returningCustomerWithoutEmailOnFileIsFoundByPhone() {
        host.book.customers.add(new Customer(8, "Kovácsné Szűts Éva", "", "", "", "0612345678"));

        CustomerDraft draft = matcher.match(order("13_order_create_2.json"));

        assertThat(draft).isEqualTo(CustomerDraft.existing(host.book.customers.get(0)));
    }

    @Test
    void aSharedPhoneDoesNotMergeBuyersWithDifferentEmails() {
        host.book.customers.add(new Customer(8, "Nagy Anna", "", "", "anna@example.com", "0612345678"));

        CustomerDraft draft = matcher.match(order("13_order_create_2.json"));

        assertThat(draft.existingId()).isNull();
        assertThat(draft.email()).isEqualTo("eva@example.com");
    }

    @Test
    void companyBuyerGetsTheTaxNumberFromTheOrderMeta() {
        CustomerDraft draft = matcher.match(order("company_with_tax_number.json"));

        assertThat(draft.existingId()).isNull();
        assertThat(draft.name()).isEqualTo("Tükörfúrógép Árvíztűrő");
        assertThat(draft.company()).isEqualTo("Őszibarack Kft.");
        assertThat(draft.taxNumber()).isEqualTo("12345678-2-41");
        assertThat(draft.email()).isEqualTo("beszerzes@oszibarack.example");
        assertThat(draft.phone()).isEqualTo("+36 30 123 4567");
    }

    @Test
    void taxNumberKeyIsAcceptedWithoutItsLeadingUnderscore() {
        ObjectNode o = json("12_order_create_1.json");
        o.withArray("meta_data").addObject().put("key", "billing_tax_number").put("value", " 87654321-1-42 ");

        assertThat(matcher.match(order(o)).taxNumber()).isEqualTo("87654321-1-42");
    }

    @Test
    void companyWithoutPersonNameOrTaxNumberIsNamedAfterTheCompany() {
        ObjectNode o = json("12_order_create_1.json");
        ((ObjectNode) o.get("billing")).put("first_name", "").put("last_name", "");

        CustomerDraft draft = matcher.match(order(o));

        assertThat(draft.name()).isEqualTo("Őszibarack Kft.");
        assertThat(draft.company()).isEqualTo("Őszibarack Kft.");
        assertThat(draft.taxNumber()).isEmpty();
    }

    @Test
    void orderWithoutAnyContactGivesANamelessNewCustomer() {
        CustomerDraft draft = matcher.match(order("42_order_create_unknown_product_error.json"));

        assertThat(draft).isEqualTo(new CustomerDraft(null, "", "", "", "", ""));
    }
}
