package hu.webshopsync.host.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final ZoneId BUDAPEST = ZoneId.of("Europe/Budapest");
    private static final Locale HU = Locale.forLanguageTag("hu");

    @Test
    void aTerminalReadsHungarianMoneyAndLocalTimeWithPlainSpaces() {
        Formats formats = Formats.forTerminal(HU, BUDAPEST);

        assertThat(formats.money(new BigDecimal("7850.00"), "HUF")).isEqualTo("7 850 Ft");
        assertThat(formats.money(new BigDecimal("1234567"), "Ft")).isEqualTo("1 234 567 Ft");
        assertThat(formats.money(new BigDecimal("12.5"), "EUR")).isEqualTo("12,50 EUR");
        assertThat(formats.dateTime(Instant.parse("2026-12-06T03:01:00Z"))).isEqualTo("2026.12.06. 04:01");
        assertThat(formats.duration(12_400L)).isEqualTo("12.4 s");
    }

    @Test
    void englishGroupsWithCommas() {
        Formats formats = Formats.forTerminal(Locale.ENGLISH, BUDAPEST);

        assertThat(formats.money(new BigDecimal("7850"), "HUF")).isEqualTo("7,850 HUF");
        assertThat(formats.number(new BigDecimal("27.0"))).isEqualTo("27");
        assertThat(formats.dateTime(Instant.parse("2026-07-01T10:15:30Z"))).isEqualTo("2026-07-01 12:15");
    }

    @Test
    void aPageKeepsAnAmountOnOneLine() {
        Formats formats = Formats.forPage(HU, BUDAPEST);

        assertThat(formats.money(new BigDecimal("7850"), "HUF")).isEqualTo("7\u00a0850\u00a0Ft");
        assertThat(formats.duration(850L)).isEqualTo("850\u00a0ms");
        assertThat(formats.money(null, "HUF")).isEmpty();
    }

    @Test
    void machineOutputKeepsExactDecimals() {
        assertThat(Formats.exact(new BigDecimal("12990.00"), true)).isEqualTo("12990");
        assertThat(Formats.exact(new BigDecimal("99.9"), true)).isEqualTo("99.90");
        assertThat(Formats.exact(new BigDecimal("1.2345"), true)).isEqualTo("1.2345");
        assertThat(Formats.exact(new BigDecimal("12.50"), false)).isEqualTo("12.5");
        assertThat(Formats.exact(new BigDecimal("1E+3"), false)).isEqualTo("1000");
    }
}
