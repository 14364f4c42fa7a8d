package io.github.khabar.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Test helper: builds extraction output from a gold file at run time, either listing exactly the gold items
 * or "hand-made" with deliberate mistakes (missing documents and items, duplicates, wrong statuses and dates,
 * spurious persons, broken evidence). Texts, when given, are only read to place evidence offsets.
 */
final class EvalOutputs {
    private EvalOutputs() {}

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return o instanceof List ? (List<Object>) o : new ArrayList<>(List.of(o));
    }

    private static Map<String, Object> obj(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) if (kv[i + 1] != null) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    private static Map<String, Object> span(String text, int start, int end) {
        return obj("start", BigInteger.valueOf(start), "end", BigInteger.valueOf(end),
                "text", text.substring(Math.max(0, Math.min(start, text.length())), Math.max(0, Math.min(end, text.length()))));
    }

    static List<Map<String, Object>> fromGold(Map<String, Object> gold, Path texts, boolean mistakes) {
        Map<String, Object> gActors = map(gold.get("actors"));
        Map<String, Object> gPlaces = map(gold.get("places"));
        List<Map<String, Object>> out = new ArrayList<>();
        int di = 0;
        for (Object o : list(gold.get("documents"))) {
            Map<String, Object> gd = map(o);
            String id = (String) gd.get("id");
            if (mistakes && di++ % 4 == 3) continue; // no output for this one
            String text = "";
            if (texts != null && Files.isRegularFile(texts.resolve(id + ".txt"))) {
                try {
                    text = Files.readString(texts.resolve(id + ".txt"), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            // every gold actor the document mentions anywhere
            Set<String> keys = new LinkedHashSet<>();
            Map<String, Object> ga = map(gd.get("actors"));
            for (Object k : list(ga.get("required"))) keys.add((String) k);
            for (Object k : list(ga.get("optional"))) keys.add((String) k);
            for (Object m : list(gd.get("meetings"))) for (Object k : list(map(m).get("participants"))) keys.add((String) k);
            for (Object v : list(gd.get("visits"))) keys.add((String) map(v).get("visitor"));
            for (Object s : list(gd.get("statements"))) {
                keys.add((String) map(s).get("speaker"));
                if (map(s).get("via") != null) keys.add((String) map(s).get("via"));
            }
            keys.remove("*");
            keys.retainAll(gActors.keySet());
            List<String> ks = new ArrayList<>(keys);
            String anyKey = ks.isEmpty() ? "nobody" : ks.get(0);
            Map<String, Object> roles = gd.get("roles") == null ? Map.of() : map(gd.get("roles"));

            List<Object> actors = new ArrayList<>();
            int ai = 0;
            for (String k : ks) {
                Map<String, Object> g = map(gActors.get(k));
                List<Object> names = list(g.get("names"));
                String name = (String) names.get(0);
                if (mistakes && ai % 3 == 1) name = "السيد " + name;
                List<Object> rs = new ArrayList<>();
                if (roles.get(k) != null) {
                    Map<String, Object> r = map(roles.get(k));
                    rs.add(obj("title", r.get("title"), "country", mistakes && ai % 4 == 2 ? null : r.get("country")));
                }
                actors.add(obj("id", k, "type", g.get("type"), "name", name,
                        "aliases", names.size() > 1 ? new ArrayList<>(names.subList(1, names.size())) : null,
                        "nameLatin", g.get("latin"), "roles", rs.isEmpty() ? null : rs));
                ai++;
            }
            if (mistakes) {
                actors.add(obj("id", "x1", "type", "PERSON", "name", "زيد بن عمرو"));
                if (ks.size() >= 2) actors.add(obj("id", "grp", "type", "GROUP", "name", "الجانبان", "members", List.of(ks.get(0), ks.get(1))));
            }

            List<Object> meetings = new ArrayList<>();
            int mi = 0;
            for (Object o2 : list(gd.get("meetings"))) {
                Map<String, Object> g = map(o2);
                int i = mi++;
                if (mistakes && i % 4 == 1) continue;
                List<Object> parts = new ArrayList<>();
                for (Object k : list(g.get("participants"))) if (!"*".equals(k)) parts.add(k);
                if (parts.isEmpty()) parts.add(anyKey);
                Map<String, Object> m = obj("participants", parts,
                        "place", place(gPlaces, g.get("place")),
                        "time", time(g.get("date"), mistakes && i % 2 == 0),
                        "mode", g.get("mode"),
                        "status", mistakes && i % 3 == 2 ? "CANCELLED" : list(g.get("status")).get(0),
                        "evidence", List.of(span(text, 0, 5), span(text, i, i + 7)));
                meetings.add(m);
                if (mistakes && i % 3 == 0) meetings.add(obj("participants", parts, "status", "OCCURRED",
                        "evidence", List.of(obj("start", BigInteger.valueOf(5), "end", BigInteger.valueOf(2), "text", "x"))));
            }

            List<Object> visits = new ArrayList<>();
            int vi = 0;
            for (Object o2 : list(gd.get("visits"))) {
                Map<String, Object> g = map(o2);
                int i = vi++;
                if (mistakes && i % 5 == 2) continue;
                String visitor = "*".equals(g.get("visitor")) ? anyKey : (String) g.get("visitor");
                visits.add(obj("visitors", List.of(visitor), "destination", place(gPlaces, g.get("destination")),
                        "time", time(g.get("date"), mistakes && i % 2 == 1),
                        "status", mistakes && i % 3 == 1 ? "OCCURRED" : list(g.get("status")).get(0),
                        "evidence", List.of(span(text, 2 * i, 2 * i + 11))));
            }

            List<Object> statements = new ArrayList<>();
            int si = 0;
            for (Object o2 : list(gd.get("statements"))) {
                Map<String, Object> g = map(o2);
                int i = si++;
                if (mistakes && i % 5 == 4) continue;
                String contains = (String) g.get("contains");
                String speaker = "*".equals(g.get("speaker")) ? "anon" : (String) g.get("speaker");
                int at = text.indexOf(contains);
                Map<String, Object> ev = at >= 0 ? span(text, at, at + contains.length()) : span(text, 0, 1);
                if (mistakes && i % 6 == 5) ev.put("text", "ليس هذا");
                statements.add(obj("speaker", speaker,
                        "content", mistakes && i % 2 == 1 ? "قال إن " + contains + " اليوم" : contains,
                        "kind", mistakes && i % 4 == 3 ? "DIRECT" : list(g.get("kind")).get(0),
                        "via", g.get("via"), "time", time(g.get("date"), mistakes && i % 2 == 0),
                        "evidence", List.of(ev)));
                if (mistakes && i % 7 == 0) statements.add(obj("speaker", speaker, "content", contains + " أيضا", "kind", "REPORTED"));
            }
            if (mistakes) statements.add(obj("speaker", "x1", "content", "كلام لا يرد في النص", "kind", "DIRECT"));

            out.add(obj("document", obj("id", id, "published", gd.get("published")), "actors", actors,
                    "meetings", meetings, "visits", visits, "statements", statements));
        }
        return out;
    }

    private static Object place(Map<String, Object> places, Object key) {
        if (key == null || !places.containsKey(key)) return null;
        Map<String, Object> p = map(places.get(key));
        return obj("name", list(p.get("names")).get(0), "country", p.get("country"));
    }

    private static Object time(Object date, boolean resolveYear) {
        if (date == null) return null;
        String d = (String) date;
        if (resolveYear) d = d.replace("XXXX", "2015");
        return obj("text", "اليوم", "value", d);
    }
}
