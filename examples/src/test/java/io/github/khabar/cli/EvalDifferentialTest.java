package io.github.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the Java evaluator and the reference scorer {@code ../shared/eval/evaluate.py} on the same inputs and
 * requires the same figures, the same problems, and byte-identical printed output (text and {@code --json}).
 * Skipped when {@code python3} or the script is absent.
 *
 * <p>Inputs: the synthetic cases under {@code src/test/resources/eval} (made for this test), and the real gold
 * files {@code ../shared/gold/seeds.gold.json} and {@code ../shared/dev/dev.gold.json} with outputs generated
 * from the gold at run time (so that no licensed text is copied into the repository).
 */
class EvalDifferentialTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    static Path resource(String name) {
        try {
            return Path.of(EvalDifferentialTest.class.getResource("/eval/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assumeReference() {
        assumeTrue(EvalReference.script().isPresent(),
                "reference scorer ../shared/eval/evaluate.py not found next to the project: differential test skipped");
        assumeTrue(EvalReference.pythonAvailable(), "python3 not available: differential test skipped");
    }

    /** Java and Python agree on everything, printed byte for byte. */
    static EvaluationReport assertSame(Path gold, Path output, Path texts) {
        EvaluationReport java = new Evaluator().evaluate(gold, output, texts);
        String pyJson = EvalReference.run(gold, output, texts, true);
        JsonNode py = JSON.readTree(pyJson);
        JsonNode jv = JSON.readTree(java.toJson());
        for (String c : EvaluationReport.CATEGORIES) assertEquals(py.get(c), jv.get(c), c + " of " + output);
        assertEquals(py.get("attributes"), jv.get("attributes"), "attributes of " + output);
        List<String> pyProblems = new ArrayList<>();
        py.get("problems").values().forEach(n -> pyProblems.add(n.stringValue()));
        assertEquals(pyProblems, java.problems(), "problems of " + output);
        assertEquals(pyJson, java.toJson() + "\n", "--json output of " + output);
        assertEquals(EvalReference.run(gold, output, texts, false), java.toText(), "text output of " + output);
        return java;
    }

    static Stream<Arguments> syntheticCases() {
        List<Arguments> cases = new ArrayList<>();
        for (String out : List.of("rules/out.jsonl", "formats/array.json", "formats/documents.json",
                "formats/single.json", "formats/empty.jsonl", "formats/duplicate-ids.jsonl")) {
            cases.add(Arguments.of(out, true));
            cases.add(Arguments.of(out, false));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} texts={1}")
    @MethodSource("syntheticCases")
    void syntheticCasesMatchPython(String output, boolean withTexts) {
        assumeReference();
        assertSame(resource("rules/gold.json"), resource(output), withTexts ? resource("rules/texts") : null);
    }

    @Test
    void syntheticRulesCaseExercisesEveryCategory() {
        // independent of Python: the synthetic case is not trivial
        EvaluationReport r = new Evaluator().evaluate(resource("rules/gold.json"), resource("rules/out.jsonl"), resource("rules/texts"));
        for (String c : EvaluationReport.CATEGORIES) {
            EvaluationReport.Score s = r.score(c);
            assertEquals(true, s.tp() > 0 && s.fp() > 0, c + " has both hits and false positives: " + s);
        }
        assertEquals(true, r.attributes().get("evidence.offsets").acc() < 0.5);
        assertEquals(28, r.attributes().get("evidence.offsets").n());
    }

    @Test
    void crlfTextsAreReadWithUniversalNewlinesAsPythonDoes() throws IOException {
        assumeReference();
        Path texts = Files.createDirectories(tmp.resolve("texts"));
        for (String id : List.of("d1", "d3")) {
            String t = Files.readString(resource("rules/texts/" + id + ".txt"), StandardCharsets.UTF_8);
            Files.writeString(texts.resolve(id + ".txt"), t.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        }
        EvaluationReport r = assertSame(resource("rules/gold.json"), resource("rules/out.jsonl"), texts);
        assertEquals(new Evaluator().evaluate(resource("rules/gold.json"), resource("rules/out.jsonl"), resource("rules/texts"))
                .attributes(), r.attributes());
    }

    @Test
    void missingTextsDirectoryChecksNothing() {
        assumeReference();
        EvaluationReport r = assertSame(resource("rules/gold.json"), resource("rules/out.jsonl"), tmp.resolve("nowhere"));
        assertEquals(false, r.attributes().containsKey("evidence.offsets"));
    }

    // ---------------------------------------------------------------- the real gold files

    static Stream<Arguments> realGold() {
        return Stream.of(Arguments.of("gold/seeds.gold.json", "seeds"), Arguments.of("dev/dev.gold.json", "dev/texts"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realGold")
    void realGoldMatchesPython(String goldName, String textsName) throws IOException {
        assumeReference();
        Path shared = EvalReference.sharedDir().orElseThrow();
        Path gold = shared.resolve(goldName);
        assumeTrue(Files.isRegularFile(gold), gold + " not found: skipped");
        Path texts = shared.resolve(textsName);
        Optional<Path> textsDir = Files.isDirectory(texts) ? Optional.of(texts) : Optional.empty();

        Path empty = Files.writeString(tmp.resolve("empty.jsonl"), "");
        EvaluationReport none = assertSame(gold, empty, textsDir.orElse(null));
        assertEquals(0, none.score("actors").tp());

        @SuppressWarnings("unchecked")
        Map<String, Object> g = (Map<String, Object>) EvalPy.fromJson(JSON.readTree(gold.toFile()));
        Path perfect = write("perfect.jsonl", EvalOutputs.fromGold(g, textsDir.orElse(null), false));
        EvaluationReport best = assertSame(gold, perfect, textsDir.orElse(null));
        for (String c : EvaluationReport.CATEGORIES) assertEquals(1.0, best.score(c).f1(), c + " of an output listing the gold");

        Path handMade = write("handmade.jsonl", EvalOutputs.fromGold(g, textsDir.orElse(null), true));
        EvaluationReport some = assertSame(gold, handMade, textsDir.orElse(null));
        assertSame(gold, handMade, null);
        for (String c : EvaluationReport.CATEGORIES) {
            double f1 = some.score(c).f1();
            assertEquals(true, f1 > 0 && f1 < 1, c + " of the hand-made output is neither perfect nor empty: " + f1);
        }
        assertEquals(true, some.problems().stream().anyMatch(p -> p.contains("spurious person")));
        assertEquals(true, some.problems().stream().anyMatch(p -> p.contains("no output for this document")));
    }

    private Path write(String name, List<Map<String, Object>> docs) throws IOException {
        StringBuilder b = new StringBuilder();
        for (Map<String, Object> d : docs) b.append(EvalPy.dumps(d)).append('\n');
        return Files.writeString(tmp.resolve(name), b.toString(), StandardCharsets.UTF_8);
    }

}
