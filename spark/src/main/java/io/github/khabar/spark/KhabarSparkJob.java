package io.github.khabar.spark;

import io.github.khabar.KhabarException;
import io.github.khabar.KhabarJson;
import io.github.khabar.corpus.Corpus;
import io.github.khabar.corpus.CorpusJson;
import io.github.khabar.corpus.DistributedLinking;
import io.github.khabar.model.Document;
import io.github.khabar.model.Extraction;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;
import scala.Tuple3;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The Spark job: extracts every article on the executors with one {@link io.github.khabar.Khabar} per
 * executor JVM and writes, under the output directory,
 * <ul>
 *   <li>{@code extractions/}: one JSON line per document, exactly what {@code khabar extract} prints for it
 *       (docs/contract.md), sorted by document id;</li>
 *   <li>{@code errors/}: documents that could not be read ({@code id}, {@code error});</li>
 *   <li>{@code actors/}, {@code meetings/}, {@code visits/}, {@code statements/}: flat tables
 *       ({@link Tables}), each as {@code parquet/} and {@code json/};</li>
 *   <li>{@code corpus.jsonl}: the documents linked across the corpus ({@link Corpus}, docs/contract.md "The
 *       corpus"): the same actors and events as {@code khabar corpus} over the same articles in id order.</li>
 * </ul>
 * The linking is split ({@link DistributedLinking}): actors are linked on the driver over the executors'
 * extractions streamed in id order (it keeps only the linking state, never the texts); event reports are
 * grouped by key — reports of one kind that share a corpus actor — and each group is matched on an executor;
 * the driver assembles the events. The result equals the single-machine corpus.
 *
 * <pre>
 * spark-submit --class io.github.khabar.spark.KhabarSparkJob khabar-spark-jobs.jar \
 *     --format text|jsonl|parquet INPUT OUTPUT
 * </pre>
 */
public final class KhabarSparkJob {
    private KhabarSparkJob() {}

    /** What one run read and wrote. */
    public record Summary(long documents, long failed, long actors, long meetings, long visits, long statements,
                          int corpusEvents) {}

    public static void main(String[] args) {
        String format = "text";
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--format") && i + 1 < args.length) {
                format = args[++i];
            } else {
                paths.add(args[i]);
            }
        }
        if (paths.size() != 2) {
            throw new IllegalArgumentException(
                    "usage: KhabarSparkJob [--format text|jsonl|parquet] INPUT OUTPUT");
        }
        SparkSession spark = SparkSession.builder().appName("khabar").getOrCreate();
        try {
            Summary s = run(spark, Articles.read(spark, paths.get(0), format), paths.get(1));
            spark.log().info("khabar: " + s);
        } finally {
            spark.stop();
        }
    }

    /**
     * Extracts {@code articles} (columns of {@link Articles#COLUMNS}) and writes the outputs under
     * {@code output} (overwriting them).
     */
    public static Summary run(SparkSession spark, Dataset<Row> articles, String output) {
        Dataset<Tuple3<String, String, String>> docs = extract(articles).persist();
        try {
            Dataset<Row> results = docs.toDF("id", "json", "error");
            Dataset<Row> ok = results.filter("error IS NULL").orderBy("id");
            ok.select("json").write().mode(SaveMode.Overwrite).text(output + "/extractions");
            results.filter("error IS NOT NULL").select("id", "error").orderBy("id")
                    .write().mode(SaveMode.Overwrite).json(output + "/errors");
            long[] counts = new long[Tables.values().length];
            JavaRDD<String> json = ok.select("json").as(Encoders.STRING()).javaRDD();
            for (Tables t : Tables.values()) {
                JavaRDD<Row> rows = json.flatMap(line -> t.rows(KhabarJson.fromJson(line)).iterator());
                Dataset<Row> table = spark.createDataFrame(rows, t.schema).orderBy("doc_id");
                table.write().mode(SaveMode.Overwrite).parquet(output + "/" + t.table + "/parquet");
                table.write().mode(SaveMode.Overwrite).json(output + "/" + t.table + "/json");
                counts[t.ordinal()] = spark.read().parquet(output + "/" + t.table + "/parquet").count();
            }
            Corpus corpus = link(ok, articles);
            try (Writer out = Files.newBufferedWriter(Path.of(output, "corpus.jsonl"), StandardCharsets.UTF_8)) {
                CorpusJson.writeJsonLines(corpus, out);
            }
            long all = results.count();
            long failed = results.filter("error IS NOT NULL").count();
            return new Summary(all, failed, counts[0], counts[1], counts[2], counts[3], corpus.events().size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output + "/corpus.jsonl", e);
        } finally {
            docs.unpersist();
        }
    }

    /**
     * The extractions linked across the corpus ({@link DistributedLinking}): actors on the driver over the
     * extractions streamed in id order; the event matching on the executors, one task per group of reports that
     * share an actor (groups never share an event); the events assembled on the driver in id order again. Equal
     * to what {@link Corpus.Builder#link} gives on one machine.
     */
    private static Corpus link(Dataset<Row> extracted, Dataset<Row> articles) {
        Map<String, String> outlets = new HashMap<>();
        articles.select("id", "outlet").filter("outlet IS NOT NULL").toLocalIterator()
                .forEachRemaining(r -> outlets.put(r.getString(0), r.getString(1)));
        DistributedLinking.Plan plan = DistributedLinking.plan(ExecutorKhabar.get());
        inOrder(extracted).forEach(x -> plan.add(x, outlets.get(x.document().id())));
        List<DistributedLinking.DocumentPlan> plans = plan.finish().stream().filter(p -> p.reports() > 0).toList();

        JavaSparkContext sc = JavaSparkContext.fromSparkContext(extracted.sparkSession().sparkContext());
        JavaPairRDD<String, DistributedLinking.DocumentPlan> byDocument = sc.parallelize(plans)
                .mapToPair(p -> new Tuple2<>(p.documentId(), p));
        JavaPairRDD<String, String> json = extracted.select("id", "json").javaRDD()
                .mapToPair(r -> new Tuple2<>(r.getString(0), r.getString(1)));
        Map<Long, String> events = byDocument.join(json)
                .flatMapToPair(KhabarSparkJob::reportsByGroup)
                .groupByKey()
                .flatMapToPair(KhabarSparkJob::matchGroup)
                .collectAsMap();

        DistributedLinking.Assembly assembly = DistributedLinking.assembly(ExecutorKhabar.get(), events::get);
        inOrder(extracted).forEach(x -> assembly.add(x, outlets.get(x.document().id())));
        return assembly.corpus();
    }

    /** One event report of a document, on its way to its group's matcher. */
    record Report(long number, String json, DistributedLinking.DocumentPlan plan, int index) implements Serializable {}

    private static Iterator<Tuple2<Long, Report>> reportsByGroup(
            Tuple2<String, Tuple2<DistributedLinking.DocumentPlan, String>> doc) {
        DistributedLinking.DocumentPlan p = doc._2()._1();
        List<Tuple2<Long, Report>> out = new ArrayList<>(p.reports());
        for (int i = 0; i < p.reports(); i++) {
            out.add(new Tuple2<>(p.groups().get(i), new Report(p.firstReport() + i, doc._2()._2(), p, i)));
        }
        return out.iterator();
    }

    /** Matches one group's reports in corpus order: report number → "group/event". */
    private static Iterator<Tuple2<Long, String>> matchGroup(Tuple2<Long, Iterable<Report>> group) {
        List<Report> reports = new ArrayList<>();
        group._2().forEach(reports::add);
        reports.sort(java.util.Comparator.comparingLong(Report::number));
        DistributedLinking.Matcher matcher = DistributedLinking.matcher();
        List<Tuple2<Long, String>> out = new ArrayList<>(reports.size());
        String json = null;
        Extraction x = null;
        for (Report r : reports) {
            if (!r.json().equals(json)) { // a document's reports are next to each other
                json = r.json();
                x = parse(json);
            }
            out.add(new Tuple2<>(r.number(), group._1() + "/" + matcher.add(x, r.plan(), r.index())));
        }
        return out.iterator();
    }

    /** The executors' extractions, streamed to the driver in id order. */
    private static Stream<Extraction> inOrder(Dataset<Row> extracted) {
        Iterator<String> lines = extracted.select("json").as(Encoders.STRING()).toLocalIterator();
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED), false)
                .map(KhabarSparkJob::parse);
    }

    private static Extraction parse(String json) {
        try {
            return KhabarJson.fromJson(json);
        } catch (KhabarException e) {
            throw new IllegalStateException("an executor wrote JSON the driver cannot read back", e);
        }
    }

    /** (id, extraction JSON or null, error or null) per article, extracted on the executors. */
    static Dataset<Tuple3<String, String, String>> extract(Dataset<Row> articles) {
        MapPartitionsFunction<Row, Tuple3<String, String, String>> perPartition = rows -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Tuple3<String, String, String> next() {
                return extractOne(rows.next());
            }
        };
        return articles.mapPartitions(perPartition,
                Encoders.tuple(Encoders.STRING(), Encoders.STRING(), Encoders.STRING()));
    }

    private static Tuple3<String, String, String> extractOne(Row row) {
        String id = row.getAs("id");
        try {
            Document d = new Document(Objects.requireNonNull(id, "id"), Objects.requireNonNullElse(row.getAs("text"), ""),
                    published(row.getAs("published")), row.getAs("outlet"));
            Extraction x = ExecutorKhabar.get().extract(d);
            return new Tuple3<>(id, KhabarJson.toJson(x), null);
        } catch (KhabarException | RuntimeException e) {
            return new Tuple3<>(String.valueOf(id), null, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private static LocalDate published(Object value) {
        if (value == null) return null;
        String s = value.toString().trim();
        if (s.isEmpty()) return null;
        try {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("published is not an ISO date: " + s, e);
        }
    }
}
