package io.github.khabar.cli;

import io.github.khabar.Khabar;
import io.github.khabar.KhabarException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Blind rounds on real news (eval/pool/roundN.gold.json, annotated before Khabar was run on the articles):
 * every round's gold is scored against the texts in {@code ../shared/pool} (skipped when they are not beside
 * the checkout: their licence keeps them out of the repository) with the Java port of the reference scorer.
 *
 * <p>Round 1's floors sit a little below its first-look score (main at 73fb45a, gold as corrected after the
 * first look: actors F1 0.76, meetings 1.00 on 4 items, visits 0.40 on 4 items, statements 0.59 on 117
 * items), so that the rules written from its misses cannot silently lose what already worked: actors 0.70
 * and statements 0.55 leave room for a few items; meetings 0.85 tolerates one slip among four meetings but
 * not two; visits 0.35 requires that the one visit found stays found. After the round-1 fixes (lemma
 * lexicon, actor rules) round 1 reads actors 0.84 and statements 0.80, so those floors rose to 0.80 and 0.75.
 *
 * <p>Rounds 2 and 3 were first scored on the merged code of 2026-12-07 (docs/generalization.md): round 2
 * actors 0.71, meetings 0.29 (2 of 12), visits 0.29 (1 of 6), statements 0.74; round 3 actors 0.63,
 * meetings and visits 0.00, statements 0.68. Their floors sit a little below (meetings and visits at 0.25 on
 * round 2 keep both found meetings and the found visit), so that later fixes cannot lose what works.
 *
 * <p>Rounds 4–6 were first scored on the merged code of 2026-12-08 (docs/generalization.md: actors 0.68 /
 * 0.75 / 0.59, meetings 0.80 / 0.44 / 0.00, visits 0.50 / 0.50 / 0.00, statements 0.51 / 0.62 / 0.57).
 * After the fixes written from the misses of rounds 1–6 (titles, statement chains, visits to sites and
 * inspection tours, names opening with a preposition) every round reads higher, and all floors sit a little
 * below those later figures (round 4's meetings and visits at 0.75 keep two found of three each).
 */
class PoolRoundsTest {
    private static final Khabar KHABAR = Khabar.builder().build();
    private static final Pattern ROUND = Pattern.compile("round(\\d+)\\.gold\\.json");
    private static final Map<Integer, Map<String, Double>> FLOORS = Map.of(
            1, Map.of("actors", 0.84, "meetings", 0.85, "visits", 0.50, "statements", 0.82),
            2, Map.of("actors", 0.72, "meetings", 0.25, "visits", 0.25, "statements", 0.73),
            3, Map.of("actors", 0.63, "meetings", 0.0, "visits", 0.35, "statements", 0.65),
            4, Map.of("actors", 0.67, "meetings", 0.75, "visits", 0.75, "statements", 0.67),
            5, Map.of("actors", 0.73, "meetings", 0.40, "visits", 0.60, "statements", 0.63),
            6, Map.of("actors", 0.65, "meetings", 0.0, "visits", 0.0, "statements", 0.60));

    @TempDir
    Path dir;

    @Test
    void everyRoundKeepsItsFloor() throws IOException, KhabarException {
        Path texts = PoolTexts.diplomacyTexts().orElse(null);
        Assumptions.assumeTrue(texts != null, "../shared/pool is not beside this checkout: its articles cannot be copied into the project");
        List<Path> golds = rounds();
        assertFalse(golds.isEmpty(), "no eval/pool/roundN.gold.json");
        for (Path gold : golds) {
            Matcher m = ROUND.matcher(gold.getFileName().toString());
            assertTrue(m.matches());
            int round = Integer.parseInt(m.group(1));
            List<String> ids = ids(gold);
            Path out = PoolTexts.extract(KHABAR, texts, ids, dir.resolve("round" + round + ".jsonl"));
            EvaluationReport r = new Evaluator().evaluate(gold, out, texts);
            assertTrue(r.problems().stream().noneMatch(p -> p.contains("no output for this document")), "round " + round + ": a document was not extracted");
            Map<String, Double> floors = FLOORS.get(round);
            if (floors == null) continue;
            System.out.println("blind round " + round + ":\n" + r.toText());
            floors.forEach((category, floor) ->
                    assertTrue(r.score(category).f1() >= floor, "round " + round + " " + category + " F1 below " + floor + ":\n" + r.toText()));
            assertEquals(1.0, r.attributes().get("evidence.offsets").acc(), "evidence integrity");
        }
    }

    private static List<Path> rounds() throws IOException {
        Path dir = PoolTexts.projectRoot().resolve("eval/pool");
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> ROUND.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
    }

    private static List<String> ids(Path gold) throws IOException {
        List<String> ids = new ArrayList<>();
        for (JsonNode d : JsonMapper.builder().build().readTree(Files.readString(gold)).path("documents")) ids.add(d.path("id").asString());
        return ids;
    }
}
