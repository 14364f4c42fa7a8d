package io.github.khabar.corpus;

import io.github.khabar.Khabar;
import io.github.khabar.model.Document;
import io.github.khabar.model.Extraction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The three-step linking gives exactly the corpus of the one-node linker, whatever order the groups are
 * matched in: over the corpus test articles, the seeds, and — when {@code ../shared/pool} is present — 300
 * real articles (many reports of the same people, so large groups).
 */
class DistributedLinkingTest {
    private static final Khabar KHABAR = Khabar.builder().build();
    private static final List<Extraction> EXTRACTIONS = new ArrayList<>();
    private static final Map<String, String> OUTLETS = new HashMap<>();

    @BeforeAll
    static void extract() throws Exception {
        List<Document> docs = new ArrayList<>();
        String meta = resource("metadata.json");
        Matcher m = Pattern.compile("\"id\":\\s*\"([^\"]+)\"[^}]*?\"published\":\\s*\"([0-9-]+)\"[^}]*?\"outlet\":\\s*\"([^\"]+)\"")
                .matcher(meta);
        while (m.find()) {
            docs.add(new Document(m.group(1), resource(m.group(1) + ".txt"), LocalDate.parse(m.group(2)), m.group(3)));
        }
        assertTrue(docs.size() >= 8, "corpus test articles: " + docs.size());
        docs.addAll(directory(Path.of("..", "seeds", "texts"), Integer.MAX_VALUE));
        docs.addAll(directory(Path.of("..", "..", "shared", "pool", "diplomacy", "texts"), 300));
        for (Document d : docs) {
            EXTRACTIONS.add(KHABAR.extract(d));
            OUTLETS.put(d.id(), d.outlet());
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DistributedLinkingTest.class.getResourceAsStream("/io/github/khabar/corpus/" + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The first {@code limit} texts of a directory, by name, with the dates of its metadata.json. */
    private static List<Document> directory(Path dir, int limit) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        Map<String, LocalDate> dates = new HashMap<>();
        Path meta = dir.resolve("metadata.json");
        if (Files.exists(meta)) {
            Matcher m = Pattern.compile("\"id\":\\s*\"([^\"]+)\",\\s*\"published\":\\s*\"([0-9-]+)").matcher(Files.readString(meta));
            while (m.find()) dates.put(m.group(1), LocalDate.parse(m.group(2).substring(0, 10)));
        }
        List<Document> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(limit).toList()) {
                String id = f.getFileName().toString().replaceFirst("\\.txt$", "");
                out.add(new Document(id, Files.readString(f), dates.get(id), null));
            }
        }
        return out;
    }

    private record Item(Extraction x, DistributedLinking.DocumentPlan plan, int report) {}

    @Test
    void threeStepsGiveTheOneNodeCorpusInAnyGroupOrder() {
        Corpus expected = Corpus.builder(KHABAR).link(EXTRACTIONS.stream(), OUTLETS::get);

        DistributedLinking.Plan plan = DistributedLinking.plan(KHABAR);
        EXTRACTIONS.forEach(x -> plan.add(x, OUTLETS.get(x.document().id())));
        List<DistributedLinking.DocumentPlan> plans = plan.finish();
        assertEquals(EXTRACTIONS.size(), plans.size());

        Map<Long, List<Item>> groups = new TreeMap<>(Comparator.reverseOrder()); // matched last group first
        for (int d = 0; d < plans.size(); d++) {
            DistributedLinking.DocumentPlan p = plans.get(d);
            for (int i = 0; i < p.reports(); i++) {
                groups.computeIfAbsent(p.groups().get(i), k -> new ArrayList<>()).add(new Item(EXTRACTIONS.get(d), p, i));
            }
        }
        Map<Long, String> keys = new HashMap<>();
        for (Map.Entry<Long, List<Item>> g : groups.entrySet()) {
            DistributedLinking.Matcher matcher = DistributedLinking.matcher();
            for (Item it : g.getValue()) {
                keys.put(it.plan().firstReport() + it.report(), g.getKey() + "/" + matcher.add(it.x(), it.plan(), it.report()));
            }
        }
        DistributedLinking.Assembly assembly = DistributedLinking.assembly(KHABAR, keys::get);
        EXTRACTIONS.forEach(x -> assembly.add(x, OUTLETS.get(x.document().id())));
        Corpus actual = assembly.corpus();

        assertEquals(CorpusJson.toJsonLines(expected), CorpusJson.toJsonLines(actual));
        // not vacuous: several groups, some of several reports, and events told by more than one document
        assertTrue(groups.size() > 3, "groups: " + groups.size());
        assertTrue(groups.values().stream().filter(g -> g.size() > 1).count() >= 2);
        assertTrue(expected.events().stream().anyMatch(e -> e.sourceCount() > 1));
        assertTrue(groups.size() < keys.size(), "some group must hold more than one report");
    }

    @Test
    void aMatcherRefusesReportsOutOfOrder() {
        DistributedLinking.Plan plan = DistributedLinking.plan(KHABAR);
        EXTRACTIONS.forEach(x -> plan.add(x, null));
        List<DistributedLinking.DocumentPlan> plans = plan.finish();
        int d = 0;
        while (plans.get(d).reports() < 2) d++;
        DistributedLinking.Matcher matcher = DistributedLinking.matcher();
        matcher.add(EXTRACTIONS.get(d), plans.get(d), 1);
        int doc = d;
        assertThrows(IllegalArgumentException.class, () -> matcher.add(EXTRACTIONS.get(doc), plans.get(doc), 0));
        assertThrows(IllegalStateException.class, () -> plan.add(EXTRACTIONS.get(0), null));
    }
}
