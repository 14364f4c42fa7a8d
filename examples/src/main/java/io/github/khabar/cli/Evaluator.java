package io.github.khabar.cli;

import static io.github.khabar.cli.EvalPy.Src.GOLD;
import static io.github.khabar.cli.EvalPy.Src.OUTPUT;
import static io.github.khabar.cli.EvalPy.add;
import static io.github.khabar.cli.EvalPy.cpLen;
import static io.github.khabar.cli.EvalPy.cpSlice;
import static io.github.khabar.cli.EvalPy.dumps;
import static io.github.khabar.cli.EvalPy.eq;
import static io.github.khabar.cli.EvalPy.get;
import static io.github.khabar.cli.EvalPy.in;
import static io.github.khabar.cli.EvalPy.item;
import static io.github.khabar.cli.EvalPy.iter;
import static io.github.khabar.cli.EvalPy.iterOrEmpty;
import static io.github.khabar.cli.EvalPy.or;
import static io.github.khabar.cli.EvalPy.str;
import static io.github.khabar.cli.EvalPy.truthy;
import static io.github.khabar.cli.EvalPy.upper;

import io.github.khabar.cli.EvalPy.PyError;
import io.github.khabar.cli.EvalPy.Src;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores extraction output against a gold file: a faithful port of the reference scorer
 * {@code shared/eval/evaluate.py}, giving the same figures and the same problem list.
 *
 * <p>What is measured:
 * <ul>
 *   <li><b>actors</b>: a required gold actor is found when some system actor's name, alias or Latin name
 *       contains one of its gold names as whole words (after {@link EvalNorm#norm}), and no other gold actor
 *       matches that system actor with a longer name; a system PERSON that matches no gold actor (required
 *       or optional) is a false positive. Roles are an attribute ({@code actor.role}).</li>
 *   <li><b>meetings, visits</b>: gold items are matched greedily in gold order to the best-scoring unused
 *       system item (ties keep the first); participants (group members expanded) or visitor and destination
 *       decide whether an item matches, place, date, status and mode choose among candidates. Optional gold
 *       items consume a system item but count nothing; unmatched system items (duplicates included) are
 *       false positives.</li>
 *   <li><b>statements</b>: speaker and a normalised substring of the content; every system statement that
 *       matches a gold statement is consumed, so splitting is not a false positive.</li>
 *   <li><b>evidence.offsets</b> (with a texts directory): every evidence span's UTF-16 offsets must cut
 *       exactly its {@code text} from {@code <id>.txt}.</li>
 * </ul>
 *
 * <p>A plain library class: no output, no {@code System.exit}. Instances are stateless and thread-safe.
 */
public final class Evaluator {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    /** Creates an evaluator. */
    public Evaluator() {}

    /**
     * Scores {@code output} against {@code gold}.
     *
     * @param gold   the gold file ({@code version/actors/places/documents})
     * @param output the system output: JSON Lines, a JSON array, or {@code {"documents": [...]}}
     * @param texts  a directory holding the original texts as {@code <id>.txt}, or {@code null} not to check
     *               evidence offsets
     * @throws EvaluationException when a file is missing, unreadable, not JSON, or shaped so that the
     *                             reference scorer would fail on it
     */
    public EvaluationReport evaluate(Path gold, Path output, Path texts) {
        java.util.Objects.requireNonNull(gold, "gold");
        java.util.Objects.requireNonNull(output, "output");
        Object g = parseGold(gold);
        Map<String, Object> s = loadOutput(output);
        try {
            return new Run(g).evaluate(s, texts);
        } catch (PyError e) {
            Path file = e.src == GOLD ? gold : output;
            throw new EvaluationException(file, "invalid " + (e.src == GOLD ? "gold" : "output") + " file "
                    + file + ": " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- loading

    /** Reads a file as Python's {@code open(path, encoding='utf-8').read()} does (strict, universal newlines). */
    static String readText(Path path, String what) {
        try {
            byte[] bytes = Files.readAllBytes(path);
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return EvalPy.universalNewlines(s);
        } catch (CharacterCodingException e) {
            throw new EvaluationException(path, "invalid " + what + " file " + path + ": not UTF-8", e);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new EvaluationException(path, what + " file not found: " + path, e);
        } catch (IOException e) {
            throw new EvaluationException(path, "cannot read " + what + " file " + path + ": " + e, e);
        }
    }

    /** {@code json.loads(s)}; a string starting with a BOM is rejected as Python does. */
    private static Object parseJson(String s) {
        if (s.startsWith("\uFEFF")) throw new IllegalArgumentException("Unexpected UTF-8 BOM (decode using utf-8-sig)");
        return EvalPy.fromJson(JSON.readTree(s));
    }

    private static Object parseGold(Path gold) {
        String raw = readText(gold, "gold");
        try {
            return parseJson(raw);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new EvaluationException(gold, "invalid gold file " + gold + ": not JSON: " + firstLine(e), e);
        }
    }

    /** {@code load_output}: document id (basename without extension) to document. */
    static Map<String, Object> loadOutput(Path path) {
        String raw = EvalPy.strip(readText(path, "output"));
        Map<String, Object> out = new LinkedHashMap<>();
        if (raw.isEmpty()) return out;
        List<Object> docs;
        Object v = null;
        boolean whole;
        try {
            v = parseJson(raw);
            whole = true;
        } catch (JacksonException | IllegalArgumentException e) {
            whole = false;
        }
        try {
            if (whole) {
                if (v instanceof Map<?, ?> m && m.containsKey("documents")) v = m.get("documents");
                docs = v instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>(java.util.Collections.singletonList(v));
            } else {
                docs = new ArrayList<>();
                int n = 0;
                for (String l : EvalPy.splitLines(raw)) {
                    n++;
                    if (EvalPy.strip(l).isEmpty()) continue;
                    try {
                        docs.add(parseJson(l));
                    } catch (JacksonException | IllegalArgumentException e) {
                        throw new EvaluationException(path, "invalid output file " + path + ": line " + n
                                + " is not JSON: " + firstLine(e), e);
                    }
                }
            }
            for (Object d : docs) {
                Object meta = or(get(d, "document", OUTPUT), new LinkedHashMap<>());
                Object did = or(or(get(meta, "id", OUTPUT), get(d, "id", OUTPUT)), "");
                out.put(stem(str(did)), d);
            }
        } catch (PyError e) {
            throw new EvaluationException(path, "invalid output file " + path + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** {@code os.path.splitext(os.path.basename(p))[0]}. */
    static String stem(String p) {
        String base = p.substring(p.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        if (dot <= 0) return base;
        for (int i = 0; i < dot; i++) if (base.charAt(i) != '.') return base.substring(0, dot);
        return base;
    }

    private static String firstLine(Exception e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    // ---------------------------------------------------------------- rules shared with the tests

    /** {@code arnorm.norm} on a JSON value: None gives "", a non-string is a type error. */
    static String norm(Object s, Src src) {
        if (s == null) return "";
        return EvalNorm.norm(EvalPy.string(s, src, "normalize() argument 2"));
    }

    /** {@code time_value}. */
    static Object timeValue(Object x) {
        if (!truthy(x)) return null;
        if (x instanceof String) return x;
        return get(x, "value", OUTPUT);
    }

    /**
     * {@code date_ok}: the system value equals the gold value, or the gold value starts with {@code XXXX} (year
     * unknown) and each {@code /}-separated part of the system value has the same tail after its first four
     * characters, which are digits.
     */
    static boolean dateOk(Object gold, Object sysv) {
        if (sysv == null) return false;
        if (eq(gold, sysv)) return true;
        if (!(gold instanceof String gs)) throw new PyError(GOLD, "'" + EvalPy.typeName(gold) + "' object has no attribute 'startswith'");
        if (gs.startsWith("XXXX")) {
            if (!(sysv instanceof String ss)) throw new PyError(OUTPUT, "'" + EvalPy.typeName(sysv) + "' object has no attribute 'split'");
            String[] g = gs.split("/", -1);
            String[] s = ss.split("/", -1);
            if (g.length != s.length) return false;
            for (int i = 0; i < g.length; i++) {
                if (!(cpSlice(g[i], 4, Integer.MAX_VALUE).equals(cpSlice(s[i], 4, Integer.MAX_VALUE))
                        && EvalPy.isDigit(cpSlice(s[i], 0, 4)))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Evidence integrity of one evidence item against the text: Python's
     * {@code u16[2*start:2*end].decode('utf-16-le')} (out-of-range indices clamp, negative ones count from the
     * end, a slice cutting a surrogate pair fails) and, when {@code text} is present, equality with it. Any
     * failure is {@code false}.
     */
    static boolean evidenceOk(String text, Object e) {
        if (!(e instanceof Map<?, ?> m)) return false;
        if (!m.containsKey("start")) return false;
        BigInteger start = pyIndex(m.get("start"));
        if (start == null || !m.containsKey("end")) return false;
        BigInteger end = pyIndex(m.get("end"));
        if (end == null) return false;
        int n = text.length();
        int a = clamp(start, n);
        int b = clamp(end, n);
        String frag = a >= b ? "" : text.substring(a, b);
        if (!wellFormedUtf16(frag)) return false;
        return !m.containsKey("text") || eq(frag, m.get("text"));
    }

    private static BigInteger pyIndex(Object o) {
        if (o instanceof BigInteger i) return i;
        if (o instanceof Boolean b) return b ? BigInteger.ONE : BigInteger.ZERO;
        return null;
    }

    private static int clamp(BigInteger x, int n) {
        BigInteger len = BigInteger.valueOf(n);
        if (x.signum() < 0) {
            x = x.add(len);
            if (x.signum() < 0) return 0;
        } else if (x.compareTo(len) > 0) {
            return n;
        }
        return x.intValueExact();
    }

    private static boolean wellFormedUtf16(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) return false;
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- one evaluation

    /** The state of one evaluation: gold file, tallies, attribute counts and problems. */
    private static final class Run {
        final Object goldFile;
        final Map<String, int[]> tally = new LinkedHashMap<>(); // tp, fp, fn
        final Map<String, int[]> attrs = new TreeMap<>(); // right, wrong
        final List<String> problems = new ArrayList<>();

        Run(Object goldFile) {
            this.goldFile = goldFile;
            for (String c : EvaluationReport.CATEGORIES) tally.put(c, new int[3]);
        }

        void count(String cat, int which) {
            tally.get(cat)[which]++;
        }

        void attr(String name, boolean ok) {
            attrs.computeIfAbsent(name, k -> new int[2])[ok ? 0 : 1]++;
        }

        EvaluationReport evaluate(Map<String, Object> systems, Path texts) {
            boolean useTexts = texts != null && !texts.toString().isEmpty();
            for (Object gdoc : iter(item(goldFile, "documents", GOLD), GOLD)) {
                Object gid = item(gdoc, "id", GOLD);
                Object sdoc = gid instanceof String s ? systems.get(s) : null;
                if (!(gid instanceof String)) EvalPy.hashKey(gid, GOLD);
                if (sdoc == null) {
                    problems.add(str(gid) + ": no output for this document");
                    sdoc = new LinkedHashMap<String, Object>();
                }
                String text = null;
                if (useTexts) {
                    if (!(gid instanceof String s)) throw new PyError(GOLD, "document id is not a string: " + EvalPy.repr(gid));
                    Path p = texts.resolve(s + ".txt");
                    if (Files.exists(p)) {
                        if (Files.isDirectory(p)) throw new EvaluationException(p, "cannot read text file " + p + ": is a directory", null);
                        text = readText(p, "text");
                    }
                }
                new DocScorer(this, gdoc, sdoc).score(text);
            }
            Map<String, EvaluationReport.Score> cats = new LinkedHashMap<>();
            for (Map.Entry<String, int[]> e : tally.entrySet()) {
                int[] t = e.getValue();
                cats.put(e.getKey(), EvaluationReport.Score.of(t[0], t[1], t[2]));
            }
            TreeMap<String, EvaluationReport.Attribute> at = new TreeMap<>();
            attrs.forEach((k, v) -> at.put(k, EvaluationReport.Attribute.of(v[0], v[1])));
            return new EvaluationReport(cats, at, problems);
        }
    }

    private static final int TP = 0;
    private static final int FP = 1;
    private static final int FN = 2;

    /** {@code Doc} and {@code score_doc} for one document. */
    private static final class DocScorer {
        final Run run;
        final Object goldFile;
        final Object gdoc;
        final Object sdoc;
        final String gid;
        final LinkedHashMap<String, Object> actors = new LinkedHashMap<>();
        final Map<Object, Set<String>> bestCache = new HashMap<>();

        DocScorer(Run run, Object gdoc, Object sdoc) {
            this.run = run;
            this.goldFile = run.goldFile;
            this.gdoc = gdoc;
            this.sdoc = sdoc;
            this.gid = str(item(gdoc, "id", GOLD));
            for (Object a : iterOrEmpty(get(sdoc, "actors", OUTPUT), OUTPUT)) {
                actors.put(str(get(a, "id", OUTPUT)), a);
            }
        }

        // ---- Doc

        List<String> names(Object aid) {
            Object a = actors.get(str(aid));
            if (a == null) return List.of(EvalNorm.norm(str(aid)));
            List<Object> ns = new ArrayList<>();
            ns.add(or(get(a, "name", OUTPUT), ""));
            ns.addAll(iterOrEmpty(get(a, "aliases", OUTPUT), OUTPUT));
            if (truthy(get(a, "nameLatin", OUTPUT))) ns.add(item(a, "nameLatin", OUTPUT));
            List<String> out = new ArrayList<>();
            for (Object n : ns) if (truthy(n)) out.add(norm(n, OUTPUT));
            return out;
        }

        List<String> expand(Object ids) {
            List<String> res = new ArrayList<>();
            List<Object> todo = iterOrEmpty(ids, OUTPUT);
            Set<String> seen = new HashSet<>();
            while (!todo.isEmpty()) {
                String i = str(todo.remove(todo.size() - 1));
                if (!seen.add(i)) continue;
                res.add(i);
                Object a = actors.get(i);
                if (truthy(a)) todo.addAll(iterOrEmpty(get(a, "members", OUTPUT), OUTPUT));
            }
            return res;
        }

        // ---- matching rules

        Set<String> bestKeys(Object aid) {
            Object key = EvalPy.hashKey(aid, OUTPUT);
            Set<String> cached = bestCache.get(key);
            if (cached != null) return cached;
            List<String> ns = names(aid);
            int best = 0;
            Set<String> keys = new HashSet<>();
            Object gactors = item(goldFile, "actors", GOLD);
            if (!(gactors instanceof Map<?, ?> gm)) throw new PyError(GOLD, "'" + EvalPy.typeName(gactors) + "' object has no attribute 'items'");
            for (Map.Entry<?, ?> e : gm.entrySet()) {
                int m = 0;
                for (Object x : iter(item(e.getValue(), "names", GOLD), GOLD)) {
                    for (String n : ns) {
                        String nx = norm(x, GOLD);
                        if (!nx.isEmpty() && EvalNorm.containsWords(n, nx)) m = Math.max(m, cpLen(nx));
                    }
                }
                String k = (String) e.getKey();
                if (m > best) {
                    best = m;
                    keys = new HashSet<>();
                    keys.add(k);
                } else if (m != 0 && m == best) {
                    keys.add(k);
                }
            }
            bestCache.put(key, keys);
            return keys;
        }

        boolean actorMatches(Object aid, Object key) {
            if (eq(key, "*")) return true;
            Set<String> best = bestKeys(aid);
            EvalPy.hashKey(key, GOLD);
            return key instanceof String k && best.contains(k);
        }

        boolean anyActor(Object ids, Object key) {
            for (String i : expand(ids)) if (actorMatches(i, key)) return true;
            return false;
        }

        boolean placeMatches(Object place, Object key) {
            if (place == null) return false;
            Object g = item(item(goldFile, "places", GOLD), key, GOLD);
            Object name;
            Object country;
            if (place instanceof String) {
                name = place;
                country = null;
            } else {
                name = or(get(place, "name", OUTPUT), "");
                country = get(place, "country", OUTPUT);
            }
            String n = norm(name, OUTPUT);
            for (Object k : iter(item(g, "names", GOLD), GOLD)) {
                if (n.contains(norm(k, GOLD))) return true;
            }
            return truthy(get(g, "country_level", GOLD)) && truthy(country)
                    && eq(upper(country, OUTPUT), item(g, "country", GOLD));
        }

        static double b(boolean x) {
            return x ? 1 : 0;
        }

        // ---- score_doc

        void score(String text) {
            scoreActors();
            scoreMeetings();
            scoreVisits();
            scoreStatements();
            if (text != null) scoreEvidence(text);
        }

        private void scoreActors() {
            Object gactors = item(gdoc, "actors", GOLD);
            Object required = item(gactors, "required", GOLD);
            for (Object k : iter(required, GOLD)) {
                List<String> hit = new ArrayList<>();
                for (String aid : actors.keySet()) if (actorMatches(aid, k)) hit.add(aid);
                run.count("actors", hit.isEmpty() ? FN : TP);
                if (hit.isEmpty()) run.problems.add(gid + ": actor missed: " + str(k));
                Object roles = get(gdoc, "roles", new LinkedHashMap<>(), GOLD);
                Object r = k instanceof String ks ? get(roles, ks, GOLD) : roleOfNonStringKey(roles, k);
                if (truthy(r) && !hit.isEmpty()) {
                    boolean ok = false;
                    outer:
                    for (String aid : hit) {
                        for (Object ro : iterOrEmpty(get(actors.get(aid), "roles", OUTPUT), OUTPUT)) {
                            if (roleOk(r, ro)) {
                                ok = true;
                                break outer;
                            }
                        }
                    }
                    run.attr("actor.role", ok);
                    if (!ok) {
                        run.problems.add(gid + ": role of " + str(k) + " not found: " + str(item(r, "title", GOLD))
                                + " (" + str(get(r, "country", GOLD)) + ")");
                    }
                }
            }
            Object allk = add(required, item(gactors, "optional", GOLD), GOLD);
            for (Map.Entry<String, Object> e : actors.entrySet()) {
                Object a = e.getValue();
                if (!"PERSON".equals(upper(or(get(a, "type", OUTPUT), ""), OUTPUT))) continue;
                boolean any = false;
                for (Object k : iter(allk, GOLD)) {
                    if (actorMatches(e.getKey(), k)) {
                        any = true;
                        break;
                    }
                }
                if (!any) {
                    run.count("actors", FP);
                    run.problems.add(gid + ": spurious person: " + str(get(a, "name", OUTPUT)));
                }
            }
        }

        private static Object roleOfNonStringKey(Object roles, Object k) {
            get(roles, "", GOLD); // roles must be a dict
            EvalPy.hashKey(k, GOLD);
            return null;
        }

        private boolean roleOk(Object r, Object ro) {
            String title = norm(item(r, "title", GOLD), GOLD);
            if (!norm(get(ro, "title", "", OUTPUT), OUTPUT).contains(title)) return false;
            if (!truthy(get(r, "country", GOLD))) return true;
            return eq(upper(or(get(ro, "country", OUTPUT), ""), OUTPUT), item(r, "country", GOLD));
        }

        /** {@code match_events}: greedy matching; returns matched (gold, system) pairs in gold order. */
        private List<Object[]> matchEvents(String cat, Object golds, List<Object> syss,
                                           java.util.function.BiFunction<Object, Object, Double> matcher,
                                           Function<Object, String> describe) {
            List<Object[]> pairs = new ArrayList<>();
            Set<Integer> used = new HashSet<>();
            for (Object g : iter(golds, GOLD)) {
                double bestScore = 0;
                int bestIndex = -1;
                for (int i = 0; i < syss.size(); i++) {
                    if (used.contains(i)) continue;
                    double sc = matcher.apply(g, syss.get(i));
                    if (sc != 0 && (bestIndex < 0 || sc > bestScore)) {
                        bestScore = sc;
                        bestIndex = i;
                    }
                }
                boolean optional = truthy(get(g, "optional", GOLD));
                if (bestIndex >= 0) {
                    used.add(bestIndex);
                    if (!optional) run.count(cat, TP);
                    pairs.add(new Object[] {g, syss.get(bestIndex)});
                } else if (!optional) {
                    run.count(cat, FN);
                    run.problems.add(gid + ": " + cat + " missed: " + describe.apply(g));
                }
            }
            for (int i = 0; i < syss.size(); i++) {
                if (!used.contains(i)) {
                    run.count(cat, FP);
                    run.problems.add(gid + ": " + cat + " spurious: " + cpSlice(dumps(brief(cat, syss.get(i))), 0, 300));
                }
            }
            return pairs;
        }

        private Object brief(String cat, Object s) {
            Map<String, Object> m = new LinkedHashMap<>();
            if (cat.equals("meetings") || cat.equals("visits")) {
                String field = cat.equals("meetings") ? "participants" : "visitors";
                List<Object> ps = new ArrayList<>();
                for (Object p : iterOrEmpty(get(s, field, OUTPUT), OUTPUT)) ps.add(first(names(p)));
                m.put(field, ps);
                if (cat.equals("visits")) m.put("destination", get(s, "destination", OUTPUT));
                m.put("status", get(s, "status", OUTPUT));
                return m;
            }
            m.put("speaker", first(names(get(s, "speaker", OUTPUT))));
            Object content = or(get(s, "content", OUTPUT), "");
            if (content instanceof String c) m.put("content", cpSlice(c, 0, 80));
            else if (content instanceof List<?> l) m.put("content", new ArrayList<>(l.subList(0, Math.min(80, l.size()))));
            else throw new PyError(OUTPUT, "'" + EvalPy.typeName(content) + "' object is not subscriptable");
            return m;
        }

        private static List<Object> first(List<String> l) {
            return l.isEmpty() ? new ArrayList<>() : new ArrayList<>(List.of(l.get(0)));
        }

        private boolean statusIn(Object s, Object g) {
            return in(upper(or(get(s, "status", OUTPUT), ""), OUTPUT), item(g, "status", GOLD), GOLD);
        }

        private boolean modeEq(Object s, Object g) {
            return eq(upper(or(get(s, "mode", OUTPUT), ""), OUTPUT), item(g, "mode", GOLD));
        }

        private boolean dateOf(Object g, Object s) {
            return dateOk(item(g, "date", GOLD), timeValue(get(s, "time", OUTPUT)));
        }

        private double mMeeting(Object g, Object s) {
            Object parts = or(get(s, "participants", OUTPUT), new ArrayList<>());
            for (Object k : iter(item(g, "participants", GOLD), GOLD)) if (!anyActor(parts, k)) return 0;
            double sc = 1;
            sc += truthy(get(g, "place", GOLD)) && placeMatches(get(s, "place", OUTPUT), item(g, "place", GOLD)) ? 1 : 0;
            sc += 0.5 * b(truthy(get(g, "date", GOLD)) && dateOf(g, s));
            sc += 0.25 * b(statusIn(s, g));
            sc += 0.25 * b(truthy(get(g, "mode", GOLD)) && modeEq(s, g));
            return sc;
        }

        private void scoreMeetings() {
            List<Object> syss = iterOrEmpty(get(sdoc, "meetings", OUTPUT), OUTPUT);
            for (Object[] gs : matchEvents("meetings", item(gdoc, "meetings", GOLD), syss, this::mMeeting,
                    g -> EvalPy.join("+", item(g, "participants", GOLD), GOLD) + " @" + str(get(g, "place", GOLD)))) {
                Object g = gs[0];
                Object s = gs[1];
                if (truthy(get(g, "optional", GOLD))) continue;
                run.attr("meeting.status", statusIn(s, g));
                if (truthy(get(g, "mode", GOLD))) run.attr("meeting.mode", modeEq(s, g));
                if (truthy(get(g, "place", GOLD))) run.attr("meeting.place", placeMatches(get(s, "place", OUTPUT), item(g, "place", GOLD)));
                if (truthy(get(g, "date", GOLD))) run.attr("meeting.date", dateOf(g, s));
            }
        }

        private double mVisit(Object g, Object s) {
            if (!anyActor(or(get(s, "visitors", OUTPUT), new ArrayList<>()), item(g, "visitor", GOLD))) return 0;
            if (!placeMatches(get(s, "destination", OUTPUT), item(g, "destination", GOLD))) return 0;
            return 1 + 0.5 * b(statusIn(s, g)) + 0.5 * b(truthy(get(g, "date", GOLD)) && dateOf(g, s));
        }

        private String describeVisit(Object g) {
            Object v = add(add(add(item(g, "visitor", GOLD), " -> ", GOLD), item(g, "destination", GOLD), GOLD), " ", GOLD);
            return (String) add(v, EvalPy.join("/", item(g, "status", GOLD), GOLD), GOLD);
        }

        private void scoreVisits() {
            List<Object> syss = iterOrEmpty(get(sdoc, "visits", OUTPUT), OUTPUT);
            for (Object[] gs : matchEvents("visits", item(gdoc, "visits", GOLD), syss, this::mVisit, this::describeVisit)) {
                Object g = gs[0];
                Object s = gs[1];
                if (truthy(get(g, "optional", GOLD))) continue;
                run.attr("visit.status", statusIn(s, g));
                if (truthy(get(g, "date", GOLD))) run.attr("visit.date", dateOf(g, s));
            }
        }

        private boolean stMatch(Object g, Object s) {
            return actorMatches(get(s, "speaker", OUTPUT), item(g, "speaker", GOLD))
                    && norm(or(get(s, "content", OUTPUT), ""), OUTPUT).contains(norm(item(g, "contains", GOLD), GOLD));
        }

        private void scoreStatements() {
            Object golds = item(gdoc, "statements", GOLD);
            List<Object> syss = iterOrEmpty(get(sdoc, "statements", OUTPUT), OUTPUT);
            Set<Integer> matched = new HashSet<>();
            for (Object g : iter(golds, GOLD)) {
                List<Object> hits = new ArrayList<>();
                for (int i = 0; i < syss.size(); i++) {
                    if (stMatch(g, syss.get(i))) {
                        matched.add(i);
                        hits.add(syss.get(i));
                    }
                }
                boolean optional = truthy(get(g, "optional", GOLD));
                if (!hits.isEmpty()) {
                    if (optional) continue;
                    run.count("statements", TP);
                    Object kind = item(g, "kind", GOLD);
                    Object kinds = kind instanceof List ? kind : new ArrayList<>(java.util.Collections.singletonList(kind));
                    boolean kindOk = false;
                    for (Object x : hits) {
                        if (in(upper(or(get(x, "kind", OUTPUT), ""), OUTPUT), kinds, GOLD)) {
                            kindOk = true;
                            break;
                        }
                    }
                    run.attr("statement.kind", kindOk);
                    if (truthy(get(g, "via", GOLD))) {
                        boolean ok = false;
                        for (Object x : hits) {
                            if (truthy(get(x, "via", OUTPUT)) && actorMatches(item(x, "via", OUTPUT), item(g, "via", GOLD))) {
                                ok = true;
                                break;
                            }
                        }
                        run.attr("statement.via", ok);
                    }
                    if (truthy(get(g, "date", GOLD))) {
                        boolean ok = false;
                        for (Object x : hits) {
                            if (dateOk(item(g, "date", GOLD), timeValue(get(x, "time", OUTPUT)))) {
                                ok = true;
                                break;
                            }
                        }
                        run.attr("statement.date", ok);
                    }
                } else if (!optional) {
                    run.count("statements", FN);
                    run.problems.add(gid + ": statement missed: " + str(item(g, "speaker", GOLD)) + ": "
                            + str(item(g, "contains", GOLD)));
                }
            }
            for (int i = 0; i < syss.size(); i++) {
                if (!matched.contains(i)) {
                    run.count("statements", FP);
                    run.problems.add(gid + ": statements spurious: " + cpSlice(dumps(brief("statements", syss.get(i))), 0, 300));
                }
            }
        }

        private void scoreEvidence(String text) {
            for (String cat : List.of("meetings", "visits", "statements")) {
                for (Object s : iterOrEmpty(get(sdoc, cat, OUTPUT), OUTPUT)) {
                    for (Object e : iterOrEmpty(get(s, "evidence", OUTPUT), OUTPUT)) {
                        run.attr("evidence.offsets", evidenceOk(text, e));
                    }
                }
            }
        }
    }
}
