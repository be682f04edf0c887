package hu.webshopsync.host.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.emulator.FaultRule;
import hu.webshopsync.host.HostFixture;
import hu.webshopsync.host.cli.HostMain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The syncs under faults with DEBUG logging ({@code --verbose}), each in its own JVM: no consumer secret or application password anywhere in stdout, stderr, the history
 * JSON or the text files of the data folder; a customer's name is in no log line.
 */
class SecretsAndPersonalDataIT {

    private static final String CUSTOMER = "Zsófia Különleges-Nevű";

    @TempDir
    Path dir;

    @Test
    void debugLogsOfFaultedRunsHoldNoSecretAndNoCustomerName() throws Exception {
        try (ReliabilityRig rig = ReliabilityRig.start(dir, 31)) {
            rig.activate();
            rig.importMarkedProducts(30);
            List<String> captured = new ArrayList<>();
            captured.add(debugRun(rig.host(), "run", "webshop.product-sync"));
            long productId = rig.snapshot().productsBySku().get("R-0001").id();
            String[] name = CUSTOMER.split(" ");
            rig.createOrder(ReliabilityRig.order(productId, 2, name[0], name[1], "zsofia.kulonleges@example.hu"));
            rig.shop().control().setFaults(List.of(FaultRule.status("*", 503).withRate(0.1),
                    FaultRule.commitThenReset("POST /wp-json/wc/v3/orders/{id}/notes").times(1),
                    FaultRule.reset("POST /wp-json/wc/v3/products/batch").times(1)));
            captured.add(debugRun(rig.host(), "run", "webshop.order-sync"));
            rig.ok("products", "import", writeCsv("sku,name,net_price,vat_rate,category,webshop\nR-0001,Termék 1,999,27,Ruházat/Sapkák,igen\n").toString());
            captured.add(debugRun(rig.host(), "run", "webshop.product-sync"));
            rig.shop().control().revokeCredentials();
            captured.add(debugRun(rig.host(), "run", "webshop.order-sync"));
            captured.add(debugRun(rig.host(), "modules", "list", "--json"));
            captured.add(rig.ok("history", "--json").out());
            captured.addAll(rig.printed());
            try (Stream<Path> files = Files.walk(rig.host().dataDir())) {
                // the H2 store holds the secrets sealed, so it is searched like every other file (the log)
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    captured.add(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
                }
            }

            String all = String.join("\n", captured);
            assertThat(all).as("DEBUG output was captured").contains("DEBUG");
            assertThat(all).doesNotContain(rig.config().consumerSecret())
                    .doesNotContain(rig.config().wpAppPassword())
                    .doesNotContain(rig.config().wpAppPassword().replace(" ", ""));
            for (String logged : captured.subList(0, 6)) {
                logged.lines().filter(l -> l.contains(" DEBUG ") || l.contains(" INFO ") || l.contains(" WARN "))
                        .forEach(l -> assertThat(l).doesNotContain("Különleges").doesNotContain("zsofia.kulonleges"));
            }
            System.out.println("[reliability] secrets: searched " + all.length() + " characters of output");
        }
    }

    private Path writeCsv(String csv) throws IOException {
        Path file = dir.resolve("again.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    /** A CLI command in its own JVM with the log at DEBUG on stderr; returns stdout and stderr. */
    private static String debugRun(HostFixture host, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                HostMain.class.getName(), "--verbose", "--data-dir", host.dataDir().toString(),
                "--plugins-dir", host.pluginsDir().toString(), "--key-file", host.keyFile().toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("debug-run", ".out");
        Path err = Files.createTempFile("debug-run", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("did not finish: " + List.of(args));
            }
            return Files.readString(out, StandardCharsets.UTF_8) + "\n" + Files.readString(err, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
