package hu.webshopsync.host.demo;

import hu.webshopsync.emulator.ShopEmulator;
import hu.webshopsync.emulator.ShoprenterConfig;
import hu.webshopsync.host.shoprenter.ShoprenterRest;
import hu.webshopsync.host.text.Texts;
import java.util.List;

/** The emulator speaking Shoprenter: its API user, customers at its API the documented way. */
final class ShoprenterEmulated implements EmulatedShop.Dialect {

    private final ShoprenterConfig credentials;

    ShoprenterEmulated(ShoprenterConfig credentials) {
        this.credentials = credentials;
    }

    @Override
    public List<String> moduleSettings(ShopEmulator emulator, String warehouse) {
        return List.of("--set", "platform=shoprenter", "--set", "url=" + emulator.baseUrl(),
                "--set", "apiUser=" + credentials.apiUser(), "--set", "apiPassword=" + credentials.apiPassword(),
                "--set", "warehouse=" + warehouse);
    }

    @Override
    public String redact(String text) {
        return text.replace(credentials.apiPassword(), "****");
    }

    @Override
    public ShopBuyers buyers(ShopEmulator emulator, Texts texts) {
        return new ShoprenterBuyers(new ShoprenterRest(emulator.baseUrl(), credentials.apiUser(),
                credentials.apiPassword()), emulator.control(), texts);
    }
}
