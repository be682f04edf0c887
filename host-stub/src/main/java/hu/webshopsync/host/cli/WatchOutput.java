package hu.webshopsync.host.cli;

import hu.webshopsync.api.ActionResult;
import hu.webshopsync.host.schedule.ScheduleEntry;
import hu.webshopsync.host.schedule.ScheduleListener;
import hu.webshopsync.host.schedule.ScheduleStatus;
import hu.webshopsync.host.text.Formats;
import hu.webshopsync.host.text.Texts;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.function.Function;

/**
 * What {@code watch} prints: a line when an automatic run starts and when it ends (its outcome, its
 * history id and the next time), and an alert when the schedule of a module stops.
 */
final class WatchOutput implements ScheduleListener {

    private final PrintWriter out;
    private final Texts messages;
    private final Formats formats;
    private final Clock clock;
    private final Function<String, String> labels;

    WatchOutput(PrintWriter out, Texts messages, Formats formats, Clock clock, Function<String, String> labels) {
        this.out = out;
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
        this.labels = labels;
    }

    @Override
    public void started(ScheduleEntry entry) {
        print(messages.get("watch.started", now(), labels.apply(entry.actionId())));
    }

    @Override
    public void finished(ScheduleEntry entry, long runId, ActionResult result, ScheduleStatus after) {
        String label = labels.apply(entry.actionId());
        String firstLine = result.message().lines().findFirst().orElse("");
        print(messages.get("watch.finished", now(), label, messages.get("outcome." + result.outcome().name()),
                runId, firstLine));
        print(status(after));
    }

    @Override
    public void couldNotRun(ScheduleEntry entry, String reason) {
        print(messages.get("watch.couldNotRun", now(), labels.apply(entry.actionId()), reason));
    }

    /** One line about where a scheduled action stands, for the start of {@code watch} and after each run. */
    String status(ScheduleStatus status) {
        String label = labels.apply(status.entry().actionId());
        return switch (status.state()) {
            case STOPPED -> messages.get("watch.alert", label, status.entry().moduleId(),
                    status.alert().map(a -> a.message().lines().findFirst().orElse("")).orElse(""),
                    status.alert().map(a -> a.id()).orElse(0L));
            case RUNNING -> messages.get("watch.running", label);
            case BACKING_OFF -> messages.get("watch.backingOff", label, status.failures(),
                    status.next().map(formats::clockTime).orElse("-"));
            case WAITING -> messages.get("watch.next", label, status.next().map(formats::clockTime).orElse("-"),
                    status.entry().interval().toString().substring(2).toLowerCase());
        };
    }

    private String now() {
        return formats.clockTime(clock.instant());
    }

    private synchronized void print(String line) {
        out.println(line);
        out.flush();
    }
}
