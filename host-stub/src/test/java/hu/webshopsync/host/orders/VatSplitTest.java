package hu.webshopsync.host.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class VatSplitTest {

    @Test
    void netIsRoundedToWholeForintsAndVatIsTheRemainder() {
        VatSplit split = VatSplit.ofGross(new BigDecimal("4990"), new BigDecimal("27"), 0);

        assertThat(split.net()).isEqualByComparingTo("3929");
        assertThat(split.vat()).isEqualByComparingTo("1061");
        assertThat(split.net().add(split.vat())).isEqualByComparingTo("4990");
    }

    @Test
    void negativeDiscountsSplitSymmetrically() {
        VatSplit split = VatSplit.ofGross(new BigDecimal("-1000"), new BigDecimal("27"), 0);

        assertThat(split.net()).isEqualByComparingTo("-787");
        assertThat(split.vat()).isEqualByComparingTo("-213");
    }

    @Test
    void forintsHaveNoDecimalsOtherCurrenciesTheirIsoDecimals() {
        assertThat(VatSplit.scaleOf("HUF")).isZero();
        assertThat(VatSplit.scaleOf("EUR")).isEqualTo(2);
        assertThat(VatSplit.ofGross(new BigDecimal("10.00"), new BigDecimal("27"), 2).net()).isEqualByComparingTo("7.87");
    }
}
