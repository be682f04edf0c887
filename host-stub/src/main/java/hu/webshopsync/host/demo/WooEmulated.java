package hu.webshopsync.host.demo;

import hu.webshopsync.emulator.ShopEmulator;
import hu.webshopsync.host.text.Texts;
import java.util.List;

/** The emulator speaking WooCommerce: REST keys and a WordPress user, customers at its REST checkout. */
final class WooEmulated implements EmulatedShop.Dialect {

    private final ShopAccess access;

    WooEmulated(ShopAccess access) {
        this.access = access;
    }

    @Override
    public List<String> moduleSettings(ShopEmulator emulator, String warehouse) {
        return access.moduleSettings(warehouse);
    }

    @Override
    public String redact(String text) {
        return access.redact(text);
    }

    @Override
    public ShopBuyers buyers(ShopEmulator emulator, Texts texts) {
        return new ShopCustomers(new ShopRest(access), texts);
    }
}
