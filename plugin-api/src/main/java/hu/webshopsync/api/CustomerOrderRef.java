package hu.webshopsync.api;

/**
 * A customer order that exists in the ERP.
 *
 * @param number            the ERP's document number, e.g. {@code VR-2026-000123}
 * @param externalSource    where it came from
 * @param externalReference its id at the source
 * @param status            the ERP status word, e.g. {@code TO_DELIVER}
 */
public record CustomerOrderRef(String number, String externalSource, String externalReference, String status) {
}
