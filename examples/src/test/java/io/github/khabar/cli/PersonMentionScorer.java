package io.github.khabar.cli;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores person mentions (issue #13): the {@code mentions} of Khabar's PERSON actors against a gold file in
 * the format of {@code eval/pool/persons.gold.json} — per document, every occurrence of a named person as
 * {@code {start, end, text, person}} with UTF-16 offsets, end exclusive.
 *
 * <ul>
 *   <li><b>exact</b>: a system mention is a true positive when a gold mention of the same document has the same
 *       start and end (each gold mention is matched at most once);</li>
 *   <li><b>lenient</b>: when the two spans overlap (one to one; each gold mention takes the unused system
 *       mention that overlaps it most).</li>
 * </ul>
 * Every PERSON actor's mention counts, including the ones that name no one ("وزير الخارجية" alone): the gold
 * holds named mentions only, so such a mention is a false positive unless it overlaps a named one; the
 * result reports how many false positives overlap no gold mention at all ({@link Result#unnamedFp}).
 * Documents of the output that are not in the gold are ignored. Test-side tool: run {@link #main} with
 * {@code GOLD OUTPUT.jsonl [ROUND...]}.
 */
final class PersonMentionScorer {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A mention span: UTF-16 offsets, end exclusive. */
    record Span(int start, int end) {
        boolean overlaps(Span o) {
            return start < o.end && o.start < end;
        }

        int overlap(Span o) {
            return Math.max(0, Math.min(end, o.end) - Math.max(start, o.start));
        }
    }

    /** Counts and the derived precision, recall and F1 (0 when undefined). */
    record Score(int tp, int fp, int fn) {
        double p() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        double r() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        double f1() {
            return p() + r() == 0 ? 0 : 2 * p() * r() / (p() + r());
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P=%.2f R=%.2f F1=%.2f (tp=%d fp=%d fn=%d)", p(), r(), f1(), tp, fp, fn);
        }
    }

    /** Exact and lenient scores, and how many lenient false positives overlap no gold mention. */
    record Result(Score exact, Score lenient, int unnamedFp) {
        String toText() {
            return "person mentions, exact:   " + exact + "\nperson mentions, lenient: " + lenient
                    + "\n(" + unnamedFp + " of the lenient false positives are mentions without a name, e.g. an office alone)";
        }
    }

    private PersonMentionScorer() {}

    /** Gold spans per document id, for the documents of the given rounds (all rounds when empty). */
    static Map<String, List<Span>> gold(Path goldFile, Set<Integer> rounds) throws IOException {
        Map<String, List<Span>> out = new LinkedHashMap<>();
        for (JsonNode d : JSON.readTree(Files.readString(goldFile, StandardCharsets.UTF_8)).path("documents")) {
            if (!rounds.isEmpty() && !rounds.contains(d.path("round").asInt())) continue;
            List<Span> spans = new ArrayList<>();
            for (JsonNode m : d.path("mentions")) spans.add(new Span(m.path("start").asInt(), m.path("end").asInt()));
            out.put(d.path("id").asString(), spans);
        }
        return out;
    }

    /** The mentions of the PERSON actors of every document of an extraction output in JSON Lines. */
    static Map<String, List<Span>> system(Path jsonl) throws IOException {
        Map<String, List<Span>> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode d = JSON.readTree(line);
            List<Span> spans = new ArrayList<>();
            for (JsonNode a : d.path("actors")) {
                if (!"PERSON".equals(a.path("type").asString(""))) continue;
                for (JsonNode m : a.path("mentions")) spans.add(new Span(m.path("start").asInt(), m.path("end").asInt()));
            }
            out.put(d.path("document").path("id").asString(), spans);
        }
        return out;
    }

    /** Scores the system spans of the gold's documents. */
    static Result score(Map<String, List<Span>> gold, Map<String, List<Span>> system) {
        int etp = 0, efp = 0, efn = 0, ltp = 0, lfp = 0, lfn = 0, unnamed = 0;
        for (Map.Entry<String, List<Span>> e : gold.entrySet()) {
            List<Span> g = e.getValue();
            List<Span> s = system.getOrDefault(e.getKey(), List.of());
            int exact = exactMatches(g, s);
            etp += exact;
            efp += s.size() - exact;
            efn += g.size() - exact;
            boolean[] used = new boolean[s.size()];
            int lenient = 0;
            for (Span gs : g) {
                int best = -1;
                for (int i = 0; i < s.size(); i++) {
                    if (!used[i] && gs.overlaps(s.get(i)) && (best < 0 || gs.overlap(s.get(i)) > gs.overlap(s.get(best)))) best = i;
                }
                if (best >= 0) {
                    used[best] = true;
                    lenient++;
                }
            }
            ltp += lenient;
            lfn += g.size() - lenient;
            for (int i = 0; i < s.size(); i++) {
                if (used[i]) continue;
                lfp++;
                Span si = s.get(i);
                if (g.stream().noneMatch(si::overlaps)) unnamed++;
            }
        }
        return new Result(new Score(etp, efp, efn), new Score(ltp, lfp, lfn), unnamed);
    }

    private static int exactMatches(List<Span> gold, List<Span> system) {
        List<Span> left = new ArrayList<>(gold);
        int n = 0;
        for (Span s : system.stream().sorted(Comparator.comparingInt(Span::start).thenComparingInt(Span::end)).toList()) {
            if (left.remove(s)) n++;
        }
        return n;
    }

    /** {@code GOLD OUTPUT.jsonl [ROUND...]}: prints the exact and lenient scores. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: PersonMentionScorer GOLD OUTPUT.jsonl [ROUND...]");
            return;
        }
        Set<Integer> rounds = new TreeSet<>();
        for (int i = 2; i < args.length; i++) rounds.add(Integer.parseInt(args[i]));
        System.out.println(score(gold(Path.of(args[0]), rounds), system(Path.of(args[1]))).toText());
    }
}
