package hu.webshopsync.host.testplugin;

import hu.webshopsync.api.ActivationContext;
import hu.webshopsync.api.CheckResult;
import hu.webshopsync.api.FieldType;
import hu.webshopsync.api.HostModule;
import hu.webshopsync.api.ModuleSettings;
import hu.webshopsync.api.SettingDefinition;
import java.util.List;
import java.util.Locale;
import org.pf4j.Extension;

/**
 * A module with a required URL, a key, a secret and a defaulted warehouse; its check refuses URLs
 * containing "bad", and asks for confirmation of URLs containing "masikbolt" (another shop).
 */
@Extension
public class TestModule implements HostModule {

    @Override
    public String id() {
        return "testshop";
    }

    @Override
    public String name(Locale locale) {
        return "Tesztbolt";
    }

    @Override
    public List<SettingDefinition> settings(Locale locale) {
        return List.of(
                new SettingDefinition("url", "Cím", FieldType.TEXT, true, false, null, null),
                new SettingDefinition("consumerKey", "Kulcs", FieldType.TEXT, true, false, null, null),
                new SettingDefinition("consumerSecret", "Titok", FieldType.TEXT, true, true, null, null),
                new SettingDefinition("pageSize", "Lapméret", FieldType.INTEGER, false, false, "50", null),
                new SettingDefinition("warehouse", "Raktár", FieldType.TEXT, false, false, "KÖZPONT", null));
    }

    @Override
    public CheckResult check(ModuleSettings settings, Locale locale) {
        String url = settings.get("url").orElse("");
        return url.contains("bad")
                ? CheckResult.failed("A webáruház nem érhető el: " + url)
                : CheckResult.passed("Kapcsolat rendben", List.of("Az adókezelés ki van kapcsolva"));
    }

    @Override
    public CheckResult check(ModuleSettings settings, ActivationContext activation, Locale locale) {
        boolean otherShop = settings.get("url").orElse("").contains("masikbolt");
        return otherShop && !activation.confirmedNewCounterpart()
                ? CheckResult.confirmationNeeded("Ez egy másik bolt, mint az eddigi.")
                : check(settings, locale);
    }
}
