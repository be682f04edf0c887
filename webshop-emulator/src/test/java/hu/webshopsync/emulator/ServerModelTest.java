package hu.webshopsync.emulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server model on a standing shop clock: a request's server time passes only when the test
 * moves the clock, so queueing and the time limit are seen without waiting for them.
 */
class ServerModelTest {

    private static final String WC = "/wp-json/wc/v3";
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    private final ExecutorService clients = Executors.newCachedThreadPool();
    private ShopEmulator shop;
    private TestHttp http;

    private void start(ServerModel server) {
        shop = ShopEmulator.start(EmulatorConfig.defaults().withServer(server), ShopClock.startingAt(T0));
        http = new TestHttp(shop.baseUrl()).basic("ck_demo_key", "cs_demo_secret");
    }

    @AfterEach
    void close() throws InterruptedException {
        if (shop != null) {
            shop.close();
        }
        clients.shutdownNow();
        clients.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void oneWorkerServesOneRequestAfterTheOther() {
        start(new ServerModel(1, 100, 0, 0, 0, 0, 8));
        CompletableFuture<TestHttp.Resp> first = create("A");
        awaitLoad(load -> load.busy() == 1);
        CompletableFuture<TestHttp.Resp> second = create("B");
        awaitLoad(load -> load.busy() == 1 && load.waiting() == 1);

        shop.clock().advance(Duration.ofMillis(99));
        awaitLoad(load -> load.waiting() == 1);
        assertThat(first).as("a write costs 100 ms of server time").isNotDone();

        shop.clock().advance(Duration.ofMillis(1));
        assertThat(first.join().status()).isEqualTo(201);
        awaitLoad(load -> load.busy() == 1 && load.waiting() == 0);
        assertThat(second).as("the second began when the first ended").isNotDone();

        shop.clock().advance(Duration.ofMillis(100));
        assertThat(second.join().status()).isEqualTo(201);
        assertThat(shop.control().snapshot().products()).hasSize(2);
    }

    @Test
    void twoWorkersServeTwoAtOnce() {
        start(new ServerModel(2, 100, 0, 0, 0, 0, 8));
        CompletableFuture<TestHttp.Resp> first = create("A");
        CompletableFuture<TestHttp.Resp> second = create("B");
        awaitLoad(load -> load.busy() == 2 && load.waiting() == 0);

        shop.clock().advance(Duration.ofMillis(100));
        assertThat(first.join().status()).isEqualTo(201);
        assertThat(second.join().status()).isEqualTo(201);
    }

    @Test
    void aBatchOverTheTimeLimitStoresWhatWasDoneBeforeAndFailsLikePhp() {
        // 200 ms to boot, 100 ms an item, 1 s limit: 8 of the 15 items fit
        start(new ServerModel(1, 100, 0, 0, 200, 1000, 8));
        CompletableFuture<TestHttp.Resp> batch = async(() -> http.post(WC + "/products/batch", batchOf(15)));
        awaitLoad(load -> load.busy() == 1);
        shop.clock().advance(Duration.ofMillis(999));
        awaitLoad(load -> load.busy() == 1);
        assertThat(batch).isNotDone();

        shop.clock().advance(Duration.ofMillis(1));
        TestHttp.Resp answer = batch.join();
        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.json().path("code").asText()).isEqualTo("internal_server_error");
        assertThat(answer.json().path("message").asText()).contains("There has been a critical error on this website.");
        assertThat(shop.control().snapshot().products()).extracting(ShopSnapshot.Product::sku)
                .containsExactly("S0", "S1", "S2", "S3", "S4", "S5", "S6", "S7");
        assertThat(shop.control().serverLoad().timedOut()).isEqualTo(1);
    }

    @Test
    void aFullQueueIsRefusedAtOnceWith503AndRetryAfter() {
        start(new ServerModel(1, 100, 0, 0, 0, 0, 1));
        CompletableFuture<TestHttp.Resp> served = create("A");
        awaitLoad(load -> load.busy() == 1);
        CompletableFuture<TestHttp.Resp> queued = create("B");
        awaitLoad(load -> load.waiting() == 1);

        TestHttp.Resp refused = create("C").join();
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.header("Retry-After")).isEqualTo("1");
        assertThat(shop.control().serverLoad().refused()).isEqualTo(1);

        shop.clock().advance(Duration.ofMillis(100));
        assertThat(served.join().status()).isEqualTo(201);
        awaitLoad(load -> load.waiting() == 0);
        shop.clock().advance(Duration.ofMillis(100));
        assertThat(queued.join().status()).isEqualTo(201);
        assertThat(shop.control().snapshot().products()).extracting(ShopSnapshot.Product::sku)
                .containsExactlyInAnyOrder("A", "B");
    }

    @Test
    void aListCostsItsRowsAndSwitchingTheModelOffServesAtOnce() throws IOException {
        start(ServerModel.off());
        assertThat(http.post(WC + "/products/batch", batchOf(30)).status()).isEqualTo(200);
        shop.control().setServer(new ServerModel(1, 100, 10, 0, 0, 0, 8));
        CompletableFuture<TestHttp.Resp> page = async(() -> http.get(WC + "/products?per_page=20&page=2"));
        awaitLoad(load -> load.busy() == 1);
        shop.clock().advance(Duration.ofMillis(99));
        awaitLoad(load -> load.busy() == 1);
        assertThat(page).as("the second page holds 10 rows of 10 ms").isNotDone();
        shop.clock().advance(Duration.ofMillis(1));
        assertThat(page.join().ids()).hasSize(10);

        shop.control().setServer(ServerModel.off());
        assertThat(http.get(WC + "/products").status()).isEqualTo(200);
    }

    private CompletableFuture<TestHttp.Resp> create(String sku) {
        return async(() -> http.post(WC + "/products", "{\"name\":\"" + sku + "\",\"sku\":\"" + sku + "\"}"));
    }

    private static String batchOf(int n) {
        StringBuilder b = new StringBuilder("{\"create\":[");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",").append("{\"name\":\"P").append(i).append("\",\"sku\":\"S").append(i).append("\"}");
        }
        return b.append("]}").toString();
    }

    private interface Call {
        TestHttp.Resp send() throws IOException;
    }

    private CompletableFuture<TestHttp.Resp> async(Call call) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return call.send();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, clients);
    }

    /** Waits (without moving time) until the requests have reached the state the test needs. */
    private void awaitLoad(Predicate<ServerLoad> state) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!state.test(shop.control().serverLoad())) {
            assertThat(System.nanoTime()).as("server load never became as expected: %s", shop.control().serverLoad())
                    .isLessThan(deadline);
            LockSupport.parkNanos(1_000_000);
        }
    }
}
