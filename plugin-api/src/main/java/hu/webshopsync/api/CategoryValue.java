package hu.webshopsync.api;

import java.util.Objects;

/**
 * A product's value in one category dimension.
 *
 * @param dimension the dimension's name, e.g. "Termékcsoport"
 * @param value     the value; levels separated by {@code /}, e.g. {@code Háztartás/Konyha}
 */
public record CategoryValue(String dimension, String value) {

    /**
     * Validates the value.
     */
    public CategoryValue {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(value, "value");
    }
}
