package hu.webshopsync.webshop.schedule;

import static hu.webshopsync.webshop.settings.SettingKeys.ALLOW_FAST_SCHEDULE;
import static hu.webshopsync.webshop.settings.SettingKeys.AUTO_ORDER_SYNC;
import static hu.webshopsync.webshop.settings.SettingKeys.AUTO_PRODUCT_SYNC;
import static hu.webshopsync.webshop.settings.SettingKeys.AUTO_STOCK_AUDIT;

import hu.webshopsync.api.ModuleSettings;
import hu.webshopsync.webshop.settings.InvalidSettingException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An automatic sync's interval setting: a whole number with {@code s}, {@code m} or {@code h}
 * ({@code 30s}, {@code 5m}, {@code 1h}); {@code 0} or empty is off. At least 30 seconds, so a shop is
 * not polled harder than its owner meant, unless {@code allowFastSchedule=true} (for tests).
 */
public final class ScheduleInterval {

    /** The interval settings of the module's scheduled actions; a new scheduled action adds its key here. */
    public static final List<String> KEYS = List.of(AUTO_ORDER_SYNC, AUTO_PRODUCT_SYNC, AUTO_STOCK_AUDIT);

    /** The shortest interval without {@code allowFastSchedule}. */
    static final Duration MINIMUM = Duration.ofSeconds(30);

    private static final Pattern FORM = Pattern.compile("(\\d{1,7})\\s*([smh])");

    private ScheduleInterval() {
    }

    /**
     * Reads one interval setting.
     *
     * @param settings the module's settings
     * @param key      the setting, e.g. {@code autoOrderSync}
     * @return the interval; empty when off
     * @throws InvalidSettingException naming the setting and its value when it is not a duration or too short
     */
    public static Optional<Duration> of(ModuleSettings settings, String key) {
        String value = settings.get(key).map(String::trim).orElse("");
        if (value.isEmpty() || value.equals("0")) {
            return Optional.empty();
        }
        Matcher form = FORM.matcher(value.toLowerCase(Locale.ROOT));
        if (!form.matches()) {
            throw new InvalidSettingException(key, "error.setting.interval", value);
        }
        long amount = Long.parseLong(form.group(1));
        Duration interval = switch (form.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
        if (interval.isZero()) {
            return Optional.empty();
        }
        if (interval.compareTo(MINIMUM) < 0 && !settings.flag(ALLOW_FAST_SCHEDULE, false)) {
            throw new InvalidSettingException(key, "error.setting.intervalTooShort", value, ALLOW_FAST_SCHEDULE);
        }
        return Optional.of(interval);
    }

    /**
     * Checks every interval setting, for the module's check before activation.
     *
     * @param settings the settings entered
     * @throws InvalidSettingException for the first bad one
     */
    public static void checkAll(ModuleSettings settings) {
        KEYS.forEach(key -> of(settings, key));
    }
}
