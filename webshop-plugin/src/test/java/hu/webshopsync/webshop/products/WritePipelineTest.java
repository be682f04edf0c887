package hu.webshopsync.webshop.products;

import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.webshop.fixtures.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The pipeline's batch sizes against a shop that moves the run's clock by its own server time. */
class WritePipelineTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T10:00:00Z"));

    /** One PHP worker: {@code requestMs} a request and {@code itemMs} an item; a time limit it tells if asked. */
    private final class TimedShop implements ProductShop {
        final long requestMs;
        final long itemMs;
        final Duration limit;
        final List<Integer> batches = new ArrayList<>();
        int limitAsked;

        TimedShop(long requestMs, long itemMs, Duration limit) {
            this.requestMs = requestMs;
            this.itemMs = itemMs;
            this.limit = limit;
        }

        @Override
        public List<WriteResult> write(List<ProductWrite> writes) {
            batches.add(writes.size());
            clock.advance(Duration.ofMillis(requestMs + itemMs * writes.size()));
            List<WriteResult> out = new ArrayList<>();
            for (int i = 0; i < writes.size(); i++) {
                out.add(new Written(1000 + i, List.of()));
            }
            return out;
        }

        @Override
        public Optional<Duration> timeLimit() {
            limitAsked++;
            return Optional.ofNullable(limit);
        }

        @Override
        public PriceMode priceMode() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ShopProduct> findBySkus(List<String> skus) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isEmpty() {
            return true;
        }
    }

    private static WritePipeline pipeline(TimedShop shop, MutableClock clock, int writes) {
        WritePipeline pipeline = new WritePipeline(shop, null,
                SyncOptions.of(Optional.empty(), Map.of(), false, 1), new RunStop(), ConcurrencyLimiter.fixed(1),
                clock);
        for (int i = 0; i < writes; i++) {
            pipeline.enqueue(new PendingWrite(String.format("S-%04d", i), null, ProductPayload.unpublish(), "h",
                    false, null, false, 0, null, null));
        }
        return pipeline;
    }

    private static void sendAll(WritePipeline pipeline) {
        while (pipeline.batchReady(true)) {
            pipeline.send(pipeline.nextBatch());
        }
    }

    @Test
    void aSlowShopIsAskedItsTimeLimitOnceAndTheBatchesThenStayWellUnderIt() {
        // issue #18's shop: 150 ms an item, so a batch of 100 takes 15 s of PHP's 10 s
        TimedShop shop = new TimedShop(75, 150, Duration.ofSeconds(10));
        WritePipeline pipeline = pipeline(shop, clock, 400);

        sendAll(pipeline);

        assertThat(shop.limitAsked).isEqualTo(1);
        assertThat(shop.batches.get(0)).as("nothing told the pace before the first batch").isEqualTo(100);
        assertThat(shop.batches.subList(1, shop.batches.size()))
                .allSatisfy(n -> assertThat(75 + 150L * n).as("ms of a batch of %d", n).isLessThanOrEqualTo(7_000));
        assertThat(shop.batches.stream().mapToInt(Integer::intValue).sum()).isEqualTo(400);
    }

    @Test
    void categoriesThatShowTheShopSlowGetTheLimitAskedBeforeTheFirstBatch() {
        TimedShop shop = new TimedShop(75, 150, Duration.ofSeconds(10));
        WritePipeline pipeline = pipeline(shop, clock, 200);

        pipeline.paced(40, Duration.ofMillis(6_075));
        sendAll(pipeline);

        assertThat(shop.limitAsked).isEqualTo(1);
        // 7 s, well under the 10 s, at 150 ms an item
        assertThat(shop.batches).containsExactly(46, 46, 46, 46, 16);
    }

    @Test
    void aFastShopIsNeverAskedAndKeepsFullBatches() {
        TimedShop shop = new TimedShop(20, 1, Duration.ofSeconds(10));
        WritePipeline pipeline = pipeline(shop, clock, 1_000);

        pipeline.paced(50, Duration.ofMillis(90));
        sendAll(pipeline);

        assertThat(shop.limitAsked).isZero();
        assertThat(shop.batches).hasSize(10).containsOnly(100);
    }
}
