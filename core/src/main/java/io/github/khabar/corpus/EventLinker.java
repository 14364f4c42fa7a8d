package io.github.khabar.corpus;

import io.github.khabar.model.EventCodes;
import io.github.khabar.model.Mode;
import io.github.khabar.model.Place;
import io.github.khabar.model.Status;
import io.github.khabar.model.TimeExpression;
import io.github.khabar.text.NameKey;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which corpus event each document event is. A report joins an earlier event of the same kind when
 * <ul>
 *   <li>they share actors: two or more, or — when either side names only one — that one (for a meeting,
 *       both must then name the same day);</li>
 *   <li>their times fit: the same day give or take {@value #DAY_SLACK} when both name a day; otherwise
 *       overlapping windows ({@link Times}); after a postponement, any later day within the window of a plan;</li>
 *   <li>their places do not contradict (two countries) and, for meetings, one is not a call and the other a
 *       meeting in person; a visit's destination is in the same country;</li>
 *   <li>statements: the same speaker and largely the same words (at least {@value #SAME_WORDS} of the
 *       shorter one's content words).</li>
 * </ul>
 * Among several fitting events the closest in time wins, then the one sharing more actors, then the earlier.
 */
final class EventLinker {
    static final int DAY_SLACK = 1;
    static final double SAME_WORDS = 0.5;
    /** Events of one kind compared per actor: the most recent ones. */
    static final int RECENT_PER_ACTOR = 400;

    /** A document event mapped to corpus actors. */
    record Report(EventKind kind, Set<String> actors, Place place, Place origin, TimeExpression time, Mode mode,
                  Status status, String topic, EventCodes codes, EventSource source) {}

    /** What the corpus keeps of one event while linking. */
    static final class State {
        final String id;
        final int seq;
        final EventKind kind;
        final Set<String> actors = new LinkedHashSet<>();
        Place place;
        Place origin;
        Mode mode;
        String topic;
        Set<String> words;
        Times.Window window;
        TimeExpression time;
        boolean timeFromOccurred;
        final List<EventSource> sources = new ArrayList<>();
        final List<StatusReport> statuses = new ArrayList<>();
        final List<EventCodes> codes = new ArrayList<>();

        State(int seq, EventKind kind) {
            this.seq = seq;
            this.id = "E" + seq;
            this.kind = kind;
        }

        boolean postponed() {
            return statuses.stream().anyMatch(r -> r.status() == Status.CANCELLED);
        }

        private static int progress(Status s) {
            return switch (s) {
                case PLANNED, POSSIBLE, INVITED -> 0;
                case ONGOING -> 1;
                case OCCURRED, CANCELLED, DENIED -> 2;
            };
        }

        CorpusEvent build() {
            List<StatusReport> history = new ArrayList<>(statuses);
            // stable: undated reports count as the earliest; on one date a report that it happened comes after one
            // that it is planned (it knows more), otherwise input order
            history.sort(Comparator.comparing(StatusReport::reported, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparingInt(r -> progress(r.status())));
            StatusReport latest = history.get(history.size() - 1);
            int first = 0;
            for (int i = 0; i < sources.size(); i++) {
                if (sources.get(i).status() == latest.status()) {
                    first = i;
                    break;
                }
            }
            LocalDate date = window != null ? window.day() : null;
            return new CorpusEvent(id, kind, List.copyOf(actors), place, origin, time, date,
                    mode == null ? Mode.UNKNOWN : mode, latest.status(), history, codes.get(first), topic, sources);
        }
    }

    private final List<State> events = new ArrayList<>();
    /** Per kind, per corpus actor: the events of that kind the actor is in, oldest first. */
    private final Map<EventKind, Map<String, List<State>>> byActor = new EnumMap<>(EventKind.class);

    List<State> events() {
        return events;
    }

    /** Links one report: to the best fitting earlier event, or to a new one; returns that event. */
    State link(Report r) {
        Times.Window w = Times.window(r.time(), r.source().published(), r.status());
        Set<String> words = r.kind() == EventKind.STATEMENT ? contentWords(r.topic()) : null;
        State best = null;
        long bestDistance = Long.MAX_VALUE;
        int bestShared = 0;
        for (State s : candidates(r)) {
            int shared = shared(s.actors, r.actors());
            if (!fits(s, r, w, words, shared)) {
                continue;
            }
            long d = distance(s.window, w);
            if (d < bestDistance || (d == bestDistance && shared > bestShared)) {
                best = s;
                bestDistance = d;
                bestShared = shared;
            }
        }
        if (best == null) {
            best = open(r);
        }
        merge(best, r, w);
        return best;
    }

    /** A new event, numbered after the existing ones, for its first report {@code r} (not yet merged). */
    State open(Report r) {
        State s = new State(events.size() + 1, r.kind());
        events.add(s);
        s.words = r.kind() == EventKind.STATEMENT ? contentWords(r.topic()) : null;
        return s;
    }

    /** Adds {@code r} to {@code s}, as {@link #link} does once it has chosen. */
    void merge(State s, Report r) {
        merge(s, r, Times.window(r.time(), r.source().published(), r.status()));
    }

    private List<State> candidates(Report r) {
        Set<State> seen = new HashSet<>();
        List<State> out = new ArrayList<>();
        Map<String, List<State>> ofKind = byActor.getOrDefault(r.kind(), Map.of());
        for (String a : r.actors()) {
            List<State> l = ofKind.getOrDefault(a, List.of());
            for (State s : l.subList(Math.max(0, l.size() - RECENT_PER_ACTOR), l.size())) {
                if (seen.add(s)) {
                    out.add(s);
                }
            }
        }
        out.sort(Comparator.comparingInt(s -> s.seq));
        return out;
    }

    private static boolean fits(State s, Report r, Times.Window w, Set<String> words, int shared) {
        if (s.window == null || w == null || shared == 0) {
            return false; // an undated report cannot be placed beside another
        }
        boolean oneSided = Math.min(s.actors.size(), r.actors().size()) < 2;
        boolean sameDay = s.window.day() != null && w.day() != null;
        // one visitor to the same country, or one speaker of the same words, is enough; one participant of a
        // meeting only on a named day
        if (shared < 2 && !(oneSided && (r.kind() != EventKind.MEETING || sameDay))) {
            return false;
        }
        if (!timesFit(s, w)) {
            return false;
        }
        return switch (r.kind()) {
            case MEETING -> placesFit(s.place, r.place()) && modesFit(s.mode, r.mode());
            case VISIT -> placesFit(s.place, r.place()) && sameCountry(s.place, r.place());
            case STATEMENT -> overlap(s.words, words) >= SAME_WORDS;
        };
    }

    private static boolean timesFit(State s, Times.Window w) {
        if (s.window.day() != null && w.day() != null) {
            long d = Math.abs(ChronoUnit.DAYS.between(s.window.day(), w.day()));
            if (d <= DAY_SLACK) {
                return true;
            }
            // postponed: it may still happen later than first planned
            return s.postponed() && w.day().isAfter(s.window.day()) && d <= Times.FUTURE_DAYS;
        }
        return s.window.overlaps(w, DAY_SLACK) || (s.postponed() && !w.to().isBefore(s.window.from()));
    }

    private static long distance(Times.Window a, Times.Window b) {
        if (a.overlaps(b, 0)) {
            return 0;
        }
        return Math.min(Math.abs(ChronoUnit.DAYS.between(a.to(), b.from())),
                Math.abs(ChronoUnit.DAYS.between(b.to(), a.from())));
    }

    private static boolean placesFit(Place a, Place b) {
        return a == null || b == null || a.country() == null || b.country() == null || a.country().equals(b.country());
    }

    private static boolean sameCountry(Place a, Place b) {
        return a != null && b != null && (a.country() != null && a.country().equals(b.country())
                || NameKey.of(a.name()).equals(NameKey.of(b.name())));
    }

    private static boolean modesFit(Mode a, Mode b) {
        if (a == null || a == Mode.UNKNOWN || b == Mode.UNKNOWN) {
            return true;
        }
        boolean remoteA = a == Mode.PHONE || a == Mode.VIDEO;
        boolean remoteB = b == Mode.PHONE || b == Mode.VIDEO;
        return remoteA == remoteB;
    }

    private static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String x : b) {
            if (a.contains(x)) {
                n++;
            }
        }
        return n;
    }

    /** The name keys of a statement's words of three letters or more. */
    static Set<String> contentWords(String content) {
        Set<String> out = new HashSet<>();
        if (content != null) {
            for (String w : NameKey.of(content).split(" ")) {
                if (w.length() >= 3) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    private static double overlap(Set<String> a, Set<String> b) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        long n = small.stream().filter(large::contains).count();
        return (double) n / small.size();
    }

    private void merge(State s, Report r, Times.Window w) {
        for (String a : r.actors()) {
            if (s.actors.add(a)) {
                byActor.computeIfAbsent(s.kind, k -> new HashMap<>()).computeIfAbsent(a, k -> new ArrayList<>()).add(s);
            }
        }
        if (s.place == null) s.place = r.place();
        if (s.origin == null) s.origin = r.origin();
        if (s.mode == null || s.mode == Mode.UNKNOWN) s.mode = r.mode();
        if (s.topic == null) s.topic = r.topic();
        boolean occurred = r.status() == Status.OCCURRED || r.status() == Status.ONGOING;
        if (w != null) {
            if (s.window == null) {
                s.window = w;
            } else if (w.day() != null && (s.window.day() == null || occurred && !s.timeFromOccurred)) {
                s.window = w; // a named day, above all one of a report that it happened, dates the event
            } else if (s.window.day() == null) {
                s.window = s.window.intersect(w);
            }
        }
        if (r.time() != null && (s.time == null || occurred && !s.timeFromOccurred && w != null && w.day() != null)) {
            s.time = r.time();
            s.timeFromOccurred = occurred;
        }
        s.sources.add(r.source());
        s.codes.add(r.codes());
        s.statuses.add(new StatusReport(r.status(), r.source().published(), r.source().documentId()));
    }

    List<CorpusEvent> build() {
        return Collections.unmodifiableList(events.stream().map(State::build).toList());
    }
}
