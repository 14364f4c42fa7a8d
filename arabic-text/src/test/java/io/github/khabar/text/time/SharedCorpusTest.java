package io.github.khabar.text.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks date phrases of the shared seed and dev articles (read from {@code ../shared} next to the
 * project root; skipped when absent: their licences keep them out of the repository).
 */
class SharedCorpusTest {
    static final ArabicTimeRecognizer R = ArabicTimeRecognizer.create();

    static Path shared() {
        Path p = Paths.get("").toAbsolutePath();
        for (int i = 0; i < 4 && p != null; i++, p = p.getParent()) {
            if (Files.isDirectory(p.resolve("arabic-text")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p.resolve("../shared").normalize();
            }
        }
        return Paths.get("../shared").toAbsolutePath().normalize();
    }

    static String seed(String prefix) throws IOException {
        Path dir = shared().resolve("seeds");
        assumeTrue(Files.isDirectory(dir), "no ../shared/seeds");
        try (Stream<Path> s = Files.list(dir)) {
            Path f = s.filter(x -> x.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
            assumeTrue(f != null, "no seed " + prefix);
            return Files.readString(f, StandardCharsets.UTF_8);
        }
    }

    static void expect(String text, LocalDate ref, String phrase, String value) {
        List<TimeMention> ms = R.find(text, ref);
        String got = ms.stream().filter(m -> m.text().contains(phrase) || phrase.contains(m.text()))
                .map(m -> "[" + m.text() + "]=" + m.value()).collect(Collectors.joining(" "));
        assertTrue(ms.stream().anyMatch(m -> m.text().equals(phrase) && m.value().equals(value)),
                phrase + " → " + value + "; got " + got);
    }

    @Test
    void seed000() throws IOException {
        expect(seed("000_"), LocalDate.of(2025, 2, 24), "اليوم الإثنين", "2025-02-24");
    }

    @Test
    void seed001() throws IOException {
        expect(seed("001_"), null, "أكتوبر الماضي", "XXXX-10");
    }

    @Test
    void seed002() throws IOException {
        expect(seed("002_"), null, "يومي 23 و24 شباط الماضي", "XXXX-02-23/XXXX-02-24");
    }

    @Test
    void seed003() throws IOException {
        String t = seed("003_");
        LocalDate ref = LocalDate.of(2025, 7, 31);
        expect(t, ref, "15 من تشرين الأول المقبل", "2025-10-15");
        expect(t, ref, "اليوم 31 من تموز", "2025-07-31");
        expect(t, null, "31 من تموز 2025", "2025-07-31");
        // the caption's explicit year gives the publication date of "اليوم 31 من تموز"
        Optional<InferredDate> d = PublicationDates.infer(t);
        assertTrue(d.isPresent());
        assertEquals(LocalDate.of(2025, 7, 31), d.get().date());
    }

    @Test
    void seed004() throws IOException {
        String t = seed("004_");
        LocalDate ref = LocalDate.of(2025, 2, 13);
        expect(t, ref, "أمس الأربعاء", "2025-02-12");
        expect(t, ref, "11 شباط الجاري", "2025-02-11");
        expect(t, ref, "28 من كانون الثاني الماضي", "2025-01-28");
    }

    @Test
    void seedsWithoutCuesInferNothingWrong() throws IOException {
        // 000 says only "اليوم الإثنين": no explicit date, so nothing may be inferred
        assertTrue(PublicationDates.infer(seed("000_")).isEmpty());
        assertTrue(PublicationDates.infer(seed("001_")).isEmpty());
        assertTrue(PublicationDates.infer(seed("002_")).isEmpty());
    }

    /** Dev texts: datelines give the date; no other text may give a wrong one. */
    @Test
    void devPublicationDates() throws IOException {
        Path dir = shared().resolve("dev/texts");
        assumeTrue(Files.isRegularFile(dir.resolve("metadata.json")), "no ../shared/dev");
        String meta = Files.readString(dir.resolve("metadata.json"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\"id\":\\s*\"([^\"]+)\",\\s*\"published\":\\s*\"([^\"]+)\"").matcher(meta);
        int inferred = 0;
        while (m.find()) {
            Path f = dir.resolve(m.group(1) + ".txt");
            if (!Files.isRegularFile(f)) {
                continue;
            }
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Optional<InferredDate> d = PublicationDates.infer(text);
            if (d.isPresent()) {
                inferred++;
                assertEquals(LocalDate.parse(m.group(2)), d.get().date(), m.group(1) + " " + d.get());
            }
            if (m.group(1).startsWith("snn_was_")) {
                assertTrue(d.isPresent(), m.group(1) + " has a Hijri dateline");
                assertEquals("dateline", d.get().cue());
            }
        }
        assertTrue(inferred >= 2);
    }

    @Test
    void devHijriPairIsOneMention() throws IOException {
        Path f = shared().resolve("dev/texts/snn_alriyadh_1.txt");
        assumeTrue(Files.isRegularFile(f), "no ../shared/dev");
        String text = Files.readString(f, StandardCharsets.UTF_8);
        List<TimeMention> ms = R.find(text, LocalDate.of(2015, 8, 6));
        assertTrue(ms.stream().anyMatch(x -> x.value().equals("2015-08-04") && x.text().contains("الموافق")),
                ms.toString());
    }
}
