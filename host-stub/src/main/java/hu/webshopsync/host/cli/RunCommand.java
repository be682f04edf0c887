package hu.webshopsync.host.cli;

import hu.webshopsync.api.ItemStatus;
import hu.webshopsync.api.ActionResult;
import hu.webshopsync.api.ItemLine;
import hu.webshopsync.api.ListAction;
import hu.webshopsync.host.Host;
import hu.webshopsync.host.history.RunSummary;
import hu.webshopsync.host.plugins.ActionRunner;
import hu.webshopsync.host.schedule.ButtonGuard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code run ACTION-ID}: presses a plugin's button. Exit 0 on success, 1 when partly failed or
 * cancelled, 2 when failed. Ctrl-C asks the action to stop at its next safe point, so what it
 * finished is kept and recorded.
 */
@Command(name = "run", description = "Runs a list action, e.g. webshop.product-sync.")
final class RunCommand extends HostSubcommand {

    @Parameters(index = "0", paramLabel = "ACTION-ID")
    String actionId;

    @Option(names = "--sku", paramLabel = "SKU", description = "Only these items (SKUs or order numbers); repeatable.")
    List<String> selection = new ArrayList<>();

    @Option(names = "--option", paramLabel = "KEY=VALUE", description = "An option of the action; repeatable.")
    Map<String, String> options = new LinkedHashMap<>();

    @Option(names = "--full", description = "Shorthand for --option full=true.")
    boolean full;

    @Override
    int run(Host host) {
        boolean folderNamed = loadPlugins(host);
        Optional<ListAction> found = host.extensions().action(actionId);
        if (found.isEmpty()) {
            List<String> ids = new ArrayList<>();
            host.extensions().productActions().forEach(a -> ids.add(a.id()));
            host.extensions().orderActions().forEach(a -> ids.add(a.id()));
            err().println(t("run.unknown", actionId, ids.isEmpty() ? "-" : String.join(", ", ids)));
            if (!folderNamed && host.plugins().getStartedPlugins().isEmpty()) {
                err().println(t("plugins.noneLoaded", pluginsFolder(host)));
            }
            return ExitCodes.ERROR;
        }
        ListAction action = found.get();
        Optional<RunSummary> automatic = ButtonGuard.automaticRunGoing(host.history(), actionId);
        if (automatic.isPresent()) {
            err().println(t("run.automaticGoing", action.label(messages().locale()), automatic.get().id(),
                    formats().dateTime(automatic.get().startedAt())));
            return ExitCodes.ERROR;
        }
        Map<String, String> runOptions = new LinkedHashMap<>(options);
        if (full) {
            runOptions.put("full", "true");
        }
        try (CancelOnInterrupt interrupt = new CancelOnInterrupt(err(), t("run.cancelling"), root().terminal())) {
            ActionRunner.Run run;
            try (ConsoleProgress progress = ConsoleProgress.create(err(), action.label(messages().locale()),
                    root().terminal())) {
                run = host.actionRunner().run(action, new LinkedHashSet<>(selection), runOptions,
                        messages().locale(), progress, interrupt::isCancelled);
            }
            print(run);
            return ExitCodes.of(run.result().outcome());
        }
    }

    private void print(ActionRunner.Run run) {
        ActionResult result = run.result();
        out().println(result.message());
        if (!result.counts().isEmpty()) {
            List<String> counts = new ArrayList<>();
            result.counts().forEach((status, n) -> counts.add(statusWord(status) + ": " + n));
            out().println(t("run.counts", String.join(", ", counts)));
        }
        if (!result.items().isEmpty()) {
            out().println(t("run.items"));
            for (ItemLine item : result.items()) {
                out().println("  " + item.item() + "  " + statusWord(item.status())
                        + (item.reason().isEmpty() ? "" : "  " + item.reason()));
            }
        }
        out().println(t("run.footer", t("outcome." + result.outcome().name()), run.runId()));
    }

}
