package hu.webshopsync.host.history;

import hu.webshopsync.api.ItemStatus;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import hu.webshopsync.api.ActionResult;
import hu.webshopsync.api.FailureKind;
import hu.webshopsync.api.ItemLine;
import hu.webshopsync.api.LocalizedText;
import hu.webshopsync.host.db.Database;
import hu.webshopsync.host.db.Jdbc;
import hu.webshopsync.host.state.ProcessIdentity;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sync history: every action run is recorded when it starts and again when it ends, so a run
 * whose process was killed stays visible, as interrupted.
 */
public final class RunHistory {

    /** The outcome of a run that has not ended yet. */
    public static final String RUNNING = "RUNNING";

    /** The outcome of a run whose process died before it ended. */
    public static final String INTERRUPTED = "INTERRUPTED";

    private static final TypeReference<LinkedHashMap<String, Integer>> COUNTS = new TypeReference<>() {
    };

    private static final String COLUMNS =
            "id, action_id, plugin_id, started_at, duration_ms, outcome, counts_json, message, automatic, failure";

    private final Database database;
    private final Clock clock;
    private final ProcessIdentity process;
    private final ObjectMapper json = new ObjectMapper();
    private final TextsJson texts = new TextsJson();

    /**
     * Creates the history.
     *
     * @param database the ERP database
     * @param clock    the host's clock
     * @param process  this process, recorded as the runner
     */
    public RunHistory(Database database, Clock clock, ProcessIdentity process) {
        this.database = database;
        this.clock = clock;
        this.process = process;
    }

    /**
     * Records the start of a run the user started.
     *
     * @param actionId the action
     * @param pluginId the owning plugin
     * @return the run id
     */
    public long start(String actionId, String pluginId) {
        return start(actionId, pluginId, false);
    }

