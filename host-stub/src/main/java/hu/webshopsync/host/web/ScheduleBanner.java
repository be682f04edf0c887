package hu.webshopsync.host.web;

import hu.webshopsync.host.HostConfig;
import hu.webshopsync.host.schedule.ScheduleStatus;
import hu.webshopsync.host.text.Formats;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The header's word on the automatic sync: per scheduled action its last automatic run, that run's
 * result and the next time; a visible alert when a module's schedule stopped for its credentials.
 */
final class ScheduleBanner {

    private final Supplier<List<ScheduleStatus>> statuses;
    private final BiFunction<String, Locale, String> labels;

    /**
     * @param statuses where the schedule stands now; empty when this console runs none
     * @param labels   an action's label in a language, by its id
     */
    ScheduleBanner(Supplier<List<ScheduleStatus>> statuses, BiFunction<String, Locale, String> labels) {
        this.statuses = statuses;
        this.labels = labels;
    }

    /** A console without a schedule. */
    static ScheduleBanner none() {
        return new ScheduleBanner(List::of, (id, locale) -> id);
    }

    void write(Html h, WebRequest r) {
        List<ScheduleStatus> all;
        try {
            all = statuses.get();
        } catch (RuntimeException e) {
            // the header must not break every page; the schedule's own log says what is wrong
            return;
        }
        if (all.isEmpty()) {
            return;
        }
        Formats formats = Formats.forPage(r.locale(), HostConfig.ERP_ZONE);
        h.open("div", "class", "schedule", "id", "schedule");
        for (ScheduleStatus s : all) {
            String label = labels.apply(s.entry().actionId(), r.locale());
            boolean stopped = s.state() == ScheduleStatus.State.STOPPED;
            h.open("span", "class", stopped ? "entry alert" : "entry", "role", stopped ? "alert" : null,
                    "id", "schedule-" + s.entry().actionId().replace('.', '-'));
            h.text(label + ": ");
            s.last().ifPresent(last -> h.text(r.t("schedule.last", formats.clockTime(last.startedAt()),
                    r.t("outcome." + last.outcome()))).text(" · "));
            switch (s.state()) {
                case STOPPED -> h.text(r.t("schedule.stopped", s.alert().map(a -> a.id()).orElse(0L)))
                        .text(" ").element("a", r.t("schedule.fix"), "href", "/modules");
                case RUNNING -> h.text(r.t("schedule.running"));
                case BACKING_OFF -> h.text(r.t("schedule.backingOff", s.failures(),
                        s.next().map(formats::clockTime).orElse("–")));
                case WAITING -> h.text(r.t("schedule.next", s.next().map(formats::clockTime).orElse("–")));
            }
            h.close("span");
        }
        h.close("div");
    }
}
