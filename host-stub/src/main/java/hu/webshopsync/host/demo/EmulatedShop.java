package hu.webshopsync.host.demo;

import hu.webshopsync.emulator.EmulatorConfig;
import hu.webshopsync.emulator.Platform;
import hu.webshopsync.emulator.ShopEmulator;
import hu.webshopsync.emulator.ShopSnapshot;
import hu.webshopsync.host.text.Texts;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The webshop emulator running in this process on a free loopback port, with its default
 * credentials; it stops when the demo ends. Reads go through the emulator's snapshot, which speaks the
 * same words for every platform; how the module connects and how customers order is the platform's.
 */
final class EmulatedShop implements DemoShop {

    private final ShopEmulator emulator;
    private final Dialect dialect;

    /** What differs between the platforms the emulator speaks. */
    interface Dialect {

        /** @return the {@code --set} arguments of the module, the warehouse's included */
        List<String> moduleSettings(ShopEmulator emulator, String warehouse);

        /** @return the text with the platform's secrets hidden */
        String redact(String text);

        /** @return the demo's customers in the shop */
        ShopBuyers buyers(ShopEmulator emulator, Texts texts);
    }

    private EmulatedShop(ShopEmulator emulator, Dialect dialect) {
        this.emulator = emulator;
        this.dialect = dialect;
    }

    /**
     * Starts the emulator.
     *
     * @param platform {@code woocommerce} or {@code shoprenter}
     * @return the shop
     */
    static EmulatedShop start(String platform) {
        return platform.equals("shoprenter") ? shoprenter() : wooCommerce();
    }

    /** A Shoprenter emulator with its demo API user and Shoprenter's limit of 3 requests a second. */
    private static EmulatedShop shoprenter() {
        EmulatorConfig config = EmulatorConfig.defaults().withPlatform(Platform.SHOPRENTER);
        return new EmulatedShop(ShopEmulator.start(config), new ShoprenterEmulated(config.shoprenter()));
    }

    /** A WooCommerce emulator with its demo key and WordPress user. */
    private static EmulatedShop wooCommerce() {
        EmulatorConfig config = EmulatorConfig.defaults();
        ShopEmulator emulator = ShopEmulator.start(config);
        ShopAccess access = new ShopAccess(emulator.baseUrl(), config.consumerKey(), config.consumerSecret(),
                Optional.of(config.wpUser()), Optional.of(config.wpAppPassword()));
        return new EmulatedShop(emulator, new WooEmulated(access));
    }

    @Override
    public String url() {
        return emulator.baseUrl();
    }

    @Override
    public List<String> moduleSettings(String warehouse) {
        return dialect.moduleSettings(emulator, warehouse);
    }

    @Override
    public String redact(String text) {
        return dialect.redact(text);
    }

    @Override
    public ShopBuyers buyers(Texts texts) {
        return dialect.buyers(emulator, texts);
    }

    @Override
    public boolean emulated() {
        return true;
    }

    @Override
    public Map<String, Integer> stockBySku() {
        Map<String, Integer> stock = new TreeMap<>();
        for (ShopSnapshot.Product p : emulator.control().snapshot().productsBySku().values()) {
            if (p.manageStock() && p.stockQuantity() != null && !"trash".equals(p.status())) {
                stock.put(p.sku(), p.stockQuantity());
            }
        }
        return stock;
    }

    @Override
    public Optional<ShopItem> product(String sku) {
        return Optional.ofNullable(emulator.control().snapshot().productsBySku().get(sku))
                .map(p -> new ShopItem(p.description(),
                        p.categories().stream().map(ShopSnapshot.CategoryRef::name).toList(),
                        p.imageMediaIds().size()));
    }

    @Override
    public ShopTotals totals() {
        ShopSnapshot s = emulator.control().snapshot();
        return new ShopTotals(s.products().stream().filter(p -> !"trash".equals(p.status())).count(),
                s.categories().size(), s.orders().size(), s.media().size());
    }

    @Override
    public void close() {
        emulator.close();
    }
}
