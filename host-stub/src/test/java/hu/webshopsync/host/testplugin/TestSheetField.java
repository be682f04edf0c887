package hu.webshopsync.host.testplugin;

import hu.webshopsync.api.FieldType;
import hu.webshopsync.api.ModuleRegistry;
import hu.webshopsync.api.ProductSheetField;
import java.util.Locale;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * The "Webáruházas" checkbox, visible while the test module is active.
 */
@Extension
public class TestSheetField implements ProductSheetField {

    @Override
    public String key() {
        return "webshop";
    }

    @Override
    public String label(Locale locale) {
        return locale.getLanguage().equals("hu") ? "Webáruházas" : "Sold online";
    }

    @Override
    public FieldType type() {
        return FieldType.BOOLEAN;
    }

    @Override
    public Optional<String> defaultValue() {
        return Optional.of("false");
    }

    @Override
    public boolean isVisible(ModuleRegistry modules) {
        return modules.isActive("testshop");
    }
}
