package io.github.khabar.corpus;

import io.github.khabar.Khabar;
import io.github.khabar.model.Extraction;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;

/**
 * {@link Corpus} linking in three steps, for engines that spread the work over machines (the Spark job): the
 * same corpus {@link Corpus.Builder#link} gives, with the event matching — the costly part — done group by
 * group, anywhere, in any order.
 * <ol>
 *   <li>{@link #plan}: on one node, every extraction in corpus order. Links the actors (cheap: no text) and
 *       puts every event report in a <em>group</em>: reports of one kind that share a corpus actor, directly or
 *       through other reports. Reports of different groups can never be one event (an event's candidates
 *       always share an actor with it), so groups are independent.</li>
 *   <li>{@link #matcher}: one per group, on any node: the group's reports in corpus order; says which event of
 *       the group each report belongs to.</li>
 *   <li>{@link #assembly}: on one node, every extraction in corpus order again, with the matchers' answers:
 *       builds the events, numbered in order of first report as the one-node linker numbers them.</li>
 * </ol>
 *
 * <pre>{@code
 * DistributedLinking.Plan plan = DistributedLinking.plan(khabar);
 * extractions.forEach(x -> plan.add(x, outlet(x)));                 // corpus order
 * List<DistributedLinking.DocumentPlan> docs = plan.finish();
 * // anywhere, per group (DocumentPlan.groups()), reports in corpus order (DocumentPlan.firstReport() + i):
 * DistributedLinking.Matcher m = DistributedLinking.matcher();
 * int event = m.add(extraction, documentPlan, i);
 * // on one node again:
 * DistributedLinking.Assembly a = DistributedLinking.assembly(khabar, report -> group(report) + "/" + event(report));
 * extractions.forEach(x -> a.add(x, outlet(x)));                    // corpus order
 * Corpus corpus = a.corpus();
 * }</pre>
 * Not thread-safe (each object is used by one thread); {@link DocumentPlan} is immutable and serialisable.
 */
public final class DistributedLinking {
    private DistributedLinking() {}

    /** Step 1: links actors and groups event reports; feed it every extraction in corpus order. */
    public static Plan plan(Khabar khabar) {
        return new Plan(khabar);
    }

    /** Step 2: matches the reports of one group; feed it the group's reports in corpus order. */
    public static Matcher matcher() {
        return new Matcher();
    }

    /**
     * Step 3: builds the corpus; {@code eventKey} gives, for a report number, a key equal for the reports one
     * matcher put into one event (e.g. its group and the matcher's answer) and different otherwise.
     */
    public static Assembly assembly(Khabar khabar, LongFunction<String> eventKey) {
        return new Assembly(khabar, eventKey);
    }

    /**
     * What step 1 learnt of one document: its corpus actor ids and its event reports' numbers and groups.
     *
     * @param documentId  the extraction's document id
     * @param outlet      its outlet, or null
     * @param published   the date it is linked under, or null
     * @param actorIds    document actor id → corpus actor id
     * @param firstReport the corpus-wide number of its first event report; report {@code i} is {@code firstReport + i}
     * @param groups      the group of each of its reports (a report number: the group's first report)
     */
    public record DocumentPlan(String documentId, String outlet, LocalDate published, Map<String, String> actorIds,
                               long firstReport, List<Long> groups) implements Serializable {
        public DocumentPlan {
            Objects.requireNonNull(documentId, "documentId");
            actorIds = Map.copyOf(actorIds);
            groups = List.copyOf(groups);
        }

        /** How many event reports the document has. */
        public int reports() {
            return groups.size();
        }
    }

    /** Step 1. */
    public static final class Plan {
        private final Grouping grouping = new Grouping();
        private final Linker linker;
        private boolean finished;

        private Plan(Khabar khabar) {
            this.linker = new Linker(khabar.knowledgeBase(), grouping);
        }

        /** Adds the next extraction in corpus order; {@code outlet} may be null. */
        public void add(Extraction x, String outlet) {
            if (finished) {
                throw new IllegalStateException("the plan is finished");
            }
            linker.add(Objects.requireNonNull(x, "extraction"), outlet, null);
        }

