package hu.webshopsync.webshop.shoprenter;

import hu.webshopsync.api.LocalizedText;
import hu.webshopsync.api.VatRate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What activation asks of a Shoprenter shop before the module may work with it: that it answers
 * and accepts the credentials (reading the languages proves both), that it has the Hungarian
 * language (names and descriptions are written in it), and that it has a tax class for every VAT
 * rate the ERP knows (classes cannot be created through the API).
 */
public final class SrActivationCheck {

    /**
     * The outcome.
     *
     * @param failure why the shop cannot be used, in the plugin's main bundle; empty when it can
     * @param classes the number of tax classes matched to the ERP's rates
     */
    public record Outcome(Optional<LocalizedText> failure, int classes) {

        /** @return whether the shop can be used */
        public boolean passed() {
            return failure.isEmpty();
        }
    }

    private final SrCatalog catalog;

    private SrActivationCheck(SrCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /**
     * @param connection the shop
     * @return the check
     */
    public static SrActivationCheck on(SrConnection connection) {
        return new SrActivationCheck(new SrCatalog(connection.client(), connection.cache()));
    }

    /**
     * Runs the check; a shop that does not answer, or refuses the credentials, throws.
     *
     * @return the outcome
     * @throws SrException                                          when the shop refused a request
     * @throws hu.webshopsync.webshop.shop.ShopUnreachableException when it did not answer
     */
    public Outcome run() {
        if (catalog.hungarian().isEmpty()) {
            return new Outcome(Optional.of(LocalizedText.of("check.sr.noHungarian")), 0);
        }
        Map<BigDecimal, SrCatalog.TaxClass> classes = catalog.taxClassesByRate();
        List<BigDecimal> rates = VatRate.KNOWN.stream().map(r -> SrCatalog.key(r.percent())).distinct().toList();
        for (BigDecimal rate : rates) {
            if (!classes.containsKey(rate)) {
                return new Outcome(Optional.of(LocalizedText.of("check.sr.noTaxClass", rate.toPlainString())), 0);
            }
        }
        return new Outcome(Optional.empty(), rates.size());
    }
}
