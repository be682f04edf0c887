package hu.webshopsync.webshop.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hu.webshopsync.api.ModuleSettings;
import hu.webshopsync.webshop.orders.OrderSyncAction;
import hu.webshopsync.webshop.stock.StockAuditAction;
import hu.webshopsync.webshop.settings.InvalidSettingException;
import hu.webshopsync.webshop.text.Messages;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScheduleIntervalTest {

    private static final Messages MESSAGES = new Messages(Messages.BASE_NAME, ScheduleIntervalTest.class.getClassLoader());

    private static ModuleSettings settings(String... pairs) {
        java.util.Map<String, String> values = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return new ModuleSettings(values, Map.of());
    }

    @Test
    void readsSecondsMinutesAndHoursAndTakesZeroOrNothingAsOff() {
        assertThat(ScheduleInterval.of(settings("autoOrderSync", "30s"), "autoOrderSync")).contains(Duration.ofSeconds(30));
        assertThat(ScheduleInterval.of(settings("autoOrderSync", " 5m "), "autoOrderSync")).contains(Duration.ofMinutes(5));
        assertThat(ScheduleInterval.of(settings("autoOrderSync", "1H"), "autoOrderSync")).contains(Duration.ofHours(1));
        assertThat(ScheduleInterval.of(settings("autoOrderSync", "0"), "autoOrderSync")).isEmpty();
        assertThat(ScheduleInterval.of(settings("autoOrderSync", "0s"), "autoOrderSync")).isEmpty();
        assertThat(ScheduleInterval.of(settings(), "autoOrderSync")).isEmpty();
    }

    @Test
    void aValueThatIsNoDurationIsRefusedNamingTheSettingAndTheValueInBothLanguages() {
        InvalidSettingException e = catchInvalid(settings("autoProductSync", "5 perc"), "autoProductSync");

        assertThat(e.setting()).isEqualTo("autoProductSync");
        assertThat(e.localizedMessage(MESSAGES, Locale.forLanguageTag("hu")))
                .contains("Automatikus Termék szinkron (autoProductSync)", "„5 perc”", "30s, 5m vagy 1h");
        assertThat(e.localizedMessage(MESSAGES, Locale.ENGLISH))
                .contains("(autoProductSync)", "\"5 perc\"", "30s, 5m or 1h");
    }

    @Test
    void lessThanThirtySecondsNeedsAllowFastSchedule() {
        InvalidSettingException e = catchInvalid(settings("autoOrderSync", "10s"), "autoOrderSync");
        assertThat(e.localizedMessage(MESSAGES, Locale.forLanguageTag("hu")))
                .contains("(autoOrderSync)", "10s", "allowFastSchedule=true");
        assertThat(e.localizedMessage(MESSAGES, Locale.ENGLISH)).contains("shorter than 30 seconds");

        assertThat(ScheduleInterval.of(settings("autoOrderSync", "2s", "allowFastSchedule", "true"), "autoOrderSync"))
                .contains(Duration.ofSeconds(2));
    }

    @Test
    void theScheduledActionTakesAStoredBadValueAsOffInsteadOfThrowing() {
        AutoOrderSync scheduled = new AutoOrderSync(null);

        assertThat(scheduled.actionId()).isEqualTo(OrderSyncAction.ID);
        assertThat(scheduled.moduleId()).isEqualTo("webshop");
        assertThat(scheduled.settingKey()).isEqualTo("autoOrderSync");
        assertThat(scheduled.interval(settings("autoOrderSync", "soon"))).isEmpty();
        assertThat(scheduled.interval(settings("autoOrderSync", "5m"))).contains(Duration.ofMinutes(5));
    }

    @Test
    void theStockAuditRunsOnItsOwnSetting() {
        AutoStockAudit scheduled = new AutoStockAudit(null);

        assertThat(scheduled.actionId()).isEqualTo(StockAuditAction.ID);
        assertThat(scheduled.settingKey()).isEqualTo("autoStockAudit");
        assertThat(scheduled.interval(settings("autoStockAudit", "24h"))).contains(Duration.ofHours(24));
        assertThatThrownBy(() -> ScheduleInterval.checkAll(settings("autoStockAudit", "10s")))
                .isInstanceOf(InvalidSettingException.class)
                .extracting(x -> ((InvalidSettingException) x).setting()).isEqualTo("autoStockAudit");
    }

    @Test
    void theModulesCheckRefusesABadInterval() {
        assertThatThrownBy(() -> ScheduleInterval.checkAll(settings("autoOrderSync", "5m", "autoProductSync", "-1m")))
                .isInstanceOf(InvalidSettingException.class)
                .extracting(x -> ((InvalidSettingException) x).setting()).isEqualTo("autoProductSync");
    }

    private static InvalidSettingException catchInvalid(ModuleSettings settings, String key) {
        try {
            ScheduleInterval.of(settings, key);
        } catch (InvalidSettingException e) {
            return e;
        }
        throw new AssertionError("accepted");
    }
}
