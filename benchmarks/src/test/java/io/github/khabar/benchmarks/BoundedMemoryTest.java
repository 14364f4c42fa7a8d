package io.github.khabar.benchmarks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code khabar extract} streams: it holds neither all texts nor all results. A generated corpus several times
 * larger than what a small heap could hold as texts plus extractions is run through the command line in a
 * forked JVM with {@code -Xmx} well below that, on two threads, and must finish with one output line per
 * file. The default scale (20 MB of text, about 3,500 articles, under a 40 MB heap: with the lexicon's
 * Wikidata name tokens the CLI needs 32 MB for the five seeds, and fails at 24 MB) keeps the test within a
 * minute on two idle cores; {@code -Dkhabar.scale.mb=50} runs a larger check, and benchmarks/README.md gives
 * the 1 GB recipe.
 */
class BoundedMemoryTest {
    /** The heap of the forked CLI. */
    static final String HEAP = "-Xmx40m";
    static final long HEAP_BYTES = 40L << 20;

    @TempDir
    Path dir;

    @Test
    void aCorpusLargerThanTheHeapIsExtractedInBoundedMemory() throws IOException, InterruptedException {
        long mb = Long.getLong("khabar.scale.mb", 20);
        Path texts = dir.resolve("texts");
        int files = NewsCorpus.write(texts, mb * 1_000_000L, NewsCorpus.SEED);
        Path out = dir.resolve("out.jsonl");
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-XX:+ExitOnOutOfMemoryError", "-cp", classPath(), "io.github.khabar.cli.KhabarCli",
                "extract", "--threads", "2", "-o", out.toString(), texts.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve("cli.log").toFile()).start();
        assertTrue(p.waitFor(15, TimeUnit.MINUTES), "the CLI did not finish");
        String log = Files.readString(dir.resolve("cli.log"), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), "exit code; output: " + log);
        try (Stream<String> lines = Files.lines(out, StandardCharsets.UTF_8)) {
            assertEquals(files, lines.count(), "one JSON line per article");
        }
        try (Stream<String> lines = Files.lines(out, StandardCharsets.UTF_8)) {
            assertTrue(lines.allMatch(l -> l.startsWith("{\"document\":{\"id\":\"gen-")), "every line a document");
        }
        long inputBytes;
        try (Stream<Path> s = Files.list(texts)) {
            inputBytes = s.mapToLong(f -> f.toFile().length()).sum();
        }
        // what a CLI holding every text and every result would need (at least the texts and their JSON, both
        // about as large in memory as on disk) is more than the whole heap
        assertTrue(Files.size(out) + inputBytes > HEAP_BYTES,
                "corpus too small to show anything: " + inputBytes + " + " + Files.size(out) + " bytes");
    }

    /** The test class path, made of directories and jars, for the forked JVM. */
    private static String classPath() {
        String cp = System.getProperty("java.class.path");
        List<String> parts = new ArrayList<>();
        for (String e : cp.split(File.pathSeparator)) {
            if (!e.isBlank()) parts.add(e);
        }
        return String.join(File.pathSeparator, parts);
    }
}
