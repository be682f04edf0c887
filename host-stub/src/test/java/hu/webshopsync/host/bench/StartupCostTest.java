package hu.webshopsync.host.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

/** The phases a started host logged are read back from its log line. */
class StartupCostTest {

    @Test
    void thePhasesOfTheChildsLogLineInSeconds() {
        String line = "2026-12-06 09:53:21.232 DEBUG hu.webshopsync.host.cli.HostSubcommand - command phases:"
                + " command=run jvm=0.446 cli=1.114 open=1.569 command=5.541 plugins=0.864 close=0.473"
                + " in_process=10.051 total=10.457 cpu=4.710";

        assertThat(StartupCost.phases(line)).containsExactly(entry("jvm", 0.446), entry("cli", 1.114),
                entry("open", 1.569), entry("command", 5.541), entry("plugins", 0.864), entry("close", 0.473),
                entry("in_process", 10.051), entry("total", 10.457), entry("cpu", 4.710));
    }
}
