package hu.webshopsync.host.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * What a command may read besides its arguments: the terminal (for hidden prompts), standard input
 * (piped secrets) and the environment. Secrets come this way so that they never stand on a command
 * line, where other users see them in {@code ps}.
 *
 * @param console     the terminal, or null when standard input is not one
 * @param in          standard input
 * @param environment the process environment
 */
record UserInput(Console console, BufferedReader in, Map<String, String> environment) {

    /**
     * This process's terminal, standard input and environment.
     *
     * @return the input
     */
    static UserInput ofProcess() {
        return new UserInput(System.console(), new BufferedReader(new InputStreamReader(System.in,
                StandardCharsets.UTF_8)), System.getenv());
    }

    /**
     * Reads one value: typed without echo on a terminal, else the next line of standard input.
     *
     * @param prompt what the user is asked (shown on the terminal only)
     * @return the value, or empty at the end of the input
     */
    Optional<String> readSecret(String prompt) {
        if (console != null) {
            char[] typed = console.readPassword("%s", prompt);
            return typed == null ? Optional.empty() : Optional.of(new String(typed));
        }
        try {
            return Optional.ofNullable(in.readLine());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read standard input", e);
        }
    }
}
