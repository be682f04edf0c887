package hu.webshopsync.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Hungarian VAT rate (ÁFA kulcs) as the ERP keys it.
 *
 * @param code    the ERP's key: {@code 27}, {@code 18}, {@code 5}, {@code 0}, or an exemption code such as
 *                {@code AAM} (alanyi adómentes) or {@code TAM} (tárgyi adómentes)
 * @param percent the rate in percent; 0 for exemptions
 */
public record VatRate(String code, BigDecimal percent) {

    /** The rates the ERP knows, standard rate first. */
    public static final List<VatRate> KNOWN = List.of(
            new VatRate("27", new BigDecimal("27")),
            new VatRate("18", new BigDecimal("18")),
            new VatRate("5", new BigDecimal("5")),
            new VatRate("0", BigDecimal.ZERO),
            new VatRate("AAM", BigDecimal.ZERO),
            new VatRate("TAM", BigDecimal.ZERO));

    /**
     * Validates the rate.
     */
    public VatRate {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(percent, "percent");
    }

    /**
     * Looks a known rate up by its code; {@code 27%} and {@code 27} are the same.
     *
     * @param code the code
     * @return the rate, or empty when the ERP does not know it
     */
    public static Optional<VatRate> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String key = code.trim().replace("%", "").toUpperCase(java.util.Locale.ROOT);
        return KNOWN.stream().filter(r -> r.code.equals(key)).findFirst();
    }

    /**
     * Looks a known numeric rate up by its percentage, e.g. for an order line's tax.
     *
     * @param percent the rate in percent
     * @return the rate, or empty when no numeric rate matches
     */
    public static Optional<VatRate> ofPercent(BigDecimal percent) {
        return KNOWN.stream().filter(r -> r.code.chars().allMatch(Character::isDigit))
                .filter(r -> r.percent.compareTo(percent) == 0).findFirst();
    }
}
