package hu.webshopsync.host.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hu.webshopsync.api.Binding;
import hu.webshopsync.api.StateLock;
import hu.webshopsync.host.MutableClock;
import hu.webshopsync.host.TestDatabase;
import hu.webshopsync.host.db.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcPluginStateStoreTest {

    @TempDir
    Path dir;

    private Database database;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final ProcessIdentity me = new ProcessIdentity(1000, "erp-pc", pid -> pid == 1000 || pid == 2000);

    @BeforeEach
    void open() {
        database = TestDatabase.open(dir);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private JdbcPluginStateStore store(String pluginId, ProcessIdentity process) {
        return new JdbcPluginStateStore(database, pluginId, clock, process);
    }

    @Test
    void valuesAreScopedPerPlugin() {
        JdbcPluginStateStore webshop = store("webshop", me);
        webshop.put("orders.cursor", "2026-03-01T09:00:00Z");
        webshop.put("orders.cursor", "2026-03-01T10:00:00Z");

        assertThat(webshop.get("orders.cursor")).contains("2026-03-01T10:00:00Z");
        assertThat(store("other", me).get("orders.cursor")).isEmpty();
        webshop.remove("orders.cursor");
        assertThat(webshop.get("orders.cursor")).isEmpty();
    }

    @Test
    void bindingsRoundTripReplaceAndPage() {
        JdbcPluginStateStore webshop = store("webshop", me);
        List<Binding> bindings = new ArrayList<>();
        IntStream.range(0, 2500).forEach(i -> bindings.add(
                new Binding("product", String.format("SKU-%05d", i), "id" + i, "hash" + i, "")));
        webshop.saveBindings(bindings);
        webshop.saveBindings(List.of(new Binding("product", "SKU-00001", "id1", "changed", "{\"media\":7}")));

        assertThat(webshop.bindings("product", List.of("SKU-00001", "SKU-02499", "NOPE")))
                .containsOnlyKeys("SKU-00001", "SKU-02499");
        assertThat(webshop.bindings("product", List.of("SKU-00001")).get("SKU-00001"))
                .isEqualTo(new Binding("product", "SKU-00001", "id1", "changed", "{\"media\":7}"));
        assertThat(webshop.bindings("product", bindings.stream().map(Binding::key).toList())).hasSize(2500);
        assertThat(store("other", me).bindings("product", List.of("SKU-00001"))).isEmpty();

        List<String> walked = new ArrayList<>();
        for (List<Binding> page = webshop.bindingsAfter("product", null, 1000); !page.isEmpty();
             page = webshop.bindingsAfter("product", page.get(page.size() - 1).key(), 1000)) {
            page.forEach(b -> walked.add(b.key()));
        }
        assertThat(walked).hasSize(2500).isSorted();

        webshop.deleteBindings("product", List.of("SKU-00000", "SKU-00001"));
        assertThat(webshop.bindingsAfter("product", null, 1).get(0).key()).isEqualTo("SKU-00002");
    }

    @Test
    void aHeldLockIsRefusedUntilItsLeaseRunsOut() {
        JdbcPluginStateStore webshop = store("webshop", me);
        Optional<StateLock> first = webshop.tryLock("product-sync", Duration.ofMinutes(5));

        assertThat(first).isPresent();
        assertThat(webshop.tryLock("product-sync", Duration.ofMinutes(5))).as("same process, other run").isEmpty();
        assertThat(store("other", me).tryLock("product-sync", Duration.ofMinutes(5))).as("locks are per plugin").isPresent();

        clock.advance(Duration.ofMinutes(6));
        Optional<StateLock> second = webshop.tryLock("product-sync", Duration.ofMinutes(5));
        assertThat(second).as("expired lease").isPresent();
        assertThatThrownBy(() -> first.get().renew()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("product-sync");

        first.get().close();
        assertThat(webshop.tryLock("product-sync", Duration.ofMinutes(5)))
                .as("closing a lost lock does not release the new holder's").isEmpty();
        second.get().close();
        assertThat(webshop.tryLock("product-sync", Duration.ofMinutes(5))).isPresent();
    }

    @Test
    void renewExtendsTheLease() {
        JdbcPluginStateStore webshop = store("webshop", me);
        StateLock lock = webshop.tryLock("product-sync", Duration.ofMinutes(5)).orElseThrow();

        clock.advance(Duration.ofMinutes(4));
        lock.renew();
        clock.advance(Duration.ofMinutes(4));

        assertThat(webshop.tryLock("product-sync", Duration.ofMinutes(5))).isEmpty();
    }

    @Test
    void aLockOfADeadProcessOnThisMachineIsTakenAtOnce() {
        ProcessIdentity killed = new ProcessIdentity(3000, "erp-pc", pid -> true);
        ProcessIdentity otherMachine = new ProcessIdentity(3000, "other-pc", pid -> true);
        store("webshop", killed).tryLock("product-sync", Duration.ofHours(1)).orElseThrow();
        store("webshop", otherMachine).tryLock("order-sync", Duration.ofHours(1)).orElseThrow();
        store("webshop", new ProcessIdentity(2000, "erp-pc", pid -> true))
                .tryLock("alive", Duration.ofHours(1)).orElseThrow();

        JdbcPluginStateStore webshop = store("webshop", me);
        assertThat(webshop.tryLock("product-sync", Duration.ofMinutes(5))).as("pid 3000 is gone").isPresent();
        assertThat(webshop.tryLock("order-sync", Duration.ofMinutes(5)))
                .as("a process on another machine is never judged dead").isEmpty();
        assertThat(webshop.tryLock("alive", Duration.ofMinutes(5))).as("pid 2000 lives").isEmpty();
    }

    @Test
    void currentProcessIdentityJudgesLiveAndDeadProcesses() {
        ProcessIdentity current = ProcessIdentity.current();

        assertThat(current.isGone(current.label() + "#abc")).isFalse();
        assertThat(current.isGone(Long.MAX_VALUE - 1 + "@" + current.host())).isTrue();
        assertThat(current.isGone("garbage")).isFalse();
    }
}
