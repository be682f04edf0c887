package hu.webshopsync.host.cli;

import hu.webshopsync.host.db.DatabaseInUseException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import picocli.CommandLine;

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
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = execute(args, out, err, Clock.system(hu.webshopsync.host.HostConfig.ERP_ZONE), true);
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
        CommandLine commandLine = new CommandLine(new HostCommand(clock, terminal));
        // the default plugins folder "plugins" is also a subcommand's name; without this picocli refuses it
        commandLine.setAllowSubcommandsAsOptionParameters(true);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            HostCommand root = (HostCommand) cmd.getCommandSpec().root().userObject();
            if (e instanceof DatabaseInUseException inUse) {
                err.println(root.messages().get("error.databaseInUse", inUse.dataDir()));
                err.flush();
                return ExitCodes.ERROR;
            }
            Throwable cause = e instanceof CommandFailure failure ? failure.getCause() : e;
            String message = e instanceof CommandFailure failure ? failure.redactedMessage()
                    : root.redact(String.valueOf(e.getMessage()));
            err.println(root.messages().get("error.unexpected", message, cause.getClass().getSimpleName()));
            err.flush();
            return ExitCodes.ERROR;
        });
        return commandLine.execute(args);
    }
}
