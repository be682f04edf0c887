package hu.webshopsync.webshop;

import hu.webshopsync.api.PluginStateStore;
import hu.webshopsync.webshop.identity.ShopIdentityStore;
import hu.webshopsync.webshop.products.ProductSyncPorts;
import hu.webshopsync.webshop.products.ProductSyncServices;
import hu.webshopsync.webshop.settings.WebshopSettings;
import hu.webshopsync.webshop.stock.StockAuditServices;
import hu.webshopsync.webshop.stock.StockPorts;
import hu.webshopsync.webshop.text.Messages;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import hu.webshopsync.webshop.orders.OrderSource;
import hu.webshopsync.webshop.orders.OrderSyncServices;
import hu.webshopsync.webshop.orders.OrderSyncSettings;
import hu.webshopsync.webshop.shop.RetryListener;
import hu.webshopsync.webshop.shop.ShopErrors;
import hu.webshopsync.webshop.settings.ShopPlatform;
import hu.webshopsync.webshop.shoprenter.ShoprenterOrderSource;
import hu.webshopsync.webshop.shoprenter.ShoprenterPorts;
import hu.webshopsync.webshop.shoprenter.SrConnection;
import hu.webshopsync.webshop.woocommerce.ShopConnection;
import hu.webshopsync.webshop.woocommerce.WooOrderSource;
import hu.webshopsync.webshop.woocommerce.WooProductPorts;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pf4j.Plugin;

/**
 * The plugin's wiring: the objects every extension instance shares. PF4J creates a new extension
 * instance on each lookup, so the JSON mapper, the shop connections (Feign clients) and their
 * caches live here, and the host hands this object to each extension's constructor.
 */
public class WebshopPlugin extends Plugin implements OrderSyncServices, ProductSyncServices, StockAuditServices {

    private final ObjectMapper mapper;
    private final Messages messages;
    private final Map<String, ShopConnection> connections = new ConcurrentHashMap<>();
    private final Map<String, SrConnection> shoprenterConnections = new ConcurrentHashMap<>();

    /**
     * Builds the shared objects. No I/O here: the host may create the plugin long before it is used.
     */
    public WebshopPlugin() {
        this.mapper = newMapper();
        this.messages = new Messages(Messages.BASE_NAME, WebshopPlugin.class.getClassLoader());
    }

    /**
     * The JSON mapper for everything the plugin sends and reads. Modules are registered by hand:
     * {@code findAndRegisterModules()} would search the host's class loader (the thread's context
     * loader), not the plugin's.
     *
     * @return the mapper; thread-safe, do not reconfigure
     */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** @return the plugin's main message bundle ({@link Messages#BASE_NAME}) */
    @Override
    public Messages messages() {
        return messages;
    }

    /**
     * The connection to the shop the settings describe; the same object for the same settings, a
     * new one once any connection-relevant setting (address, keys, timeouts, …) changed.
     *
     * @param settings the module's settings
     * @return the connection
     */
    public ShopConnection connect(WebshopSettings settings) {
        return cached(connections, settings, () -> ShopConnection.open(settings, mapper));
    }

    /**
     * The connection to the Shoprenter shop the settings describe; like {@link #connect}, the same
     * object until a connection-relevant setting changes. One per shop, so that every run's requests
     * share one pacer under the shop's rate limit.
     *
     * @param settings the module's settings, platform {@code shoprenter}
     * @return the connection
     */
    public SrConnection shoprenter(WebshopSettings settings) {
        return cached(shoprenterConnections, settings, () -> SrConnection.open(settings, mapper));
    }

    private static <T extends AutoCloseable> T cached(Map<String, T> open, WebshopSettings settings,
                                                      java.util.function.Supplier<T> opener) {
        String fingerprint = settings.fingerprint();
        T existing = open.get(fingerprint);
        if (existing != null) {
            return existing;
        }
        synchronized (open) {
            // Settings changed: the old connection's clients and caches are of no further use.
            open.entrySet().removeIf(e -> {
                if (!e.getKey().equals(fingerprint)) {
                    closeQuietly(e.getValue());
                    return true;
                }
                return false;
            });
            return open.computeIfAbsent(fingerprint, f -> opener.get());
        }
    }

    private static void closeQuietly(AutoCloseable connection) {
        try {
            connection.close();
        } catch (Exception e) {
            // closing only drops caches; nothing to report
        }
    }

    @Override
    public OrderSource orderSource(WebshopSettings shop, RetryListener retries, Locale locale) {
        if (shop.platform() == ShopPlatform.SHOPRENTER) {
            // Shoprenter's tax number is a field of the order; it goes where the order sync looks for one
            String taxNumberKey = OrderSyncSettings.from(shop.raw(), null).taxNumberMetaKey();
            return ShoprenterOrderSource.on(shoprenter(shop).forRun(retries).client(), taxNumberKey,
                    e -> ShopErrors.describe(messages, locale, e));
        }
        return WooOrderSource.on(connect(shop).forRun(retries), e -> ShopErrors.describe(messages, locale, e));
    }

    @Override
    public ProductSyncPorts productPorts(WebshopSettings settings, RetryListener listener) {
        if (settings.platform() == ShopPlatform.SHOPRENTER) {
            return ShoprenterPorts.of(shoprenter(settings).forRun(listener));
        }
        return WooProductPorts.of(connect(settings).forRun(listener));
    }

    @Override
    public StockPorts stockPorts(WebshopSettings settings, RetryListener listener) {
        if (settings.platform() == ShopPlatform.SHOPRENTER) {
            return ShoprenterPorts.stock(shoprenter(settings).forRun(listener));
        }
        return WooProductPorts.stock(connect(settings).forRun(listener));
    }

    @Override
    public boolean addressVerified(WebshopSettings settings, PluginStateStore state) {
        return new ShopIdentityStore(state).sourceIdAt(settings.uri(), settings.url()).isPresent();
    }

    /**
     * Closes the shop connections and drops their caches, so that nothing keeps the plugin's
     * classes alive after the host unloads it.
     */
    @Override
    public void stop() {
        synchronized (connections) {
            connections.values().forEach(ShopConnection::close);
            connections.clear();
        }
        synchronized (shoprenterConnections) {
            shoprenterConnections.values().forEach(SrConnection::close);
            shoprenterConnections.clear();
        }
    }

    static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }
}
