package io.github.khabar.report;

import io.github.khabar.corpus.ActorEdge;
import io.github.khabar.corpus.CorpusActor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The actor network — who met whom — as an SVG drawing: the {@value #MAX_NODES} actors with the most
 * meetings, an edge per pair that met (thicker for more meetings), laid out by {@link ForceLayout}, the
 * first {@value #MAX_LABELS} labelled. Each
 * node carries {@code data-actor} (the actor's index) for the page's script to filter by it.
 */
final class NetworkSvg {
    static final int MAX_NODES = 45;
    /** Only the nodes with the most meetings are labelled (the others on hover), so labels stay legible. */
    static final int MAX_LABELS = 25;
    private static final double SIZE = 900;
    private static final double MARGIN = 90;
    private static final int LABEL_CHARS = 24;

    private NetworkSvg() {}

    static void write(HtmlWriter w, ReportModel m) {
        // an actor's weight is the number of meetings it took part in (not the sum of its pairs, which would
        // favour everyone at one crowded meeting)
        Map<Integer, Set<String>> meetings = new HashMap<>();
        for (ActorEdge e : m.graph) {
            meetings.computeIfAbsent(m.actor(e.a()), k -> new HashSet<>()).addAll(e.events());
            meetings.computeIfAbsent(m.actor(e.b()), k -> new HashSet<>()).addAll(e.events());
        }
        meetings.remove(-1);
        Map<Integer, Integer> degree = new HashMap<>();
        meetings.forEach((k, v) -> degree.put(k, v.size()));
        List<Integer> nodes = degree.keySet().stream()
                .sorted(Comparator.comparing((Integer i) -> -degree.get(i)).thenComparing(i -> i))
                .limit(MAX_NODES).toList();
        if (nodes.isEmpty()) {
            w.element("p", "No two named actors met in these articles.", "class", "empty");
            return;
        }
        Map<Integer, Integer> pos = new LinkedHashMap<>();
        nodes.forEach(i -> pos.put(i, pos.size()));
        List<ForceLayout.Edge> edges = new ArrayList<>();
        for (ActorEdge e : m.graph) {
            Integer a = pos.get(m.actor(e.a()));
            Integer b = pos.get(m.actor(e.b()));
            if (a != null && b != null) edges.add(new ForceLayout.Edge(a, b, e.count()));
        }
        double[][] p = ForceLayout.layout(nodes.size(), edges, SIZE, MARGIN);
        w.open("svg", "id", "network-svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 900 900",
                "role", "img", "aria-label", "Who met whom: " + nodes.size() + " actors, " + edges.size() + " pairs");
        w.open("g", "class", "edges");
        for (ForceLayout.Edge e : edges) {
            w.open("line", "x1", num(p[e.a()][0]), "y1", num(p[e.a()][1]), "x2", num(p[e.b()][0]),
                    "y2", num(p[e.b()][1]), "stroke-width", num(Math.min(8, 1 + Math.log(e.weight()) * 2)));
            String title = name(m.actors.get(nodes.get(e.a()))) + " — " + name(m.actors.get(nodes.get(e.b())))
                    + ": " + e.weight() + (e.weight() == 1 ? " meeting" : " meetings");
            w.element("title", title).close("line");
        }
        w.close("g").open("g", "class", "nodes");
        for (int i = 0; i < nodes.size(); i++) {
            int actor = nodes.get(i);
            CorpusActor a = m.actors.get(actor);
            int d = degree.get(actor);
            w.open("g", "class", "node " + a.type().name().toLowerCase(Locale.ROOT), "data-actor", Integer.toString(actor),
                    "tabindex", "0");
            w.element("title", name(a) + ": " + d + (d == 1 ? " meeting" : " meetings"));
            w.open("circle", "cx", num(p[i][0]), "cy", num(p[i][1]), "r", num(Math.min(22, 5 + 3 * Math.sqrt(d))))
                    .close("circle");
            if (i < MAX_LABELS) w.element("text", label(a.name()), "x", num(p[i][0]), "y", num(p[i][1] - Math.min(22, 5 + 3 * Math.sqrt(d)) - 4),
                    "text-anchor", "middle", "direction", "rtl", "unicode-bidi", "isolate");
            w.close("g");
        }
        w.close("g").close("svg");
    }

    private static String name(CorpusActor a) {
        return a.nameLatin() != null ? a.name() + " (" + a.nameLatin() + ")" : a.name();
    }

    /** A node's label: the name, cut at {@value #LABEL_CHARS} chars (the node's title has it whole). */
    private static String label(String name) {
        return name.length() <= LABEL_CHARS ? name : name.substring(0, LABEL_CHARS - 1) + "…";
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
