package hu.webshopsync.host.cli;

import hu.webshopsync.host.Host;
import hu.webshopsync.host.plugins.PluginProblem;
import hu.webshopsync.host.text.Texts;
import hu.webshopsync.host.schedule.ScheduleListener;
import hu.webshopsync.host.schedule.ScheduleLoop;
import hu.webshopsync.host.web.ConsoleOptions;
import hu.webshopsync.host.web.WebConsole;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: the ERP's screens in a browser until Ctrl-C, and the modules' automatic syncs
 * meanwhile. Other host-stub commands on the same data folder keep working (see
 * {@link hu.webshopsync.host.db.Database}).
 */
@Command(name = "serve", description = {
        "Opens the ERP's screens as a web console (http://127.0.0.1:8080 by default) until Ctrl-C.",
        "It also runs the modules' automatic syncs; other commands on the same --data-dir keep working meanwhile."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = ConsoleOptions.LOOPBACK,
            description = "The address to listen on (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--allow-remote", arity = "0..1", fallbackValue = "", paramLabel = "NAME", split = ",",
            description = {"Allow a non-loopback --bind address. The console has no login: anyone who reaches it can run a sync.",
                    "With NAME (repeatable), the browser may also use that name or address to reach the console;"
                            + " otherwise only the bound address and localhost are answered."})
    List<String> allowRemote;

    @Override
    public Integer call() throws InterruptedException {
        HostCommand root = (HostCommand) spec.root().userObject();
        Texts messages = root.messages();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ConsoleOptions options;
        try {
            options = new ConsoleOptions(bind, port, allowRemote != null, allowRemote == null ? Set.of()
                    : allowRemote.stream().map(String::strip).filter(n -> !n.isEmpty()).collect(Collectors.toSet()));
        } catch (ConsoleOptions.BadHostName e) {
            err.println(messages.get("serve.badHostName", e.name()));
            return ExitCodes.ERROR;
        }
        if (!options.bindsLoopback() && !options.allowRemote()) {
            err.println(messages.get("serve.notLoopback", bind));
            return ExitCodes.ERROR;
        }
        try (StopOnCtrlC ctrlC = StopOnCtrlC.install(root.terminal()); Host host = root.openHost();
             ScheduleLoop schedule = ScheduleLoop.start(host, messages.locale(), ScheduleListener.NONE)) {
            WebConsole console;
            try {
                console = WebConsole.start(host, options, Optional.empty(), schedule.scheduler()::statuses);
            } catch (RuntimeException e) {
                err.println(messages.get("serve.cannotStart", bind, String.valueOf(port),
                        root.redactor().apply(String.valueOf(e.getMessage()))));
                return ExitCodes.ERROR;
            }
            try (console) {
                for (PluginProblem problem : host.pluginProblems()) {
                    err.println(messages.get("plugins.problem", problem.pluginId(), problem.state(), problem.reason()));
                }
                out.println(messages.get("serve.listening", console.url()));
                out.println(messages.get("serve.holdsData", host.config().dataDir().toAbsolutePath()));
                out.flush();
                err.flush();
                ctrlC.await();
                out.println(messages.get("serve.stopping"));
                out.flush();
            }
        }
        return ExitCodes.OK;
    }
}