        /** Every document's plan, in the order added; the groups are final only now. */
        public List<DocumentPlan> finish() {
            finished = true;
            List<DocumentPlan> out = new ArrayList<>(grouping.documents.size());
            for (Grouping.Pending p : grouping.documents) {
                List<Long> groups = new ArrayList<>(p.reports);
                for (int i = 0; i < p.reports; i++) {
                    groups.add(grouping.root(p.firstReport + i));
                }
                out.add(new DocumentPlan(p.document.id(), p.document.outlet(), p.document.published(), p.actorIds,
                        p.firstReport, groups));
            }
            return out;
        }
    }

    /** Union–find over report numbers: reports of one kind sharing a corpus actor are one group. */
    private static final class Grouping implements Linker.Events {
        record Pending(CorpusDocument document, Map<String, String> actorIds, long firstReport, int reports) {}

        final List<Pending> documents = new ArrayList<>();
        private final Map<EventKind, Map<String, Long>> lastByActor = new EnumMap<>(EventKind.class);
        private long[] parent = new long[1024];
        private long reports;

        @Override
        public void document(CorpusDocument d, Map<String, String> actorIds, int count) {
            documents.add(new Pending(d, actorIds, reports, count));
        }

        @Override
        public void accept(EventLinker.Report report, long number) {
            if (number >= parent.length) {
                parent = Arrays.copyOf(parent, Math.max(parent.length * 2, Math.toIntExact(number + 1)));
            }
            parent[(int) number] = number;
            reports = number + 1;
            Map<String, Long> last = lastByActor.computeIfAbsent(report.kind(), k -> new HashMap<>());
            for (String actor : report.actors()) {
                Long other = last.put(actor, number);
                if (other != null) {
                    union(other, number);
                }
            }
        }

        long root(long n) {
            long r = n;
            while (parent[(int) r] != r) {
                r = parent[(int) r];
            }
            while (parent[(int) n] != r) { // path compression
                long next = parent[(int) n];
                parent[(int) n] = r;
                n = next;
            }
            return r;
        }

        private void union(long a, long b) {
            long ra = root(a);
            long rb = root(b);
            if (ra != rb) {
                parent[(int) Math.max(ra, rb)] = Math.min(ra, rb); // the group is named by its first report
            }
        }

        @Override
        public List<CorpusEvent> build() {
            return List.of();
        }
    }

    /** Step 2, for one group. */
    public static final class Matcher {
        private final EventLinker linker = new EventLinker();
        private final Map<EventLinker.State, Integer> numbers = new IdentityHashMap<>();
        private long last = -1;

        private Matcher() {}

        /**
         * Links report {@code report} (0-based, of {@code plan.reports()}) of the document {@code x} and returns
         * the number, within this group from 0, of the event it belongs to. Reports must come in corpus order.
         */
        public int add(Extraction x, DocumentPlan plan, int report) {
            Objects.checkIndex(report, plan.reports());
            long number = plan.firstReport() + report;
            if (number <= last) {
                throw new IllegalArgumentException("reports must come in corpus order: " + number + " after " + last);
            }
            last = number;
            CorpusDocument d = Linker.document(x, plan.outlet(), plan.published());
            EventLinker.State s = linker.link(Linker.reports(x, d, plan.actorIds()).get(report));
            return numbers.computeIfAbsent(s, k -> numbers.size());
        }
    }

    /** Step 3. */
    public static final class Assembly {
        private final Linker linker;

        private Assembly(Khabar khabar, LongFunction<String> eventKey) {
            Objects.requireNonNull(eventKey, "eventKey");
            EventLinker events = new EventLinker();
            Map<String, EventLinker.State> byKey = new HashMap<>();
            this.linker = new Linker(khabar.knowledgeBase(), new Linker.Events() {
                @Override
                public void accept(EventLinker.Report report, long number) {
                    String key = Objects.requireNonNull(eventKey.apply(number), () -> "no event for report " + number);
                    EventLinker.State s = byKey.computeIfAbsent(key, k -> events.open(report));
                    if (s.kind != report.kind()) {
                        throw new IllegalArgumentException("report " + number + " is a " + report.kind()
                                + " but its event " + key + " a " + s.kind);
                    }
                    events.merge(s, report);
                }

                @Override
                public List<CorpusEvent> build() {
                    return events.build();
                }
            });
        }

        /** Adds the next extraction in corpus order (the order of step 1); {@code outlet} may be null. */
        public void add(Extraction x, String outlet) {
            linker.add(Objects.requireNonNull(x, "extraction"), outlet, null);
        }

        /** The corpus. */
        public Corpus corpus() {
            return linker.corpus();
        }
    }
}
