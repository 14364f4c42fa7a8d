package io.github.khabar.benchmarks;

import io.github.khabar.text.ArabicNormalizer;
import io.github.khabar.text.NormalizedText;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Normalising the ~10 MB corpus ({@link Corpus#text()}): Khabar's {@link ArabicNormalizer#search()} with and
 * without the offset map, against the two baselines the performance issue names.
 *
 * <ul>
 *   <li>{@link #copyLoop}: a plain {@code char[]} → {@code char[]} copy loop over the corpus chars — the
 *       floor of any one-pass, char-by-char transformation. Target: the offset-map normaliser reaches at
 *       least 1/4 of it.</li>
 *   <li>{@link #lucenePerToken}: Lucene's {@code org.apache.lucene.analysis.ar.ArabicNormalizer} as a Lucene
 *       analyser applies it: per whitespace-separated token, copied into a reused term buffer and normalised
 *       in place with {@code normalize(char[], len)}. Target: the offset-map normaliser is at least 2× as
 *       fast. (It does more: twelve rule families instead of five, over running text, and keeps a map back
 *       to the original offsets.)</li>
 *   <li>{@link #normalizeWithOffsets}: {@code ArabicNormalizer.search().normalize(text)}, the
 *       {@link NormalizedText} the pipeline uses.</li>
 *   <li>{@link #normalizeToString}: the fast path without the map.</li>
 *   <li>{@link #tableLookupFloor} and {@link #newStringFloor}: the two steps no table-driven normaliser that
 *       returns a {@code String} can avoid, timed alone — one table read per char into a reused array (no
 *       allocation, no removals, no offset map), and building the result {@code String} from a {@code char[]}.
 *       They are not targets: they show how close to the copy loop any such normaliser can get on this JVM.</li>
 * </ul>
 * One operation = the whole corpus; MB/s = ops/s × 10 ({@link Corpus#CORPUS_UTF8_BYTES} UTF-8 bytes).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@OutputTimeUnit(TimeUnit.SECONDS)
public class NormalizerBenchmark {
    private final ArabicNormalizer khabar = ArabicNormalizer.search();
    private final org.apache.lucene.analysis.ar.ArabicNormalizer lucene =
            new org.apache.lucene.analysis.ar.ArabicNormalizer();

    private String text;
    private char[] chars;
    private char[] copy;
    /** Lucene's term buffer: reused, grown when a token is longer. */
    private char[] term;
    /** One entry per UTF-16 code unit, identity except Lucene's letter folds: the shape of a normaliser's table. */
    private char[] foldTable;

    @Setup
    public void setUp() {
        text = Corpus.text();
        chars = text.toCharArray();
        copy = new char[chars.length];
        term = new char[64];
        foldTable = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c < foldTable.length; c++) {
            foldTable[c] = (char) c;
        }
        foldTable['\u0622'] = '\u0627';
        foldTable['\u0623'] = '\u0627';
        foldTable['\u0625'] = '\u0627';
        foldTable['\u0649'] = '\u064A';
        foldTable['\u0629'] = '\u0647';
    }

    /** Baseline: copies every char of the corpus into a reused array. */
    @Benchmark
    public char[] copyLoop() {
        char[] source = chars;
        char[] target = copy;
        for (int i = 0; i < source.length; i++) {
            target[i] = source[i];
        }
        return target;
    }

    /** Baseline: Lucene's Arabic normaliser on each whitespace token, as in an analysis chain. */
    @Benchmark
    public int lucenePerToken() {
        String s = text;
        int length = s.length();
        int total = 0;
        int i = 0;
        while (i < length) {
            while (i < length && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            int tokenLength = i - start;
            if (tokenLength > 0) {
                if (tokenLength > term.length) {
                    term = new char[Math.max(tokenLength, term.length * 2)];
                }
                s.getChars(start, i, term, 0);
                total += lucene.normalize(term, tokenLength);
            }
        }
        return total;
    }

    /** Khabar SEARCH normalisation with the offset map back to the original text. */
    @Benchmark
    public NormalizedText normalizeWithOffsets() {
        return khabar.normalize(text);
    }

    /** Khabar SEARCH normalisation, normalised string only. */
    @Benchmark
    public String normalizeToString() {
        return khabar.normalizeToString(text);
    }

    /** Floor: one table read per char into a reused array; what is left of a normaliser without its output. */
    @Benchmark
    public char[] tableLookupFloor() {
        char[] source = chars;
        char[] target = copy;
        char[] table = foldTable;
        for (int i = 0; i < source.length; i++) {
            target[i] = table[source[i]];
        }
        return target;
    }

    /** Floor: the result {@code String} of a normaliser, built from a {@code char[]} of the corpus's size. */
    @Benchmark
    public String newStringFloor() {
        return new String(chars);
    }
}
