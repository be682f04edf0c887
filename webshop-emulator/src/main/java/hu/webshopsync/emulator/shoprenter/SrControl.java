package hu.webshopsync.emulator.shoprenter;

import com.fasterxml.jackson.databind.node.ObjectNode;
import hu.webshopsync.emulator.FaultRule;
import hu.webshopsync.emulator.QueryParams;
import hu.webshopsync.emulator.RequestCounters;
import hu.webshopsync.emulator.ServerControls;
import hu.webshopsync.emulator.ServerLoad;
import hu.webshopsync.emulator.ServerModel;
import hu.webshopsync.emulator.ShopSnapshot;

import java.util.List;
import java.util.function.Supplier;

/** The in-process {@link ShoprenterControl}; the HTTP control endpoint delegates here too. */
final class SrControl implements ShoprenterControl {

    private final ServerControls server;
    private final SrStore store;
    private final SrAuth auth;
    private final SrRateLimit rateLimit;
    private final SrRoutes routes;
    private final SrProducts products;
    private final SrCategories categories;
    private final SrOrderPlacer placer;
    private final SrOrderEdits edits;
    private final SrSnapshot snapshots;

    SrControl(ServerControls server, SrStore store, SrAuth auth, SrRateLimit rateLimit, SrRoutes routes,
              SrProducts products, SrCategories categories, SrOrderPlacer placer, SrOrderEdits edits,
              SrSnapshot snapshots) {
        this.server = server;
        this.store = store;
        this.auth = auth;
        this.rateLimit = rateLimit;
        this.routes = routes;
        this.products = products;
        this.categories = categories;
        this.placer = placer;
        this.edits = edits;
        this.snapshots = snapshots;
    }

    @Override
    public void setLatency(long fixedMs, long jitterMs) {
        server.setLatency(fixedMs, jitterMs);
    }

    @Override
    public void setServer(ServerModel model) {
        server.setServer(model);
    }

    @Override
    public ServerModel server() {
        return server.server();
    }

    @Override
    public ServerLoad serverLoad() {
        return server.serverLoad();
    }

    @Override
    public void setFaults(List<FaultRule> rules) {
        server.setFaults(rules);
    }

    @Override
    public void addFault(FaultRule rule) {
        server.addFault(rule);
    }

    @Override
    public void resetFaults() {
        server.resetFaults();
    }

    @Override
    public List<FaultRule> faults() {
        return server.faults();
    }

    @Override
    public RequestCounters counters() {
        return server.counters();
    }

    @Override
    public void resetCounters() {
        server.resetCounters();
    }

    @Override
    public void setRateLimit(int perSecond) {
        rateLimit.setPerSecond(perSecond);
    }

    @Override
    public ShopSnapshot snapshot() {
        return locked(snapshots::take);
    }

    /** Deletes the product with this innerId as an admin would; {@code force} plays no part (no trash). */
    @Override
    public boolean deleteProduct(long id, boolean force) {
        return locked(() -> {
            SrRow row = store.table(store.schemas.product).get(id);
            if (row != null) {
                products.delete(row);
            }
            return row != null;
        });
    }

    @Override
    public boolean deleteCategory(long id) {
        return locked(() -> {
            SrRow row = store.table(store.schemas.category).get(id);
            if (row != null) {
                categories.delete(row);
            }
            return row != null;
        });
    }

    /** {@code PUT /orders/{id}} with the status's id, as the admin's status change. */
    @Override
    public void setOrderStatus(long orderId, String status) {
        SrStatus target = SrStatus.byName(status);
        if (target == null) {
            throw new IllegalArgumentException("order " + orderId + ": no Shoprenter order status " + status);
        }
        locked(() -> {
            SrRow order = edits.order(orderId);
            ObjectNode body = SrJson.MAPPER.createObjectNode();
            body.putObject("orderStatus").put("id", store.table(store.schemas.orderStatus).get(target.innerId()).id());
            SrAnswer answer = routes.call(new SrCall("PUT", "orders", order.id(), "orders/" + order.id(),
                    QueryParams.parse(null), body));
            if (answer.status() != 200) {
                throw new IllegalArgumentException("order " + orderId + ": " + answer.body());
            }
            return null;
        });
    }

    @Override
    public void setOrderLineQuantity(long orderId, long lineId, int quantity) {
        locked(() -> {
            edits.setLineQuantity(orderId, lineId, quantity);
            return null;
        });
    }

    @Override
    public void refundOrder(long orderId, String amount, String reason) {
        throw new UnsupportedOperationException("Shoprenter's API has no refunds; set the order's status to "
                + "'refunded' (11 Visszatérítve) with setOrderStatus instead");
    }

    @Override
    public long placeOrder(ShoprenterOrder order) {
        return locked(() -> {
            try {
                return placer.place(order);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("order of " + order.email() + ": " + e.getMessage(), e);
            }
        });
    }

    @Override
    public String productApiId(long innerId) {
        return locked(() -> {
            SrRow row = store.table(store.schemas.product).get(innerId);
            return row == null ? null : row.id();
        });
    }

    /** Revokes the API user's password, the OAuth client and every issued token. */
    @Override
    public void revokeCredentials() {
        auth.revoke();
    }

    /** Installs a new API user and password (Basic); the old ones stop working. */
    @Override
    public void setCredentials(String apiUser, String apiPassword) {
        auth.setBasic(apiUser, apiPassword);
    }

    /** Wipes the shop back to its seed (language, tax classes, statuses); files too. */
    @Override
    public void reset() {
        locked(() -> {
            store.reset();
            return null;
        });
    }

    private <T> T locked(Supplier<T> action) {
        store.lock.lock();
        try {
            return action.get();
        } finally {
            store.lock.unlock();
        }
    }
}
