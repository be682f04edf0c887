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
}
