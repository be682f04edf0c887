package hu.webshopsync.api;

import java.util.Locale;
import java.util.Optional;
import org.pf4j.ExtensionPoint;

/**
 * A field a plugin adds to the product data sheet (termék adatlap), for example the
 * <b>Webáruházas</b> checkbox.
 *
 * <p>The host stores the field's value per product (as text; see {@link FieldType}) and hands it
 * back in {@link Product#fields()} under {@link #key()}. While {@link #isVisible(ModuleRegistry)} is
 * false the host neither shows the field nor accepts a new value for it; values stored earlier are
 * kept.
 */
public interface ProductSheetField extends ExtensionPoint {

    /**
     * The key the value is stored under, unique across plugins, e.g. {@code webshop}.
     *
     * @return the key: lower case letters, digits, dots and dashes
     */
    String key();

    /**
     * The field's caption in the given language.
     *
     * @param locale the user's language
     * @return the caption, e.g. "Webáruházas"
     */
    String label(Locale locale);

    /**
     * The kind of value, which decides how the host draws and validates it.
     *
     * @return the field type
     */
    FieldType type();

    /**
     * The value a product has before anyone sets one.
     *
     * @return the default value, or empty for none
     */
    default Optional<String> defaultValue() {
        return Optional.empty();
    }

    /**
     * Whether the field is shown and editable now; typically it depends on a module being active.
     *
     * @param modules the host's module registry
     * @return true when the host should show the field
     */
    boolean isVisible(ModuleRegistry modules);
}
