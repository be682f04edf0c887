package hu.webshopsync.host.orders;

import hu.webshopsync.api.CustomerOrderBook;
import hu.webshopsync.api.CustomerOrderDraft;
import hu.webshopsync.api.CustomerOrderRef;
import hu.webshopsync.api.CustomerOrderState;
import hu.webshopsync.api.DuplicateExternalReferenceException;
import hu.webshopsync.api.OrderCreation;
import hu.webshopsync.api.OrderStateChange;
import hu.webshopsync.host.db.Database;
import hu.webshopsync.host.db.Jdbc;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Customer orders over the ERP database. {@link #create} writes the customer, the order, its lines
 * and the stock reservations in one transaction; the unique constraint on the external reference,
 * not a prior look-up, is what keeps an order from being imported twice. {@link #cancel} and
 * {@link #flagForReview} lock the order's row, so they and the ERP's own changes
 * ({@link OrderLifecycle}) never interleave on one order.
 */
public final class JdbcCustomerOrderBook implements CustomerOrderBook {

    private final Database database;
    private final OrderWriter writer;
    private final OrderTransitions transitions;

    /**
     * Creates the order book.
     *
     * @param database the ERP database
     * @param clock    the host's clock, for creation times
     * @param zone     the ERP's time zone, which decides the year in an order number
     */
    public JdbcCustomerOrderBook(Database database, Clock clock, ZoneId zone) {
        this.database = database;
        this.writer = new OrderWriter(clock, zone);
        this.transitions = new OrderTransitions(clock);
    }

    @Override
    public CustomerOrderRef create(CustomerOrderDraft draft) {
        DraftValidator.validate(draft);
        return database.inTransaction("creating customer order " + draft.externalSource() + "/"
                + draft.externalReference(), connection -> writer.insert(connection, draft));
    }

    /**
     * One transaction for all drafts (a commit writes to disk, and an order import commits a page
     * of up to 100 orders): each draft is inserted after a savepoint and rolled back to it alone
     * when it is a duplicate or refused, so the order number it took is reused by the next.
     */
    @Override
    public List<OrderCreation> createAll(List<CustomerOrderDraft> drafts) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        return database.inTransaction("creating " + drafts.size() + " customer orders", connection -> {
            List<OrderCreation> results = new ArrayList<>(drafts.size());
            for (CustomerOrderDraft draft : drafts) {
                Savepoint before = connection.setSavepoint();
                try {
                    DraftValidator.validate(draft);
                    results.add(new OrderCreation.Created(writer.insert(connection, draft)));
                    connection.releaseSavepoint(before);
                } catch (DuplicateExternalReferenceException e) {
                    connection.rollback(before);
                    results.add(new OrderCreation.AlreadyImported());
                } catch (IllegalArgumentException e) {
                    connection.rollback(before);
                    results.add(new OrderCreation.Refused(e.getMessage()));
                }
            }
            return results;
        });
    }

    @Override
    public Optional<CustomerOrderRef> byExternalReference(String externalSource, String externalReference) {
        return database.read("looking an order up by external reference", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT number, status FROM customer_order WHERE external_source = ? AND external_reference = ?")) {
                select.setString(1, externalSource);
                select.setString(2, externalReference);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new CustomerOrderRef(rs.getString(1), externalSource, externalReference,
                            CustomerOrderState.fromWire(rs.getString(2))))
                            : Optional.empty();
                }
            }
        });
    }

    @Override
    public Set<String> existingReferences(String externalSource, Collection<String> externalReferences) {
        return byExternalReferences(externalSource, externalReferences).keySet();
    }

    @Override
    public Map<String, CustomerOrderRef> byExternalReferences(String externalSource,
                                                              Collection<String> externalReferences) {
        if (externalReferences.isEmpty()) {
            return Map.of();
        }
        return database.read("looking orders up by external reference", connection -> {
            Map<String, CustomerOrderRef> found = new HashMap<>();
            for (List<String> chunk : Jdbc.chunks(new LinkedHashSet<>(externalReferences))) {
                // not "= ANY(?)": H2 would use the unique index for external_source only and scan all its orders
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT o.external_reference, o.number, o.status FROM UNNEST(CAST(? AS VARCHAR ARRAY)) u(r)"
                                + " JOIN customer_order o ON o.external_source = ? AND o.external_reference = u.r")) {
                    select.setArray(1, Jdbc.textArray(connection, chunk));
                    select.setString(2, externalSource);
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            found.put(rs.getString(1), new CustomerOrderRef(rs.getString(2), externalSource,
                                    rs.getString(1), CustomerOrderState.fromWire(rs.getString(3))));
                        }
                    }
                }
            }
            return found;
        });
    }

    /** Only an open order changes; a cancelled or fulfilled one is returned as it is, so a rerun is harmless. */
    @Override
    public Optional<CustomerOrderRef> cancel(String externalSource, String externalReference, String reason) {
        return database.inTransaction("cancelling customer order " + externalSource + "/" + externalReference,
                connection -> {
                    Optional<LockedOrder> order = LockedOrder.byExternalReference(connection, externalSource,
                            externalReference);
                    if (order.isPresent() && order.get().state() == CustomerOrderState.OPEN) {
                        return Optional.of(transitions.cancel(connection, order.get(), reason, true));
                    }
                    return order.map(LockedOrder::ref);
                });
    }

    @Override
    public boolean flagForReview(String externalSource, String externalReference, String reason) {
        return database.inTransaction("flagging customer order " + externalSource + "/" + externalReference
                + " for review", connection -> ReviewFlags.flag(connection, externalSource, externalReference, reason));
    }

    @Override
    public List<OrderStateChange> stateChangesSince(String externalSource, long afterSequence, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit: must be at least 1, was " + limit);
        }
        return database.read("listing customer order state changes",
                connection -> StateChangeLog.since(connection, externalSource, afterSequence, limit));
    }
}
