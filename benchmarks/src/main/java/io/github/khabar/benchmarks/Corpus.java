package io.github.khabar.benchmarks;

import io.github.khabar.model.Document;
import io.github.khabar.text.SentenceSplitter;
import io.github.khabar.text.TextRange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark inputs: the five seed articles (read from the {@code khabar-seeds} jar on the class path) and
 * a reproducible news-like corpus recombined from their sentences.
 */
public final class Corpus {
    /** Size of the recombined corpus in UTF-8 bytes (about 6.8 million UTF-16 chars). */
    public static final int CORPUS_UTF8_BYTES = 10_000_000;
    /** Seed of the recombination; change it and every figure changes. */
    public static final long CORPUS_SEED = 20250224L;

    private static final String SEEDS = "/io/github/khabar/seeds/";
    private static final Pattern ENTRY = Pattern.compile(
            "\\{[^{}]*?\"id\"\\s*:\\s*\"([^\"]+)\"(?:[^{}]*?\"published\"\\s*:\\s*\"([^\"]+)\")?[^{}]*}");

    private static volatile String corpus;

    private Corpus() {}

    /** The five seed articles, in id order, with their publication dates where {@code metadata.json} gives one. */
    public static List<Document> seeds() {
        Matcher m = ENTRY.matcher(resource("metadata.json"));
        List<Document> documents = new ArrayList<>();
        while (m.find()) {
            String id = m.group(1);
            LocalDate published = m.group(2) == null ? null : LocalDate.parse(m.group(2));
            documents.add(Document.of(id, resource(id + ".txt"), published));
        }
        if (documents.size() != 5) {
            throw new IllegalStateException("expected 5 seed articles in metadata.json, found " + documents.size());
        }
        return List.copyOf(documents);
    }

    /**
     * About {@link #CORPUS_UTF8_BYTES} of text: sentences of the seeds drawn with replacement by a
     * {@code SplittableRandom(CORPUS_SEED)}, 2 to 6 per paragraph, paragraphs separated by a blank line.
     * Built once per JVM (a few hundred milliseconds) and shared by the benchmarks.
     */
    public static String text() {
        String c = corpus;
        if (c == null) {
            synchronized (Corpus.class) {
                c = corpus;
                if (c == null) {
                    c = build(CORPUS_UTF8_BYTES, CORPUS_SEED);
                    corpus = c;
                }
            }
        }
        return c;
    }

    static String build(int utf8Bytes, long seed) {
        List<String> sentences = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        SentenceSplitter splitter = SentenceSplitter.create();
        for (Document d : seeds()) {
            for (TextRange r : splitter.split(d.text())) {
                String sentence = r.of(d.text());
                sentences.add(sentence);
                sizes.add(sentence.getBytes(StandardCharsets.UTF_8).length);
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder b = new StringBuilder(utf8Bytes * 6 / 10);
        int bytes = 0;
        while (bytes < utf8Bytes) {
            int paragraph = 2 + random.nextInt(5);
            for (int i = 0; i < paragraph && bytes < utf8Bytes; i++) {
                int k = random.nextInt(sentences.size());
                if (i > 0) {
                    b.append(' ');
                    bytes++;
                }
                b.append(sentences.get(k));
                bytes += sizes.get(k);
            }
            b.append("\n\n");
            bytes += 2;
        }
        return b.toString();
    }

    private static String resource(String name) {
        try (InputStream in = Corpus.class.getResourceAsStream(SEEDS + name)) {
            if (in == null) {
                throw new IllegalStateException("not on the class path: " + SEEDS + name + " (khabar-seeds jar)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
