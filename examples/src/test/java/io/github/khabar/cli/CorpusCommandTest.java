package io.github.khabar.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code khabar corpus} and {@code khabar csv} end to end, on two reports of one meeting written for this test. */
class CorpusCommandTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    /** Two outlets tell the same call; a third text is about something else. */
    private Path texts() throws IOException {
        Path d = Files.createDirectories(dir.resolve("texts"));
        Files.writeString(d.resolve("agency.txt"), "موسكو - أجرى وزير الخارجية الروسي سيرغي لافروف، اليوم الثلاثاء، "
                + "اتصالا هاتفيا مع نظيره التركي هاكان فيدان، بحثا خلاله الوضع في المنطقة.\n"
                + "وقال لافروف: \"نريد حلا سياسيا, لا عسكريا\".\n", StandardCharsets.UTF_8);
        Files.writeString(d.resolve("daily.txt"), "أنقرة - بحث وزير الخارجية التركي هاكان فيدان مع نظيره الروسي "
                + "سيرجي لافروف، في اتصال هاتفي أمس الثلاثاء، تطورات الأوضاع الإقليمية.\n", StandardCharsets.UTF_8);
        Files.writeString(d.resolve("other.txt"), "الرياض - قال المتحدث باسم وزارة الصحة إن الموسم يسير بنجاح.\n",
                StandardCharsets.UTF_8);
        Files.writeString(d.resolve("metadata.json"), """
                [{"id": "agency", "published": "2024-03-05", "outlet": "agency"},
                 {"id": "daily", "published": "2024-03-06", "outlet": "daily"},
                 {"id": "other", "published": "2024-03-06", "outlet": "daily"}]
                """, StandardCharsets.UTF_8);
        return d;
    }

    @Test
    void corpusJsonLinesLinkTheCallToldByTwoOutlets() throws IOException {
        Path d = texts();
        ExtractCommandTest.Run r = ExtractCommandTest.run("corpus", "--threads", "2", d.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err(), "no progress bar when stderr is not a terminal");
        List<JsonNode> lines = r.out().lines().map(JSON::readTree).toList();
        for (JsonNode l : lines) {
            assertEquals(1, l.size());
            assertTrue(Set.of("document", "actor", "event", "edge", "profile").contains(l.propertyNames().iterator().next()));
        }
        assertEquals(List.of("agency", "daily", "other"), lines.stream().filter(l -> l.has("document"))
                .map(l -> l.path("document").path("id").asString()).toList());
        List<JsonNode> meetings = lines.stream().map(l -> l.path("event"))
                .filter(e -> e.path("kind").asString().equals("MEETING")).toList();
        assertEquals(1, meetings.size(), meetings.toString());
        JsonNode call = meetings.get(0);
        assertEquals("2024-03-05", call.path("date").asString(), "اليوم الثلاثاء / أمس الثلاثاء");
        assertTrue(call.path("resolved").asBoolean());
        assertEquals("PHONE", call.path("mode").asString());
        assertEquals("041", call.path("codes").path("cameo").asString());
        assertEquals(Set.of("agency", "daily"), sources(call));
        for (JsonNode s : call.path("sources")) {
            String text = Files.readString(d.resolve(s.path("documentId").asString() + ".txt"), StandardCharsets.UTF_8);
            for (JsonNode span : s.path("evidence")) {
                assertEquals(text.substring(span.path("start").asInt(), span.path("end").asInt()), span.path("text").asString());
            }
        }
        // one Lavrov under two spellings
        long lavrovs = lines.stream().map(l -> l.path("actor")).filter(a -> a.path("name").asString().contains("لافروف")).count();
        assertEquals(1, lavrovs);
    }

    private static Set<String> sources(JsonNode event) {
        Set<String> out = new java.util.HashSet<>();
        event.path("sources").forEach(s -> out.add(s.path("documentId").asString()));
        return out;
    }

    @Test
    void everyReadingCommandRejectsNegativeThreadsTheSameWay() throws IOException {
        Path d = texts();
        for (String command : List.of("extract", "corpus", "csv", "report")) {
            ExtractCommandTest.Run r = ExtractCommandTest.run(command, "--threads", "-3", "-o",
                    dir.resolve("unused-" + command).toString(), d.toString());
            assertEquals(2, r.code(), command + ": " + r.err());
            assertEquals("khabar " + command + ": --threads must be 0 (one per core) or more: -3\n",
                    r.err().replace("\r\n", "\n"), command);
            assertFalse(Files.exists(dir.resolve("unused-" + command)), command + " wrote nothing");
        }
    }

    @Test
    void corpusJsonIsOneObjectWrittenWhole() throws IOException {
        Path out = dir.resolve("out/corpus.json");
        ExtractCommandTest.Run r = ExtractCommandTest.run("corpus", "--format", "json", "-o", out.toString(),
                texts().toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        JsonNode root = JSON.readTree(Files.readString(out, StandardCharsets.UTF_8));
        for (String f : List.of("documents", "actors", "events", "graph", "profiles")) {
            assertTrue(root.path(f).isArray(), f);
        }
        assertEquals(3, root.path("documents").size());
        assertEquals(1, root.path("graph").size(), "Lavrov and Fidan, one call");
        assertEquals(1, root.path("graph").get(0).path("count").asInt());
    }

    @Test
    void csvTablesAreRfc4180AndKeepTheEvidence() throws IOException {
        Path d = texts();
        Path out = dir.resolve("tables");
        ExtractCommandTest.Run r = ExtractCommandTest.run("csv", "-o", out.toString(), d.toString());
        assertEquals(0, r.code(), r.err());
        for (String t : List.of("actors", "meetings", "visits", "statements", "mentions", "evidence", "sources")) {
            assertTrue(Files.isRegularFile(out.resolve(t + ".csv")), t);
        }
        List<CSVRecord> meetings = read(out.resolve("meetings.csv"));
        assertEquals(1, meetings.size());
        assertEquals("2", meetings.get(0).get("sources"));
        assertEquals("041", meetings.get(0).get("cameo"));
        assertEquals("CONSULT", meetings.get(0).get("plover"));
        assertEquals(Set.of("agency", "daily"), Set.of(meetings.get(0).get("documents").split(";")));
        // the quoted statement holds an ASCII comma and a quote mark: the table reads back to the very characters
        List<CSVRecord> evidence = read(out.resolve("evidence.csv"));
        boolean quoted = false;
        for (CSVRecord e : evidence) {
            String text = Files.readString(d.resolve(e.get("document_id") + ".txt"), StandardCharsets.UTF_8);
            assertEquals(text.substring(Integer.parseInt(e.get("start")), Integer.parseInt(e.get("end"))), e.get("text"));
            quoted |= e.get("text").contains("\"") && e.get("text").contains(",");
        }
        assertTrue(quoted, "some evidence needs RFC 4180 quoting: " + evidence);
        assertEquals(List.of("agency", "daily", "other"),
                read(out.resolve("sources.csv")).stream().map(s -> s.get("document_id")).collect(Collectors.toList()));
    }

    private static List<CSVRecord> read(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(in, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        }
    }

    @Test
    void aBadFileIsReportedAndTheOthersAreLinked() throws IOException {
        Path d = texts();
        Files.write(d.resolve("bad.txt"), new byte[] {(byte) 0xD9, (byte) 0x82, (byte) 0xC3, 0x28});
        ExtractCommandTest.Run r = ExtractCommandTest.run("corpus", d.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("invalid UTF-8 at byte offset 2"), r.err());
        assertTrue(r.out().contains("\"kind\":\"MEETING\""), r.out());
        ExtractCommandTest.Run missing = ExtractCommandTest.run("csv", "-o", dir.resolve("t").toString(),
                dir.resolve("nope").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such file"), missing.err());
    }
}
