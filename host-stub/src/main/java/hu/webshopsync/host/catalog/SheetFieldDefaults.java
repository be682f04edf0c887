package hu.webshopsync.host.catalog;

import java.util.Map;

/**
 * The default values of the sheet fields the loaded plugins contribute, by field key. A product
 * without a stored value for a field has the field's default.
 */
@FunctionalInterface
public interface SheetFieldDefaults {

    /** No sheet fields at all. */
    SheetFieldDefaults NONE = Map::of;

    /**
     * The defaults now.
     *
     * @return default values by field key; fields without a default are absent
     */
    Map<String, String> defaults();
}
