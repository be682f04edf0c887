package hu.webshopsync.webshop;

import hu.webshopsync.api.FieldType;
import hu.webshopsync.api.ModuleRegistry;
import hu.webshopsync.api.ProductSheetField;
import hu.webshopsync.webshop.products.ProductSync;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * The <b>Webáruházas</b> checkbox on the product sheet: a product is sent to the shop while it is
 * ticked. Shown only while the {@code webshop} module is active.
 */
@Extension
public class WebshopField implements ProductSheetField {

    private final WebshopPlugin plugin;

    /**
     * @param plugin the plugin's shared objects
     */
    public WebshopField(WebshopPlugin plugin) {
        this.plugin = Objects.requireNonNull(plugin, "plugin");
    }

    @Override
    public String key() {
        return ProductSync.FIELD_KEY;
    }

    @Override
    public String label(Locale locale) {
        return plugin.messages().get(locale, "field.webshop.label");
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
        return modules.isActive(WebshopModule.ID);
    }
}
