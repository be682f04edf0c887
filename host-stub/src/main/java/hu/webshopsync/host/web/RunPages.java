package hu.webshopsync.host.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import hu.webshopsync.api.ActionResult;
import hu.webshopsync.api.ListAction;
import hu.webshopsync.host.Host;
import hu.webshopsync.host.HostConfig;
import hu.webshopsync.host.history.RunSummary;
import hu.webshopsync.host.plugins.ActionRunner;
import hu.webshopsync.host.schedule.ButtonGuard;
import hu.webshopsync.host.text.Formats;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pressing a plugin's button: the start (refused while the same action runs), the run's page with
 * live progress (polled from a small JSON endpoint; a meta refresh without JavaScript), and the
 * confirmation with counts and the item lines that deserve a word.
 */
final class RunPages {

    private final Host host;
    private final Layout layout;
    private final ActionRuns runs;
    private final ObjectMapper json = new ObjectMapper();

    RunPages(Host host, Layout layout, ActionRuns runs) {
        this.host = host;
        this.layout = layout;
        this.runs = runs;
    }

    void start(WebRequest r) {
        String from = "orders".equals(r.ctx().formParam("from")) ? "orders" : "products";
        String actionId = Optional.ofNullable(r.ctx().formParam("action")).orElse("");
        List<? extends ListAction> actions = from.equals("orders") ? host.extensions().orderActions()
                : host.extensions().productActions();
        Optional<? extends ListAction> action = actions.stream().filter(a -> a.id().equals(actionId)).findFirst();
        if (action.isEmpty()) {
            r.notice(r.t("run.unknown", actionId), true, null);
            r.ctx().redirect("/" + from, HttpStatus.SEE_OTHER);
            return;
        }
        Optional<RunSummary> automatic = ButtonGuard.automaticRunGoing(host.history(), actionId);
        if (automatic.isPresent()) {
            r.notice(r.t("run.automaticGoing", action.get().label(r.locale()), automatic.get().id(),
                    Formats.forPage(r.locale(), HostConfig.ERP_ZONE).clockTime(automatic.get().startedAt())), true,
                    "/history/" + automatic.get().id());
            r.ctx().redirect("/" + from, HttpStatus.SEE_OTHER);
            return;
        }
        ActionRuns.Start start = runs.start(action.get(), from, new LinkedHashSet<>(r.ctx().formParams("sku")),
                ActionFlags.ticked(action.get(), r.ctx().formParams(ActionFlags.PARAM), r.locale()), r.locale());
        if (start instanceof ActionRuns.AlreadyRunning running) {
            r.notice(r.t("run.alreadyRunning", running.progress().label()), true,
                    "/runs/" + running.progress().ticket());
            r.ctx().redirect("/" + from, HttpStatus.SEE_OTHER);
            return;
        }
        r.ctx().redirect("/runs/" + start.progress().ticket(), HttpStatus.SEE_OTHER);
    }

    void show(WebRequest r) {
        Optional<ActionProgress> found = ticket(r).flatMap(runs::find);
        if (found.isEmpty()) {
            r.ctx().status(HttpStatus.NOT_FOUND);
            r.ctx().html(layout.page(r, MenuItem.HISTORY, r.t("run.title"),
                    new Html().element("p", r.t("run.unknownTicket")), null));
            return;
        }
        ActionProgress p = found.get();
        MenuItem menu = p.from().equals("orders") ? MenuItem.ORDERS : MenuItem.PRODUCTS;
        Html h = new Html();
        Html head = null;
        if (p.running()) {
            head = new Html().open("noscript").open("meta", "http-equiv", "refresh", "content", "2").close("noscript")
                    .open("script", "src", "/assets/console.js", "defer", "").close("script");
            h.open("div", "class", "progress", "id", "run-progress",
                    "data-progress-url", "/runs/" + p.ticket() + "/progress");
            h.open("progress", "id", "progress", "max", p.total() > 0 ? Long.toString(p.total()) : null,
                    "value", p.total() > 0 ? Long.toString(p.done()) : null).close("progress");
            h.element("span", progressText(r, p), "id", "progress-text", "class", "count");
            h.element("p", p.statusLine(), "id", "progress-status", "class", "status-line");
            h.close("div");
            if (!p.cancelRequested()) {
                h.open("form", "method", "post", "action", "/runs/" + p.ticket() + "/cancel", "class", "inline")
                        .append(r.csrfField())
                        .element("button", r.t("run.cancel"), "type", "submit", "class", "secondary", "id", "cancel")
                        .close("form");
            } else {
                h.element("p", r.t("run.cancelling"), "class", "hint");
            }
        } else if (p.error().isPresent()) {
            h.open("div", "class", "notice error", "id", "result");
            Layout.paragraphs(h, r.t("run.error", p.error().get()));
            h.close("div");
        } else {
            ActionRunner.Run run = p.run().orElseThrow();
            ActionResult result = run.result();
            h.open("div", "class", "result", "id", "result").open("p");
            HistoryPages.outcome(h, r, result.outcome().name());
            h.close("p").open("div", "class", "message", "id", "result-message");
            Layout.paragraphs(h, result.message());
            h.close("div");
            if (!result.counts().isEmpty()) {
                h.element("p", HistoryPages.counts(r, result.counts()), "class", "counts", "id", "result-counts");
            }
            h.close("div");
            if (!result.items().isEmpty()) {
                h.element("h2", r.t("run.items"));
                HistoryPages.items(h, r, result.items(),
                        host.itemWords().lines(p.actionId(), result.items(), r.locale()));
            }
            h.open("p").element("a", r.t("run.history", run.runId()), "href", "/history/" + run.runId())
                    .close("p");
        }
        h.open("p").element("a", r.t(p.from().equals("orders") ? "run.backOrders" : "run.backProducts"),
                "href", "/" + p.from(), "id", "back").close("p");
        r.ctx().html(layout.page(r, menu, p.label(), h, head));
    }

    void progress(WebRequest r) throws JsonProcessingException {
        Optional<ActionProgress> found = ticket(r).flatMap(runs::find);
        if (found.isEmpty()) {
            r.ctx().status(HttpStatus.NOT_FOUND).contentType("application/json").result("{}");
            return;
        }
        ActionProgress p = found.get();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ticket", p.ticket());
        body.put("running", p.running());
        body.put("done", p.done());
        body.put("total", p.total());
        body.put("status", p.statusLine());
        body.put("text", progressText(r, p));
        r.ctx().header("Cache-Control", "no-store").contentType("application/json; charset=utf-8")
                .result(json.writeValueAsString(body));
    }

    void cancel(WebRequest r) {
        Optional<ActionProgress> found = ticket(r).flatMap(runs::find);
        found.ifPresent(ActionProgress::requestCancel);
        r.ctx().redirect(found.map(p -> "/runs/" + p.ticket()).orElse("/products"), HttpStatus.SEE_OTHER);
    }

    private static String progressText(WebRequest r, ActionProgress p) {
        return p.total() > 0 ? r.t("run.progress", p.done(), p.total()) : r.t("run.progressUnknown", p.done());
    }

    private static Optional<Long> ticket(WebRequest r) {
        try {
            return Optional.of(Long.parseLong(r.ctx().pathParam("ticket")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