    /**
     * Records the start of a run.
     *
     * @param actionId  the action
     * @param pluginId  the owning plugin
     * @param automatic whether the schedule started it rather than a user
     * @return the run id
     */
    public long start(String actionId, String pluginId, boolean automatic) {
        return database.inTransaction("recording the start of " + actionId, connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO action_run (action_id, plugin_id, started_at, runner, outcome, automatic)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    new String[] {"ID"})) {
                insert.setString(1, actionId);
                insert.setString(2, pluginId);
                insert.setObject(3, Jdbc.utc(clock.instant()));
                insert.setString(4, process.label());
                insert.setString(5, RUNNING);
                insert.setBoolean(6, automatic);
                insert.executeUpdate();
                return Jdbc.generatedId(insert);
            }
        });
    }

    /**
     * Records the end of a run with its result and item lines, in one transaction.
     *
     * @param runId    the run
     * @param result   what the action returned (or the host made of its failure)
     * @param duration how long it took
     */
    public void complete(long runId, ActionResult result, Duration duration) {
        String counts = toJson(result.counts());
        database.inTransaction("recording the end of run " + runId, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE action_run SET duration_ms = ?, outcome = ?, counts_json = ?, message = ?,"
                            + " message_texts_json = ?, failure = ? WHERE id = ?")) {
                update.setLong(1, duration.toMillis());
                update.setString(2, result.outcome().name());
                update.setString(3, counts);
                update.setString(4, result.message());
                update.setString(5, texts.write(result.messageTexts()));
                update.setString(6, result.failure() == FailureKind.NONE ? null : result.failure().name());
                update.setLong(7, runId);
                update.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO action_run_item (run_id, position, item, status, reason, texts_json)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")) {
                int position = 0;
                for (ItemLine item : result.items()) {
                    insert.setLong(1, runId);
                    insert.setInt(2, ++position);
                    insert.setString(3, item.item());
                    insert.setString(4, item.status().wireName());
                    insert.setString(5, item.reason());
                    insert.setString(6, texts.write(item.texts()));
                    insert.addBatch();
                    if (position % 1_000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /**
     * All runs, newest first. Runs left running by a process that is gone are marked interrupted.
     *
     * @return the runs
     */
    public List<RunSummary> list() {
        markInterrupted();
        return database.read("reading the sync history", connection -> {
            List<RunSummary> runs = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM action_run ORDER BY id DESC");
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    runs.add(summary(rs));
                }
            }
            return runs;
        });
    }

    /**
     * The newest runs of one action, started by the schedule or by anyone; runs left running by a
     * process that is gone are marked interrupted first.
     *
     * @param actionId      the action
     * @param automaticOnly only the runs the schedule started
     * @param limit         at most this many
     * @return the runs, newest first
     */
    public List<RunSummary> latest(String actionId, boolean automaticOnly, int limit) {
        markInterrupted();
        return database.read("reading the runs of " + actionId, connection -> {
            List<RunSummary> runs = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM action_run WHERE action_id = ?" + (automaticOnly ? " AND automatic" : "")
                    + " ORDER BY id DESC LIMIT ?")) {
                select.setString(1, actionId);
                select.setInt(2, limit);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        runs.add(summary(rs));
                    }
                }
            }
            return runs;
        });
    }

    private RunSummary summary(ResultSet rs) throws java.sql.SQLException {
        return new RunSummary(rs.getLong("id"), rs.getString("action_id"), rs.getString("plugin_id"),
                Jdbc.instant(rs, "started_at"), rs.getObject("duration_ms", Long.class), rs.getString("outcome"),
                fromJson(rs.getString("counts_json")), rs.getString("message"), rs.getBoolean("automatic"),
                rs.getString("failure"));
    }

    /**
     * One run.
     *
     * @param runId the run
     * @return the run, if recorded
     */
    public Optional<RunSummary> find(long runId) {
        return list().stream().filter(r -> r.id() == runId).findFirst();
    }

    /**
     * One run's confirmation message as texts, one per line (see {@link hu.webshopsync.host.plugins.ItemWords}).
     *
     * @param runId the run
     * @return the texts; empty for a run that kept none
     */
    public List<LocalizedText> messageTexts(long runId) {
        return database.read("reading the message of run " + runId, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT message_texts_json FROM action_run WHERE id = ?")) {
                select.setLong(1, runId);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? texts.read(rs.getString(1)) : List.<LocalizedText>of();
                }
            }
        });
    }

    /**
     * One run's item lines in order, with their texts where the run kept them (see {@link hu.webshopsync.host.plugins.ItemWords}).
     *
     * @param runId the run
     * @return the lines
     */
    public List<ItemLine> items(long runId) {
        return database.read("reading the items of run " + runId, connection -> {
            List<ItemLine> items = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT item, status, reason, texts_json FROM action_run_item WHERE run_id = ?"
                            + " ORDER BY position")) {
                select.setLong(1, runId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        items.add(new ItemLine(rs.getString(1), ItemStatus.fromWire(rs.getString(2)), rs.getString(3),
                                texts.read(rs.getString(4))));
                    }
                }
            }
            return items;
        });
    }

    private void markInterrupted() {
        database.inTransaction("marking interrupted runs", connection -> {
            List<Long> gone = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, runner FROM action_run WHERE outcome = ?")) {
                select.setString(1, RUNNING);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        if (process.isGone(rs.getString(2))) {
                            gone.add(rs.getLong(1));
                        }
                    }
                }
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE action_run SET outcome = ? WHERE id = ? AND outcome = ?")) {
                for (Long id : gone) {
                    update.setString(1, INTERRUPTED);
                    update.setLong(2, id);
                    update.setString(3, RUNNING);
                    update.addBatch();
                }
                update.executeBatch();
            }
            return null;
        });
    }

    private String toJson(Map<ItemStatus, Integer> counts) {
        try {
            return json.writeValueAsString(StatusCounts.byWireName(counts));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode counts", e);
        }
    }

    private Map<ItemStatus, Integer> fromJson(String text) {
        try {
            Map<ItemStatus, Integer> counts = new LinkedHashMap<>();
            json.readValue(text, COUNTS).forEach((word, n) -> counts.put(ItemStatus.fromWire(word), n));
            return counts;
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }
}
