package hu.webshopsync.webshop.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hu.webshopsync.api.ModuleSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderSyncSettingsTest {

    @Test
    void absentValuesTakeTheDocumentedDefaults() {
        OrderSyncSettings s = OrderSyncSettings.from(ModuleSettings.empty(), null);

        assertThat(s.statuses()).containsExactly("processing", "on-hold");
        assertThat(s.overlap()).isEqualTo(Duration.ofMinutes(10));
        assertThat(s.lookback()).isEqualTo(Duration.ofDays(30));
        assertThat(List.of(s.shippingSku(), s.feeSku(), s.discountSku(), s.roundingSku()))
                .containsExactly("SZALLITAS", "KEZELESI-DIJ", "KEDVEZMENY", "KEREKITES");
        assertThat(s.roundingTolerance()).isEqualByComparingTo("1");
        assertThat(s.paymentMethod("cod")).contains("utánvét");
        assertThat(s.paymentMethod("BACS")).contains("átutalás");
        assertThat(s.paymentMethod("barion")).contains("bankkártya");
        assertThat(s.paymentMethod("other")).isEmpty();
        assertThat(s.taxNumberMetaKey()).isEqualTo("_billing_tax_number");
        assertThat(s.orderNoteEnabled()).as("the ERP number goes onto the order as meta; the note is extra")
                .isFalse();
        assertThat(s.warehouse()).isNull();
    }

    @Test
    void storedValuesOverrideTheDefaults() {
        ModuleSettings raw = new ModuleSettings(Map.of("orderStatuses", " Processing , completed ",
                "orderOverlapMinutes", "5", "orderLookbackDays", "2", "roundingTolerance", "5",
                "paymentMethodMap", "cod=készpénz utánvét", "orderNoteEnabled", "false", "shippingSku", " SZALL "),
                Map.of());

        OrderSyncSettings s = OrderSyncSettings.from(raw, " BOLT ");

        assertThat(s.statuses()).containsExactly("processing", "completed");
        assertThat(s.overlap()).isEqualTo(Duration.ofMinutes(5));
        assertThat(s.lookback()).isEqualTo(Duration.ofDays(2));
        assertThat(s.roundingTolerance()).isEqualByComparingTo("5");
        assertThat(s.paymentMethod("cod")).contains("készpénz utánvét");
        assertThat(s.paymentMethod("bacs")).isEmpty();
        assertThat(s.orderNoteEnabled()).isFalse();
        assertThat(s.shippingSku()).isEqualTo("SZALL");
        assertThat(s.warehouse()).isEqualTo("BOLT");
    }

    @Test
    void aStatusMayBeAShopsOwnNameOrNumber() {
        ModuleSettings raw = new ModuleSettings(Map.of("orderStatuses", "Feldolgozás alatt, 15",
                "fulfilledShopStatus", "Teljesítve"), Map.of());

        OrderSyncSettings s = OrderSyncSettings.from(raw, null);

        assertThat(s.statuses()).containsExactly("feldolgozás alatt", "15");
        assertThat(s.fulfilledShopStatus()).isEqualTo("teljesítve");
    }

    @Test
    void unusableValuesNameTheirSetting() {
        assertThatThrownBy(() -> OrderSyncSettings.from(settings("orderOverlapMinutes", "tíz"), null))
                .hasMessageContaining("orderOverlapMinutes");
        assertThatThrownBy(() -> OrderSyncSettings.from(settings("roundingTolerance", "-1"), null))
                .hasMessageContaining("roundingTolerance");
        assertThatThrownBy(() -> OrderSyncSettings.from(settings("paymentMethodMap", "cod"), null))
                .hasMessageContaining("paymentMethodMap");
        assertThatThrownBy(() -> OrderSyncSettings.from(settings("orderStatuses", " , "), null))
                .hasMessageContaining("orderStatuses");
        assertThatThrownBy(() -> OrderSyncSettings.from(settings("orderStatuses", "processing&x=1"), null))
                .hasMessageContaining("orderStatuses");
    }

    private static ModuleSettings settings(String key, String value) {
        return new ModuleSettings(Map.of(key, value), Map.of());
    }

    @Test
    void anEmptyWriteBackStatusIsOffAndAnAbsentOneTakesTheDefault() {
        OrderSyncSettings s = OrderSyncSettings.from(new ModuleSettings(Map.of("fulfilledShopStatus", "",
                "cancelledShopStatus", "-"), Map.of()), null);

        assertThat(s.fulfilledShopStatus()).isEmpty();
        assertThat(s.cancelledShopStatus()).isEmpty();
        assertThat(OrderSyncSettings.from(ModuleSettings.empty(), null).fulfilledShopStatus()).isEqualTo("completed");
    }
}
