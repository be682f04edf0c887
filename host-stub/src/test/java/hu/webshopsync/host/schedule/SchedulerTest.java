package hu.webshopsync.host.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.api.ActionResult;
import hu.webshopsync.api.Cancellation;
import hu.webshopsync.api.FailureKind;
import hu.webshopsync.api.Outcome;
import hu.webshopsync.host.MutableClock;
import hu.webshopsync.host.history.RunSummary;
import hu.webshopsync.host.plugins.ActionRunner;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SchedulerTest {

    private static final Duration INTERVAL = Duration.ofSeconds(30);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T09:00:00Z"));
    private final FakeBook book = new FakeBook(clock);
    private final List<String> heard = new ArrayList<>();
    private final ScheduleListener listener = new ScheduleListener() {
        @Override
        public void finished(ScheduleEntry entry, long runId, ActionResult result, ScheduleStatus after) {
            heard.add(entry.actionId() + " " + result.outcome() + " -> " + after.state());
        }

        @Override
        public void couldNotRun(ScheduleEntry entry, String reason) {
            heard.add(entry.actionId() + " could not run: " + reason);
        }
    };

    private Scheduler scheduler(Function<String, ActionResult> results) {
        return new Scheduler(book, (actionId, cancellation) -> book.record(actionId, results.apply(actionId)), clock,
                Runnable::run, listener, s -> s.replace("s3cret", "****"));
    }

    @Test
    void runsADueActionOnceAndAgainOneIntervalAfterItsEnd() {
        book.entries.add(new ScheduleEntry("webshop.order-sync", "webshop", "autoOrderSync", INTERVAL));
        Scheduler scheduler = scheduler(id -> ok());

        scheduler.tick();
        scheduler.tick();
        assertThat(book.runs).hasSize(1);
        assertThat(book.runs.get(0).automatic()).isTrue();

        clock.advance(INTERVAL.minusSeconds(1));
        scheduler.tick();
        assertThat(book.runs).hasSize(1);

        clock.advance(Duration.ofSeconds(1));
        scheduler.tick();
        assertThat(book.runs).hasSize(2);
        assertThat(heard).containsExactly("webshop.order-sync SUCCESS -> WAITING", "webshop.order-sync SUCCESS -> WAITING");
    }

    @Test
    void waitsWhileARunOfTheSameActionGoesElsewhere() {
        book.entries.add(new ScheduleEntry("webshop.order-sync", "webshop", "autoOrderSync", INTERVAL));
        book.runs.add(new RunSummary(1, "webshop.order-sync", "webshop", clock.instant(), null, "RUNNING", Map.of(), "",
                false, null));
        Scheduler scheduler = scheduler(id -> ok());

        scheduler.tick();

        assertThat(book.runs).hasSize(1);
    }

    @Test
    void backsOffAfterFailuresAndReturnsToTheIntervalAfterASuccess() {
        book.entries.add(new ScheduleEntry("webshop.order-sync", "webshop", "autoOrderSync", INTERVAL));
        List<ActionResult> results = new ArrayList<>(List.of(ActionResult.failed("503"), ActionResult.failed("503"),
                ok(), ok()));
        Scheduler scheduler = scheduler(id -> results.remove(0));

        scheduler.tick();
        clock.advance(INTERVAL);
        scheduler.tick();
        assertThat(book.runs).as("doubled after one failure").hasSize(1);
        clock.advance(INTERVAL);
        scheduler.tick();
        assertThat(book.runs).hasSize(2);
        assertThat(scheduler.statuses().get(0).next()).contains(clock.instant().plus(INTERVAL.multipliedBy(4)));

        clock.advance(INTERVAL.multipliedBy(4));
        scheduler.tick();
        assertThat(book.runs).hasSize(3);
        assertThat(scheduler.statuses().get(0).state()).isEqualTo(ScheduleStatus.State.WAITING);
        clock.advance(INTERVAL);
        scheduler.tick();
        assertThat(book.runs).hasSize(4);
    }

    @Test
    void refusedKeysStopEveryScheduleOfTheModuleUntilItsSettingsAreSaved() {
        book.entries.add(new ScheduleEntry("webshop.order-sync", "webshop", "autoOrderSync", INTERVAL));
        book.entries.add(new ScheduleEntry("webshop.product-sync", "webshop", "autoProductSync", INTERVAL));
        book.savedAt.put("webshop", clock.instant().minusSeconds(60));
        Scheduler scheduler = scheduler(id -> id.equals("webshop.order-sync")
                ? ActionResult.failed("401", FailureKind.CREDENTIALS_REFUSED) : ok());

        scheduler.tick();
        assertThat(scheduler.statuses()).allSatisfy(s -> {
            assertThat(s.state()).isEqualTo(ScheduleStatus.State.STOPPED);
            assertThat(s.alert()).map(RunSummary::message).contains("401");
        });
        int runs = book.runs.size();
        clock.advance(Duration.ofHours(5));
        scheduler.tick();
        assertThat(book.runs).hasSize(runs);

        book.savedAt.put("webshop", clock.instant());
        scheduler.tick();
        assertThat(book.runs).hasSizeGreaterThan(runs);
    }

    @Test
    void aHostFailureWaitsBeforeTheNextAttemptAndNamesNoSecret() {
        book.entries.add(new ScheduleEntry("webshop.order-sync", "webshop", "autoOrderSync", INTERVAL));
        Scheduler scheduler = new Scheduler(book, (actionId, cancellation) -> {
            throw new IllegalStateException("key s3cret does not open");
        }, clock, Runnable::run, listener, s -> s.replace("s3cret", "****"));

        scheduler.tick();
        scheduler.tick();
        clock.advance(Scheduler.HOST_FAILURE_PAUSE.minusSeconds(1));
        scheduler.tick();

        assertThat(heard).containsExactly("webshop.order-sync could not run: IllegalStateException: key **** does not open");
        clock.advance(Duration.ofSeconds(1));
        scheduler.tick();
        assertThat(heard).hasSize(2);
    }

    @Test
    void stoppingCancelsTheRunningActionAndWaitsForItsRecord() throws Exception {
        book.entries.add(new ScheduleEntry("webshop.order-sync", "webshop", "autoOrderSync", INTERVAL));
        CountDownLatch started = new CountDownLatch(1);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Scheduler scheduler = new Scheduler(book, (actionId, cancellation) -> {
                started.countDown();
                awaitCancellation(cancellation);
                return book.record(actionId, new ActionResult(Outcome.CANCELLED, "megszakítva", Map.of(), List.of()));
            }, clock, executor, listener, s -> s);
            scheduler.tick();
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(scheduler.isRunning("webshop.order-sync")).isTrue();

            assertThat(scheduler.stop(Duration.ofSeconds(10))).isTrue();

            assertThat(book.runs).extracting(RunSummary::outcome).containsExactly("CANCELLED");
            clock.advance(Duration.ofDays(1));
            scheduler.tick();
            assertThat(book.runs).hasSize(1);
        } finally {
            executor.shutdownNow();
        }
    }

    private static void awaitCancellation(Cancellation cancellation) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!cancellation.isCancelled() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
    }

    private static ActionResult ok() {
        return new ActionResult(Outcome.SUCCESS, "kész", Map.of(), List.of());
    }

    /** The history and module store in memory; runs take 2 seconds of the clock's time. */
    static final class FakeBook implements ScheduleBook {

        final List<ScheduleEntry> entries = new ArrayList<>();
        final List<RunSummary> runs = new ArrayList<>();
        final Map<String, Instant> savedAt = new HashMap<>();
        private final MutableClock clock;

        FakeBook(MutableClock clock) {
            this.clock = clock;
        }

        synchronized ActionRunner.Run record(String actionId, ActionResult result) {
            long id = runs.size() + 1;
            runs.add(new RunSummary(id, actionId, "webshop", clock.instant(), 0L, result.outcome().name(), Map.of(),
                    result.message(), true, result.failure() == FailureKind.NONE ? null : result.failure().name()));
            return new ActionRunner.Run(id, result);
        }

        @Override
        public List<ScheduleEntry> entries() {
            return List.copyOf(entries);
        }

        @Override
        public synchronized List<RunSummary> latest(String actionId, boolean automaticOnly, int limit) {
            return runs.stream().filter(r -> r.actionId().equals(actionId) && (r.automatic() || !automaticOnly))
                    .sorted(Comparator.comparingLong(RunSummary::id).reversed()).limit(limit).toList();
        }

        @Override
        public Optional<Instant> settingsSavedAt(String moduleId) {
            return Optional.ofNullable(savedAt.get(moduleId));
        }
    }
}
