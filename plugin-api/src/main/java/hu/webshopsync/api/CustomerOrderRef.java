package hu.webshopsync.api;

import java.util.Objects;

/**
 * A customer order that exists in the ERP.
 *
 * @param number            the ERP's document number, e.g. {@code VR-2026-000123}
 * @param externalSource    where it came from
 * @param externalReference its id at the source
 * @param state             where the order is in its life
 */
public record CustomerOrderRef(String number, String externalSource, String externalReference,
                               CustomerOrderState state) {

    /**
     * Validates.
     */
    public CustomerOrderRef {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(state, "state");
    }
}
