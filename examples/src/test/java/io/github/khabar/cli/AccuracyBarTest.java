package io.github.khabar.cli;

import io.github.khabar.Khabar;
import io.github.khabar.KhabarException;
import io.github.khabar.KhabarJson;
import io.github.khabar.model.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The accuracy bar, through the public API: the seeds against their hand annotation (bundled with the
 * project), and the dev set of ten Saudi articles from 2015 (read from ../shared/dev when present; its
 * licence keeps it out of the repository). Scores come from {@link Evaluator}, the Java port of the
 * reference scorer.
 */
class AccuracyBarTest {
    private static final Khabar KHABAR = Khabar.builder().build();

    @TempDir
    Path dir;

    @Test
    void seedsMeetTheBar() throws IOException, KhabarException {
        Path root = PoolTexts.projectRoot();
        Path texts = root.resolve("seeds/texts");
        EvaluationReport r = score(texts, root.resolve("seeds/gold/seeds.gold.json"));
        for (String category : List.of("meetings", "visits", "statements")) {
            assertTrue(r.score(category).f1() >= 0.9, category + " F1 on the seeds: " + r.toText());
        }
        assertTrue(r.score("actors").f1() >= 0.95, "actors F1 on the seeds: " + r.toText());
        assertTrue(r.attributes().get("actor.role").acc() >= 0.95, "role accuracy on the seeds: " + r.toText());
        r.attributes().forEach((name, a) -> {
            if (a.acc() != null) assertTrue(a.acc() >= 0.85, name + " accuracy on the seeds: " + r.toText());
        });
        assertEquals(1.0, r.attributes().get("evidence.offsets").acc(), "evidence integrity");
    }

    @Test
    void devSetMeetsTheBar() throws IOException, KhabarException {
        Path dev = PoolTexts.projectRoot().resolveSibling("shared").resolve("dev");
        Assumptions.assumeTrue(Files.isDirectory(dev.resolve("texts")),
                "../shared/dev is not beside this checkout: the dev set cannot be copied into the project");
        EvaluationReport r = score(dev.resolve("texts"), dev.resolve("dev.gold.json"));
        for (String category : EvaluationReport.CATEGORIES) {
            assertTrue(r.score(category).f1() >= 0.8, category + " F1 on the dev set: " + r.toText());
        }
        assertEquals(1.0, r.attributes().get("evidence.offsets").acc(), "evidence integrity");
    }

    private EvaluationReport score(Path texts, Path gold) throws IOException, KhabarException {
        Map<String, LocalDate> published = PoolTexts.published(texts.resolve("metadata.json"));
        StringBuilder out = new StringBuilder();
        try (Stream<Path> files = Files.list(texts)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String id = f.getFileName().toString().replace(".txt", "");
                String text = Files.readString(f, StandardCharsets.UTF_8);
                out.append(KhabarJson.toJson(KHABAR.extract(Document.of(id, text, published.get(id))))).append('\n');
            }
        }
        Path jsonl = dir.resolve("out.jsonl");
        Files.writeString(jsonl, out.toString(), StandardCharsets.UTF_8);
        return new Evaluator().evaluate(gold, jsonl, texts);
    }
}
