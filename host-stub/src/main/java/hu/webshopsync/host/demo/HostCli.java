package hu.webshopsync.host.demo;

import java.io.PrintWriter;
import java.util.List;

/**
 * Runs one host command line ({@code products import …}, {@code modules activate …}, {@code run …})
 * exactly as a user typing it would, so the demo shows the product's own code paths and output.
 * The command line layer provides it; the demo does not depend on that layer.
 */
@FunctionalInterface
public interface HostCli {

    /**
     * Runs a command.
     *
     * @param out  where its standard output goes
     * @param err  where its error output (and progress) goes
     * @param args the command line, including {@code --data-dir}, {@code --plugins-dir} and {@code --lang}
     * @return its exit code
     */
    int run(PrintWriter out, PrintWriter err, List<String> args);
}
