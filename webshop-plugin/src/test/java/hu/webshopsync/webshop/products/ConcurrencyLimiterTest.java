package hu.webshopsync.webshop.products;

import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.webshop.products.ConcurrencyLimiter.Outcome;
import hu.webshopsync.webshop.products.ConcurrencyLimiter.Permit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrencyLimiterTest {

    private static final Duration FIVE_S = Duration.ofSeconds(5);

    /** Takes every permit the limit allows, as a full pipeline does. */
    private static List<Permit> fill(ConcurrencyLimiter limiter) throws InterruptedException {
        List<Permit> permits = new ArrayList<>();
        int n = limiter.limit();
        for (int i = 0; i < n; i++) {
            permits.add(limiter.acquire());
        }
        return permits;
    }

    /** One round: the limit's worth of batches of 100 sent, each answered in {@code took}. */
    private static void answerRound(ConcurrencyLimiter limiter, Duration took) throws InterruptedException {
        for (Permit p : fill(limiter)) {
            limiter.release(p, 100, took, Outcome.ANSWERED);
        }
    }

    @Test
    void aShopThatKeepsItsPaceGetsOneMoreRequestPerAnswerUpToTheCeiling() throws InterruptedException {
        ConcurrencyLimiter limiter = ConcurrencyLimiter.adaptive(2, 16);

        for (int round = 0; round < 5; round++) {
            answerRound(limiter, FIVE_S);
        }

        assertThat(limiter.limit()).isEqualTo(16);
    }

    @Test
    void theLimitIsSearchingUntilItBacksOffOrReachesItsCeiling() throws InterruptedException {
        ConcurrencyLimiter growing = ConcurrencyLimiter.adaptive(2, 4);
        assertThat(growing.searching()).isTrue();
        answerRound(growing, FIVE_S);
        assertThat(growing.searching()).as("at the ceiling").isFalse();
        ConcurrencyLimiter refused = ConcurrencyLimiter.adaptive(2, 16);
        refused.shopRefused();
        assertThat(refused.searching()).isFalse();

        assertThat(ConcurrencyLimiter.fixed(16).searching()).isFalse();
    }

    @Test
    void answersSlowerThanTwiceTheBestBackOffOnceForTheRequestsAlreadyOnTheirWay() throws InterruptedException {
        ConcurrencyLimiter limiter = ConcurrencyLimiter.adaptive(2, 16);
        List<Permit> first = fill(limiter);
        limiter.release(first.get(0), 100, FIVE_S, Outcome.ANSWERED);
        assertThat(limiter.limit()).isEqualTo(3);
        List<Permit> more = List.of(limiter.acquire(), limiter.acquire());
        limiter.release(first.get(1), 100, FIVE_S.multipliedBy(2), Outcome.ANSWERED);
        assertThat(limiter.limit()).as("one waiting behind each busy worker is fine").isEqualTo(4);
        // a crowd: the answer waited for two before it
        limiter.release(more.get(0), 100, FIVE_S.multipliedBy(3), Outcome.ANSWERED);
        assertThat(limiter.limit()).isEqualTo(3);

        limiter.release(more.get(1), 100, FIVE_S.multipliedBy(4), Outcome.ANSWERED);

        assertThat(limiter.limit()).as("sent before the back-off: the same crowd, no second cut").isEqualTo(3);
    }

    @Test
    void refusalsAndTimeoutsHalveTheLimitAndTheGrowthIsSlowAfterwards() throws InterruptedException {
        ConcurrencyLimiter limiter = ConcurrencyLimiter.adaptive(8, 16);
        Permit p = limiter.acquire();
        limiter.release(p, 100, FIVE_S, Outcome.REFUSED);
        assertThat(limiter.limit()).isEqualTo(4);
        p = limiter.acquire();
        limiter.release(p, 100, Duration.ofSeconds(30), Outcome.TIMED_OUT);
        assertThat(limiter.limit()).isEqualTo(2);

        answerRound(limiter, FIVE_S);

        assertThat(limiter.limit()).as("about one more per round after a back-off").isEqualTo(2);
        answerRound(limiter, FIVE_S);
        assertThat(limiter.limit()).isEqualTo(3);
    }

    @Test
    void aRetryWaitOfTheShopClientBacksOffAndNeverBelowOne() throws InterruptedException {
        ConcurrencyLimiter limiter = ConcurrencyLimiter.adaptive(2, 16);
        limiter.shopRefused();
        assertThat(limiter.limit()).isEqualTo(1);
        limiter.release(limiter.acquire(), 100, FIVE_S, Outcome.REFUSED);
        limiter.shopRefused();

        assertThat(limiter.limit()).isEqualTo(1);
    }

    @Test
    void failuresThatSayNothingAboutLoadAndAFixedLimitChangeNothing() throws InterruptedException {
        ConcurrencyLimiter adaptive = ConcurrencyLimiter.adaptive(4, 16);
        adaptive.release(adaptive.acquire(), 100, FIVE_S, Outcome.FAILED);
        ConcurrencyLimiter fixed = ConcurrencyLimiter.fixed(4);
        fixed.shopRefused();
        fixed.release(fixed.acquire(), 100, FIVE_S, Outcome.TIMED_OUT);
        answerRound(fixed, Duration.ofMillis(10));

        assertThat(adaptive.limit()).isEqualTo(4);
        assertThat(fixed.limit()).isEqualTo(4);
    }

    @Test
    void aRequestWaitsForItsPermitUntilOneIsGivenBack() throws Exception {
        ConcurrencyLimiter limiter = ConcurrencyLimiter.fixed(1);
        Permit held = limiter.acquire();
        CompletableFuture<Permit> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return limiter.acquire();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(waiting).isNotDone();
        limiter.release(held, 1, Duration.ZERO, Outcome.ANSWERED);

        assertThat(waiting.get(10, TimeUnit.SECONDS).sequence()).isEqualTo(2);
    }
}
