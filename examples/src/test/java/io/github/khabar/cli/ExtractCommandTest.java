package io.github.khabar.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CLI end to end over the seeds, and its error paths. */
class ExtractCommandTest {
    private static final String[] SEEDS = {"000_609a4f19a1811546", "001_326bea3903292d52", "002_2ac46bbe3c7d16b3",
            "003_018bca4796b0a5f3", "004_f1091ec8fa528e9a"};

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = KhabarCli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path seedsDir() throws IOException {
        Path d = dir.resolve("seeds");
        Files.createDirectories(d);
        for (String id : SEEDS) {
            try (InputStream in = getClass().getResourceAsStream("/io/github/khabar/seeds/" + id + ".txt")) {
                Files.write(d.resolve(id + ".txt"), in.readAllBytes());
            }
        }
        try (InputStream in = getClass().getResourceAsStream("/io/github/khabar/seeds/metadata.json")) {
            Files.write(d.resolve("metadata.json"), in.readAllBytes());
        }
        return d;
    }

    @Test
    void extractsTheSeedsAsJsonLinesWithHonestEvidence() throws IOException {
        Path seeds = seedsDir();
        Run r = run("extract", "--format", "jsonl", seeds.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(SEEDS.length, lines.size());
        JsonMapper mapper = JsonMapper.builder().build();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode doc = mapper.readTree(lines.get(i));
            String id = doc.path("document").path("id").asString();
            assertEquals(SEEDS[i], id, "directories are read in sorted order");
            String text = Files.readString(seeds.resolve(id + ".txt"), StandardCharsets.UTF_8);
            assertEquals(text.length(), doc.path("document").path("chars").asInt());
            for (String cat : new String[] {"meetings", "visits", "statements"}) {
                for (JsonNode ev : doc.path(cat)) {
                    assertTrue(ev.path("evidence").size() > 0, cat + " without evidence in " + id);
                    for (JsonNode span : ev.path("evidence")) {
                        int s = span.path("start").asInt();
                        int e = span.path("end").asInt();
                        assertEquals(text.substring(s, e), span.path("text").asString(), id);
                    }
                }
            }
            for (JsonNode a : doc.path("actors")) {
                assertTrue(a.path("id").asString().startsWith("a"));
                assertTrue(List.of("PERSON", "ORGANIZATION", "COUNTRY", "GROUP").contains(a.path("type").asString()));
            }
        }
        // the sidecar metadata gave the publication dates
        assertTrue(lines.get(0).contains("\"published\":\"2025-02-24\""), lines.get(0));
    }

    @Test
    void textSummaryNamesWhoMetWhom() throws IOException {
        Run r = run("extract", "--format", "text", seedsDir().toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("== 000_609a4f19a1811546"), r.out());
        assertTrue(r.out().contains("Meetings:"), r.out());
        assertTrue(r.out().contains("Statements:"), r.out());
    }

    @Test
    void jsonFormatWrapsDocumentsAndOutputFileIsWrittenWhole() throws IOException {
        Path out = dir.resolve("out/x.json");
        Run r = run("extract", "--format", "json", "-o", out.toString(), seedsDir().toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        JsonNode root = JsonMapper.builder().build().readTree(Files.readString(out));
        assertEquals(SEEDS.length, root.path("documents").size());
        try (var files = Files.list(out.getParent())) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void publishedOptionOverridesMetadata() throws IOException {
        Run r = run("extract", "--published", "2025-03-04", seedsDir().resolve(SEEDS[0] + ".txt").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"published\":\"2025-03-04\""));
    }

    @Test
    void missingFileIsAUsageError() {
        Run r = run("extract", dir.resolve("nope.txt").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no such file"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void directoryWithoutTextsIsAUsageError() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.md"), "x");
        Run r = run("extract", empty.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no .txt files"), r.err());
    }

    @Test
    void invalidUtf8NamesTheByteOffsetAndTheOthersAreStillRead() throws IOException {
        Path d = Files.createDirectories(dir.resolve("mixed"));
        Files.writeString(d.resolve("a.txt"), "قال الوزير إن المباحثات كانت بناءة.", StandardCharsets.UTF_8);
        byte[] bad = "قال الوزير".getBytes(StandardCharsets.UTF_8);
        byte[] withBad = new byte[bad.length + 2];
        System.arraycopy(bad, 0, withBad, 0, bad.length);
        withBad[bad.length] = (byte) 0xC3;
        withBad[bad.length + 1] = (byte) 0x28;
        Files.write(d.resolve("b.txt"), withBad);
        Run r = run("extract", d.toString());
        assertEquals(1, r.code(), "partial failure is told apart from success");
        assertTrue(r.err().contains("b.txt") && r.err().contains("byte offset " + bad.length), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), "the bad file is reported in the output too");
        assertTrue(lines.get(1).contains("UNREADABLE"), lines.get(1));

        Run lenient = run("extract", "--lenient", d.toString());
        assertEquals(0, lenient.code(), lenient.err());
        assertTrue(lenient.out().contains("INVALID_UTF8"), lenient.out());
    }

    @Test
    void helpAndVersion() {
        Run help = run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("extract"));
        Run version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("khabar "));
        assertFalse(run("extract", "--format", "xml", "x").code() == 0);
    }

    @Test
    void timesListsExpressions() throws IOException {
        Path f = dir.resolve("t.txt");
        Files.writeString(f, "وصل الوزير إلى الرياض يوم الاثنين 24 فبراير 2025.", StandardCharsets.UTF_8);
        Run r = run("times", f.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"value\":\"2025-02-24\""), r.out());
    }
}
