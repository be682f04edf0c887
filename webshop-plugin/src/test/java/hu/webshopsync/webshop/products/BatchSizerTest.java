package hu.webshopsync.webshop.products;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BatchSizerTest {

    private final BatchSizer sizer = new BatchSizer(100, Duration.ofSeconds(20));

    @Test
    void aFastShopKeepsTheLargestBatch() {
        sizer.answered(100, Duration.ofMillis(300));
        sizer.answered(7, Duration.ofMillis(40));

        assertThat(sizer.size()).isEqualTo(100);
    }

    @Test
    void aBatchSlowerThanTheBudgetHalvesTheSizeAndFastOnesGrowItBackWithinTheBudget() {
        sizer.answered(100, Duration.ofSeconds(25));
        assertThat(sizer.size()).isEqualTo(50);

        // 0.25 s per item: the budget holds 80, but no more than twice the size at once
        sizer.answered(50, Duration.ofMillis(12_500));
        assertThat(sizer.size()).isEqualTo(80);
        sizer.answered(80, Duration.ofSeconds(4));
        assertThat(sizer.size()).isEqualTo(100);
    }

    @Test
    void aTimeoutHalvesTheSizeAndPutsTheBudgetBelowTheTimeItFailedAt() {
        // PHP's limit of 10 s stopped a batch of 100 at 150 ms an item
        sizer.timedOut(100, Duration.ofSeconds(10));

        assertThat(sizer.size()).isEqualTo(50);
        assertThat(sizer.budget()).isEqualTo(Duration.ofSeconds(7));
        sizer.answered(50, Duration.ofMillis(7_500));
        assertThat(sizer.size()).as("slower than the new budget").isEqualTo(25);
        sizer.answered(25, Duration.ofMillis(3_750));
        assertThat(sizer.size()).as("7 s at 150 ms an item").isEqualTo(46);
        sizer.answered(46, Duration.ofMillis(6_900));
        assertThat(sizer.size()).isEqualTo(46);
    }

    @Test
    void aLimitTheShopTellsLowersTheBudgetOnly() {
        sizer.shopLimit(Duration.ofSeconds(10));
        sizer.shopLimit(Duration.ofSeconds(120));

        assertThat(sizer.budget()).isEqualTo(Duration.ofSeconds(7));
        assertThat(sizer.size()).isEqualTo(100);
    }

    @Test
    void onASlowShopBatchesAreHalfSecondProbesUntilTheConcurrencyIsFound() {
        sizer.probe();
        assertThat(sizer.size()).as("the pace is not known yet").isEqualTo(100);
        // 50 categories in 2.5 s: a batch of 100 would take 5 s
        sizer.paced(50, Duration.ofMillis(2_500));
        assertThat(sizer.slowShop()).isTrue();
        assertThat(sizer.size()).isEqualTo(10);
        sizer.answered(10, Duration.ofMillis(500));
        assertThat(sizer.size()).as("still probing").isEqualTo(10);

        sizer.concurrencyFound();
        sizer.answered(10, Duration.ofMillis(500));
        assertThat(sizer.size()).isEqualTo(20);
        sizer.answered(20, Duration.ofSeconds(1));
        assertThat(sizer.size()).isEqualTo(40);
    }

    @Test
    void aFastShopIsNeverProbedAndShortRequestsDoNotMakeItLookSlow() {
        sizer.probe();
        // three categories in 400 ms on a busy machine: mostly the round trip
        sizer.paced(3, Duration.ofMillis(400));
        sizer.answered(2, Duration.ofMillis(900));

        assertThat(sizer.slowShop()).isFalse();
        assertThat(sizer.size(150, 16)).as("no probes, no spreading").isEqualTo(sizer.size()).isEqualTo(44);
    }

    @Test
    void onASlowShopTheLastWritesAreSpreadOverTheRequestsInFlight() {
        sizer.answered(100, Duration.ofSeconds(5));

        assertThat(sizer.size(5_000, 16)).isEqualTo(100);
        assertThat(sizer.size(800, 16)).isEqualTo(50);
        assertThat(sizer.size(800, 1)).as("one request at a time: nothing to spread").isEqualTo(100);
        assertThat(sizer.size(100, 16)).as("never below a probe's worth").isEqualTo(10);
        assertThat(sizer.size(0, 16)).isEqualTo(100);
    }

    @Test
    void theShopsOwnLimitCutsTheBatchOfASlowShopAtOnce() {
        // 150 ms an item: a batch of 100 takes 15 s; the shop says 10 s
        sizer.paced(40, Duration.ofSeconds(6));
        sizer.shopLimit(Duration.ofSeconds(10));

        assertThat(sizer.budget()).isEqualTo(Duration.ofSeconds(7));
        assertThat(sizer.size()).isEqualTo(46);
    }
}
