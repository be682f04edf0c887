package hu.webshopsync.webshop.categories;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Cache;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CategoryIdCacheTest {

    private final AtomicLong nanos = new AtomicLong();
    private final Cache<String, Long> cache = CategoryIdCache.create(nanos::get);

    private void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    @Test
    void anIdIsTrustedForSixHoursAfterItWasStoredAndReadAgainAfterwards() {
        cache.put("ruházat/pólók", 17L);

        advance(Duration.ofHours(6).minusSeconds(1));
        assertThat(cache.getIfPresent("ruházat/pólók")).isEqualTo(17L);

        advance(Duration.ofSeconds(1));
        assertThat(cache.getIfPresent("ruházat/pólók")).isNull();
    }

    @Test
    void readingAnIdDoesNotExtendItsLife() {
        cache.put("kert", 5L);
        advance(Duration.ofHours(5));
        assertThat(cache.getIfPresent("kert")).isEqualTo(5L);

        advance(Duration.ofHours(1));

        assertThat(cache.getIfPresent("kert")).isNull();
    }
}
