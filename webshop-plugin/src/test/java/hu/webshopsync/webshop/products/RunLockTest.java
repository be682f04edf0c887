package hu.webshopsync.webshop.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import hu.webshopsync.api.StateLock;
import hu.webshopsync.webshop.fixtures.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RunLockTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T09:00:00Z"));
    private final StateLock lock = mock(StateLock.class);

    @Test
    void theLeaseIsRenewedOnceAMinuteHasPassedOnTheInjectedClock() {
        RunLock held = new RunLock(lock, clock);

        clock.advance(Duration.ofSeconds(59));
        assertThat(held.keep()).isTrue();
        verify(lock, never()).renew();

        clock.advance(Duration.ofSeconds(1));
        assertThat(held.keep()).isTrue();
        verify(lock, times(1)).renew();

        clock.advance(Duration.ofSeconds(30));
        assertThat(held.keep()).isTrue();
        verify(lock, times(1)).renew();
    }

    @Test
    void aLockTakenMeanwhileIsReportedLost() {
        RunLock held = new RunLock(lock, clock);
        doThrow(new IllegalStateException("lapsed")).when(lock).renew();

        clock.advance(Duration.ofMinutes(2));

        assertThat(held.keep()).isFalse();
    }
}
