package hu.webshopsync.webshop.orders;

import hu.webshopsync.api.Customer;
import hu.webshopsync.api.CustomerDirectory;
import hu.webshopsync.api.CustomerOrderBook;
import hu.webshopsync.api.CustomerOrderDraft;
import hu.webshopsync.api.CustomerOrderRef;
import hu.webshopsync.api.CustomerOrderState;
import hu.webshopsync.api.DuplicateExternalReferenceException;
import hu.webshopsync.api.HostServices;
import hu.webshopsync.api.Inventory;
import hu.webshopsync.api.ModuleRegistry;
import hu.webshopsync.api.ModuleSettings;
import hu.webshopsync.api.OrderCreation;
import hu.webshopsync.api.Product;
import hu.webshopsync.api.ProductCatalog;
import hu.webshopsync.api.ProductQuery;
import hu.webshopsync.api.StockLevel;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An in-memory ERP: products, customers and customer orders, with the database's guarantee that an
 * external reference is stored once. Counts the calls the order sync makes.
 */
final class FakeHost implements HostServices, ProductCatalog, Inventory, CustomerDirectory, CustomerOrderBook,
        ModuleRegistry {

    final Map<String, Product> products = new HashMap<>();
    final List<Customer> customers = new ArrayList<>();
    /** Stored orders by "source|reference", in creation order. */
    final Map<String, Stored> orders = new LinkedHashMap<>();
    final MutableClock clock;
    String currency = "HUF";
    boolean moduleActive = true;
    ModuleSettings moduleSettings = ModuleSettings.empty();
    /** Lets a test refuse or interfere with a create: return an exception to throw, or null to go on. */
    Function<CustomerOrderDraft, RuntimeException> beforeCreate = d -> null;
    private final Map<String, Customer> customerIndex = new HashMap<>();
    private int indexed;
    int existingReferenceCalls;
    int bySkusCalls;
    int createCalls;
    /** The sizes of the createAll calls, in order. */
    final List<Integer> createAllSizes = new ArrayList<>();

    record Stored(CustomerOrderRef ref, CustomerOrderDraft draft, long customerId) {
    }

    FakeHost(MutableClock clock) {
        this.clock = clock;
    }

    List<CustomerOrderDraft> drafts() {
        return orders.values().stream().map(Stored::draft).toList();
    }

    Stored order(String reference) {
        return orders.values().stream().filter(s -> s.ref().externalReference().equals(reference)).findFirst()
                .orElseThrow(() -> new AssertionError("no order " + reference));
    }

    // HostServices

    @Override
    public ProductCatalog products() {
        return this;
    }

    @Override
    public Inventory inventory() {
        return this;
    }

    @Override
    public CustomerDirectory customers() {
        return this;
    }

    @Override
    public CustomerOrderBook orders() {
        return this;
    }

    @Override
    public ModuleRegistry modules() {
        return this;
    }

    @Override
    public String currency() {
        return currency;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    // ProductCatalog

    @Override
    public List<Product> find(ProductQuery query) {
        return products.values().stream().sorted((a, b) -> a.sku().compareTo(b.sku())).limit(query.limit()).toList();
    }

    @Override
    public Map<String, Product> bySkus(Collection<String> skus) {
        bySkusCalls++;
        Map<String, Product> out = new HashMap<>();
        skus.forEach(s -> {
            if (products.containsKey(s)) {
                out.put(s, products.get(s));
            }
        });
        return out;
    }

    // Inventory

    @Override
    public List<String> warehouses() {
        return List.of("KÖZPONT");
    }

    @Override
    public Map<String, StockLevel> levels(String warehouse, Collection<String> skus) {
        return skus.stream().collect(Collectors.toMap(s -> s, s -> StockLevel.ZERO));
    }

    // CustomerDirectory

    @Override
    public Optional<Customer> byEmail(String email) {
        return Optional.ofNullable(index().get("e:" + email.trim().toLowerCase(Locale.ROOT)));
    }

    @Override
    public Optional<Customer> byPhone(String phone) {
        String digits = phone.replaceAll("\\D", "");
        return digits.isEmpty() ? Optional.empty() : Optional.ofNullable(index().get("p:" + digits));
    }

    // customers are only appended (by tests or by create), so the index catches up incrementally
    private Map<String, Customer> index() {
        for (int i = indexed; i < customers.size(); i++) {
            Customer c = customers.get(i);
            if (!c.email().isBlank()) {
                customerIndex.putIfAbsent("e:" + c.email().trim().toLowerCase(Locale.ROOT), c);
            }
            if (!c.phone().replaceAll("\\D", "").isEmpty()) {
                customerIndex.putIfAbsent("p:" + c.phone().replaceAll("\\D", ""), c);
            }
        }
        indexed = customers.size();
        return customerIndex;
    }

    // CustomerOrderBook

    @Override
    public CustomerOrderRef create(CustomerOrderDraft draft) {
        createCalls++;
        RuntimeException refusal = beforeCreate.apply(draft);
        if (refusal != null) {
            throw refusal;
        }
        String key = draft.externalSource() + "|" + draft.externalReference();
        if (orders.containsKey(key)) {
            throw new DuplicateExternalReferenceException(draft.externalSource(), draft.externalReference());
        }
        if (draft.lines().isEmpty()) {
            throw new IllegalArgumentException("an order needs at least one line");
        }
        long customerId;
        if (draft.customer().existingId() != null) {
            customerId = draft.customer().existingId();
        } else {
            customerId = customers.size() + 1L;
            customers.add(new Customer(customerId, draft.customer().name(), draft.customer().company(),
                    draft.customer().taxNumber(), draft.customer().email(), draft.customer().phone()));
        }
        CustomerOrderRef ref = new CustomerOrderRef(String.format("VR-2026-%06d", orders.size() + 1),
                draft.externalSource(), draft.externalReference(), CustomerOrderState.OPEN);
        orders.put(key, new Stored(ref, draft, customerId));
        return ref;
    }

    /** As the host's: one transaction, so a failure other than a refused or duplicate draft stores none. */
    @Override
    public List<OrderCreation> createAll(List<CustomerOrderDraft> drafts) {
        createAllSizes.add(drafts.size());
        Map<String, Stored> ordersBefore = new LinkedHashMap<>(orders);
        int customersBefore = customers.size();
        try {
            return CustomerOrderBook.super.createAll(drafts);
        } catch (RuntimeException e) {
            orders.clear();
            orders.putAll(ordersBefore);
            customers.subList(customersBefore, customers.size()).clear();
            customerIndex.clear();
            indexed = 0;
            throw e;
        }
    }

    @Override
    public Optional<CustomerOrderRef> byExternalReference(String externalSource, String externalReference) {
        return Optional.ofNullable(orders.get(externalSource + "|" + externalReference)).map(Stored::ref);
    }

    @Override
    public Set<String> existingReferences(String externalSource, Collection<String> externalReferences) {
        existingReferenceCalls++;
        return externalReferences.stream().filter(r -> orders.containsKey(externalSource + "|" + r))
                .collect(Collectors.toSet());
    }

    // ModuleRegistry

    @Override
    public boolean isActive(String moduleId) {
        return moduleActive && moduleId.equals("webshop");
    }

    @Override
    public ModuleSettings settings(String moduleId) {
        return moduleId.equals("webshop") ? moduleSettings : ModuleSettings.empty();
    }
}
