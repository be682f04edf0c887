package hu.webshopsync.webshop.products;

import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.api.VatRate;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriceCalculatorTest {

    @ParameterizedTest(name = "net {0} at {1}% → gross {2} HUF")
    @CsvSource({
            "1000, 27, 1270",
            "787.40, 27, 1000",
            "787.39, 27, 1000",   // 999.985 rounds half-up
            "787.38, 27, 1000",   // 999.9726
            "787.00, 27, 999",    // 999.49
            "393.70, 27, 500",    // 499.999
            "0.39, 27, 0",        // 0.4953
            "0.40, 27, 1",        // 0.508
            "100, 18, 118",
            "100, 5, 105",
            "100, AAM, 100",
            "0, 27, 0",
            "1234567.89, 27, 1567901"})
    void grossIsRoundedHalfUpToWholeForints(String net, String vat, String gross) {
        PriceCalculator calc = PriceCalculator.forCurrency(PriceMode.GROSS, "HUF");

        assertThat(calc.regularPrice(new BigDecimal(net), VatRate.ofCode(vat).orElseThrow())).isEqualTo(gross);
    }

    @ParameterizedTest(name = "net {0} sent as {1}")
    @CsvSource({"787.40, 787.4", "1000.00, 1000", "100, 100", "99.999, 100", "12.345, 12.35"})
    void netIsSentWithAtMostTwoDecimalsAndNoExponent(String net, String sent) {
        PriceCalculator calc = PriceCalculator.forCurrency(PriceMode.NET, "HUF");

        assertThat(calc.regularPrice(new BigDecimal(net), VatRate.ofCode("27").orElseThrow())).isEqualTo(sent);
    }

    @ParameterizedTest(name = "calc_taxes={0}, prices_include_tax={1} → {2}")
    @CsvSource({"false, false, GROSS", "false, true, GROSS", "true, true, GROSS", "true, false, NET"})
    void netOnlyWhenTheShopCalculatesTaxOnNetPrices(boolean calc, boolean inclusive, PriceMode mode) {
        assertThat(PriceMode.of(calc, inclusive)).isEqualTo(mode);
    }

    @ParameterizedTest
    @CsvSource({"EUR, 10.00, 12.70", "EUR, 10.004, 12.71"})
    void otherCurrenciesKeepTheirMinorUnits(String currency, String net, String gross) {
        PriceCalculator calc = PriceCalculator.forCurrency(PriceMode.GROSS, currency);

        assertThat(calc.regularPrice(new BigDecimal(net), VatRate.ofCode("27").orElseThrow())).isEqualTo(gross);
    }
}
