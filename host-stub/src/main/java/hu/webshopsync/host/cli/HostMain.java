package hu.webshopsync.host.cli;

import hu.webshopsync.host.db.DatabaseInUseException;
import hu.webshopsync.host.logging.LogSetup;
import hu.webshopsync.host.secrets.UnreadableSecretsException;
import hu.webshopsync.host.text.Texts;
import java.io.BufferedReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.LogManager;
import java.util.function.UnaryOperator;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The ERP stand-in's command line: {@code java -jar host-stub.jar [options] COMMAND}.
 */
public final class HostMain {

    private HostMain() {
    }

    /**
     * Runs one command and exits with its code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        CommandTimes times = CommandTimes.ofProcess();
        // java.util.logging's default console handler would print library lines between the user's messages;
        // each command installs its own log (see withLog)
        LogManager.getLogManager().reset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = execute(args, UserInput.ofProcess(), out, err, Clock.system(hu.webshopsync.host.HostConfig.ERP_ZONE),
                true, times);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs one command in this JVM, for tests and embedding.
     *
     * @param args     the command line
     * @param out      standard output
     * @param err      standard error
     * @param clock    the host's clock
     * @param terminal whether stderr is the process's own, so a progress bar may be drawn on a terminal
     * @return the exit code
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, Clock clock, boolean terminal) {
        return execute(args, UserInput.ofProcess(), out, err, clock, terminal, CommandTimes.inRunningJvm());
    }

    /**
     * Runs one command in this JVM with given standard input and environment, for tests.
     *
     * @param args        the command line
     * @param in          standard input (read when a secret is asked for)
     * @param environment the environment variables the command sees
     * @param out         standard output
     * @param err         standard error
     * @param clock       the host's clock
     * @return the exit code
     */
    public static int execute(String[] args, BufferedReader in, Map<String, String> environment, PrintWriter out,
                              PrintWriter err, Clock clock) {
        return execute(args, new UserInput(null, in, environment), out, err, clock, false,
                CommandTimes.inRunningJvm());
    }

    private static int execute(String[] args, UserInput input, PrintWriter out, PrintWriter err, Clock clock,
                               boolean terminal, CommandTimes times) {
        HostCommand root = new HostCommand(clock, terminal, input, times);
        CommandLine commandLine = new CommandLine(root);
        if (Lang.of(args) == Lang.hu) {
            // the usage help in the ERP's language; English is written in the annotations
            commandLine.setResourceBundle(ResourceBundle.getBundle("hu.webshopsync.host.cli.help", Locale.ROOT));
        }
        // run --help names the actions the loaded plugins offer
        commandLine.getSubcommands().get("run").getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_FOOTER,
                help -> root.actionIdsHelp());
        // the default plugins folder "plugins" is also a subcommand's name; without this picocli refuses it
        commandLine.setAllowSubcommandsAsOptionParameters(true);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionStrategy(parsed -> withLog(parsed, err));
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println(errorMessage(e, root.messages(), root.redactor()));
            err.flush();
            return ExitCodes.ERROR;
        });
        return commandLine.execute(args);
    }

    /**
     * Runs the parsed command with the log set up: to the data folder's log file for the commands that
     * work on it (the demo and the benchmark keep their data elsewhere; the demo's steps log there), to
     * standard error too with {@code --verbose}. A command's failure is logged whole, stack trace
     * included; the user reads {@link #errorMessage}.
     */
    private static int withLog(CommandLine.ParseResult parsed, PrintWriter err) {
        HostCommand root = (HostCommand) parsed.commandSpec().userObject();
        Object command = lastSubcommand(parsed).commandSpec().userObject();
        CommandLine.ParseResult last = lastSubcommand(parsed);
        // asking for help touches no data folder, not even for its log
        boolean help = last.isUsageHelpRequested() || last.isVersionHelpRequested();
        boolean onDataFolder = !help && (command instanceof HostSubcommand || command instanceof ServeCommand
                || command instanceof WatchCommand);
        try (LogSetup log = LogSetup.install(onDataFolder ? Optional.of(root.dataDir) : Optional.empty(), root.verbose,
                err, root.redactor())) {
            try {
                return new CommandLine.RunLast().execute(parsed);
            } catch (CommandLine.ExecutionException e) {
                LoggerFactory.getLogger(HostMain.class).error("The command failed", e.getCause());
                throw e;
            }
        }
    }

    private static CommandLine.ParseResult lastSubcommand(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult last = parsed;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        return last;
    }

    /**
     * What the user reads about an exception no command handled: the known failures in their words,
     * anything else by its messages down the cause chain (the real cause, not a follow-on error),
     * secrets removed. Never a stack trace.
     */
    static String errorMessage(Exception e, Texts messages, UnaryOperator<String> redactor) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DatabaseInUseException inUse) {
                return messages.get("error.databaseInUse", inUse.dataDir());
            }
            if (t instanceof UnreadableSecretsException unreadable) {
                return messages.get("error.secretsUnreadable", unreadable.moduleId(),
                        String.join(", ", unreadable.keys()));
            }
        }
        StringBuilder text = new StringBuilder();
        Throwable innermost = e;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            innermost = t;
            String message = t.getMessage();
            if (message != null && !message.isBlank() && text.indexOf(message) < 0) {
                text.append(text.length() == 0 ? "" : ": ").append(message);
            }
        }
        return messages.get("error.unexpected", redactor.apply(text.length() == 0 ? "-" : text.toString()),
                innermost.getClass().getSimpleName());
    }
}
