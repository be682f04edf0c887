package hu.webshopsync.host.orders;

import static hu.webshopsync.host.orders.OrderFixture.NOW;
import static hu.webshopsync.host.orders.OrderFixture.SOURCE;
import static hu.webshopsync.host.orders.OrderFixture.draft;
import static hu.webshopsync.host.orders.OrderFixture.newCustomer;
import static hu.webshopsync.host.orders.OrderFixture.product;
import static hu.webshopsync.host.orders.OrderFixture.shipping;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import hu.webshopsync.api.CustomerOrderDraft;
import hu.webshopsync.api.CustomerOrderRef;
import hu.webshopsync.api.CustomerOrderState;
import hu.webshopsync.api.OrderStateChange;
import hu.webshopsync.host.TestDatabase;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderLifecycleTest {

    @TempDir
    Path dir;

    private OrderFixture erp;
    private JdbcCustomerOrderBook book;
    private OrderLifecycle lifecycle;

    @BeforeEach
    void open() throws IOException {
        erp = new OrderFixture(dir);
        book = erp.book();
        lifecycle = new OrderLifecycle(erp.database, erp.clock);
    }

    @AfterEach
    void close() {
        erp.close();
    }

    private CustomerOrderRef order(String reference, String polo) {
        return book.create(draft(reference, "2026-03-01T10:00:00Z", newCustomer(),
                List.of(product("POLO", polo, "4990"), shipping("990"))));
    }

    @Test
    void fulfilConsumesOnHandAndTheReservationAndIsToBeWrittenBack() {
        CustomerOrderRef order = order("1", "2");
        order("2", "3");

        OrderTransition result = lifecycle.fulfil(order.number());

        CustomerOrderRef fulfilled = new CustomerOrderRef(order.number(), SOURCE, "1", CustomerOrderState.FULFILLED);
        assertThat(result).isEqualTo(new OrderTransition.Done(fulfilled));
        assertThat(erp.stock("POLO").onHand()).isEqualByComparingTo("8");
        assertThat(erp.stock("POLO").reserved()).as("order 2's 3 stay reserved").isEqualByComparingTo("3");
        assertThat(book.byExternalReference(SOURCE, "1")).contains(fulfilled);
        assertThat(book.stateChangesSince(SOURCE, 0, 10)).containsExactly(new OrderStateChange(fulfilled, 1, NOW, false));
    }

    @Test
    void cancelInTheErpReleasesTheReservationAndKeepsTheReason() {
        CustomerOrderRef order = order("1", "2");

        OrderTransition result = lifecycle.cancel(order.number(), "A vevő telefonon lemondta");

        assertThat(result).isInstanceOfSatisfying(OrderTransition.Done.class,
                done -> assertThat(done.order().state()).isEqualTo(CustomerOrderState.CANCELLED));
        assertThat(erp.stock("POLO").reserved()).isEqualByComparingTo("0");
        assertThat(erp.stock("POLO").onHand()).isEqualByComparingTo("10");
        assertThat(TestDatabase.scalar(erp.database, "SELECT cancel_reason FROM customer_order"))
                .isEqualTo("A vevő telefonon lemondta");
        assertThat(book.stateChangesSince(SOURCE, 0, 10)).singleElement()
                .satisfies(change -> assertThat(change.bySource()).as("made in the ERP").isFalse());
    }

    @Test
    void anOrderThatIsNotOpenIsRefusedAndNothingChanges() {
        CustomerOrderRef order = order("1", "2");
        lifecycle.fulfil(order.number());

        assertThat(lifecycle.fulfil(order.number())).isEqualTo(new OrderTransition.NotOpen(
                new CustomerOrderRef(order.number(), SOURCE, "1", CustomerOrderState.FULFILLED)));
        assertThat(lifecycle.cancel(order.number(), "")).isInstanceOf(OrderTransition.NotOpen.class);
        assertThat(lifecycle.fulfil("VR-2026-999999")).isEqualTo(new OrderTransition.Unknown("VR-2026-999999"));

        assertThat(erp.stock("POLO").onHand()).as("consumed once").isEqualByComparingTo("8");
        assertThat(book.stateChangesSince(SOURCE, 0, 10)).hasSize(1);
    }

    @Test
    void anOrderThatReservedInNoWarehouseIsFulfilledWithoutTouchingStock() {
        CustomerOrderDraft base = draft("1", "2026-03-01T10:00:00Z", newCustomer(), List.of(product("POLO", "2", "4990")));
        CustomerOrderRef order = book.create(new CustomerOrderDraft(base.externalSource(), base.externalReference(),
                base.externalNumber(), base.orderDate(), base.customer(), base.billing(), base.shipping(),
                base.paymentMethod(), base.currency(), base.shopGrossTotal(), base.comment(), base.lines(), false,
                List.of(), null));

        assertThat(lifecycle.fulfil(order.number())).isInstanceOf(OrderTransition.Done.class);

        assertThat(erp.stock("POLO").onHand()).isEqualByComparingTo("10");
        assertThat(erp.stock("POLO").reserved()).isEqualByComparingTo("0");
    }

    @Test
    void stateChangesAreListedOldestFirstAfterTheCursorForOneSourceOnly() {
        CustomerOrderRef first = order("1", "1");
        CustomerOrderRef second = order("2", "1");
        CustomerOrderRef third = order("3", "1");
        CustomerOrderDraft base = draft("1", "2026-03-01T10:00:00Z", newCustomer(), List.of(product("POLO", "1", "4990")));
        CustomerOrderRef elsewhere = book.create(new CustomerOrderDraft("woocommerce:other.example.hu", "1", "#1",
                base.orderDate(), base.customer(), base.billing(), base.shipping(), base.paymentMethod(),
                base.currency(), base.shopGrossTotal(), base.comment(), base.lines(), false, List.of(), "KÖZPONT"));
        lifecycle.fulfil(second.number());
        lifecycle.cancel(elsewhere.number(), "");
        book.cancel(SOURCE, "3", "a boltban visszavonva");
        lifecycle.fulfil(first.number());

        List<OrderStateChange> page = book.stateChangesSince(SOURCE, 0, 2);
        assertThat(page).extracting(c -> c.order().number(), OrderStateChange::sequence, OrderStateChange::bySource)
                .containsExactly(tuple(second.number(), 1L, false),
                        tuple(third.number(), 3L, true));
        assertThat(book.stateChangesSince(SOURCE, page.get(1).sequence(), 2))
                .extracting(c -> c.order().number(), c -> c.order().state())
                .containsExactly(tuple(first.number(), CustomerOrderState.FULFILLED));
        assertThat(book.stateChangesSince(SOURCE, 4, 2)).isEmpty();
        assertThat(book.stateChangesSince("woocommerce:other.example.hu", 0, 10)).singleElement()
                .satisfies(c -> assertThat(c.sequence()).isEqualTo(2));
        assertThatThrownBy(() -> book.stateChangesSince(SOURCE, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("limit:");
    }

    @Test
    void aSyncCancellingAndAUserFulfillingTheSameOrderAtOnceChangeItOnce() throws Exception {
        List<CustomerOrderRef> orders = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            orders.add(order(String.valueOf(i), "1"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (CustomerOrderRef order : orders) {
                CountDownLatch start = new CountDownLatch(1);
                var fulfil = pool.submit(() -> {
                    start.await();
                    return lifecycle.fulfil(order.number());
                });
                var cancel = pool.submit(() -> {
                    start.await();
                    return book.cancel(SOURCE, order.externalReference(), "a boltban visszavonva");
                });
                start.countDown();
                fulfil.get();
                cancel.get();
            }
        } finally {
            pool.shutdown();
        }

        List<OrderStateChange> changes = book.stateChangesSince(SOURCE, 0, 100);
        assertThat(changes).as("one change per order, whichever came first").hasSize(20)
                .extracting(OrderStateChange::sequence).containsExactlyElementsOf(
                        LongStream.rangeClosed(1, 20).boxed().toList());
        long fulfilled = changes.stream().filter(c -> c.order().state() == CustomerOrderState.FULFILLED).count();
        assertThat(book.byExternalReferences(SOURCE, orders.stream().map(CustomerOrderRef::externalReference).toList())
                .values()).extracting(CustomerOrderRef::state).doesNotContain(CustomerOrderState.OPEN);
        assertThat(erp.stock("POLO").reserved()).isEqualByComparingTo("0");
        assertThat(erp.stock("POLO").onHand()).isEqualByComparingTo(BigDecimal.valueOf(10 - fulfilled));
    }
}
