package io.github.khabar.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code extract --threads N} reads documents in parallel but writes them, and reports their failures, in
 * input order: the output of every N is byte for byte the output of {@code --threads 1}.
 */
class ExtractThreadsTest {
    private static final String[] SEEDS = {"000_609a4f19a1811546", "001_326bea3903292d52", "002_2ac46bbe3c7d16b3",
            "003_018bca4796b0a5f3", "004_f1091ec8fa528e9a"};

    @TempDir
    Path dir;

    /** The seeds, the dev texts when ../shared/dev is beside the checkout, and three files that fail. */
    private int batch() throws IOException {
        int n = 0;
        for (String id : SEEDS) {
            try (InputStream in = getClass().getResourceAsStream("/io/github/khabar/seeds/" + id + ".txt")) {
                Files.write(dir.resolve(id + ".txt"), in.readAllBytes());
                n++;
            }
        }
        Path dev = Path.of("").toAbsolutePath().getParent().resolveSibling("shared").resolve("dev/texts");
        if (Files.isDirectory(dev)) {
            try (Stream<Path> s = Files.list(dev)) {
                for (Path f : s.filter(p -> p.toString().endsWith(".txt")).toList()) {
                    Files.copy(f, dir.resolve("dev-" + f.getFileName())); // read at test time, never committed
                    n++;
                }
            }
        }
        byte[] bad = "قال الوزير إن المحادثات كانت بناءة.".getBytes(StandardCharsets.UTF_8);
        bad[5] = (byte) 0xFF;
        Files.write(dir.resolve("001_bad-utf8.txt"), bad);
        Files.write(dir.resolve("002_binary.txt"), new byte[300]);
        Files.writeString(dir.resolve("003_empty.txt"), "");
        return n + 3;
    }

    @Test
    void everyThreadCountGivesTheOutputOfOneThread() throws IOException {
        int files = batch();
        ExtractCommandTest.Run one = ExtractCommandTest.run("extract", "--threads", "1", dir.toString());
        assertEquals(1, one.code(), "two documents fail: " + one.err());
        List<String> lines = one.out().lines().toList();
        assertEquals(files, lines.size(), "one line per input file");
        assertTrue(lines.get(0).contains("\"id\":\"000_609a4f19a1811546\""), lines.get(0));
        // "001_326bea…" sorts before "001_bad-utf8": the failing file is the third line
        assertTrue(lines.get(2).contains("\"id\":\"001_bad-utf8\"") && lines.get(2).contains("UNREADABLE"),
                lines.get(2));
        for (String threads : new String[] {"2", "4", "0"}) {
            ExtractCommandTest.Run many = ExtractCommandTest.run("extract", "--threads", threads, dir.toString());
            assertEquals(one.code(), many.code(), "--threads " + threads);
            assertEquals(one.out(), many.out(), "--threads " + threads + ": same documents in the same order");
            assertEquals(one.err(), many.err(), "--threads " + threads + ": same reports in the same order");
        }
        ExtractCommandTest.Run json1 = ExtractCommandTest.run("extract", "--threads", "1", "--format", "json",
                dir.toString());
        ExtractCommandTest.Run json3 = ExtractCommandTest.run("extract", "--threads", "3", "--format", "json",
                dir.toString());
        assertEquals(json1.out(), json3.out());
    }

    @Test
    void aNegativeThreadCountIsAUsageError() throws IOException {
        batch();
        ExtractCommandTest.Run r = ExtractCommandTest.run("extract", "--threads", "-1", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--threads"), r.err());
    }
}
