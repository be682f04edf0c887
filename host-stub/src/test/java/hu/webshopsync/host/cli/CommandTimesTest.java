package hu.webshopsync.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A command's phases in the log line, each closed by the mark after it, repeated phases added up. */
class CommandTimesTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    private void pass(long millis) {
        nanos.addAndGet(millis * 1_000_000L);
    }

    @Test
    void phasesInTheOrderTheyFirstRanWithTheJvmStartBeforeThem() {
        CommandTimes times = new CommandTimes(nanos::get, () -> Optional.of(Duration.ofMillis(400)),
                () -> Optional.of(Duration.ofMillis(2950)));
        pass(120);
        times.mark("cli");
        pass(300);
        times.mark("open");
        pass(50);
        times.mark("command");
        pass(700);
        times.mark("plugins");
        pass(1500);
        times.mark("command");

        assertThat(times.line("run")).isEqualTo(CommandTimes.PREFIX + " command=run jvm=0.400 cli=0.120 open=0.300"
                + " command=1.550 plugins=0.700 in_process=2.670 total=3.070 cpu=2.950");
    }

    @Test
    void inARunningJvmThereIsNoJvmStartNorTotal() {
        CommandTimes times = new CommandTimes(nanos::get, Optional::empty, Optional::empty);
        pass(5);
        times.mark("cli");

        assertThat(times.line("orders-list")).isEqualTo(CommandTimes.PREFIX + " command=orders-list cli=0.005"
                + " in_process=0.005");
    }
}
