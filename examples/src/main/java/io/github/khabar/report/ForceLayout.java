package io.github.khabar.report;

import java.util.List;

/**
 * A small deterministic force-directed layout (Fruchterman–Reingold): nodes start on a circle, edges pull
 * their ends together, every pair pushes apart, and the moves cool down over a fixed number of rounds.
 * Positions are kept inside {@code [margin, size - margin]}. Same input, same drawing.
 */
final class ForceLayout {
    /** An edge between node indexes {@code a} and {@code b}, drawn more strongly with a higher weight. */
    record Edge(int a, int b, int weight) {}

    private static final int ROUNDS = 300;
    private static final double GRAVITY = 1.0;

    private ForceLayout() {}

    /** x, y for each of {@code n} nodes in a square of side {@code size}. */
    static double[][] layout(int n, List<Edge> edges, double size, double margin) {
        double[][] p = new double[n][2];
        double c = size / 2;
        double r = (size - 2 * margin) / 2;
        for (int i = 0; i < n; i++) {
            double t = 2 * Math.PI * i / Math.max(1, n);
            p[i][0] = c + r * Math.cos(t);
            p[i][1] = c + r * Math.sin(t);
        }
        if (n < 2) {
            if (n == 1) p[0] = new double[] {c, c};
            return p;
        }
        double k = 0.9 * Math.sqrt((size - 2 * margin) * (size - 2 * margin) / n);
        double temperature = size / 10;
        for (int round = 0; round < ROUNDS; round++) {
            double[][] d = new double[n][2];
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double dx = p[i][0] - p[j][0];
                    double dy = p[i][1] - p[j][1];
                    double dist = Math.max(1e-3, Math.hypot(dx, dy));
                    double f = k * k / dist;
                    d[i][0] += dx / dist * f;
                    d[i][1] += dy / dist * f;
                    d[j][0] -= dx / dist * f;
                    d[j][1] -= dy / dist * f;
                }
            }
            for (Edge e : edges) {
                double dx = p[e.a()][0] - p[e.b()][0];
                double dy = p[e.a()][1] - p[e.b()][1];
                double dist = Math.max(1e-3, Math.hypot(dx, dy));
                double f = dist * dist / k * Math.min(3, 1 + Math.log(e.weight()));
                d[e.a()][0] -= dx / dist * f;
                d[e.a()][1] -= dy / dist * f;
                d[e.b()][0] += dx / dist * f;
                d[e.b()][1] += dy / dist * f;
            }
            for (int i = 0; i < n; i++) {
                // a weak pull to the centre keeps unconnected parts from drifting to the border
                d[i][0] += (c - p[i][0]) * GRAVITY;
                d[i][1] += (c - p[i][1]) * GRAVITY;
                double len = Math.max(1e-3, Math.hypot(d[i][0], d[i][1]));
                double step = Math.min(len, temperature);
                p[i][0] = clamp(p[i][0] + d[i][0] / len * step, margin, size - margin);
                p[i][1] = clamp(p[i][1] + d[i][1] / len * step, margin, size - margin);
            }
            temperature = Math.max(0.5, temperature * 0.985);
        }
        return p;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
