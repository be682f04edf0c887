package hu.webshopsync.host.demo;

import hu.webshopsync.emulator.EmulatorConfig;
import hu.webshopsync.emulator.ShopEmulator;
import hu.webshopsync.emulator.ShopSnapshot;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The webshop emulator running in this process on a free loopback port, with its default
 * credentials; it stops when the demo ends. Reads go through the emulator's snapshot.
 */
final class EmulatedShop implements DemoShop {

    private final ShopEmulator emulator;
    private final ShopAccess access;

    private EmulatedShop(ShopEmulator emulator, EmulatorConfig config) {
        this.emulator = emulator;
        this.access = new ShopAccess(emulator.baseUrl(), config.consumerKey(), config.consumerSecret(),
                Optional.of(config.wpUser()), Optional.of(config.wpAppPassword()));
    }

    static EmulatedShop start() {
        EmulatorConfig config = EmulatorConfig.defaults();
        return new EmulatedShop(ShopEmulator.start(config), config);
    }

    @Override
    public ShopAccess access() {
        return access;
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
