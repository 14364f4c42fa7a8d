package io.github.khabar.spark;

import io.github.khabar.Khabar;
import io.github.khabar.KhabarJson;
import io.github.khabar.model.Document;
import io.github.khabar.model.Extraction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The job on {@code local[2]} over the five seed articles plus generated ones gives, document for document,
 * exactly the JSON a single-machine {@code Khabar.extract} gives, and tables that hold every event of it.
 */
class KhabarSparkJobTest {
    private static SparkSession spark;
    private static final Khabar KHABAR = Khabar.builder().build();

    @TempDir
    static Path work;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("khabar-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    /** Seed texts and metadata copied beside generated articles, all in one input directory. */
    private static Path inputDirectory() throws IOException {
        Path in = work.resolve("in");
        if (Files.isDirectory(in)) return in;
        Files.createDirectories(in);
        Path seeds = Path.of("..", "seeds", "texts");
        StringBuilder meta = new StringBuilder("[");
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Files.copy(f, in.resolve(f.getFileName()));
            }
        }
        // the seeds' own publication dates, from their sidecar
        String seedMeta = Files.readString(seeds.resolve("metadata.json"));
        Matcher m = Pattern.compile("\"id\":\\s*\"([^\"]+)\",\\s*\"published\":\\s*\"([0-9-]+)\"").matcher(seedMeta);
        while (m.find()) {
            meta.append(meta.length() > 1 ? "," : "").append("{\"id\":\"").append(m.group(1))
                    .append("\",\"published\":\"").append(m.group(2)).append("\"}");
        }
        for (Map.Entry<String, String> g : generated().entrySet()) {
            Files.writeString(in.resolve(g.getKey() + ".txt"), g.getValue(), StandardCharsets.UTF_8);
            meta.append(",{\"id\":\"").append(g.getKey()).append("\",\"published\":\"2024-03-1")
                    .append(g.getKey().charAt(g.getKey().length() - 1)).append("\",\"outlet\":\"gen\"}");
        }
        Files.writeString(in.resolve("metadata.json"), meta.append("]").toString(), StandardCharsets.UTF_8);
        return in;
    }

    /** Short agency-style articles made from a few templates: meetings, visits, statements. */
    static Map<String, String> generated() {
        String[][] hosts = {{"وزير الخارجية المصري", "سامح شكري"}, {"وزير الخارجية الأردني", "أيمن الصفدي"},
                {"رئيس الوزراء العراقي", "محمد شياع السوداني"}};
        String[][] guests = {{"نظيره الفرنسي", "جان نويل بارو"}, {"المبعوث الأممي إلى اليمن", "هانس غروندبرغ"}};
        Map<String, String> out = new TreeMap<>();
        int n = 0;
        for (String[] h : hosts) {
            for (String[] g : guests) {
                for (int variant = 0; variant < 3; variant++) {
                    String text = switch (variant) {
                        case 0 -> "استقبل " + h[0] + " " + h[1] + " اليوم " + g[0] + " " + g[1]
                                + "، وبحث معه العلاقات الثنائية.\n\nوقال " + h[1]
                                + " إن المباحثات كانت بناءة ومثمرة.\n";
                        case 1 -> "يصل " + g[0] + " " + g[1] + " غدا إلى بغداد في زيارة رسمية يلتقي خلالها "
                                + h[0] + " " + h[1] + ".\n";
                        default -> "أكد " + h[0] + " " + h[1] + " في بيان أن بلاده تدعم الحل السياسي، "
                                + "وأضاف أن الحوار هو السبيل الوحيد.\n";
                    };
                    out.put(String.format("gen_%02d_%d", n, variant % 9), text);
                }
                n++;
            }
        }
        return out;
    }

    /** What a single machine gives for every article of the directory, by id. */
    private static Map<String, String> singleMachine(Dataset<Row> articles) throws Exception {
        Map<String, String> out = new TreeMap<>();
        for (Row r : articles.collectAsList()) {
            String published = r.getAs("published");
            Extraction x = KHABAR.extract(new Document(r.getAs("id"), r.getAs("text"),
                    published == null ? null : LocalDate.parse(published), r.getAs("outlet")));
            out.put(r.getAs("id"), KhabarJson.toJson(x));
        }
        return out;
    }

    private static Map<String, String> jobExtractions(Path output) throws Exception {
        Map<String, String> out = new TreeMap<>();
        List<Path> parts;
        try (Stream<Path> files = Files.list(output.resolve("extractions"))) {
            parts = files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
        for (Path p : parts) {
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                out.put(KhabarJson.fromJson(line).document().id(), line);
            }
        }
        return out;
    }

    @Test
    void theJobGivesWhatOneMachineGives() throws Exception {
        Path in = inputDirectory();
        Dataset<Row> articles = Articles.read(spark, in.toString(), "text").repartition(3);
        Map<String, String> expected = singleMachine(articles);
        assertEquals(5 + generated().size(), expected.size());

        Path out = work.resolve("out-text");
        KhabarSparkJob.Summary summary = KhabarSparkJob.run(spark, articles, out.toString());
        assertEquals(expected, jobExtractions(out));
        assertEquals(expected.size(), summary.documents());
        assertEquals(0, summary.failed());

        long meetings = 0;
        long visits = 0;
        long statements = 0;
        for (String json : expected.values()) {
            Extraction x = KhabarJson.fromJson(json);
            meetings += x.meetings().size();
            visits += x.visits().size();
            statements += x.statements().size();
        }
        assertTrue(meetings > 0 && visits > 0 && statements > 0, meetings + " " + visits + " " + statements);
        assertEquals(meetings, summary.meetings());
        assertEquals(visits, summary.visits());
        assertEquals(statements, summary.statements());

        // the corpus linked on the driver is the one a single machine links from the same articles in id order
        List<Document> ordered = new ArrayList<>();
        for (Row r : articles.orderBy("id").collectAsList()) {
            String published = r.getAs("published");
            ordered.add(new Document(r.getAs("id"), r.getAs("text"),
                    published == null ? null : LocalDate.parse(published), r.getAs("outlet")));
        }
        String corpus = io.github.khabar.corpus.CorpusJson.toJsonLines(
                io.github.khabar.corpus.Corpus.builder(KHABAR).parallelism(1).build(ordered.stream()));
        assertEquals(corpus, Files.readString(out.resolve("corpus.jsonl")));
        assertTrue(summary.corpusEvents() > 0 && summary.corpusEvents() < meetings + visits + statements,
                "the generated articles repeat meetings, so linking must join some: " + summary);

        // a generated reception: the host and the guest, as named in the text, are the meeting's parties
        List<Row> rows = spark.read().parquet(out.resolve("meetings/parquet").toString())
                .filter("doc_id = 'gen_00_0'").collectAsList();
        assertFalse(rows.isEmpty());
        List<String> names = rows.get(0).getList(rows.get(0).fieldIndex("participants"));
        assertTrue(names.stream().anyMatch(s -> s.contains("شكري")), names.toString());
        assertTrue(names.stream().anyMatch(s -> s.contains("بارو")), names.toString());
        String evidence = rows.get(0).getAs("evidence");
        int start = rows.get(0).getAs("evidence_start");
        int end = rows.get(0).getAs("evidence_end");
        String text = Files.readString(in.resolve("gen_00_0.txt"));
        assertEquals(text.substring(start, end), evidence);
    }

    @Test
    void jsonLinesAndParquetInputGiveTheSame() throws Exception {
        Path in = inputDirectory();
        Dataset<Row> articles = Articles.read(spark, in.toString(), "text");
        Map<String, String> expected = singleMachine(articles);
        Path jsonl = work.resolve("articles-jsonl");
        Path parquet = work.resolve("articles-parquet");
        articles.write().json(jsonl.toString());
        articles.write().parquet(parquet.toString());
        for (String[] input : new String[][] {{jsonl.toString(), "jsonl"}, {parquet.toString(), "parquet"}}) {
            Path out = work.resolve("out-" + input[1]);
            KhabarSparkJob.run(spark, Articles.read(spark, input[0], input[1]), out.toString());
            assertEquals(expected, jobExtractions(out), input[1]);
        }
    }

    @Test
    void aBadArticleIsReportedAndTheOthersAreKept() throws Exception {
        List<Row> rows = new ArrayList<>();
        rows.add(org.apache.spark.sql.RowFactory.create("good", "استقبل الرئيس التونسي قيس سعيد اليوم وزير الخارجية الجزائري.", "2024-05-02", null));
        rows.add(org.apache.spark.sql.RowFactory.create("bad-date", "نص", "2024-13-45", null));
        Dataset<Row> articles = spark.createDataFrame(rows, new org.apache.spark.sql.types.StructType()
                .add("id", "string").add("text", "string").add("published", "string").add("outlet", "string"));
        Path out = work.resolve("out-bad");
        KhabarSparkJob.Summary s = KhabarSparkJob.run(spark, articles, out.toString());
        assertEquals(2, s.documents());
        assertEquals(1, s.failed());
        List<Row> errors = spark.read().json(out.resolve("errors").toString()).collectAsList();
        assertEquals("bad-date", errors.get(0).getAs("id"));
        assertTrue(errors.get(0).<String>getAs("error").contains("2024-13-45"));
        assertEquals(1, jobExtractions(out).size());
    }
}
