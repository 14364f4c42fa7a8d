package io.github.khabar.spark;

import io.github.khabar.KhabarException;
import io.github.khabar.KhabarJson;
import io.github.khabar.corpus.Corpus;
import io.github.khabar.corpus.CorpusJson;
import io.github.khabar.model.Document;
import io.github.khabar.model.Extraction;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import scala.Tuple3;

import java.io.IOException;
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
 * The linking runs on the driver, over the executors' extractions streamed in id order: it keeps only the
 * linking state (per corpus actor and event), never the texts.
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

    /** The extractions linked on the driver, streamed from the executors in id order. */
    private static Corpus link(Dataset<Row> extracted, Dataset<Row> articles) {
        Map<String, String> outlets = new HashMap<>();
        articles.select("id", "outlet").filter("outlet IS NOT NULL").toLocalIterator()
                .forEachRemaining(r -> outlets.put(r.getString(0), r.getString(1)));
        Iterator<String> lines = extracted.select("json").as(Encoders.STRING()).toLocalIterator();
        Stream<Extraction> stream = StreamSupport.stream(Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED),
                false).map(KhabarSparkJob::parse);
        return Corpus.builder(ExecutorKhabar.get()).link(stream, outlets::get);
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
