package hu.webshopsync.host.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.host.history.RunSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchedulePlanTest {

    private static final Instant T0 = Instant.parse("2026-12-06T09:00:00Z");
    private static final ScheduleEntry ORDERS = new ScheduleEntry("webshop.order-sync", "webshop", "autoOrderSync",
            Duration.ofMinutes(5));

    static RunSummary run(long id, Instant started, String outcome, String failure) {
        return new RunSummary(id, "webshop.order-sync", "webshop", started, 2_000L, outcome, Map.of(), "", true,
                failure);
    }

    @Test
    void anActionThatNeverRanIsDueAtOnce() {
        ScheduleStatus status = SchedulePlan.of(ORDERS, List.of(), Optional.empty(), Optional.of(T0), T0);

        assertThat(status.state()).isEqualTo(ScheduleStatus.State.WAITING);
        assertThat(status.dueAt(T0)).isTrue();
    }

    @Test
    void afterASuccessTheNextRunIsOneIntervalAfterTheEnd() {
        ScheduleStatus status = SchedulePlan.of(ORDERS, List.of(run(1, T0, "SUCCESS", null)), Optional.empty(),
                Optional.empty(), T0);

        assertThat(status.next()).contains(T0.plusSeconds(2).plus(Duration.ofMinutes(5)));
        assertThat(status.dueAt(T0.plus(Duration.ofMinutes(5)))).isFalse();
    }

    @Test
    void failuresInARowDoubleTheWaitUpToAnHour() {
        List<RunSummary> three = List.of(run(3, T0, "FAILED", "TRANSIENT"), run(2, T0.minusSeconds(900), "FAILED", null),
                run(1, T0.minusSeconds(1800), "FAILED", "TRANSIENT"), run(0, T0.minusSeconds(3600), "SUCCESS", null));

        ScheduleStatus status = SchedulePlan.of(ORDERS, three, Optional.empty(), Optional.empty(), T0);

        assertThat(status.state()).isEqualTo(ScheduleStatus.State.BACKING_OFF);
        assertThat(status.failures()).isEqualTo(3);
        assertThat(status.next()).contains(T0.plusSeconds(2).plus(Duration.ofMinutes(40)));
        assertThat(SchedulePlan.delay(Duration.ofMinutes(5), 10)).isEqualTo(Duration.ofHours(1));
        assertThat(SchedulePlan.delay(Duration.ofHours(2), 3)).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void aSuccessEndsTheBackoffAndABusyRunNeitherCountsNorResets() {
        assertThat(SchedulePlan.of(ORDERS, List.of(run(2, T0, "SUCCESS", null), run(1, T0.minusSeconds(60), "FAILED",
                "TRANSIENT")), Optional.empty(), Optional.empty(), T0).failures()).isZero();
        assertThat(SchedulePlan.of(ORDERS, List.of(run(3, T0, "FAILED", "BUSY"), run(2, T0.minusSeconds(60), "FAILED",
                "TRANSIENT")), Optional.empty(), Optional.empty(), T0).failures()).isEqualTo(1);
    }

    @Test
    void refusedKeysStopTheScheduleUntilTheSettingsAreSavedAgain() {
        List<RunSummary> refused = List.of(run(5, T0, "FAILED", "CREDENTIALS_REFUSED"));

        Optional<RunSummary> alert = SchedulePlan.alert(refused, Optional.of(T0.minusSeconds(600)));
        ScheduleStatus stopped = SchedulePlan.of(ORDERS, refused, alert, Optional.of(T0.minusSeconds(600)), T0);

        assertThat(stopped.state()).isEqualTo(ScheduleStatus.State.STOPPED);
        assertThat(stopped.alert()).map(RunSummary::id).contains(5L);
        assertThat(stopped.dueAt(T0.plus(Duration.ofDays(1)))).isFalse();

        Instant saved = T0.plusSeconds(30);
        assertThat(SchedulePlan.alert(refused, Optional.of(saved))).isEmpty();
        ScheduleStatus resumed = SchedulePlan.of(ORDERS, refused, Optional.empty(), Optional.of(saved), T0);
        assertThat(resumed.state()).isEqualTo(ScheduleStatus.State.WAITING);
        assertThat(resumed.next()).contains(saved);
    }

    @Test
    void aRunGoingIsNotDue() {
        ScheduleStatus status = SchedulePlan.of(ORDERS, List.of(run(1, T0, "RUNNING", null)), Optional.empty(),
                Optional.empty(), T0);

        assertThat(status.state()).isEqualTo(ScheduleStatus.State.RUNNING);
        assertThat(status.dueAt(T0.plus(Duration.ofDays(1)))).isFalse();
    }
}
