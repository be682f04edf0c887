package hu.webshopsync.host.web;

import hu.webshopsync.api.ItemStatus;
import hu.webshopsync.api.ItemLine;
import hu.webshopsync.api.ListAction;
import hu.webshopsync.host.Host;
import hu.webshopsync.host.HostConfig;
import hu.webshopsync.host.history.RunSummary;
import hu.webshopsync.host.text.Formats;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Szinkronizálási napló: the runs the host recorded (from the console and the command line alike)
 * and one run's item lines.
 */
final class HistoryPages {

    private final Host host;
    private final Layout layout;

    HistoryPages(Host host, Layout layout) {
        this.host = host;
        this.layout = layout;
    }

    void list(WebRequest r) {
        List<RunSummary> runs = host.history().list();
        Formats formats = Formats.forPage(r.locale(), HostConfig.ERP_ZONE);
        Html h = new Html();
        h.open("table", "class", "grid", "id", "history").open("thead").open("tr")
                .element("th", r.t("history.run"), "class", "num")
                .element("th", r.t("history.action"))
                .element("th", r.t("history.started"))
                .element("th", r.t("history.duration"), "class", "num")
                .element("th", r.t("history.outcome"))
                .element("th", r.t("history.counts"))
                .close("tr").close("thead").open("tbody");
        for (RunSummary run : runs) {
            h.open("tr").open("td", "class", "num").element("a", run.id(), "href", "/history/" + run.id())
                    .close("td")
                    .element("td", actionLabel(r, run.actionId()) + trigger(r, run))
                    .element("td", formats.dateTime(run.startedAt()))
                    .element("td", formats.duration(run.durationMs()), "class", "num")
                    .open("td");
            outcome(h, r, run.outcome());
            h.close("td").element("td", counts(r, run.counts())).close("tr");
        }
        if (runs.isEmpty()) {
            h.open("tr").element("td", r.t("history.none"), "colspan", "6", "class", "empty").close("tr");
        }
        h.close("tbody").close("table");
        r.ctx().html(layout.page(r, MenuItem.HISTORY, r.t("history.title"), h, null));
    }

    void detail(WebRequest r) {
        long runId;
        try {
            runId = Long.parseLong(r.ctx().pathParam("id"));
        } catch (NumberFormatException e) {
            runId = -1;
        }
        Optional<RunSummary> found = host.history().find(runId);
        if (found.isEmpty()) {
            r.ctx().status(HttpStatus.NOT_FOUND);
            r.ctx().html(layout.page(r, MenuItem.HISTORY, r.t("history.title"),
                    new Html().element("p", r.t("history.unknown", r.ctx().pathParam("id"))), null));
            return;
        }
        RunSummary run = found.get();
        Formats formats = Formats.forPage(r.locale(), HostConfig.ERP_ZONE);
        Html h = new Html();
        h.open("table", "class", "details", "id", "run");
        h.open("tr").element("th", r.t("history.action")).element("td", actionLabel(r, run.actionId())).close("tr");
        h.open("tr").element("th", r.t("history.trigger"))
                .element("td", r.t(run.automatic() ? "history.automatic" : "history.manual")
                        + (run.failureKind().needsSettings() ? " – " + r.t("history.scheduleStopped") : ""), "id", "trigger")
                .close("tr");
        h.open("tr").element("th", r.t("history.started")).element("td", formats.dateTime(run.startedAt()))
                .close("tr");
        h.open("tr").element("th", r.t("history.duration")).element("td", formats.duration(run.durationMs()))
                .close("tr");
        h.open("tr").element("th", r.t("history.outcome")).open("td");
        outcome(h, r, run.outcome());
        h.close("td").close("tr");
        h.open("tr").element("th", r.t("history.counts")).element("td", counts(r, run.counts())).close("tr");
        h.close("table");
        String message = run.message() == null ? "" : host.itemWords().message(run.actionId(), run.message(),
                host.history().messageTexts(run.id()), r.locale());
        if (!message.isBlank()) {
            h.open("div", "class", "message");
            Layout.paragraphs(h, message);
            h.close("div");
        }
        h.element("h2", r.t("history.items"));
        List<ItemLine> items = host.history().items(run.id());
        items(h, r, items, host.itemWords().lines(run.actionId(), items, r.locale()));
        h.open("p").element("a", r.t("history.back"), "href", "/history").close("p");
        r.ctx().html(layout.page(r, MenuItem.HISTORY, r.t("history.runTitle", run.id()), h, null));
    }

    /**
     * The item lines of a run as a table; shared with the run page. An item's reason lines (the fields an
     * update changed, each) are one paragraph each.
     */
    static void items(Html h, WebRequest r, List<ItemLine> items, List<List<String>> reasons) {
        h.open("table", "class", "grid", "id", "items").open("thead").open("tr")
                .element("th", r.t("items.item"))
                .element("th", r.t("items.status"))
                .element("th", r.t("items.reason"))
                .close("tr").close("thead").open("tbody");
        for (int i = 0; i < items.size(); i++) {
            ItemLine item = items.get(i);
            h.open("tr", "class", "status-" + item.status().wireName()).element("td", item.item())
                    .element("td", statusWord(r, item.status()))
                    .open("td");
            List<String> lines = reasons.get(i);
            if (lines.size() == 1) {
                h.text(lines.get(0));
            } else {
                lines.forEach(l -> h.element("div", l, "class", "change"));
            }
            h.close("td").close("tr");
        }
        if (items.isEmpty()) {
            h.open("tr").element("td", r.t("items.none"), "colspan", "3", "class", "empty").close("tr");
        }
        h.close("tbody").close("table");
    }

    static void outcome(Html h, WebRequest r, String outcome) {
        String kind = switch (outcome) {
            case "SUCCESS" -> "badge ok";
            case "RUNNING" -> "badge";
            default -> "badge warn";
        };
        h.element("span", r.text().getOr("outcome." + outcome, outcome), "class", kind);
    }

    static String counts(WebRequest r, Map<ItemStatus, Integer> counts) {
        StringBuilder text = new StringBuilder();
        counts.forEach((status, n) -> {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(statusWord(r, status)).append(": ").append(n);
        });
        return text.toString();
    }

    static String statusWord(WebRequest r, ItemStatus status) {
        return r.text().getOr("status." + status.wireName(), status.wireName());
    }

    private static String trigger(WebRequest r, RunSummary run) {
        return run.automatic() ? " · " + r.t("history.automatic") : "";
    }

    private String actionLabel(WebRequest r, String actionId) {
        return host.extensions().action(actionId).map((ListAction a) -> a.label(r.locale()) + " (" + actionId + ")")
                .orElse(actionId);
    }
}
