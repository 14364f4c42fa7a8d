package io.github.khabar.report;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The network layout: inside its frame, the same every time, and met pairs drawn closer than strangers. */
class ForceLayoutTest {
    /** Two cliques of five joined by one edge, and two loose nodes. */
    private static List<ForceLayout.Edge> edges() {
        List<ForceLayout.Edge> e = new ArrayList<>();
        for (int base : new int[] {0, 5}) {
            for (int i = 0; i < 5; i++) {
                for (int j = i + 1; j < 5; j++) e.add(new ForceLayout.Edge(base + i, base + j, 1 + i));
            }
        }
        e.add(new ForceLayout.Edge(0, 5, 1));
        return e;
    }

    @Test
    void staysInsideTheFrameAndIsDeterministic() {
        double[][] a = ForceLayout.layout(12, edges(), 900, 90);
        double[][] b = ForceLayout.layout(12, edges(), 900, 90);
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(a[i], b[i]);
            assertTrue(a[i][0] >= 90 && a[i][0] <= 810 && a[i][1] >= 90 && a[i][1] <= 810, i + " in frame");
        }
    }

    @Test
    void nodesThatMetAreCloserThanNodesOfTheOtherGroup() {
        double[][] p = ForceLayout.layout(12, edges(), 900, 90);
        double within = 0;
        double across = 0;
        int nw = 0;
        int na = 0;
        for (int i = 0; i < 10; i++) {
            for (int j = i + 1; j < 10; j++) {
                double d = Math.hypot(p[i][0] - p[j][0], p[i][1] - p[j][1]);
                if ((i < 5) == (j < 5)) {
                    within += d;
                    nw++;
                } else {
                    across += d;
                    na++;
                }
            }
        }
        assertTrue(within / nw < across / na, "within " + within / nw + " across " + across / na);
    }

    @Test
    void oneOrNoNodes() {
        assertArrayEquals(new double[] {450, 450}, ForceLayout.layout(1, List.of(), 900, 90)[0]);
        assertTrue(ForceLayout.layout(0, List.of(), 900, 90).length == 0);
    }
}
