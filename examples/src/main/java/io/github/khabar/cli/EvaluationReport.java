package io.github.khabar.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The result of {@link Evaluator#evaluate}: micro precision, recall and F1 per category ({@code actors},
 * {@code meetings}, {@code visits}, {@code statements}), attribute accuracies sorted by name, and the list of
 * problems (misses and spurious items) in the order the reference scorer reports them. Immutable.
 *
 * <p>{@link #toText()} and {@link #toJson()} give exactly what {@code evaluate.py} prints without and with
 * {@code --json}.
 */
public final class EvaluationReport {
    /** The scored categories, in report order. */
    public static final List<String> CATEGORIES = List.of("actors", "meetings", "visits", "statements");

    /** Counts and micro scores of one category. */
    public record Score(double p, double r, double f1, int tp, int fp, int fn) {
        static Score of(int tp, int fp, int fn) {
            double p = tp + fp != 0 ? (double) tp / (tp + fp) : 0.0;
            double r = tp + fn != 0 ? (double) tp / (tp + fn) : 0.0;
            double f = p + r != 0 ? 2 * p * r / (p + r) : 0.0;
            return new Score(p, r, f, tp, fp, fn);
        }
    }

    /**
     * Accuracy of one attribute over the {@code n} matched items it was judged on; {@code acc} is
     * {@code null} when {@code n} is 0.
     */
    public record Attribute(Double acc, int n) {
        static Attribute of(int right, int wrong) {
            int n = right + wrong;
            return new Attribute(n != 0 ? (double) right / n : null, n);
        }
    }

    private final Map<String, Score> categories;
    private final SortedMap<String, Attribute> attributes;
    private final List<String> problems;

    EvaluationReport(Map<String, Score> categories, SortedMap<String, Attribute> attributes, List<String> problems) {
        this.categories = Collections.unmodifiableMap(new LinkedHashMap<>(categories));
        this.attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
        this.problems = List.copyOf(problems);
    }

    /** Scores by category, in the order of {@link #CATEGORIES}. */
    public Map<String, Score> categories() {
        return categories;
    }

    /** The score of one category of {@link #CATEGORIES}. */
    public Score score(String category) {
        return Objects.requireNonNull(categories.get(category), () -> "unknown category: " + category);
    }

    /** Attribute accuracies by name ({@code actor.role}, {@code meeting.date}, {@code evidence.offsets}, …). */
    public SortedMap<String, Attribute> attributes() {
        return attributes;
    }

    /** Misses and spurious items, one line each, as the reference scorer words them. */
    public List<String> problems() {
        return problems;
    }

    /** What {@code evaluate.py} prints by default, each line ending in {@code \n}. */
    public String toText() {
        StringBuilder b = new StringBuilder();
        for (String p : problems) b.append("  ").append(p).append('\n');
        for (Map.Entry<String, Score> e : categories.entrySet()) {
            Score s = e.getValue();
            b.append(pad(e.getKey(), 11))
                    .append(" P=").append(EvalPy.format2f(s.p()))
                    .append(" R=").append(EvalPy.format2f(s.r()))
                    .append(" F1=").append(EvalPy.format2f(s.f1()))
                    .append("  (tp=").append(s.tp()).append(" fp=").append(s.fp()).append(" fn=").append(s.fn())
                    .append(")\n");
        }
        for (Map.Entry<String, Attribute> e : attributes.entrySet()) {
            Attribute a = e.getValue();
            b.append("  ").append(pad(e.getKey(), 18))
                    .append(" acc=").append(a.acc() == null ? "-" : EvalPy.format2f(a.acc()))
                    .append(" n=").append(a.n()).append('\n');
        }
        return b.toString();
    }

    /**
     * What {@code evaluate.py --json} prints ({@code json.dumps(res, ensure_ascii=False, indent=1)}), without
     * the final line end.
     */
    public String toJson() {
        Map<String, Object> res = new LinkedHashMap<>();
        for (Map.Entry<String, Score> e : categories.entrySet()) {
            Score s = e.getValue();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("p", s.p());
            m.put("r", s.r());
            m.put("f1", s.f1());
            m.put("tp", s.tp());
            m.put("fp", s.fp());
            m.put("fn", s.fn());
            res.put(e.getKey(), m);
        }
        Map<String, Object> attrs = new LinkedHashMap<>();
        for (Map.Entry<String, Attribute> e : attributes.entrySet()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("acc", e.getValue().acc());
            m.put("n", e.getValue().n());
            attrs.put(e.getKey(), m);
        }
        res.put("attributes", attrs);
        res.put("problems", problems);
        return EvalPy.dumps(res, 1);
    }

    private static String pad(String s, int width) {
        int n = EvalPy.cpLen(s);
        return n >= width ? s : s + " ".repeat(width - n);
    }

    @Override
    public String toString() {
        return toText();
    }
}
