package io.github.khabar.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing is lost in a batch run: every failing document is reported on stderr and as a diagnostic naming
 * its file, the others are still extracted, the exit code tells partial failure (1) from success (0) and
 * from nothing read (2), and {@code -o} never leaves a partial or temporary file.
 */
class ReliabBatchTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String GOOD = "قال وزير الخارجية الروسي سيرغي لافروف إن المباحثات كانت بناءة.\n";

    @TempDir
    Path dir;

    private Path batch() throws IOException {
        Path d = Files.createDirectories(dir.resolve("batch"));
        Files.writeString(d.resolve("a-good.txt"), GOOD, StandardCharsets.UTF_8);
        byte[] bad = GOOD.getBytes(StandardCharsets.UTF_8);
        bad[10] = (byte) 0xFF; // the second byte of the character at byte 9
        Files.write(d.resolve("b-bad-utf8.txt"), bad);
        Files.write(d.resolve("c-binary.txt"), new byte[300]);                   // NULs: valid UTF-8, not text
        Files.writeString(d.resolve("d-empty.txt"), "");
        Files.writeString(d.resolve("e-page.txt"), "<html><body><p>" + GOOD + "</p></body></html>");
        Files.writeString(d.resolve("f-bidi.txt"), "\u200F".repeat(10_000) + GOOD);
        Files.writeString(d.resolve("g-quotes.txt"), "\"".repeat(100_000));
        // over the 2 M-char default limit: refused by size without being read
        try (var w = Files.newBufferedWriter(d.resolve("h-huge.txt"), StandardCharsets.UTF_8)) {
            for (int i = 0; i < 6_100_000 / 100; i++) w.write("x".repeat(99) + "\n");
        }
        Files.writeString(d.resolve("i-good.txt"), GOOD, StandardCharsets.UTF_8);
        return d;
    }

    private static List<JsonNode> lines(String out) {
        List<JsonNode> l = new ArrayList<>();
        out.lines().forEach(s -> l.add(JSON.readTree(s)));
        return l;
    }

    private static String diagnostics(JsonNode doc) {
        return doc.path("diagnostics").toString();
    }

    @Test
    void failingDocumentsAreReportedAndTheRunGoesOn() throws IOException {
        Path d = batch();
        ExtractCommandTest.Run r = ExtractCommandTest.run("extract", d.toString());
        assertEquals(1, r.code(), "partial failure: " + r.err());
        List<JsonNode> docs = lines(r.out());
        assertEquals(9, docs.size(), "one output record per input file, failing ones included");
        String[] ids = {"a-good", "b-bad-utf8", "c-binary", "d-empty", "e-page", "f-bidi", "g-quotes", "h-huge", "i-good"};
        for (int i = 0; i < ids.length; i++) {
            assertEquals(ids[i], docs.get(i).path("document").path("id").asString());
        }
        // the failures: stderr and a diagnostic, both naming the file
        for (String[] f : new String[][] {{"b-bad-utf8", "UNREADABLE", "byte offset 9"},
                {"c-binary", "EXTRACTION_FAILED", "binary"}, {"h-huge", "UNREADABLE", "too large"}}) {
            JsonNode doc = docs.get(List.of(ids).indexOf(f[0]));
            assertTrue(diagnostics(doc).contains(f[1]) && diagnostics(doc).contains(f[0] + ".txt")
                    && diagnostics(doc).contains(f[2]), diagnostics(doc));
            assertTrue(r.err().lines().anyMatch(l -> l.contains(f[0] + ".txt") && l.contains(f[2])), r.err());
        }
        // the others were read, the ones after the failures too
        assertTrue(docs.get(0).path("statements").size() > 0, docs.get(0).toString());
        assertTrue(docs.get(8).path("statements").size() > 0, docs.get(8).toString());
        assertTrue(diagnostics(docs.get(4)).contains("HTML_STRIPPED"), diagnostics(docs.get(4)));
        assertTrue(docs.get(4).path("statements").size() > 0, "the HTML page is read: " + docs.get(4));
        assertEquals(0, docs.get(3).path("statements").size());
        assertEquals(3, r.err().lines().filter(l -> !l.contains("warning")).count(), r.err());
    }

    @Test
    void exitCodeTwoWhenNothingCouldBeRead() throws IOException {
        Path d = Files.createDirectories(dir.resolve("allbad"));
        Files.write(d.resolve("x.txt"), new byte[] {(byte) 0xC3, 0x28});
        Files.write(d.resolve("y.txt"), new byte[64]);
        ExtractCommandTest.Run r = ExtractCommandTest.run("extract", d.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(2, r.out().lines().count(), "failures are still reported in the output");
        ExtractCommandTest.Run ok = ExtractCommandTest.run("extract", "--lenient", d.resolve("x.txt").toString());
        assertEquals(0, ok.code(), ok.err());
    }

    @Test
    void outputFileIsWrittenWholeEvenWithFailuresAndNeverHalfWritten() throws IOException {
        Path d = batch();
        Path out = dir.resolve("out/result.jsonl");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "previous complete result\n");
        ExtractCommandTest.Run r = ExtractCommandTest.run("extract", "-o", out.toString(), d.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(9, lines(Files.readString(out)).size());
        assertEquals(List.of(out), listing(out.getParent()), "no temporary file is left behind");

        // a run whose output cannot be committed (the target is a directory) leaves no temporary file
        Path blocked = Files.createDirectories(dir.resolve("out2/result.jsonl"));
        Files.writeString(blocked.resolve("keep"), "x");
        ExtractCommandTest.Run failed = ExtractCommandTest.run("extract", "-o", blocked.toString(), d.toString());
        assertEquals(2, failed.code(), failed.err());
        assertTrue(failed.err().contains("cannot write output"), failed.err());
        assertEquals(List.of(blocked), listing(blocked.getParent()), "no temporary file is left behind");
    }

    private static List<Path> listing(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.toList();
        }
    }

    @Test
    void jsonFormatStaysValidWithFailures() throws IOException {
        ExtractCommandTest.Run r = ExtractCommandTest.run("extract", "--format", "json", batch().toString());
        assertEquals(1, r.code(), r.err());
        JsonNode root = JSON.readTree(r.out());
        assertEquals(9, root.path("documents").size());
        assertFalse(r.out().contains(",\n,"));
    }
}
