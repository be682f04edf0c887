package hu.webshopsync.host.history;

import hu.webshopsync.api.ItemStatus;
import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.api.ActionContext;
import hu.webshopsync.api.ActionResult;
import hu.webshopsync.api.ItemLine;
import hu.webshopsync.api.ListAction;
import hu.webshopsync.api.LocalizedText;
import hu.webshopsync.api.Outcome;
import hu.webshopsync.host.db.Database;
import hu.webshopsync.host.plugins.ItemWords;
import hu.webshopsync.host.state.ProcessIdentity;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunHistoryTextsTest {

    /** Says its texts in English by key, as a plugin's bundle would; does not know {@code other.*}. */
    private static final ListAction ACTION = new ListAction() {
        @Override
        public String id() {
            return "test.sync";
        }

        @Override
        public String label(Locale locale) {
            return "Test";
        }

        @Override
        public ActionResult run(ActionContext context) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<String> text(LocalizedText text, Locale locale) {
            if (text.key().startsWith("other.")) {
                return Optional.empty();
            }
            return Optional.of(locale.getLanguage() + ":" + text.key() + text.args().stream()
                    .map(a -> a instanceof LocalizedText t ? text(t, locale).orElse("?") : a.toString()).toList());
        }
    };

    @TempDir
    Path dir;

    @Test
    void keptTextsComeBackWithTheirArgumentsAndAreSaidInTheReadersLanguage() {
        try (Database db = Database.open(dir)) {
            RunHistory history = new RunHistory(db, Clock.systemUTC(), ProcessIdentity.current());
            long run = history.start("test.sync", "test");
            LocalizedText price = LocalizedText.of("change.price", 3500L, new BigDecimal("4445.5"),
                    LocalizedText.of("currency.HUF"));
            history.complete(run, new ActionResult(Outcome.SUCCESS, "kész", Map.of(), List.of(
                    new ItemLine("A", ItemStatus.UPDATED, "ár: 3 500 → 4 445,5 Ft; készlet: 35 → 25",
                            List.of(price, LocalizedText.of("change.stock", 35L, 25L))),
                    new ItemLine("B", ItemStatus.FAILED, "a webáruház elutasította", List.of(LocalizedText.of("other.x"))),
                    new ItemLine("C", ItemStatus.CREATED, ""))), Duration.ofMillis(5));

            List<ItemLine> items = history.items(run);

            assertThat(items.get(0).texts()).containsExactly(price, LocalizedText.of("change.stock", 35L, 25L));
            List<List<String>> english = new ItemWords(id -> Optional.of(ACTION)).lines("test.sync", items,
                    Locale.ENGLISH);
            assertThat(english).containsExactly(
                    List.of("en:change.price[3500, 4445.5, en:currency.HUF[]]", "en:change.stock[35, 25]"),
                    List.of("a webáruház elutasította"),
                    List.of());
            assertThat(new ItemWords(id -> Optional.empty()).lines("test.sync", items, Locale.ENGLISH).get(0))
                    .containsExactly("ár: 3 500 → 4 445,5 Ft; készlet: 35 → 25");
        }
    }

    @Test
    void runsRecordedBeforeTextsWereKeptStillShowTheirStoredWords() throws Exception {
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("erp");
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("1").load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO action_run (id, action_id, plugin_id, started_at, runner, outcome,"
                    + " counts_json, message) VALUES (7, 'test.sync', 'test', TIMESTAMP WITH TIME ZONE"
                    + " '2026-01-01 10:00:00+00', 'old', 'SUCCESS', '{}', 'régi')");
            st.executeUpdate("INSERT INTO action_run_item (run_id, position, item, status, reason)"
                    + " VALUES (7, 1, 'A', 'failed', 'régi ok')");
        }

        try (Database db = Database.open(dir)) {
            List<ItemLine> items = new RunHistory(db, Clock.systemUTC(), ProcessIdentity.current()).items(7);

            assertThat(items).containsExactly(new ItemLine("A", ItemStatus.FAILED, "régi ok"));
            assertThat(new ItemWords(id -> Optional.of(ACTION)).lines("test.sync", items, Locale.ENGLISH))
                    .containsExactly(List.of("régi ok"));
        }
    }
}
