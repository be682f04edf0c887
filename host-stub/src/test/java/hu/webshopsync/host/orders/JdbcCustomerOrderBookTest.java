package hu.webshopsync.host.orders;

import static hu.webshopsync.host.orders.OrderFixture.SOURCE;
import static hu.webshopsync.host.orders.OrderFixture.draft;
import static hu.webshopsync.host.orders.OrderFixture.newCustomer;
import static hu.webshopsync.host.orders.OrderFixture.product;
import static hu.webshopsync.host.orders.OrderFixture.shipping;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hu.webshopsync.api.Customer;
import hu.webshopsync.api.CustomerDraft;
import hu.webshopsync.api.CustomerOrderDraft;
import hu.webshopsync.api.CustomerOrderRef;
import hu.webshopsync.api.CustomerOrderState;
import hu.webshopsync.api.DuplicateExternalReferenceException;
import hu.webshopsync.api.LineKind;
import hu.webshopsync.api.OrderCreation;
import hu.webshopsync.api.OrderLineDraft;
import hu.webshopsync.api.OrderStateChange;
import hu.webshopsync.host.TestDatabase;
import hu.webshopsync.host.customers.JdbcCustomerDirectory;
import hu.webshopsync.host.db.Database;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcCustomerOrderBookTest {

    @TempDir
    Path dir;

    private OrderFixture erp;
    private Database database;
    private JdbcCustomerOrderBook orders;
    private JdbcCustomerDirectory customers;

    @BeforeEach
    void open() throws IOException {
        erp = new OrderFixture(dir);
        database = erp.database;
        orders = erp.book();
        customers = new JdbcCustomerDirectory(database);
    }

    @AfterEach
    void close() {
        erp.close();
    }

    private BigDecimal reserved(String sku) {
        return erp.reserved(sku);
    }

    @Test
    void createsCustomerOrderWithLinesTotalsAndReservations() {
        CustomerOrderRef ref = orders.create(draft("1001", "2026-03-01T10:00:00Z", newCustomer(),
                List.of(product("POLO", "2", "4990"), product("BOGRE", "1", "1270"), shipping("1490"))));

        assertThat(ref.number()).isEqualTo("VR-2026-000001");
        assertThat(ref.state()).isEqualTo(CustomerOrderState.OPEN);
        // 9980 gross @27% -> net round(9980/1.27)=7858, vat 2122; 1270 -> 1000/270; 1490 -> 1173/317
        assertThat(TestDatabase.decimal(database, "SELECT gross_total FROM customer_order")).isEqualByComparingTo("12740");
        assertThat(TestDatabase.decimal(database, "SELECT net_total FROM customer_order")).isEqualByComparingTo("10031");
        assertThat(TestDatabase.decimal(database, "SELECT vat_total FROM customer_order")).isEqualByComparingTo("2709");
        assertThat(TestDatabase.count(database, "SELECT COUNT(*) FROM customer_order_line")).isEqualTo(3);
        assertThat(reserved("POLO")).isEqualByComparingTo("2");
        assertThat(reserved("BOGRE")).as("a stock row is created for the reservation").isEqualByComparingTo("1");
        assertThat(customers.byEmail(" anna@EXAMPLE.hu ")).map(Customer::name).contains("Kiss Anna");
        assertThat(customers.byPhone("+36301234567")).isPresent();
        assertThat(orders.byExternalReference(SOURCE, "1001")).contains(ref);
    }

    @Test
    void createAllStoresAPageInOneGoAndSkipsDuplicatesAndRefusedDraftsWithoutAGapInTheNumbers() {
        orders.create(draft("1", "2026-03-01T10:00:00Z", newCustomer(), List.of(product("POLO", "1", "4990"))));
        Customer anna = customers.byEmail("anna@example.hu").orElseThrow();
        CustomerDraft bela = new CustomerDraft(null, "Nagy Béla", "", "", "bela@example.hu", "");

        List<OrderCreation> results = orders.createAll(List.of(
                draft("2", "2026-03-02T10:00:00Z", CustomerDraft.existing(anna), List.of(product("POLO", "2", "4990"))),
                draft("1", "2026-03-02T10:00:00Z", CustomerDraft.existing(anna), List.of(product("POLO", "1", "4990"))),
                draft("3", "2026-03-02T10:00:00Z", bela, List.of(product("NINCS", "1", "100"))),
                draft("4", "2026-03-02T10:00:00Z", new CustomerDraft(999L, "?", "", "", "", ""),
                        List.of(product("POLO", "1", "4990"))),
                draft("5", "2026-03-02T10:00:00Z", bela, List.of(product("BOGRE", "1", "1270"), shipping("990")))));

        assertThat(results).hasSize(5);
        assertThat(results.get(0)).isEqualTo(new OrderCreation.Created(
                new CustomerOrderRef("VR-2026-000002", SOURCE, "2", CustomerOrderState.OPEN)));
        assertThat(results.get(1)).isInstanceOf(OrderCreation.AlreadyImported.class);
        assertThat(results.get(2)).isInstanceOfSatisfying(OrderCreation.Refused.class,
                r -> assertThat(r.reason()).contains("NINCS"));
        assertThat(results.get(3)).isInstanceOfSatisfying(OrderCreation.Refused.class,
                r -> assertThat(r.reason()).contains("customer.existingId").contains("999"));
        assertThat(results.get(4)).isInstanceOfSatisfying(OrderCreation.Created.class,
                c -> assertThat(c.order().number()).as("no gap after the refused drafts").isEqualTo("VR-2026-000003"));
        assertThat(orders.existingReferences(SOURCE, List.of("1", "2", "3", "4", "5")))
                .containsExactlyInAnyOrder("1", "2", "5");
        assertThat(TestDatabase.count(database, "SELECT COUNT(*) FROM customer_order")).isEqualTo(3);
        assertThat(reserved("POLO")).as("the refused and the duplicate reserve nothing").isEqualByComparingTo("3");
        assertThat(TestDatabase.count(database, "SELECT COUNT(*) FROM customer"))
                .as("the refused draft's new customer is rolled back with it").isEqualTo(2);
    }

    @Test
    void createAllStoresNothingWhenTheDatabaseFails() {
        List<CustomerOrderDraft> drafts = List.of(
                draft("1", "2026-03-01T10:00:00Z", newCustomer(), List.of(product("POLO", "1", "4990"))),
                draft("2", "2026-03-01T10:00:00Z", newCustomer(), List.of(product("POLO", "1", "4990"))));
        database.inTransaction("breaking the order lines", c -> {
            try (var s = c.createStatement()) {
                s.execute("ALTER TABLE customer_order_line ADD CONSTRAINT no_second CHECK (order_id < 2)");
            }
            return null;
        });

        assertThatThrownBy(() -> orders.createAll(drafts)).isInstanceOf(RuntimeException.class);

        assertThat(TestDatabase.count(database, "SELECT COUNT(*) FROM customer_order")).isZero();
        assertThat(TestDatabase.count(database, "SELECT COUNT(*) FROM customer")).isZero();
        assertThat(reserved("POLO")).isEqualByComparingTo("0");
    }

    @Test
    void existingCustomerIsReusedAndNumbersAreSequentialPerYear() {
        CustomerOrderRef newYear = orders.create(draft("1", "2026-12-31T23:30:00Z", newCustomer(),
                List.of(product("POLO", "1", "4990"))));
        Customer anna = customers.byEmail("anna@example.hu").orElseThrow();

        CustomerOrderRef june = orders.create(draft("2", "2026-06-01T10:00:00Z", CustomerDraft.existing(anna),
                List.of(product("POLO", "1", "4990"))));
        CustomerOrderRef lastEvening = orders.create(draft("3", "2026-12-31T22:30:00Z", CustomerDraft.existing(anna),
                List.of(product("POLO", "1", "4990"))));

        assertThat(newYear.number()).as("23:30 UTC on 31 Dec is already 2027 in Budapest").isEqualTo("VR-2027-000001");
        assertThat(june.number()).isEqualTo("VR-2026-000001");
        assertThat(lastEvening.number()).isEqualTo("VR-2026-000002");
        assertThat(TestDatabase.count(database, "SELECT COUNT(*) FROM customer")).isEqualTo(1);
        assertThat(orders.existingReferences(SOURCE, List.of("1", "2", "3", "4"))).containsExactlyInAnyOrder("1", "2", "3");
    }

    @Test
    void databaseRefusesASecondOrderWithTheSameExternalReferenceAndStoresNothingOfIt() {
        orders.create(draft("1001", "2026-03-01T10:00:00Z", newCustomer(), List.of(product("POLO", "2", "4990"))));

        assertThatThrownBy(() -> orders.create(draft("1001", "2026-03-02T10:00:00Z",
                new CustomerDraft(null, "Másik Vevő", "", "", "masik@example.hu", ""),
                List.of(product("POLO", "3", "4990")))))
                .isInstanceOf(DuplicateExternalReferenceException.class)
                .hasMessageContaining("1001");

        assertThat(TestDatabase.count(database, "SELECT COUNT(*) FROM customer_order")).isEqualTo(1);
        assertThat(TestDatabase.count(database, "SELECT COUNT(*) FROM customer_order_line")).isEqualTo(1);
        assertThat(TestDatabase.count(database, "SELECT COUNT(*) FROM customer")).as("new customer rolled back").isEqualTo(1);
        assertThat(reserved("POLO")).as("reservation not doubled").isEqualByComparingTo("2");
        assertThat(orders.create(draft("1002", "2026-03-03T10:00:00Z", newCustomer(),
                List.of(product("POLO", "1", "4990")))).number())
                .as("the refused order gave its number back").isEqualTo("VR-2026-000002");
    }

    @Test
    void invalidDraftsAreRefusedNamingTheFieldAndStoreNothing() {
        assertThatThrownBy(() -> orders.create(draft("1", "2026-03-01T10:00:00Z", newCustomer(), List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("lines:");
        assertThatThrownBy(() -> orders.create(draft("2", "2026-03-01T10:00:00Z", newCustomer(),
                List.of(product("NINCS", "1", "100")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("lines[0].sku:");
        assertThatThrownBy(() -> orders.create(draft("3", "2026-03-01T10:00:00Z",
                new CustomerDraft(999L, "", "", "", "", ""), List.of(product("POLO", "1", "4990")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("customer.existingId:");
        CustomerOrderDraft good = draft("4", "2026-03-01T10:00:00Z", newCustomer(), List.of(product("POLO", "1", "4990")));
        assertThatThrownBy(() -> orders.create(new CustomerOrderDraft(good.externalSource(), good.externalReference(),
                good.externalNumber(), good.orderDate(), good.customer(), good.billing(), good.shipping(),
                good.paymentMethod(), good.currency(), good.shopGrossTotal(), good.comment(), good.lines(), false,
                List.of(), "NINCS-RAKTAR")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("reserveInWarehouse:");

        assertThat(TestDatabase.count(database, "SELECT COUNT(*) FROM customer_order")).isZero();
        assertThat(TestDatabase.count(database, "SELECT COUNT(*) FROM customer")).isZero();
    }

    @Test
    void unknownProductLineIsStoredWithoutReservationAndReviewReasonsAreKept() {
        OrderLineDraft unknown = new OrderLineDraft(LineKind.PRODUCT, null, "Ismeretlen termék", BigDecimal.ONE,
                new BigDecimal("1000"), new BigDecimal("27"), new BigDecimal("1000"));
        CustomerOrderDraft base = draft("9", "2026-03-01T10:00:00Z", newCustomer(), List.of(unknown));
        orders.create(new CustomerOrderDraft(base.externalSource(), base.externalReference(), base.externalNumber(),
                base.orderDate(), base.customer(), base.billing(), base.shipping(), base.paymentMethod(),
                base.currency(), base.shopGrossTotal(), base.comment(), base.lines(), true,
                List.of("Ismeretlen cikkszám a webáruházban"), "KÖZPONT"));

        OrderView view = new OrderListing(database).all().get(0);
        assertThat(view.needsReview()).isTrue();
        assertThat(view.reviewReasons()).containsExactly("Ismeretlen cikkszám a webáruházban");
        assertThat(view.lines().get(0).sku()).isNull();
        assertThat(TestDatabase.count(database, "SELECT COUNT(*) FROM stock WHERE reserved <> 0")).isZero();
    }

    @Test
    void zeroQuantityIsStoredOnlyWhenTheOrderIsMarkedForReviewAndReservesNothing() {
        CustomerOrderDraft base = draft("10", "2026-03-01T10:00:00Z", newCustomer(),
                List.of(product("POLO", "0", "4990"), product("POLO", "-1", "4990")));
        assertThatThrownBy(() -> orders.create(base))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("lines[0].quantity:");

        orders.create(new CustomerOrderDraft(base.externalSource(), base.externalReference(), base.externalNumber(),
                base.orderDate(), base.customer(), base.billing(), base.shipping(), base.paymentMethod(),
                base.currency(), base.shopGrossTotal(), base.comment(), base.lines(), true,
                List.of("A mennyiség nem pozitív"), "KÖZPONT"));

        assertThat(new OrderListing(database).all()).singleElement()
                .satisfies(view -> assertThat(view.lines()).hasSize(2));
        assertThat(reserved("POLO")).isZero();
    }

    @Test
    void byExternalReferencesReadsTheStatesOfThoseImported() {
        orders.create(draft("1", "2026-03-01T10:00:00Z", newCustomer(), List.of(product("POLO", "1", "4990"))));
        orders.create(draft("2", "2026-03-01T11:00:00Z", newCustomer(), List.of(product("POLO", "1", "4990"))));
        orders.cancel(SOURCE, "2", "a boltban visszavonva");

        assertThat(orders.byExternalReferences(SOURCE, List.of("1", "2", "3", "2")))
                .containsOnlyKeys("1", "2")
                .hasEntrySatisfying("1", o -> assertThat(o.state()).isEqualTo(CustomerOrderState.OPEN))
                .hasEntrySatisfying("2", o -> assertThat(o).isEqualTo(
                        new CustomerOrderRef("VR-2026-000002", SOURCE, "2", CustomerOrderState.CANCELLED)));
        assertThat(orders.byExternalReferences("woocommerce:other.example.hu", List.of("1"))).isEmpty();
        assertThat(orders.byExternalReferences(SOURCE, List.of())).isEmpty();
    }

    @Test
    void cancelFromTheSourceReleasesTheReservationKeepsTheReasonAndIsNotToBeWrittenBack() {
        orders.create(draft("1", "2026-03-01T10:00:00Z", newCustomer(),
                List.of(product("POLO", "2", "4990"), product("BOGRE", "1", "1270"), shipping("990"))));
        orders.create(draft("2", "2026-03-01T11:00:00Z", newCustomer(), List.of(product("POLO", "3", "4990"))));

        CustomerOrderRef cancelled = orders.cancel(SOURCE, "1", "a boltban visszavonva (cancelled)").orElseThrow();

        assertThat(cancelled).isEqualTo(new CustomerOrderRef("VR-2026-000001", SOURCE, "1", CustomerOrderState.CANCELLED));
        assertThat(reserved("POLO")).as("order 2 still holds its 3").isEqualByComparingTo("3");
        assertThat(reserved("BOGRE")).isEqualByComparingTo("0");
        assertThat(erp.stock("POLO").onHand()).as("nothing left the warehouse").isEqualByComparingTo("10");
        assertThat(TestDatabase.scalar(database, "SELECT cancel_reason FROM customer_order WHERE number = ?",
                "VR-2026-000001")).isEqualTo("a boltban visszavonva (cancelled)");
        assertThat(orders.stateChangesSince(SOURCE, 0, 10)).containsExactly(
                new OrderStateChange(cancelled, 1, OrderFixture.NOW, true));
    }

    @Test
    void cancelAgainOrOfAFulfilledOrderChangesNothing() {
        orders.create(draft("1", "2026-03-01T10:00:00Z", newCustomer(), List.of(product("POLO", "2", "4990"))));
        orders.create(draft("2", "2026-03-01T11:00:00Z", newCustomer(), List.of(product("POLO", "3", "4990"))));
        orders.create(draft("3", "2026-03-01T12:00:00Z", newCustomer(), List.of(product("POLO", "1", "4990"))));
        orders.cancel(SOURCE, "1", "visszavonva");
        new OrderLifecycle(database, erp.clock).fulfil("VR-2026-000003");

        assertThat(orders.cancel(SOURCE, "1", "visszavonva")).map(CustomerOrderRef::state)
                .contains(CustomerOrderState.CANCELLED);
        assertThat(orders.cancel(SOURCE, "3", "visszatérítve")).map(CustomerOrderRef::state)
                .contains(CustomerOrderState.FULFILLED);
        assertThat(orders.cancel(SOURCE, "404", "visszavonva")).isEmpty();

        assertThat(reserved("POLO")).as("order 2's reservation is not released by a repeat").isEqualByComparingTo("3");
        assertThat(erp.stock("POLO").onHand()).isEqualByComparingTo("9");
        assertThat(orders.stateChangesSince(SOURCE, 0, 10)).extracting(c -> c.order().state())
                .containsExactly(CustomerOrderState.CANCELLED, CustomerOrderState.FULFILLED);
    }

    @Test
    void flagForReviewAddsEachReasonOnce() {
        CustomerOrderDraft base = draft("1", "2026-03-01T10:00:00Z", newCustomer(), List.of(product("POLO", "1", "4990")));
        orders.create(new CustomerOrderDraft(base.externalSource(), base.externalReference(), base.externalNumber(),
                base.orderDate(), base.customer(), base.billing(), base.shipping(), base.paymentMethod(),
                base.currency(), base.shopGrossTotal(), base.comment(), base.lines(), false,
                List.of("Ismeretlen szállítási mód"), "KÖZPONT"));
        String refunded = "a boltban visszavonták, de az ERP-ben már teljesítve";

        assertThat(orders.flagForReview(SOURCE, "1", refunded)).isTrue();
        assertThat(orders.flagForReview(SOURCE, "1", " " + refunded)).as("the same text again").isFalse();
        assertThat(orders.flagForReview(SOURCE, "1", "összeg: 4 990 Ft → 3 990 Ft")).isTrue();
        assertThat(orders.flagForReview(SOURCE, "404", refunded)).isFalse();
        assertThatThrownBy(() -> orders.flagForReview(SOURCE, "1", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("reason:");

        OrderView view = new OrderListing(database).all().get(0);
        assertThat(view.needsReview()).isTrue();
        assertThat(view.reviewReasons())
                .containsExactly("Ismeretlen szállítási mód", refunded, "összeg: 4 990 Ft → 3 990 Ft");
        assertThat(view.state()).as("a flag changes no state").isEqualTo(CustomerOrderState.OPEN);
        assertThat(orders.stateChangesSince(SOURCE, 0, 10)).isEmpty();
    }
}
