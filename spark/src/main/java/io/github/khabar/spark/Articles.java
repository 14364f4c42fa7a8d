package io.github.khabar.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_extract;

/**
 * Reads articles as a table with the columns {@code id}, {@code text}, {@code published} (ISO date string
 * or date, may be null) and {@code outlet} (may be null), from one of three layouts:
 * <ul>
 *   <li>{@code text}: a directory of UTF-8 {@code .txt} files, the id being the file name without
 *       {@code .txt}; a {@code metadata.json} beside them ({@code [{"id", "published", "outlet"}]}, the
 *       sidecar of the command line) gives dates and outlets;</li>
 *   <li>{@code jsonl}: JSON lines with {@code id}, {@code text} and optionally {@code published},
 *       {@code outlet};</li>
 *   <li>{@code parquet}: a Parquet table with the same columns.</li>
 * </ul>
 */
public final class Articles {
    public static final String[] COLUMNS = {"id", "text", "published", "outlet"};

    private Articles() {}

    /** The articles at {@code path} in {@code format} ({@code text}, {@code jsonl} or {@code parquet}). */
    public static Dataset<Row> read(SparkSession spark, String path, String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "text", "txt" -> textDirectory(spark, path);
            case "jsonl", "json" -> withColumns(spark.read().json(path));
            case "parquet" -> withColumns(spark.read().parquet(path));
            default -> throw new IllegalArgumentException("unknown input format " + format
                    + " (expected text, jsonl or parquet)");
        };
    }

    private static Dataset<Row> textDirectory(SparkSession spark, String dir) {
        Dataset<Row> texts = spark.read().option("wholetext", true).text(dir + "/*.txt")
                .withColumn("id", regexp_extract(input_file_name(), "([^/]+)\\.txt$", 1))
                .withColumnRenamed("value", "text");
        Path metadata = Path.of(dir, "metadata.json");
        if (!Files.isRegularFile(metadata)) {
            return texts.select(col("id"), col("text"), lit(null).cast("string").as("published"),
                    lit(null).cast("string").as("outlet"));
        }
        Dataset<Row> meta = withColumns(spark.read().option("multiLine", true).json(metadata.toString())
                .withColumn("text", lit(null).cast("string")))
                .select(col("id").as("meta_id"), col("published"), col("outlet"));
        return texts.join(meta, texts.col("id").equalTo(meta.col("meta_id")), "left")
                .select(col("id"), col("text"), col("published"), col("outlet"));
    }

    /** The four columns in order; an absent optional column is null. */
    private static Dataset<Row> withColumns(Dataset<Row> in) {
        java.util.List<String> have = Arrays.asList(in.columns());
        for (String required : new String[] {"id", "text"}) {
            if (!have.contains(required)) {
                throw new IllegalArgumentException("articles need an '" + required + "' column; found " + have);
            }
        }
        Column[] cols = Arrays.stream(COLUMNS)
                .map(c -> have.contains(c) ? col(c).cast("string").as(c) : lit(null).cast("string").as(c))
                .toArray(Column[]::new);
        return in.select(cols);
    }
}
