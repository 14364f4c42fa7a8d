package io.github.khabar.pipeline;

import io.github.khabar.model.Status;
import io.github.khabar.model.TimeExpression;
import io.github.khabar.text.time.TimeDirection;
import io.github.khabar.text.time.TimeMention;

/**
 * An event's time read in the direction of its tense. The time recognizer resolves "يوم الخميس" from its
 * own words and a few tokens before them; the event's clause often says more ("ومن المقرر أن يعقد … في
 * نيروبي يوم الخميس": the plan is twenty words back). A planned or expected event's open weekday (or day
 * and month without a year) is the coming one; one a past-tense verb tells of is the last one.
 */
final class EventTimes {
    private EventTimes() {}

    private static final java.util.Set<String> WAS = EventWords.of("TIMES_WAS");

    /**
     * The time re-resolved for an event of this status, before {@link MeetingFinder.FutureTimes} turns a
     * past status with a future time into a plan (so a past verb keeps its past weekday).
     *
     * @param explicit the status came from the words (a past-tense verb), not a noun's default
     * @param cl       the event's clause: a time found outside it tells of another event ("وصل X، مساء
     *                 الأحد، في زيارة يلتقي خلالها Y": Sunday is the arrival, not the planned meeting);
     *                 a plan told in the past ("وكان من المقرر أن يلتقي … يوم الخميس") may lie either side
     * @param to       token after the stretch the event's words take (its clause, or its destination)
     */
    static TimeExpression orient(PreparedText t, TimeExpression time, Status status, boolean explicit, Clause cl,
                                 int to) {
        if (time == null || time.start() == null || t.published == null) return time;
        if (time.start() < t.start(cl.statusStart()) || time.start() >= t.start(to)) return time;
        TimeDirection d;
        if (status == Status.PLANNED || status == Status.POSSIBLE) d = TimeDirection.FORWARD;
        else if (status == Status.OCCURRED && explicit) d = TimeDirection.BACKWARD;
        else return time;
        if (d == TimeDirection.FORWARD) {
            for (int k = Math.max(cl.statusStart(), cl.cueStart() - 10); k < cl.cueStart(); k++) {
                if (WAS.contains(t.norm(k))) return time;
            }
        }
        TimeMention m = at(t, time.start());
        if (m == null) return time;
        TimeMention o = t.timeRecognizer.orient(m, t.published, d);
        if (o == m) return time;
        return DocIndex.expression(o);
    }

    /** The found time starting at this offset. */
    private static TimeMention at(PreparedText t, int start) {
        int i = t.firstTimeAtOrAfter(start);
        return i < t.times.size() && t.times.get(i).start() == start ? t.times.get(i) : null;
    }
}
