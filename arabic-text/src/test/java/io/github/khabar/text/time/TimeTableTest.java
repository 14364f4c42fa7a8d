package io.github.khabar.text.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Table-driven test over {@code time-table.tsv}: reference date (or "-"), a sentence, the expected
 * mention text and value. A row whose text is "-" must find nothing.
 */
class TimeTableTest {
    static final ArabicTimeRecognizer R = ArabicTimeRecognizer.create();

    record Row(int line, LocalDate ref, String sentence, String text, String value) {}

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = TimeTableTest.class.getResourceAsStream("time-table.tsv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length < 3) {
                    throw new IllegalStateException("line " + n + ": " + line);
                }
                LocalDate ref = f[0].equals("-") ? null : LocalDate.parse(f[0]);
                rows.add(new Row(n, ref, f[1], f[2], f.length > 3 ? f[3] : ""));
            }
        }
        return rows;
    }

    @TestFactory
    Stream<DynamicTest> table() throws IOException {
        return rows().stream().map(row -> DynamicTest.dynamicTest(row.line + ": " + row.sentence, () -> {
            List<TimeMention> ms = R.find(row.sentence, row.ref);
            String got = ms.stream().map(m -> "[" + m.text() + "]=" + m.value()).collect(Collectors.joining(" "));
            if (row.text.equals("-")) {
                assertTrue(ms.isEmpty(), "expected nothing, got " + got);
                return;
            }
            boolean found = ms.stream().anyMatch(m -> m.text().equals(row.text) && m.value().equals(row.value));
            assertTrue(found, "expected [" + row.text + "]=" + row.value + ", got " + got);
        }));
    }

    @Test
    void tableIsLargeEnough() throws IOException {
        List<Row> rows = rows();
        long negatives = rows.stream().filter(r -> r.text.equals("-")).count();
        assertTrue(rows.size() >= 200, "rows: " + rows.size());
        assertTrue(negatives >= 30, "negative rows: " + negatives);
    }

    @Test
    void offsetsPointIntoTheOriginal() throws IOException {
        for (Row row : rows()) {
            for (TimeMention m : R.find(row.sentence, row.ref)) {
                assertEquals(row.sentence.substring(m.start(), m.end()), m.text());
            }
        }
    }
}
