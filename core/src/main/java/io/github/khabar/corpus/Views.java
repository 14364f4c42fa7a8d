package io.github.khabar.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The derived views of a corpus: timeline, actor graph, profiles. */
final class Views {
    private Views() {}

    static List<CorpusEvent> timeline(List<CorpusEvent> events) {
        List<CorpusEvent> resolved = new ArrayList<>();
        List<CorpusEvent> unresolved = new ArrayList<>();
        for (CorpusEvent e : events) {
            (e.resolved() ? resolved : unresolved).add(e);
        }
        // stable sort: same day keeps the order of first report
        resolved.sort(Comparator.comparing(CorpusEvent::date));
        resolved.addAll(unresolved);
        return List.copyOf(resolved);
    }

    static List<ActorEdge> graph(List<CorpusEvent> timeline) {
        Map<String, List<String>> pairs = new TreeMap<>();
        for (CorpusEvent e : timeline) {
            if (e.kind() != EventKind.MEETING) {
                continue;
            }
            List<String> ids = e.actors().stream().distinct().sorted(Views::compareIds).toList();
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    pairs.computeIfAbsent(ids.get(i) + "\u0000" + ids.get(j), k -> new ArrayList<>()).add(e.id());
                }
            }
        }
        List<ActorEdge> edges = new ArrayList<>();
        pairs.forEach((k, v) -> {
            int cut = k.indexOf('\u0000');
            edges.add(new ActorEdge(k.substring(0, cut), k.substring(cut + 1), v.size(), v));
        });
        edges.sort(Comparator.comparingInt(ActorEdge::count).reversed()
                .thenComparing(ActorEdge::a, Views::compareIds).thenComparing(ActorEdge::b, Views::compareIds));
        return List.copyOf(edges);
    }

    static Map<String, ActorProfile> profiles(List<CorpusActor> actors, List<CorpusEvent> timeline,
                                              List<ActorEdge> graph) {
        Map<String, List<List<String>>> lists = new LinkedHashMap<>();
        for (CorpusActor a : actors) {
            lists.put(a.id(), List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
        }
        for (CorpusEvent e : timeline) {
            for (String a : e.actors().stream().distinct().toList()) {
                List<List<String>> l = lists.get(a);
                if (l != null) {
                    l.get(e.kind().ordinal()).add(e.id());
                }
            }
        }
        for (ActorEdge edge : graph) { // already by count, then ids
            lists.get(edge.a()).get(3).add(edge.b());
            lists.get(edge.b()).get(3).add(edge.a());
        }
        Map<String, ActorProfile> out = new LinkedHashMap<>();
        for (CorpusActor a : actors) {
            List<List<String>> l = lists.get(a.id());
            out.put(a.id(), new ActorProfile(a.id(), a.roles(), l.get(0), l.get(1), l.get(2), l.get(3)));
        }
        return out;
    }

    /** Orders {@code A2} before {@code A10}. */
    static int compareIds(String x, String y) {
        int c = Integer.compare(x.length(), y.length());
        return c != 0 ? c : x.compareTo(y);
    }
}
