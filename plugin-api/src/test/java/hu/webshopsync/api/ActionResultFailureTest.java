package hu.webshopsync.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActionResultFailureTest {

    @Test
    void aFailedRunIsTransientUnlessTheActionSaysOtherwise() {
        assertThat(ActionResult.failed("A bolt nem érhető el").failure()).isEqualTo(FailureKind.TRANSIENT);
        assertThat(new ActionResult(Outcome.FAILED, "x", Map.of(), List.of()).failure())
                .isEqualTo(FailureKind.TRANSIENT);
        assertThat(ActionResult.failed("A bolt elutasította a kulcsokat", FailureKind.CREDENTIALS_REFUSED).failure())
                .isEqualTo(FailureKind.CREDENTIALS_REFUSED);
    }

    @Test
    void aRunThatDidNotFailHasNoFailure() {
        assertThat(new ActionResult(Outcome.SUCCESS, "ok", Map.of(), List.of()).failure()).isEqualTo(FailureKind.NONE);
        assertThat(new ActionResult(Outcome.PARTIAL, "ok", Map.of(), List.of()).failure()).isEqualTo(FailureKind.NONE);
        assertThatThrownBy(() -> new ActionResult(Outcome.SUCCESS, "ok", Map.of(), List.of(), List.of(),
                FailureKind.TRANSIENT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActionResult.failed("x", FailureKind.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withFailureKeepsEverythingElse() {
        ActionResult failed = new ActionResult(Outcome.FAILED, "nem", Map.of(ItemStatus.FAILED, 1),
                List.of(new ItemLine("A-1", ItemStatus.FAILED, "401")), List.of(LocalizedText.of("k")));

        ActionResult refused = failed.withFailure(FailureKind.CREDENTIALS_REFUSED);

        assertThat(refused.failure().needsSettings()).isTrue();
        assertThat(refused).usingRecursiveComparison().ignoringFields("failure").isEqualTo(failed);
    }
}
