package hu.webshopsync.host.cli;

import hu.webshopsync.api.ListAction;
import hu.webshopsync.host.Host;
import hu.webshopsync.host.HostConfig;
import hu.webshopsync.host.plugins.PluginProblem;
import hu.webshopsync.host.schedule.ScheduleLoop;
import hu.webshopsync.host.schedule.ScheduleStatus;
import hu.webshopsync.host.text.Formats;
import hu.webshopsync.host.text.Texts;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code watch}: the modules' automatic syncs without a console, until Ctrl-C or SIGTERM, which stop
 * the running sync after its current batch. Other commands on the same data folder keep working.
 */
@Command(name = "watch", description = {
        "Runs the modules' automatic syncs (e.g. autoOrderSync, autoProductSync) until Ctrl-C or SIGTERM,"
                + " which stop a running sync after its current batch.",
        "Other commands on the same --data-dir keep working meanwhile."})
final class WatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        HostCommand root = (HostCommand) spec.root().userObject();
        Texts messages = root.messages();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (StopOnCtrlC ctrlC = StopOnCtrlC.install(root.terminal()); Host host = root.openHost()) {
            host.plugins();
            for (PluginProblem problem : host.pluginProblems()) {
                err.println(messages.get("plugins.problem", problem.pluginId(), problem.state(), problem.reason()));
            }
            err.flush();
            WatchOutput output = new WatchOutput(out, messages,
                    Formats.forTerminal(messages.locale(), HostConfig.ERP_ZONE), root.clock(),
                    actionId -> host.extensions().action(actionId).map(a -> label(a, messages)).orElse(actionId));
            try (ScheduleLoop loop = ScheduleLoop.start(host, messages.locale(), output)) {
                out.println(messages.get("watch.watching", host.config().dataDir().toAbsolutePath()));
                List<ScheduleStatus> statuses = loop.scheduler().statuses();
                if (statuses.isEmpty()) {
                    out.println(messages.get("watch.nothingScheduled"));
                }
                statuses.forEach(s -> out.println(output.status(s)));
                out.flush();
                ctrlC.await();
                out.println(messages.get("watch.stopping"));
                out.flush();
            }
        }
        return ExitCodes.OK;
    }

    private static String label(ListAction action, Texts messages) {
        return action.label(messages.locale());
    }
}
