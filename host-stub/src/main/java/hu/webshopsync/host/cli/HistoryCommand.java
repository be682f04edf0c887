package hu.webshopsync.host.cli;

import hu.webshopsync.api.ItemStatus;
import hu.webshopsync.api.ItemLine;
import hu.webshopsync.host.Host;
import hu.webshopsync.host.csv.CsvWriter;
import hu.webshopsync.host.history.RunSummary;
import hu.webshopsync.host.history.StatusCounts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code history} and {@code history show RUN-ID}: the sync history the host records for every run.
 */
@Command(name = "history", description = "Past runs: run id, action, start, duration, counts, outcome.",
        subcommands = HistoryCommand.Show.class)
final class HistoryCommand extends HostSubcommand {

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    int run(Host host) {
        List<RunSummary> runs = host.history().list();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (RunSummary run : runs) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("runId", run.id());
                row.put("action", run.actionId());
                row.put("plugin", run.pluginId());
                row.put("startedAt", run.startedAt().toString());
                row.put("durationMs", run.durationMs());
                row.put("outcome", run.outcome());
                row.put("counts", StatusCounts.byWireName(run.counts()));
                row.put("message", run.message());
                row.put("automatic", run.automatic());
                row.put("failure", run.failure());
                rows.add(row);
            }
            new Json().print(out(), rows);
            return ExitCodes.OK;
        }
        out().println(t("history.title"));
        if (runs.isEmpty()) {
            out().println(t("history.none"));
        }
        for (RunSummary run : runs) {
            List<String> counts = new ArrayList<>();
            run.counts().forEach((status, n) -> counts.add(statusWord(status) + ": " + n));
            out().println(t("history.line", run.id(), action(this, run), formats().dateTime(run.startedAt()),
                    formats().duration(run.durationMs()), t("outcome." + run.outcome()),
                    String.join(", ", counts)));
        }
        return ExitCodes.OK;
    }

    /** The action's id, marked when the schedule started the run, and when its failure stopped the schedule. */
    static String action(HostSubcommand command, RunSummary run) {
        if (!run.automatic()) {
            return run.actionId();
        }
        return run.actionId() + " [" + command.t("history.automatic")
                + (run.failureKind().needsSettings() ? ", " + command.t("history.scheduleStopped") : "") + "]";
    }

    @Command(name = "show", description = "One run's item lines: item, status, reason.")
    static final class Show extends HostSubcommand {

        @Parameters(index = "0", paramLabel = "RUN-ID")
        long runId;

        @ArgGroup(exclusive = true)
        Format format = new Format();

        static final class Format {
            @Option(names = "--json", description = "Print JSON.")
            boolean json;

            @Option(names = "--csv", description = "Print CSV.")
            boolean csv;
        }

        @Override
        int run(Host host) {
            Optional<RunSummary> run = host.history().find(runId);
            if (run.isEmpty()) {
                err().println(t("history.unknown", runId));
                return ExitCodes.ERROR;
            }
            List<ItemLine> items = host.history().items(runId);
            List<List<String>> reasons = host.itemWords().lines(run.get().actionId(), items, messages().locale());
            if (format.json) {
                List<Map<String, String>> rows = new ArrayList<>();
                for (int i = 0; i < items.size(); i++) {
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("item", items.get(i).item());
                    row.put("status", items.get(i).status().wireName());
                    row.put("reason", String.join("; ", reasons.get(i)));
                    rows.add(row);
                }
                new Json().print(out(), rows);
            } else if (format.csv) {
                out().println(CsvWriter.spreadsheetLine(List.of("item", "status", "reason")));
                for (int i = 0; i < items.size(); i++) {
                    out().println(CsvWriter.spreadsheetLine(List.of(items.get(i).item(), items.get(i).status().wireName(),
                            String.join("; ", reasons.get(i)))));
                }
            } else {
                RunSummary r = run.get();
                out().println(t("history.line", r.id(), HistoryCommand.action(this, r), formats().dateTime(r.startedAt()),
                        formats().duration(r.durationMs()), t("outcome." + r.outcome()), ""));
                String message = host.itemWords().message(r.actionId(), r.message(),
                        host.history().messageTexts(r.id()), messages().locale());
                if (!message.isEmpty()) {
                    out().println(message);
                }
                for (int i = 0; i < items.size(); i++) {
                    ItemLine item = items.get(i);
                    List<String> lines = reasons.get(i);
                    String status = statusWord(item.status());
                    // one reason stays on the item's line; the fields an update changed get a line each
                    out().println("  " + item.item() + "  " + status + (lines.size() == 1 ? "  " + lines.get(0) : ""));
                    if (lines.size() > 1) {
                        lines.forEach(l -> out().println("      " + l));
                    }
                }
            }
            out().flush();
            return ExitCodes.OK;
        }
    }
}
